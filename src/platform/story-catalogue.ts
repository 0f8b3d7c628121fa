/**
 * The conversations in `stories/`, found at build time. Each story's compiled
 * JSON loads only when it is played, so the first download stays small.
 */
import storyIndex from 'virtual:story-index';
import personasStory from '../../stories/personas.ink';
import type { CompiledStory } from '../engine/narrative/runner';
import { type FileTags, STAGES } from '../engine/narrative/tags';
import { type Persona, readPersonas } from '../engine/personas';

export interface StoryIndexEntry {
  id: string;
  tags: FileTags;
  load: () => Promise<CompiledStory>;
}

// Each story's JSON is fetched once, however often it is played or prefetched.
const loading = new Map<string, Promise<CompiledStory>>();
const playable: StoryIndexEntry[] = storyIndex
  .filter((entry) => entry.tags.status !== 'draft')
  .map((entry) => ({
    ...entry,
    load: () => {
      let promise = loading.get(entry.id);
      if (!promise) {
        promise = entry.load();
        promise.catch(() => loading.delete(entry.id));
        loading.set(entry.id, promise);
      }
      return promise;
    },
  }));

/**
 * Loads a saved conversation again (the dev server's live update): the next
 * `load()` of that story returns the new version.
 */
export function reloadStory(id: string, url: string): Promise<CompiledStory> {
  const promise = import(/* @vite-ignore */ `${url}?t=${Date.now()}`).then((m: { default: CompiledStory }) => m.default);
  loading.set(id, promise);
  promise.catch(() => loading.delete(id));
  return promise;
}

/** Conversations in play: drafts are kept out. */
export function playableStories(): StoryIndexEntry[] {
  return playable;
}

/** Conversations in the order a title screen offers them: by stage, a buyer's own before general ones. */
export function titleStories(): StoryIndexEntry[] {
  const rank = (e: StoryIndexEntry) => (e.tags.stage ? STAGES.indexOf(e.tags.stage) : STAGES.length);
  return [...playable].sort((a, b) => rank(a) - rank(b) || Number(!a.tags.persona) - Number(!b.tags.persona) || a.id.localeCompare(b.id));
}

export function findStory(id: string): StoryIndexEntry | undefined {
  return playableStories().find((entry) => entry.id === id);
}

const personas = new Map(readPersonas(personasStory).personas.map((p) => [p.id, p]));

export function allPersonas(): Persona[] {
  return [...personas.values()];
}

export function personaById(id: string): Persona | undefined {
  return personas.get(id);
}

/**
 * The buyer of a conversation. A general conversation played on its own (from
 * the title screen or ?story=) meets the first persona in personas.ink.
 */
export function personaFor(entry: { tags: FileTags }): Persona | undefined {
  return entry.tags.persona ? personas.get(entry.tags.persona) : personas.values().next().value;
}
