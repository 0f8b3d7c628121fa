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
import { teamSessionJson } from './session-export';
import { allPersonas } from './story-catalogue';

export class TeamHost {
  session: TeamSession | null = null;
  /** False once a save has failed (full or disabled storage). */
  saving = true;

  /** Two slots and a pointer, as a campaign's save. */
  private readonly own = new SaveStore<TeamRecord>('team-session', TeamRecordSchema, 'team-session');
  /** A session opened from a file plays and saves here, in a slot of its own: opening one never replaces the player's. */
  private readonly opened = new SaveStore<TeamRecord>('opened-team-session', TeamRecordSchema);
  /** Where the session in play is saved. */
  private store = this.own;

  constructor(private readonly campaign: CampaignHost) {}

  /** Loads the conversations a campaign may need. */
  ready(): Promise<void> {
    return this.campaign.ready();
  }

  start(names: readonly string[], horizon: Pick<Settings, 'quarters' | 'returnLikelihood'>, seed: number): TeamSession {
    this.store = this.own;
    this.session = new TeamSession({ seed, ...horizon }, names, this.campaign.loadedWorld, this.campaign.lookup, this.campaign.params);
    this.save();
    return this.session;
  }

  /** Rebuilds a team session by replaying its record; throws a ReplayError if it no longer fits. */
  resume(record: TeamRecord, from: 'own' | 'file' = 'own'): TeamSession {
    this.store = from === 'file' ? this.opened : this.own;
    this.session = TeamSession.replay(record, this.campaign.loadedWorld, this.campaign.lookup, this.campaign.params);
    return this.session;
  }

  /** The saved team session as read back: none, whole, or what is wrong with it (and the backup slot's). */
  saved(): SaveRead<TeamRecord> {
    return this.own.read();
  }

  /** The team session last opened from a file, as saved in its own slot. */
  savedOpened(): SaveRead<TeamRecord> {
    return this.opened.read();
  }

  /** The saved team session as a session file, replayed aside; null when there is none or it no longer replays. */
  savedAsSessionFile(): string | null {
    const read = this.own.read();
    if (read.state !== 'ok') return null;
    try {
      return teamSessionJson(TeamSession.replay(read.save.payload, this.campaign.loadedWorld, this.campaign.lookup, this.campaign.params), allPersonas());
    } catch {
      return null;
    }
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
