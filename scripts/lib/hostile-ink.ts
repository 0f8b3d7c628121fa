/**
 * Ink written to exhaust whatever plays it: strings that double, lines of a
 * million words, lists, recursion and choices without end. The hostile-input
 * tests, `npm run fuzz` and `npm run bench` play these through the real
 * compiler and runner (and, packed, through the real page); each names the
 * bound it should hit, so a test can say which defence held.
 */
import type { RunawayLimit, Step, StoryRunner } from '../../src/engine/narrative/runner';

/** Where the bomb goes off: on the story's first turn, or after the player's first choice. */
export type BombPhase = 'first-turn' | 'after-choice';

export interface InkBomb {
  /** `string-doubling-24-after-choice`: kind, size and phase, usable as a story id. */
  id: string;
  kind: BombKind;
  size: number;
  phase: BombPhase;
  /** The ink, complete except for what `header` adds (the contract's INCLUDE, for a pack). */
  source: string;
  /** The bound the runner should stop it at with the default limits; null when it plays to its end. */
  stopsAt: RunawayLimit | null;
}

export type BombKind = 'string-doubling' | 'word-flood' | 'list-growth' | 'deep-recursion' | 'choice-flood' | 'long-turn' | 'busy-loop';

/** The body of knot `bomb` for each kind, at a size; and the bound it breaks. */
const BODIES: Record<BombKind, { stopsAt: RunawayLimit; body: (size: number) => string; before?: (size: number) => string }> = {
  // Each pass doubles s: 2^24 characters is 16 million, enough to freeze or crash a tab unbounded.
  'string-doubling': {
    stopsAt: 'text',
    before: () => 'VAR s = "x"',
    body: (n) => `~ temp i = 0\n- (again)\n~ s = s + s\n~ i = i + 1\n{ i < ${n}: -> again }\nShe reads it: {s}\n-> END`,
  },
  // One line of `size` words held together with glue.
  'word-flood': {
    stopsAt: 'pieces',
    body: (n) => `~ temp i = 0\n- (again)\n~ i = i + 1\nword <>\n{ i < ${n}: -> again }\nend.\n-> END`,
  },
  // A list of `size` items, all at once.
  'list-growth': {
    stopsAt: 'list',
    before: (n) => `LIST everything = ${Array.from({ length: n }, (_, i) => `item${i}`).join(', ')}`,
    body: () => '~ temp all = LIST_ALL(everything)\nThere are {LIST_COUNT(all)} of them.\n-> END',
  },
  // A function that calls itself, `size` deep at most.
  'deep-recursion': {
    stopsAt: 'depth',
    body: (n) => `~ dive(0)\nBack up.\n-> END\n\n== function dive(depth) ==\n{ depth < ${n}: \n  ~ dive(depth + 1)\n}`,
  },
  // `size` choices gathered by threads into one choice point.
  'choice-flood': {
    stopsAt: 'choices',
    body: (n) => `~ temp i = 0\n- (again)\n~ i = i + 1\n<- option(i)\n{ i < ${n}: -> again }\n-> DONE\n\n== option(n) ==\n* [Option {n}] -> END`,
  },
  // `size` lines of 999 characters in one turn.
  'long-turn': {
    stopsAt: 'turn-text',
    body: (n) => `~ temp i = 0\n- (again)\n~ i = i + 1\n${'blah '.repeat(200).trim()}\n{ i < ${n}: -> again }\n-> END`,
  },
  // A loop that never writes a line.
  'busy-loop': {
    stopsAt: 'steps',
    body: () => '~ temp i = 0\n- (again)\n~ i = i + 1\n-> again',
  },
};

export const BOMB_KINDS = Object.keys(BODIES) as BombKind[];

/** One bomb of a kind, size and phase. */
export function inkBomb(kind: BombKind, size: number, phase: BombPhase, header = ''): InkBomb {
  const { stopsAt, body, before } = BODIES[kind];
  const opening = phase === 'first-turn' ? 'Hello.\n-> bomb' : 'Hello.\n* [Go on]\n  -> bomb';
  const source = [header, before?.(size) ?? '', opening, '', '== bomb ==', body(size), ''].filter((part, i) => i > 1 || part !== '').join('\n');
  return { id: `${kind}-${size}-${phase}`, kind, size, phase, source, stopsAt };
}

/**
 * Sizes from harmless to far past the bounds, per kind, each with where the
 * runner should stop it under the default limits (null: it plays to its end).
 * Written out by hand from the limits, so a changed limit shows up here.
 */
export const BOMB_SIZES: Record<BombKind, [size: number, stopsAt: RunawayLimit | null][]> = {
  // 2^14 = 16,384 characters fit in 20,000; 2^15 does not.
  'string-doubling': [[14, null], [15, 'text'], [24, 'text'], [26, 'text']],
  // Each glued word is two pieces of 500.
  'word-flood': [[200, null], [300, 'pieces'], [128_000, 'pieces'], [1_000_000, 'pieces']],
  'list-growth': [[1_000, null], [1_001, 'list'], [5_000, 'list']],
  // The meeting itself sits two calls deep, so 198 nested calls is the most that fits in 200.
  'deep-recursion': [[198, null], [199, 'depth'], [100_000, 'depth']],
  'choice-flood': [[50, null], [51, 'choices'], [5_000, 'choices']],
  // A 999-character line: 100 of them and the opening line fit in 100,000 characters, 101 do not.
  'long-turn': [[100, null], [101, 'turn-text'], [10_000, 'turn-text']],
  'busy-loop': [[1, 'steps']],
};

/** Every bomb at every size and phase. */
export function allInkBombs(header = ''): InkBomb[] {
  return BOMB_KINDS.flatMap((kind) =>
    BOMB_SIZES[kind].flatMap(([size, stopsAt]) =>
      (['first-turn', 'after-choice'] as const).map((phase) => ({ ...inkBomb(kind, size, phase, header), stopsAt })),
    ),
  );
}

/**
 * Plays a bomb as a player meets it: its first turn and, for a bomb set after
 * the first choice, that choice and the next turn. Returns the last turn's
 * steps; a runaway throws as the runner throws it.
 */
export async function playBombTurns(bomb: InkBomb, runner: StoryRunner, sliced: boolean): Promise<Step[]> {
  const turn = () => (sliced ? runner.turn() : runner.turnSync());
  let steps = await turn();
  const first = steps.at(-1);
  if (bomb.phase === 'after-choice' && first?.kind === 'choices') {
    runner.choose(first.choices[0]!.index);
    steps = await turn();
  }
  return steps;
}
