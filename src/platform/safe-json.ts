/**
 * JSON.parse for text from outside the code (story packs, session files,
 * saves and lists kept in storage): keys that could reach an object's
 * prototype are dropped as the text is read, so no later step that copies or
 * merges what was read can carry them there. The one way to read such text;
 * a lint rule bans bare JSON.parse beside it.
 */

/** Nesting no file of the game comes near (a save nests about 8 deep); deeper is refused before it is parsed. */
export const MAX_JSON_DEPTH = 64;

/** Why text could not be read: not JSON at all, or JSON nested deeper than MAX_JSON_DEPTH. */
export type JsonProblem = 'not-json' | 'too-deep';

export class ImportedJsonError extends Error {
  override name = 'ImportedJsonError';
  constructor(readonly problem: JsonProblem) {
    super(problem === 'too-deep' ? `JSON nested more than ${MAX_JSON_DEPTH} levels deep` : 'not JSON');
  }
}

/**
 * The deepest nesting of arrays and objects in `text`, brackets inside
 * strings not counted; it stops counting past `limit`. Parsing with a reviver
 * recurses once per level, so deep enough text would overflow the stack and
 * read as "not JSON".
 */
export function nestingDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function parseImportedJson(text: string): unknown {
  if (nestingDepth(text) > MAX_JSON_DEPTH) throw new ImportedJsonError('too-deep');
  try {
    return JSON.parse(text, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
  } catch {
    throw new ImportedJsonError('not-json');
  }
}
