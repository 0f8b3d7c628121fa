/**
 * A team session in the browser: started from the facilitator's settings,
 * saved after every step (its record is each team's campaign record), and
 * resumed after a reload by replaying it. Shares the campaign host's loaded
 * conversations; never touches the screen.
 */
import type { Settings } from '../engine/model/campaign';
import { type TeamRecord, TeamSession } from '../engine/teams/team-session';
import type { CampaignHost } from './campaign-host';
import { TeamRecordSchema } from './record-schema';
import { type SaveRead, SaveStore, storiesPlayed } from './save-store';

export class TeamHost {
  session: TeamSession | null = null;
  /** False once a save has failed (full or disabled storage). */
  saving = true;

  /** Two slots and a pointer, as a campaign's save. */
  private readonly store = new SaveStore<TeamRecord>('team-session', TeamRecordSchema, 'team-session');

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

  /** The saved team session as read back: none, whole, or what is wrong with it (and the backup slot's). */
  saved(): SaveRead<TeamRecord> {
    return this.store.read();
  }

  save(): void {
    const session = this.session;
    if (!session) return;
    this.saving = this.store.put(session.record, storiesPlayed(session.teams.map((t) => t.session.record)));
  }

  forget(): void {
    this.session = null;
    this.store.clear();
  }
}
