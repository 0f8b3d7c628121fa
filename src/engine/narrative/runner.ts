/**
 * The story runner: plays one compiled ink conversation and yields typed steps.
 * Every turn is bounded in lines, characters, steps of work, list sizes, call
 * depth and time, and runs in slices, so a runaway story (an ink loop, a
 * string that doubles, a save that points nowhere) ends in a StoryRunaway
 * error naming the story, knot and last line instead of freezing the page or
 * filling its memory.
 */
import { InkList, Story } from 'inkjs';
import { type Meters, readMeters, writeMeters } from './meters';
import { DEFAULT_WORK_LIMITS, WorkLimitHit, type WorkLimitCode, WorkMeter, type WorkLimits, watchStory } from './work-guard';
import {
  type ChoiceTags,
  type FileTags,
  type LineTags,
  type Mood,
  type TagProblem,
  parseTags,
} from './tags';

/** A compiled conversation, as the `.ink` build step emits it. */
export interface CompiledStory {
  /** The file name without `.ink`: the story's id in URLs and logs. */
  id: string;
  /** A hash of the ink source (and its includes), recorded in every choice log. */
  hash: string;
  /** The compiled ink JSON. */
  json: string;
  /** The raw file tags (`title: ...`), read at compile time. */
  fileTags: string[];
}

export interface LineStep {
  kind: 'line';
  text: string;
  tags: LineTags;
  problems: TagProblem[];
}
export interface ChoiceOption {
  /** The ink choice index, as `choose()` takes it. */
  index: number;
  text: string;
  tags: ChoiceTags;
  problems: TagProblem[];
}
export interface ChoicesStep {
  kind: 'choices';
  choices: ChoiceOption[];
}
export interface EndStep {
  kind: 'end';
  meters: Meters;
}
/** What a turn of story yields: lines, then a choice point or the end. */
export type Step = LineStep | ChoicesStep | EndStep;

/** One entry of the choice log, the canonical record of a playthrough. */
export interface ChoiceRecord {
  storyId: string;
  contentHash: string;
  index: number;
  text: string;
}

/** The runner's whole state as one serialisable value. */
export interface RunnerSnapshot {
  storyId: string;
  contentHash: string;
  /** inkjs `state.ToJson()`: a cache; the log is the record. */
  ink: string;
  log: ChoiceRecord[];
}

/** Bounds on one turn of story (from a choice to the next choice or end). */
export interface TurnLimits extends WorkLimits {
  /** Lines one turn may produce before it counts as runaway. */
  maxLines: number;
  /** Characters one turn's lines may add up to. */
  maxTurnChars: number;
  /** Wall-clock milliseconds one turn may take, summed over its slices. */
  maxMillis: number;
  /** Milliseconds of ink work per slice before the runner yields. */
  sliceMillis: number;
}

export const DEFAULT_LIMITS: TurnLimits = {
  ...DEFAULT_WORK_LIMITS,
  maxLines: 400,
  maxTurnChars: 100_000,
  maxMillis: 2000,
  sliceMillis: 12,
};

/** The commitment ledger: ids from the contract's `commitments` LIST. */
export interface Ledger {
  promised: string[];
  kept: string[];
  broken: string[];
}

/** What a conversation declared in the room, read from the contract's variables. */
export interface RoomDeclarations {
  /** Offers the story asked the model about (`agrees_to`). */
  asked: string[];
  /** Offers the model said yes to. */
  agreed: string[];
  /** The term declared with a yes, 1-3 years (0 when none). */
  years: number;
  walkedAway: boolean;
  gaveReferral: boolean;
  openedHooks: string[];
  closedHooks: string[];
}

/** Values the engine tells a story before a meeting (declared in the contract). */
export type StoryVariables = Record<string, string | number | boolean>;

/**
 * The model's answer when a story asks whether the buyer agrees to an offer
 * (the contract's `model_agrees`), from the meters as they stand at that line.
 * Without one, the contract's ink fallback answers.
 */
export type Decider = (offer: string, years: number, meters: Meters) => boolean;

/** Where a Story's bound `model_agrees` finds the decider of the meeting now using it. */
const deciders = new WeakMap<Story, { decide: Decider; meters: () => Meters }>();

function newStory(compiled: CompiledStory): Story {
  const story = new Story(compiled.json);
  // The contract's EXTERNAL functions have ink fallbacks: a story plays the same in an ink editor, the checker and the game.
  story.allowExternalFunctionFallbacks = true;
  return story;
}

/** Binds the contract's `model_agrees` once per Story; each runner points it at its own decider. */
function bindDecider(story: Story, decide: Decider, meters: () => Meters): void {
  const bound = deciders.has(story);
  deciders.set(story, { decide, meters });
  if (bound) return;
  story.BindExternalFunction(
    'model_agrees',
    (offer: unknown, years: unknown) => {
      const target = deciders.get(story)!;
      const name = offer instanceof InkList ? (offer.singleItem?.itemName ?? '') : String(offer);
      return target.decide(name, Number(years), target.meters());
    },
    true,
  );
}

/**
 * Reuses one inkjs Story per conversation, reset between meetings: building a
 * Story from JSON costs far more than resetting one. For sequential use only
 * (the bots and tools); the browser builds a fresh one per meeting.
 */
export class StoryCache {
  private readonly stories = new Map<string, Story>();

  /** A Story for this conversation at its start; `decided` when the caller binds the model's decider. */
  take(compiled: CompiledStory, decided: boolean): Story {
    const key = `${compiled.id}:${compiled.hash}:${decided}`;
    const cached = this.stories.get(key);
    // A story stopped mid-turn (a runaway) cannot be reset: it is replaced.
    if (cached?.asyncContinueComplete) {
      cached.ResetState();
      return cached;
    }
    const story = newStory(compiled);
    this.stories.set(key, story);
    return story;
  }
}

export interface RunnerOptions {
  /** Reuse Story objects from this cache instead of building one per runner. */
  cache?: StoryCache;
  /** Meters to write into the story before it starts. */
  meters?: Meters;
  /** The account's commitment ledger, written into the story before it starts. */
  ledger?: Ledger;
  /** Other contract variables (buyer_name, quarter, ...), written before it starts. */
  variables?: StoryVariables;
  limits?: Partial<TurnLimits>;
  /** The model's answer to the contract's `agrees_to`; without it the contract's ink fallback answers. */
  decide?: Decider;
  /** A knot (or `knot.stitch`) to start at instead of the top: the writer's desk plays from anywhere. */
  startAt?: string;
  /** Milliseconds clock; injectable so tests control time. */
  now?: () => number;
}

/** Which bound a runaway story broke: one of the work limits, or the turn's lines, characters, choices or time. */
export type RunawayLimit = WorkLimitCode | 'lines' | 'turn-text' | 'time';

const RUNAWAY_REASONS: Record<RunawayLimit, (bound: number) => string> = {
  lines: (n) => `produced more than ${n} lines without a choice`,
  'turn-text': (n) => `produced more than ${n} characters without a choice`,
  choices: (n) => `offered more than ${n} choices at once`,
  time: (n) => `ran for more than ${n} ms without a choice`,
  steps: (n) => `took more than ${n} steps of work without a choice`,
  text: (n) => `built a text longer than ${n} characters`,
  pieces: (n) => `built a line of more than ${n} pieces`,
  list: (n) => `built a list of more than ${n} items`,
  depth: (n) => `called more than ${n} functions or threads deep`,
};

/** A story that ran away: it broke one of its turn's bounds before a choice or end. */
export class StoryRunaway extends Error {
  readonly limit: RunawayLimit;
  readonly bound: number;
  constructor(
    readonly storyId: string,
    readonly knot: string,
    readonly lastLine: string,
    { limit, bound }: { limit: RunawayLimit; bound: number },
  ) {
    const reason = RUNAWAY_REASONS[limit](bound);
    super(
      `Story "${storyId}" ${reason} in knot "${knot}"` +
        (lastLine ? `; last line: "${lastLine}"` : '; it had not shown a line yet'),
    );
    this.name = 'StoryRunaway';
    this.limit = limit;
    this.bound = bound;
  }
}

/** An ink runtime error or warning, with where it happened. */
export class StoryError extends Error {
  constructor(
    readonly storyId: string,
    readonly knot: string,
    readonly inkMessages: string[],
  ) {
    super(`Story "${storyId}" failed in knot "${knot}": ${inkMessages.join('; ')}`);
    this.name = 'StoryError';
  }
}

/** Thrown when a choice index or a log entry does not fit the story. */
export class ChoiceError extends Error {
  override name = 'ChoiceError';
}

/** inkjs repeats a file's top tags on its first line; they are not that line's. */
function withoutFileTags(lineTags: string[], fileTags: readonly string[]): string[] {
  const repeated = fileTags.every((tag, i) => lineTags[i]?.trim() === tag);
  return repeated ? lineTags.slice(fileTags.length) : lineTags;
}

const waitForNextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class StoryRunner {
  readonly fileTags: FileTags;
  readonly fileTagProblems: TagProblem[];
  private readonly story: Story;
  private readonly limits: TurnLimits;
  private readonly work: WorkMeter;
  private readonly now: () => number;
  private log: ChoiceRecord[] = [];
  private lastLine = '';
  private mood: Mood | null = null;
  private atStart = true;
  private readonly inkMessages: string[] = [];

  constructor(
    readonly compiled: CompiledStory,
    options: RunnerOptions = {},
  ) {
    // Stryker disable next-line EqualityOperator: flipping the flag for every caller only renames the cache's two partitions, which stay apart
    this.story = options.cache ? options.cache.take(compiled, options.decide !== undefined) : newStory(compiled);
    if (options.decide) bindDecider(this.story, options.decide, () => this.meters());
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.work = new WorkMeter(this.limits);
    watchStory(this.story, this.work);
    this.now = options.now ?? (() => performance.now());
    this.story.onError = (message) => this.inkMessages.push(message);
    if (options.meters) writeMeters(this.story.variablesState, options.meters);
    if (options.ledger) this.writeLedger(options.ledger);
    for (const [name, value] of Object.entries(options.variables ?? {})) {
      if (this.story.variablesState.$(name) == null) {
        throw new ChoiceError(`story "${compiled.id}" does not declare "${name}" (is the contract included?)`);
      }
      this.story.variablesState.$(name, value);
    }
    if (options.startAt) {
      try {
        this.story.ChoosePathString(options.startAt);
        // The file's tags ride on the top's first line only.
        this.atStart = false;
      } catch {
        throw new ChoiceError(`story "${compiled.id}" has no knot "${options.startAt}"`);
      }
    }
    const parsed = parseTags(compiled.fileTags, 'file');
    this.fileTags = parsed.tags;
    this.fileTagProblems = parsed.problems;
  }

  /** Rebuilds a runner from a snapshot's ink state (fast path; the log is kept). */
  static restore(compiled: CompiledStory, snapshot: RunnerSnapshot, options: RunnerOptions = {}): StoryRunner {
    if (snapshot.storyId !== compiled.id) {
      throw new ChoiceError(`this save is for story "${snapshot.storyId}", not "${compiled.id}"`);
    }
    if (snapshot.contentHash !== compiled.hash) {
      throw new ChoiceError(`story "${compiled.id}" has changed since this save was made`);
    }
    const { meters: _ignored, ...rest } = options;
    const runner = new StoryRunner(compiled, rest);
    runner.story.state.LoadJson(snapshot.ink);
    runner.log = snapshot.log.map((r) => ({ ...r }));
    runner.atStart = runner.story.state.previousPointer.isNull;
    return runner;
  }

  /**
   * Rebuilds a runner by replaying a choice log from the start: the canonical
   * way back to any point. Stops at the first entry that no longer fits and
   * reports how far it got, with the lines shown on the way.
   */
  static replay(
    compiled: CompiledStory,
    log: readonly ChoiceRecord[],
    options: RunnerOptions = {},
  ): { runner: StoryRunner; replayed: number; steps: Step[] } {
    const runner = new StoryRunner(compiled, options);
    let replayed = 0;
    const steps: Step[] = [];
    for (const record of log) {
      const turn = runner.turnSync();
      const step = turn.at(-1);
      // Stryker disable next-line OptionalChaining: a turn always ends with a choices or end step, so step is never undefined
      if (step?.kind !== 'choices') break;
      const option = step.choices.find((c) => c.index === record.index);
      if (!option || option.text !== record.text) break;
      // What was shown before this choice: the lines, not the choice point itself.
      steps.push(...turn.slice(0, -1));
      runner.choose(record.index);
      replayed += 1;
    }
    return { runner, replayed, steps };
  }

  /** Steps of ink this runner has played: work measured without a clock. */
  get stepsTaken(): number {
    return this.work.totalSteps;
  }

  /** The choices made so far. */
  get choiceLog(): readonly ChoiceRecord[] {
    return this.log;
  }

  /** The current meters, validated. */
  meters(): Meters {
    return readMeters(this.story.variablesState);
  }

  /** What the story has declared so far (asked the model, agreed, walked away, referred, hooks). */
  declarations(): RoomDeclarations {
    const vars = this.story.variablesState;
    const list = (name: string) => {
      const value = vars.$(name);
      // Stryker disable next-line MethodExpression,StringLiteral: every item of an ink list has a name, so there is no empty name to default or drop
      return value instanceof InkList ? value.orderedItems.map((kv) => kv.Key.itemName ?? '').filter(Boolean) : [];
    };
    const hooks = (name: string) => String(vars.$(name) ?? '').split(',').filter(Boolean);
    return {
      asked: list('asked_model'),
      agreed: list('agreed'),
      years: Number(vars.$('agreed_years') ?? 0) || 0,
      walkedAway: vars.$('walked_away') === true,
      gaveReferral: vars.$('gave_referral') === true,
      openedHooks: hooks('opened_hooks'),
      closedHooks: hooks('closed_hooks'),
    };
  }

  /** The buyer's last mood shown so far (null before any). */
  get lastMood(): Mood | null {
    return this.mood;
  }

  /** The commitment ledger as the story holds it now. */
  ledger(): Ledger {
    const read = (name: keyof Ledger) => {
      const value = this.story.variablesState.$(name);
      // Stryker disable next-line MethodExpression,StringLiteral: every item of an ink list has a name, so there is no empty name to default or drop
      return value instanceof InkList ? value.orderedItems.map((kv) => kv.Key.itemName ?? '').filter(Boolean) : [];
    };
    return { promised: read('promised'), kept: read('kept'), broken: read('broken') };
  }

  private writeLedger(ledger: Ledger): void {
    for (const name of ['promised', 'kept', 'broken'] as const) {
      const list = new InkList('commitments', this.story);
      for (const item of ledger[name]) list.AddItem(item);
      this.story.variablesState.$(name, list);
    }
  }

  /** The whole state as one JSON-safe value. Valid between turns. */
  snapshot(): RunnerSnapshot {
    return {
      storyId: this.compiled.id,
      contentHash: this.compiled.hash,
      ink: this.story.state.ToJson(),
      log: this.log.map((r) => ({ ...r })),
    };
  }

  /** Plays one turn, yielding to the event loop between slices. */
  async turn(): Promise<Step[]> {
    const slices = this.turnSlices();
    for (;;) {
      const next = slices.next();
      if (next.done) return next.value;
      await waitForNextTask();
    }
  }

  /** Plays one turn without yielding (Node tools, bots); still bounded. */
  turnSync(): Step[] {
    const slices = this.turnSlices();
    for (;;) {
      const next = slices.next();
      if (next.done) return next.value;
    }
  }

  /** The options offered at the current choice point (empty between turns or at the end). */
  offered(): ChoiceOption[] {
    // Stryker disable next-line ConditionalExpression: inkjs reports no current choices while the story can continue, so the early return changes nothing
    if (this.story.canContinue) return [];
    return this.story.currentChoices.map((c) => {
      const { tags, problems } = parseTags(c.tags, 'choice');
      return { index: c.index, text: c.text.trim(), tags, problems };
    });
  }

  /** Takes the choice with ink index `index` at the current choice point. */
  choose(index: number): ChoiceRecord {
    if (this.story.canContinue || this.story.currentChoices.length === 0) {
      throw new ChoiceError(`story "${this.compiled.id}" is not waiting for a choice`);
    }
    const choice = this.story.currentChoices.find((c) => c.index === index);
    if (!choice) {
      throw new ChoiceError(
        `story "${this.compiled.id}" has no choice ${index} here (it offers ${this.story.currentChoices.length})`,
      );
    }
    this.story.ChooseChoiceIndex(index);
    const record: ChoiceRecord = {
      storyId: this.compiled.id,
      contentHash: this.compiled.hash,
      index,
      text: choice.text,
    };
    this.log.push(record);
    return record;
  }

  private knot(): string {
    const path = this.story.state.currentPathString ?? this.story.state.previousPointer.path?.toString() ?? '';
    const [head = ''] = path.split('.');
    // Content before the first knot lives in numbered containers ("0.c-1"): that is the top of the file.
    return head === '' || /^\d+$/.test(head) ? '(top)' : head;
  }

  private checkInk(): void {
    if (this.inkMessages.length > 0) {
      const messages = [...new Set(this.inkMessages.splice(0))];
      throw new StoryError(this.compiled.id, this.knot(), messages);
    }
  }

  private *turnSlices(): Generator<void, Step[], void> {
    const { maxLines, maxTurnChars, maxMillis, sliceMillis } = this.limits;
    const steps: Step[] = [];
    const started = this.now();
    let lines = 0;
    let chars = 0;
    const runaway = (limit: RunawayLimit, bound: number) => new StoryRunaway(this.compiled.id, this.knot(), this.lastLine, { limit, bound });
    const slice = () => {
      try {
        this.story.ContinueAsync(sliceMillis);
      } catch (error) {
        if (error instanceof WorkLimitHit) {
          // An ink error met on the way is the cause (a save pointing nowhere spins out whitespace); report it first.
          // inkjs hands its errors to onError only when a slice ends, so read the ones it holds now.
          const { currentErrors, currentWarnings } = this.story.state;
          this.inkMessages.push(...(currentErrors ?? []), ...(currentWarnings ?? []));
          this.checkInk();
          throw runaway(error.code, error.limit);
        }
        throw error;
      }
    };
    this.work.startTurn();
    while (this.story.canContinue) {
      slice();
      while (!this.story.asyncContinueComplete) {
        this.checkInk();
        if (this.now() - started > maxMillis) throw runaway('time', maxMillis);
        yield;
        slice();
      }
      this.checkInk();
      lines += 1;
      if (lines > maxLines) throw runaway('lines', maxLines);
      if (this.now() - started > maxMillis) throw runaway('time', maxMillis);
      // Stryker disable next-line OptionalChaining,StringLiteral: after a completed Continue inkjs computes currentText from the output, never null
      const text = this.story.currentText?.trim() ?? '';
      chars += text.length;
      if (chars > maxTurnChars) throw runaway('turn-text', maxTurnChars);
      // Stryker disable next-line ArrayDeclaration: after a completed Continue inkjs computes currentTags as an array, never null
      let rawTags = this.story.currentTags ?? [];
      if (this.atStart) {
        rawTags = withoutFileTags(rawTags, this.compiled.fileTags);
        this.atStart = false;
      }
      if (text === '' && rawTags.length === 0) continue;
      const { tags, problems } = parseTags(rawTags, 'line');
      if (text !== '') this.lastLine = text;
      if (tags.mood) this.mood = tags.mood;
      steps.push({ kind: 'line', text, tags, problems });
    }
    this.checkInk();
    const choices = this.offered();
    steps.push(choices.length > 0 ? { kind: 'choices', choices } : { kind: 'end', meters: this.meters() });
    return steps;
  }
}
