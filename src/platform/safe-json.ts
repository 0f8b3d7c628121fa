/**
 * JSON.parse for text from outside the code (story packs, session files,
 * saves and lists kept in storage): keys that could reach an object's
 * prototype are dropped as the text is read, so no later step that copies or
 * merges what was read can carry them there. The one way to read such text;
 * a lint rule bans bare JSON.parse beside it.
 */
export function parseImportedJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
}
