/**
 * The conversations in `stories/`, found at build time, and those imported
 * from story packs. Each shipped story's compiled JSON loads only when it is
 * played, so the first download stays small.
 */
import storyIndex from 'virtual:story-index';
import personasStory from '../../stories/personas.ink';
import type { CompiledStory } from '../engine/narrative/runner';
import { type FileTags, STAGES, parseTags } from '../engine/narrative/tags';
import { type Persona, readPersonas } from '../engine/personas';
import { importedShelf } from './imported-stories';

export interface StoryIndexEntry {
  id: string;
  tags: FileTags;
  load: () => Promise<CompiledStory>;
  /** True for a conversation imported from a story pack. */
  imported?: boolean;
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

/** The shipped conversations in play (drafts kept out): the campaign's library. */
export function playableStories(): StoryIndexEntry[] {
  return playable;
}

/** The ids of every shipped conversation, drafts included: an imported one may not take them. */
export function shippedStoryIds(): Set<string> {
  return new Set(storyIndex.map((entry) => entry.id));
}

/** Conversations imported from story packs, for practice. */
export function importedStories(): StoryIndexEntry[] {
  return importedShelf().stories.map((story) => ({
    id: story.id,
    tags: parseTags(story.fileTags, 'file').tags,
    load: () => Promise.resolve(story),
    imported: true,
  }));
}

/** Conversations in the order a title screen offers them: by stage, a buyer's own before general ones, imported ones last. */
export function titleStories(): StoryIndexEntry[] {
  const rank = (e: StoryIndexEntry) => (e.tags.stage ? STAGES.indexOf(e.tags.stage) : STAGES.length);
  const shipped = [...playable].sort((a, b) => rank(a) - rank(b) || Number(!a.tags.persona) - Number(!b.tags.persona) || a.id.localeCompare(b.id));
  return [...shipped, ...importedStories()];
}

/**
 * Names conversations for messages ("The Night Shift"; an id that is gone
 * stays as it is). Reads the imported shelf once, however many ids it is
 * asked about: a save can list thousands.
 */
export function storyTitler(): (id: string) => string {
  const titles = new Map(titleStories().map((entry) => [entry.id, entry.tags.title ?? entry.id]));
  return (id) => titles.get(id) ?? id;
}

export function findStory(id: string): StoryIndexEntry | undefined {
  return playableStories().find((entry) => entry.id === id) ?? importedStories().find((entry) => entry.id === id);
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
