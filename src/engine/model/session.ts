/**
 * A campaign being played, and its canonical record: the seed, the settings
 * and the log of what was chosen (meetings, and in each the story id, content
 * hash, choice index and text). Any point is rebuilt by replaying the record;
 * the game autosaves it after every choice.
 */
import type { ChoiceRecord, CompiledStory, Ledger, Step, StoryCache, StoryRunner } from '../narrative/runner';
import { type Meters, trustOf } from '../narrative/meters';
import type { Mood, Move, Stage } from '../narrative/tags';
import { scheduleMeeting } from './calendar';
import {
  type CampaignState,
  type Declarations,
  type QuarterResult,
  type ScheduledMeeting,
  type Settings,
  type World,
  applyMeeting,
  endQuarter,
  isOver,
  meetingsLeft,
  newCampaign,
} from './campaign';
import { type Params, defaultParams } from './constants';
import { type DecisionAsked, declarationsOf, meetingRunner } from './meeting';
import { type Agenda, agendaOf } from '../report/agenda';

/** One meeting in the record. */
export interface MeetingRecord {
  quarter: number;
  accountId: string;
  storyId: string;
  contentHash: string;
  choices: { index: number; text: string }[];
  /** False while the meeting is still being played. */
  finished: boolean;
}

/** The canonical record of a game. */
export interface CampaignRecord {
  version: 1;
  settings: Settings;
  meetings: MeetingRecord[];
  /** Quarters ended so far. */
  quartersEnded: number;
}

/** A finished meeting's choices and what they left behind. */
export interface PlayedMeeting {
  choices: { index: number; text: string }[];
  meters: Meters;
  ledger: Ledger;
  moves: Move[];
  declarations: Declarations;
  lastMood: Mood | null;
  /** The questions the story put to the model, with the answers that shaped this path. */
  asked: DecisionAsked[];
}

/** How one choice moved the buyer's trust (derived from the meters, for the debrief). */
export interface ChoiceEffect {
  quarter: number;
  accountId: string;
  storyId: string;
  /** The stage the deal was at (a style is read per stage). */
  stage: Stage;
  text: string;
  move: Move;
  /** The moves the choice point offered (a style is read as what a team chose when it could). */
  offered: Move[];
  principle: string | null;
  trustBefore: number;
  trustAfter: number;
  /** Every meter just before the choice, and once the story had played on from it. */
  metersBefore: Meters;
  metersAfter: Meters;
}

/** Runs one step of a replay; any failure in it becomes a ReplayError naming the meeting. */
function fitting(meeting: number, step: () => void): void {
  try {
    step();
  } catch (error) {
    if (error instanceof ReplayError) throw error;
    throw new ReplayError(`meeting ${meeting + 1} of the record no longer fits this game: ${error instanceof Error ? error.message : String(error)}`, meeting);
  }
}

/** Raised when a record cannot be replayed against the stories now shipped; `meeting` is the first meeting that no longer fits. */
export class ReplayError extends Error {
  override name = 'ReplayError';

  constructor(
    message: string,
    readonly meeting: number,
  ) {
    super(message);
  }
}

export class CampaignSession {
  readonly state: CampaignState;
  readonly record: CampaignRecord;
  /** Every choice's effect on trust, in order; rebuilt by replaying the record. */
  readonly choiceEffects: ChoiceEffect[] = [];
  private pendingEffect: ChoiceEffect | null = null;
  private meeting: { schedule: ScheduledMeeting; runner: StoryRunner; moves: Move[]; entry: MeetingRecord; asked: DecisionAsked[] } | null = null;

  constructor(
    settings: Settings,
    private readonly world: World,
    private readonly lookup: (id: string) => CompiledStory,
    private readonly params: Params = defaultParams(),
    private readonly cache?: StoryCache,
  ) {
    this.state = newCampaign(settings, world, params);
    this.record = { version: 1, settings: { ...settings }, meetings: [], quartersEnded: 0 };
  }

  /** Rebuilds a session by replaying a record; stops with a ReplayError where it no longer fits. */
  static replay(record: CampaignRecord, world: World, lookup: (id: string) => CompiledStory, params: Params = defaultParams()): CampaignSession {
    const session = new CampaignSession(record.settings, world, lookup, params);
    let quartersEnded = 0;
    for (const [m, entry] of record.meetings.entries()) {
      // Anything this meeting cannot do any more (an account gone, no meeting left) is a replay that no longer fits, said as such.
      fitting(m, () => {
        while (session.state.quarter < entry.quarter) {
          session.endQuarter();
          quartersEnded += 1;
        }
        const schedule = session.startMeeting(entry.accountId);
        if (schedule.storyId !== entry.storyId) {
          throw new ReplayError(`meeting ${entry.accountId} in quarter ${entry.quarter} now plays "${schedule.storyId}", not "${entry.storyId}"`, m);
        }
        if (session.lookup(entry.storyId).hash !== entry.contentHash) {
          throw new ReplayError(`conversation "${entry.storyId}" has changed since this game was played`, m);
        }
        for (const choice of entry.choices) {
          const last = session.continueMeeting().at(-1);
          const option = last?.kind === 'choices' ? last.choices.find((c) => c.index === choice.index) : undefined;
          if (!option || option.text !== choice.text) {
            throw new ReplayError(`conversation "${entry.storyId}" no longer offers "${choice.text}" there`, m);
          }
          session.choose(choice.index);
        }
        if (entry.finished) {
          const last = session.continueMeeting().at(-1);
          if (last?.kind !== 'end') throw new ReplayError(`conversation "${entry.storyId}" no longer ends where it did`, m);
          session.finishMeeting();
        }
      });
    }
    fitting(record.meetings.length, () => {
      while (quartersEnded < record.quartersEnded) {
        session.endQuarter();
        quartersEnded += 1;
      }
    });
    return session;
  }

  /**
   * The longest start of a record that still replays: every meeting before
   * the first one a changed conversation no longer fits, and the quarters
   * ended before it. The whole record when it all fits.
   */
  static replayUpToChange(record: CampaignRecord, world: World, lookup: (id: string) => CompiledStory, params: Params = defaultParams()): CampaignSession {
    try {
      return CampaignSession.replay(record, world, lookup, params);
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      const changed = record.meetings[error.meeting]!;
      const kept: CampaignRecord = {
        ...record,
        meetings: record.meetings.slice(0, error.meeting),
        quartersEnded: Math.min(record.quartersEnded, changed.quarter - 1),
      };
      return CampaignSession.replay(kept, world, lookup, params);
    }
  }

  get inMeeting(): boolean {
    return this.meeting !== null;
  }

  get isOver(): boolean {
    return isOver(this.state);
  }

  meetingsLeft(): number {
    return meetingsLeft(this.state, this.params);
  }

  /** This quarter's agenda: who can be met, as what, or why not. */
  agenda(): Agenda {
    return agendaOf(this.state, this.world, this.params);
  }

  /** Starts a meeting with an account; the runner is the meeting's story. */
  startMeeting(accountId: string): ScheduledMeeting {
    if (this.meeting) throw new Error('a meeting is already under way');
    if (this.meetingsLeft() <= 0) throw new Error('no meetings left this quarter');
    const schedule = scheduleMeeting(this.state, accountId, this.world, this.params);
    const asked: DecisionAsked[] = [];
    const runner = meetingRunner(this.state, this.world, schedule, this.lookup, this.params, asked, this.cache);
    const entry: MeetingRecord = {
      quarter: this.state.quarter,
      accountId,
      storyId: schedule.storyId,
      contentHash: runner.compiled.hash,
      choices: [],
      finished: false,
    };
    this.record.meetings.push(entry);
    this.meeting = { schedule, runner, moves: [], entry, asked };
    return schedule;
  }

  /** The meeting's runner, for a player's turn-by-turn play (bounded, sliced). */
  get runner(): StoryRunner {
    if (!this.meeting) throw new Error('no meeting under way');
    return this.meeting.runner;
  }

  /** Plays the next turn synchronously (bots, replay, tests). */
  continueMeeting(): Step[] {
    return this.runner.turnSync();
  }

  /** Takes a choice in the meeting under way and records it. */
  choose(index: number): ChoiceRecord {
    const meeting = this.meeting;
    if (!meeting) throw new Error('no meeting under way');
    const option = meeting.runner.offered().find((o) => o.index === index);
    const move = option?.tags.move ?? 'neutral';
    this.settleEffect();
    this.pendingEffect = {
      quarter: this.state.quarter,
      accountId: meeting.schedule.accountId,
      storyId: meeting.schedule.storyId,
      stage: meeting.schedule.stage,
      text: option?.text ?? '',
      move,
      offered: [...new Set(meeting.runner.offered().map((o) => o.tags.move ?? 'neutral'))],
      principle: option?.tags.principle ?? null,
      trustBefore: trustOf(meeting.runner.meters()),
      trustAfter: 0,
      metersBefore: meeting.runner.meters(),
      metersAfter: meeting.runner.meters(),
    };
    const record = meeting.runner.choose(index);
    meeting.moves.push(move);
    meeting.entry.choices.push({ index: record.index, text: record.text });
    return record;
  }

  /** Ends the meeting under way: the account takes in what happened. */
  finishMeeting(): void {
    const meeting = this.meeting;
    if (!meeting) throw new Error('no meeting under way');
    const { runner, schedule, entry, moves } = meeting;
    this.settleEffect();
    applyMeeting(
      this.state,
      schedule.accountId,
      {
        storyId: schedule.storyId,
        event: schedule.event,
        referralPersonaId: schedule.referralPersonaId,
        meters: runner.meters(),
        ledger: runner.ledger(),
        moves,
        declarations: declarationsOf(runner.declarations()),
        lastMood: runner.lastMood,
      },
      this.params,
    );
    entry.finished = true;
    this.meeting = null;
  }

  /**
   * Applies a meeting already played elsewhere with exactly these inputs (the
   * bots' memo): the record and the account end as if it were played again.
   */
  applyPlayedMeeting(accountId: string, played: PlayedMeeting): void {
    if (this.meeting) throw new Error('a meeting is already under way');
    const schedule = scheduleMeeting(this.state, accountId, this.world, this.params);
    this.record.meetings.push({
      quarter: this.state.quarter,
      accountId,
      storyId: schedule.storyId,
      contentHash: this.lookup(schedule.storyId).hash,
      choices: played.choices.map((c) => ({ ...c })),
      finished: true,
    });
    applyMeeting(
      this.state,
      accountId,
      {
        storyId: schedule.storyId,
        event: schedule.event,
        referralPersonaId: schedule.referralPersonaId,
        meters: { ...played.meters },
        ledger: structuredClone(played.ledger),
        moves: [...played.moves],
        declarations: structuredClone(played.declarations),
        lastMood: played.lastMood,
      },
      this.params,
    );
  }

  /** What the meeting under way produced, once it has ended (for the memo). */
  playedMeeting(): PlayedMeeting {
    const meeting = this.meeting;
    if (!meeting) throw new Error('no meeting under way');
    return {
      choices: meeting.entry.choices.map((c) => ({ ...c })),
      meters: meeting.runner.meters(),
      ledger: meeting.runner.ledger(),
      moves: [...meeting.moves],
      declarations: declarationsOf(meeting.runner.declarations()),
      lastMood: meeting.runner.lastMood,
      asked: meeting.asked.map((a) => ({ ...a, meters: { ...a.meters } })),
    };
  }

  /** A choice's effect is known once the story has played on from it. */
  private settleEffect(): void {
    if (!this.pendingEffect || !this.meeting) return;
    const after = this.meeting.runner.meters();
    this.choiceEffects.push({ ...this.pendingEffect, trustAfter: trustOf(after), metersAfter: after });
    this.pendingEffect = null;
  }

  endQuarter(): QuarterResult {
    if (this.meeting) throw new Error('finish the meeting first');
    const result = endQuarter(this.state, this.world, this.params);
    this.record.quartersEnded += 1;
    return result;
  }
}
