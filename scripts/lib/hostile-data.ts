/**
 * Data written to hurt the game from outside its code: story packs with many
 * or slow stories, JSON that is huge or nested deep, saves whose checksum
 * holds but whose pointer or story list does not, settings no button writes,
 * and names that hide or turn text around. Pure functions of a seeded random
 * (scripts/lib/hostile-ink.ts holds the ink bombs), so `npm run fuzz`, the
 * unit tests and the browser tests can build the same inputs and each say
 * what the game must make of them.
 */
import type { Random } from '../../src/engine/model/random';
import { checksum } from '../../src/platform/save-store';
import { type PackStory, makePack } from '../../src/platform/writer/story-pack';

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

/**
 * A conversation whose first turn counts to `passes` (writing nothing) before
 * its choice: about 28 steps of ink a pass, with the contract included, so a
 * pack's import budget can be spent at will.
 */
export function countingStoryInk(passes: number, title = 'Counting'): string {
  return [
    'INCLUDE include/contract.ink',
    `# title: ${title}`,
    '# stage: discovery',
    '~ temp i = 0',
    '- (again)',
    '~ i = i + 1',
    `{ i < ${passes}:`,
    '  -> again',
    '}',
    'She waits.',
    '* [Listen # move: relate # principle: other-focus]',
    '  ~ earn_intimacy(1)',
    '  -> END',
    '* [Close # move: close # principle: other-focus]',
    '  ~ close_move(1)',
    '  -> END',
    '',
  ].join('\n');
}

/** What a pack story needs from the compiler. */
export type CompiledParts = Pick<PackStory, 'json' | 'fileTags' | 'hash' | 'source'>;

/** One pack story around compiled parts, with its id and title. */
export function packStoryOf(parts: CompiledParts, id: string, title: string): PackStory {
  return {
    id,
    title,
    ...parts,
    check: { choicePoints: 1, paths: 2, endings: 2, walks: 0, temptation: { tempting: 1, of: 1 }, warnings: [] },
  };
}

/**
 * A pack's text holding `count` copies of one compiled story, as `story-1`,
 * `story-2`, ...: with a slow story, a pack that spends the import's whole
 * budget; with more than 40, one that holds too many.
 */
export function manyStoryPack(count: number, parts: CompiledParts, name = 'Many conversations'): string {
  const stories = Array.from({ length: count }, (_, i) => packStoryOf(parts, `story-${i + 1}`, `Story ${i + 1}`));
  return JSON.stringify(makePack(name, stories));
}

/**
 * Complete JSON nested `depth` levels deep, arrays and objects mixed at
 * random, with brackets inside strings on the way down (they are text, not
 * nesting).
 */
export function deepJson(depth: number, random: Random): string {
  const opens: string[] = [];
  const closes: string[] = [];
  for (let level = 0; level < depth; level++) {
    const decoy = random() < 0.2 ? '"[{[{",' : '';
    if (random() < 0.5) {
      opens.push(`[${decoy}`);
      closes.push(']');
    } else {
      opens.push(`{${decoy ? '"decoy":"}]}]",' : ''}"in":`);
      closes.push('}');
    }
  }
  return `${opens.join('')}0${closes.reverse().join('')}`;
}

/** Complete, shallow JSON of at least `bytes` characters: an array of strings and numbers. */
export function hugeJson(bytes: number, random: Random): string {
  const parts: string[] = [];
  let size = 2;
  while (size < bytes) {
    const part = random() < 0.5 ? JSON.stringify('x'.repeat(between(random, 0, 4096))) : String(Math.round(random() * 1e9));
    parts.push(part);
    size += part.length + 1;
  }
  return `[${parts.join(',')}]`;
}

/** Two saves in storage behind a pointer another page has damaged. */
export interface DamagedPointer {
  /** What the pointer key holds: never "a" or "b"; null when the key is gone. */
  pointer: string | null;
  slots: { a: string; b: string };
  /** The slot a reader must recover: the one holding the newer whole save. */
  newest: 'a' | 'b';
}

/** Pointer values no build writes (a build writes "a" or "b"). */
const BAD_POINTERS: readonly (string | null)[] = [null, '', 'c', 'A', 'B', ' a', 'b ', 'a\u0000', '"a"', 'ab', '../a', 'slot-a', 'null', '0', '1', '\u202Ea', 'a'.repeat(100_000)];

/** A save envelope's text with its time of saving changed (the checksum covers only the payload, so it still holds). */
function savedAt(envelope: string, at: string): string {
  return JSON.stringify({ ...(JSON.parse(envelope) as object), savedAt: at });
}

/**
 * Two whole saves (made from `envelopes`, genuine envelope texts) in slots a
 * and b, saved a minute apart in either order, behind a pointer that names
 * neither. Sometimes the newer slot's story list is swollen (still a valid
 * save) or the older slot is damaged.
 */
export function damagedPointer(random: Random, envelopes: readonly string[]): DamagedPointer {
  const newest = random() < 0.5 ? 'a' : 'b';
  const older = newest === 'a' ? 'b' : 'a';
  const base = Date.UTC(2026, 0, 1) + Math.floor(random() * 1e10);
  let newer = savedAt(pick(random, envelopes), new Date(base + 60_000).toISOString());
  if (random() < 0.3) newer = manyStoriesSave(newer, between(random, 100, 20_000), random);
  let old = savedAt(pick(random, envelopes), new Date(base).toISOString());
  if (random() < 0.3) old = old.slice(0, Math.floor(old.length / 2));
  const slots = { [newest]: newer, [older]: old } as { a: string; b: string };
  return { pointer: pick(random, BAD_POINTERS), slots, newest };
}

/**
 * A save envelope whose list of the conversations it depends on has `count`
 * made-up entries (the ids as a story id may be, the hashes hexadecimal); its
 * checksum still matches, since it covers only the payload.
 */
export function manyStoriesSave(envelope: string, count: number, random: Random): string {
  const value = JSON.parse(envelope) as { stories: Record<string, string>; payload: unknown; checksum: string };
  const stories: Record<string, string> = { ...value.stories };
  for (let i = 0; i < count; i++) stories[`made-up-${i}`] = Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0');
  return JSON.stringify({ ...value, stories, checksum: checksum(JSON.stringify(value.payload)) });
}

/**
 * Values no button stores, for a setting kept as text (a text scale, a
 * volume, a clock's start): huge, negative, not numbers, numbers dressed
 * oddly, and a few random ones. `null` is a setting never stored.
 */
export function badSettings(random: Random): (string | null)[] {
  const fixed = ['1e9', '-5', '0', '-0', 'NaN', 'Infinity', '-Infinity', '', ' ', '\t', 'big', '1.2', '0x10', '1e-400', '1e400', '١', '１', '1,5', '1.15 ', ' 1.3', '+1', '.5', '5.', '[1]', '{"scale":1}', 'true', 'null', 'undefined', '\u202E1.5', '1.5\u200B', '9'.repeat(400)];
  const randomOnes = Array.from({ length: 6 }, () => {
    const n = (random() - 0.5) * 10 ** between(random, -3, 20);
    return random() < 0.5 ? String(n) : n.toExponential(between(random, 0, 6));
  });
  return [null, ...fixed, ...randomOnes];
}

/** A name as a person or a file may give it, with what must be left of it once cleaned. */
export interface HostileName {
  raw: string;
  /** The name with its invisible ends trimmed, joiners and marks inside kept; null when nothing visible is there. */
  visible: string | null;
}

/** Characters that show nothing (each one is trimmed from a name's ends). */
export const INVISIBLES: readonly string[] = [' ', '\t', '\n', '\u00A0', '\u3000', '\u2028', '\u00AD', '\u061C', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u3164', '\uFE0F'];
/** Characters that show, from several scripts: a name may begin and end with any. */
const VISIBLES: readonly string[] = ['H', 'a', 'z', '7', 'é', 'ß', 'Ж', 'ש', 'ل', 'क', 'ष', '名', 'ㄱ', '한', '🙂', '!', '-', '.', '_'];
/** Characters a name may hold inside: the visible ones, spaces, joiners and direction controls. */
const INSIDE: readonly string[] = [...VISIBLES, ' ', '\u200D', '\u200C', '\u202E', '\u2067', '\u0301', '\u094D'];

function run(random: Random, alphabet: readonly string[], lo: number, hi: number): string {
  return Array.from({ length: between(random, lo, hi) }, () => pick(random, alphabet)).join('');
}

/**
 * Names with invisible ends around a visible core (direction overrides and
 * joiners inside it), names of invisible characters only, and a few fixed
 * ones from attacks that worked once.
 */
export function hostileNames(random: Random): HostileName[] {
  const fixed: HostileName[] = [
    { raw: '\u200B\u200B\u200B', visible: null },
    { raw: '\u202EPilot Review', visible: 'Pilot Review' },
    { raw: 'Pilot\u202E weiveR', visible: 'Pilot\u202E weiveR' },
    { raw: 'क्\u200Dष', visible: 'क्\u200Dष' },
    { raw: '\u2067שלום\u2069', visible: 'שלום' },
    { raw: '', visible: null },
  ];
  const made = Array.from({ length: 8 }, (): HostileName => {
    const before = run(random, INVISIBLES, 0, 4);
    const after = run(random, INVISIBLES, 0, 4);
    if (random() < 0.2) return { raw: before + after + run(random, INVISIBLES, 1, 3), visible: null };
    const core = pick(random, VISIBLES) + (random() < 0.7 ? run(random, INSIDE, 0, 12) + pick(random, VISIBLES) : '');
    return { raw: before + core + after, visible: core };
  });
  return [...fixed, ...made];
}
