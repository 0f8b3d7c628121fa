/**
 * Conversations a facilitator imported from story packs, kept in localStorage
 * so they are there next time, offline too. One key, written in one go: a
 * write that does not fit (full or disabled storage) leaves what was there.
 * Imported conversations are for practice; the campaign plays the shipped
 * library, whose balance the lesson tests prove.
 */
import type { CompiledStory } from '../engine/narrative/runner';
import { parseImportedJson } from './safe-json';

const KEY = 'the-long-game:imported-stories';

export interface ImportedStory extends CompiledStory {
  title: string;
  /** The pack it came from, as its writer named it. */
  pack: string;
  importedAt: string;
}

export interface ImportedShelf {
  stories: ImportedStory[];
  /** True when stored data was there but could not be read. */
  damaged: boolean;
}

function isImportedStory(value: unknown): value is ImportedStory {
  const s = value as Partial<ImportedStory> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.id === 'string' &&
    typeof s.hash === 'string' &&
    typeof s.json === 'string' &&
    typeof s.title === 'string' &&
    typeof s.pack === 'string' &&
    typeof s.importedAt === 'string' &&
    Array.isArray(s.fileTags) &&
    s.fileTags.every((t) => typeof t === 'string')
  );
}

export function importedShelf(): ImportedShelf {
  let text: string | null;
  try {
    // Stryker disable next-line OptionalChaining: with no localStorage at all the throw lands in the catch below, which returns the same empty, undamaged shelf
    text = globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return { stories: [], damaged: false };
  }
  if (text === null) return { stories: [], damaged: false };
  try {
    const value = parseImportedJson(text);
    if (!Array.isArray(value)) return { stories: [], damaged: true };
    const stories = value.filter(isImportedStory);
    return { stories, damaged: stories.length !== value.length };
  } catch {
    return { stories: [], damaged: true };
  }
}

/** The imported stories that these would replace: the same id with different content (the same content replaces nothing). */
export function replacedBy(stories: readonly Pick<ImportedStory, 'id' | 'hash'>[]): ImportedStory[] {
  const incoming = new Map(stories.map((s) => [s.id, s.hash]));
  return importedShelf().stories.filter((s) => incoming.has(s.id) && incoming.get(s.id) !== s.hash);
}

/** Adds stories (a story with the same id is replaced). Returns why not, or null when stored. */
export function storeImported(stories: readonly ImportedStory[]): string | null {
  const kept = importedShelf().stories.filter((s) => !stories.some((n) => n.id === s.id));
  const text = JSON.stringify([...kept, ...stories]);
  try {
    globalThis.localStorage.setItem(KEY, text);
    return null;
  } catch {
    return `this browser would not keep ${Math.round(text.length / 1024)} KB of conversations (its storage is full or switched off)`;
  }
}

export function forgetImported(): void {
  try {
    globalThis.localStorage.removeItem(KEY);
  } catch {
    // Storage switched off: there is nothing stored to forget.
  }
}
