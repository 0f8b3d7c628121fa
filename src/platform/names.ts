/**
 * Names people type or bring in files (teams, packs, stories, files): trimmed
 * of invisible characters at their ends, refused when nothing visible is
 * left, and isolated for direction wherever the game's own sentences carry
 * them, so a right-to-left override in a pack's name cannot reverse the
 * sentence around it. Joiners inside a name stay: some scripts need them.
 */

/**
 * Characters that show nothing: white space, zero-width spaces and joiners,
 * direction marks, embeddings, overrides and isolates, the word joiner and
 * invisible operators, the byte-order mark, the soft hyphen, the Arabic letter mark, the Mongolian
 * vowel separator, and the Hangul fillers.
 */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

function invisible(char: string): boolean {
  if (/\s/u.test(char)) return true;
  const code = char.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** A name as typed or read from a file, its invisible ends trimmed; null when nothing visible is left. */
export function cleanName(raw: string): string | null {
  const chars = [...raw];
  let start = 0;
  let end = chars.length;
  while (start < end && invisible(chars[start]!)) start++;
  while (end > start && invisible(chars[end - 1]!)) end--;
  return start < end ? chars.slice(start, end).join('') : null;
}

/** First-strong isolate ... pop directional isolate: the plain-text <bdi>. */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}
