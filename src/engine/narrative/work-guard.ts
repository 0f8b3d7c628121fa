/**
 * Bounds on what a story may grow while it plays, checked after every step of
 * ink rather than between time slices: a few lines of ink that double a string
 * reach hundreds of megabytes within one slice, and a Worker that runs out of
 * memory can take the page's process with it. Time is no defence against
 * that; counting is. The same counts make work measurable without a clock, so
 * a pack's import budget does not depend on the machine's speed.
 */
import { InkList, type Story } from 'inkjs';

/** What a story may produce or build in one turn (from a choice to the next choice or end). */
export interface WorkLimits {
  /** Steps of ink (one instruction each) a turn may take. */
  maxSteps: number;
  /** Characters any one text value, or the line being written, may hold. */
  maxTextChars: number;
  /** Pieces of text and glue the line being written may hold (ink's glue costs time in the square of these). */
  maxLinePieces: number;
  /** Items an ink list value may hold. */
  maxListItems: number;
  /** Nested function and tunnel calls, and threads, at once. */
  maxCallDepth: number;
  /** Choices one choice point may gather. */
  maxChoices: number;
}

/**
 * Generous for any conversation, tiny for memory. Random walks of the shipped
 * library (30-40 per story) found at most 522 steps in a turn, 239 characters
 * and 17 pieces in a line, 1,157 characters in a turn's lines, calls 5 deep
 * and 4 choices at once.
 */
export const DEFAULT_WORK_LIMITS: WorkLimits = {
  maxSteps: 100_000,
  maxTextChars: 20_000,
  maxLinePieces: 500,
  maxListItems: 1_000,
  maxCallDepth: 200,
  maxChoices: 50,
};

/** Which bound a story broke. */
export type WorkLimitCode = 'steps' | 'text' | 'pieces' | 'list' | 'depth' | 'choices';

/** The parts of inkjs's state the guard reads that its typings keep private. */
interface FlowInternals {
  _currentFlow: { currentChoices: readonly unknown[] };
}

/** Thrown from inside ink's own step loop; the runner turns it into a StoryRunaway. */
export class WorkLimitHit extends Error {
  override name = 'WorkLimitHit';
  constructor(
    readonly code: WorkLimitCode,
    readonly limit: number,
  ) {
    super(`work limit "${code}" (${limit}) exceeded`);
  }
}

/** The work one runner has done: steps this turn and in all, and the line being written. */
export class WorkMeter {
  /** Steps since this runner was made: the unit of an import's budget. */
  totalSteps = 0;
  private turnSteps = 0;
  private seenOutput = 0;
  private outputChars = 0;

  constructor(readonly limits: WorkLimits) {}

  /** A new turn starts its own count of steps. */
  startTurn(): void {
    this.turnSteps = 0;
  }

  /** Called after each ink step with the story's state. */
  afterStep(story: Story): void {
    this.totalSteps += 1;
    this.turnSteps += 1;
    const { limits } = this;
    if (this.turnSteps > limits.maxSteps) throw new WorkLimitHit('steps', limits.maxSteps);
    const state = story.state;
    const calls = state.callStack;
    if (calls.depth + calls._threads.length - 1 > limits.maxCallDepth) throw new WorkLimitHit('depth', limits.maxCallDepth);
    const top = state.evaluationStack.at(-1);
    if (top !== undefined) checkValue(top, limits);
    this.countOutput(state.outputStream);
    // While ink runs, `currentChoices` reads empty; the flow holds the choices gathered so far.
    if ((state as unknown as FlowInternals)._currentFlow.currentChoices.length > limits.maxChoices) {
      throw new WorkLimitHit('choices', limits.maxChoices);
    }
  }

  /**
   * The characters of the line being written, counted as pieces arrive. ink
   * empties the stream at each new line and trims glue and whitespace from
   * it; when it shrinks, the count starts again from what is left.
   */
  private countOutput(output: readonly unknown[]): void {
    if (output.length > this.limits.maxLinePieces) throw new WorkLimitHit('pieces', this.limits.maxLinePieces);
    if (output.length < this.seenOutput) {
      this.seenOutput = 0;
      this.outputChars = 0;
    }
    for (let i = this.seenOutput; i < output.length; i++) this.outputChars += textLength(output[i]);
    this.seenOutput = output.length;
    if (this.outputChars > this.limits.maxTextChars) throw new WorkLimitHit('text', this.limits.maxTextChars);
  }
}

function textLength(value: unknown): number {
  const inner = (value as { value?: unknown } | null)?.value;
  return typeof inner === 'string' ? inner.length : 0;
}

function checkValue(value: unknown, limits: WorkLimits): void {
  const inner = (value as { value?: unknown } | null)?.value;
  if (typeof inner === 'string' && inner.length > limits.maxTextChars) throw new WorkLimitHit('text', limits.maxTextChars);
  if (inner instanceof InkList && inner.Count > limits.maxListItems) throw new WorkLimitHit('list', limits.maxListItems);
}

/** Where a Story's step hook finds the meter of the runner now using it (a cached Story serves many runners). */
const meters = new WeakMap<Story, WorkMeter>();

/** Points the story's step hook at `meter`, installing the hook the first time. */
export function watchStory(story: Story, meter: WorkMeter): void {
  const installed = meters.has(story);
  meters.set(story, meter);
  if (installed) return;
  const step = story.Step.bind(story);
  // inkjs calls this.Step() once per instruction; an own property shadows the prototype's.
  story.Step = () => {
    step();
    meters.get(story)!.afterStep(story);
  };
}
