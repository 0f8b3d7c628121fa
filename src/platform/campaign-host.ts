/**
 * The campaign in the browser: loads every conversation the campaign may
 * need, starts or resumes the session from its saved record, and saves after
 * every choice. Scenes ask it for the session; it never touches the screen.
 */
import type { StoryInfo, World } from '../engine/model/campaign';
import { defaultParams } from '../engine/model/constants';
import { type CampaignRecord, CampaignSession } from '../engine/model/session';
import type { CompiledStory } from '../engine/narrative/runner';
import { CampaignRecordSchema } from './record-schema';
import { sessionJson } from './session-export';
import { type SaveRead, SaveStore, storiesPlayed } from './save-store';
import { allPersonas, playableStories } from './story-catalogue';
import type { UrlFlags } from './url-flags';

export class CampaignHost {
  session: CampaignSession | null = null;
  /** False once a save has failed (full or disabled storage). */
  saving = true;
  private world: World | null = null;
  private stories = new Map<string, CompiledStory>();
  /** Two slots and a pointer; "campaign" was the version-1 save's key. */
  private readonly own = new SaveStore<CampaignRecord>('campaign', CampaignRecordSchema, 'campaign');
  /** A session opened from a file plays and saves here, in a slot of its own: opening one never replaces the player's. */
  private readonly opened = new SaveStore<CampaignRecord>('opened-campaign', CampaignRecordSchema);
  /** Where the session in play is saved. */
  private store = this.own;

  constructor(private readonly flags: UrlFlags) {}

  readonly params = defaultParams();

  /** Loads every playable conversation (the campaign picks among them by stage). */
  async ready(): Promise<void> {
    if (this.world) return;
    const entries = playableStories();
    const compiled = await Promise.all(entries.map((e) => e.load()));
    compiled.forEach((c) => this.stories.set(c.id, c));
    const infos: StoryInfo[] = entries.map((e) => ({ id: e.id, persona: e.tags.persona, stage: e.tags.stage, event: e.tags.event }));
    this.world = { personas: allPersonas(), stories: infos };
  }

  get loadedWorld(): World {
    if (!this.world) throw new Error('the campaign world is not loaded yet');
    return this.world;
  }

  readonly lookup = (id: string): CompiledStory => {
    const story = this.stories.get(id);
    if (!story) throw new Error(`no conversation "${id}"`);
    return story;
  };

  /** The saved campaign as read back: none, whole, or what is wrong with it (and the backup slot's save). */
  saved(): SaveRead<CampaignRecord> {
    return this.own.read();
  }

  /** The session last opened from a file, as saved in its own slot. */
  savedOpened(): SaveRead<CampaignRecord> {
    return this.opened.read();
  }

  /**
   * The player's saved campaign as a session file, to keep before something
   * replaces it; null when there is none, or it no longer replays. Replayed
   * aside: the session in play is not touched.
   */
  savedAsSessionFile(): string | null {
    const read = this.own.read();
    if (read.state !== 'ok') return null;
    try {
      return sessionJson(CampaignSession.replay(read.save.payload, this.loadedWorld, this.lookup, this.params), allPersonas());
    } catch {
      return null;
    }
  }

  /** Conversations a save depends on that have changed (or gone) since it was written; empty for a version-1 save, whose replay finds out. */
  changedSince(stories: Record<string, string>): string[] {
    return Object.entries(stories)
      .filter(([id, hash]) => this.stories.get(id)?.hash !== hash)
      .map(([id]) => id);
  }

  start(): CampaignSession {
    this.store = this.own;
    const seed = this.flags.seed ?? Math.floor(Math.random() * 1_000_000);
    const settings = {
      seed,
      quarters: this.flags.quarters ?? this.params.quarters,
      returnLikelihood: this.flags.returnLikelihood ?? this.params.defaultReturn,
    };
    this.session = new CampaignSession(settings, this.loadedWorld, this.lookup, this.params);
    this.save();
    return this.session;
  }

  /** Rebuilds the saved campaign by replaying its record. Throws a ReplayError if it no longer fits. */
  resume(record: CampaignRecord, from: 'own' | 'file' = 'own'): CampaignSession {
    this.store = from === 'file' ? this.opened : this.own;
    return this.replay(record);
  }

  /** Rebuilds the session in play from an edited record (a choice taken back), saving to the slot it was in. */
  rebuild(record: CampaignRecord): CampaignSession {
    return this.replay(record);
  }

  private replay(record: CampaignRecord): CampaignSession {
    this.session = CampaignSession.replay(record, this.loadedWorld, this.lookup, this.params);
    return this.session;
  }

  /** Rebuilds as much of a campaign as still fits the conversations now shipped, and saves it (the migration of an older save). */
  resumeUpToChange(record: CampaignRecord): CampaignSession {
    this.store = this.own;
    this.session = CampaignSession.replayUpToChange(record, this.loadedWorld, this.lookup, this.params);
    this.save();
    return this.session;
  }

  /** Replays this world from the start of quarter n, keeping the choices made before it. */
  replayFrom(record: CampaignRecord, quarter: number): CampaignSession {
    const kept: CampaignRecord = {
      ...record,
      meetings: record.meetings.filter((m) => m.quarter < quarter && m.finished),
      quartersEnded: Math.min(record.quartersEnded, quarter - 1),
    };
    // The session stays in the slot it was in: replaying an opened session's quarter touches only that slot.
    return this.replay(kept);
  }

  save(): void {
    if (this.session) this.saving = this.store.put(this.session.record, storiesPlayed([this.session.record]));
  }

  forget(): void {
    this.session = null;
    this.store.clear();
  }
}
