/**
 * Independent random streams keyed by seed, account, quarter and event: one
 * different choice in quarter 3 changes nothing before it and nothing in an
 * unrelated account, and two players making identical choices in the same
 * world get identical results.
 */

/** A 32-bit hash of a string (FNV-1a with a final avalanche). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export type Random = () => number;

function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stream for one purpose: `stream(seed, 'a2', 3, 'renewal')`. */
export function stream(seed: number, ...keys: (string | number)[]): Random {
  return mulberry32(hash32([seed, ...keys].join('|')));
}

/** One draw from a keyed stream: true with probability `p`. */
export function chance(p: number, seed: number, ...keys: (string | number)[]): boolean {
  return stream(seed, ...keys)() < p;
}

/** Picks one item with a keyed stream. */
export function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}
