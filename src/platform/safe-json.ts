/**
 * JSON.parse for files people import (story packs, session files): keys that
 * could reach an object's prototype are dropped as the text is read.
 */
export function parseImportedJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
}
