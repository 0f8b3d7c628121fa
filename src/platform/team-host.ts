/**
 * A team session in the browser: started from the facilitator's settings,
 * saved after every step (its record is each team's campaign record), and
 * resumed after a reload by replaying it. Shares the campaign host's loaded
 * conversations; never touches the screen.
 */
import type { Settings } from '../engine/model/campaign';
import { type TeamRecord, TeamSession } from '../engine/teams/team-session';
import type { CampaignHost } from './campaign-host';
import { readSetting, writeSetting } from './storage';

const KEY = 'team-session';

export class TeamHost {
  session: TeamSession | null = null;
  /** False once a save has failed (full or disabled storage). */
  saving = true;

  constructor(private readonly campaign: CampaignHost) {}

  /** Loads the conversations a campaign may need. */
  ready(): Promise<void> {
    return this.campaign.ready();
  }

  start(names: readonly string[], horizon: Pick<Settings, 'quarters' | 'returnLikelihood'>, seed: number): TeamSession {
    this.session = new TeamSession({ seed, ...horizon }, names, this.campaign.loadedWorld, this.campaign.lookup, this.campaign.params);
    this.save();
    return this.session;
  }

  /** Rebuilds a team session by replaying its record; throws a ReplayError if it no longer fits. */
  resume(record: TeamRecord): TeamSession {
    this.session = TeamSession.replay(record, this.campaign.loadedWorld, this.campaign.lookup, this.campaign.params);
    return this.session;
  }

  /** The saved team session, if any (its shape is checked again when replayed). */
  saved(): TeamRecord | null {
    const raw = readSetting(KEY);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<TeamRecord>;
      return value.version === 1 && Array.isArray(value.teams) && typeof value.settings === 'object' && value.settings !== null ? (value as TeamRecord) : null;
    } catch {
      return null;
    }
  }

  save(): void {
    if (this.session) this.saving = writeSetting(KEY, JSON.stringify(this.session.record));
  }

  forget(): void {
    this.session = null;
    writeSetting(KEY, '');
  }
}
