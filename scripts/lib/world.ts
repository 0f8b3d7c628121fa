/**
 * Loads the shipped world from disk for Node tools and tests: every
 * conversation in stories/ compiled by the real inkjs compiler, and the
 * personas. Drafts are left out unless asked for.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledStory } from '../../src/engine/narrative/runner';
import { parseTags } from '../../src/engine/narrative/tags';
import type { StoryInfo, World } from '../../src/engine/model/campaign';
import { readPersonas } from '../../src/engine/personas';
import { compileInkFile, listStoryFiles } from '../vite-plugin-ink';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STORIES_DIR = path.join(ROOT, 'stories');

export interface LoadedWorld {
  world: World;
  stories: Map<string, CompiledStory>;
  lookup: (id: string) => CompiledStory;
}

function compile(file: string): CompiledStory {
  const result = compileInkFile(file);
  if (result.json === null) {
    throw new Error(`${path.relative(ROOT, file)} does not compile: ${result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('; ')}`);
  }
  return { id: path.basename(file, '.ink'), hash: result.hash, json: result.json, fileTags: result.fileTags };
}

export function loadWorld(options: { includeDrafts?: boolean; storiesDir?: string; files?: string[] } = {}): LoadedWorld {
  const dir = options.storiesDir ?? STORIES_DIR;
  const personas = readPersonas(compile(path.join(dir, 'personas.ink')));
  if (personas.problems.length > 0) throw new Error(`personas.ink: ${personas.problems.join('; ')}`);
  const stories = new Map<string, CompiledStory>();
  const infos: StoryInfo[] = [];
  for (const file of options.files ?? listStoryFiles(dir)) {
    const compiled = compile(file);
    const { tags } = parseTags(compiled.fileTags, 'file');
    if (tags.status === 'draft' && !options.includeDrafts) continue;
    stories.set(compiled.id, compiled);
    infos.push({ id: compiled.id, persona: tags.persona, stage: tags.stage, event: tags.event });
  }
  const lookup = (id: string) => {
    const story = stories.get(id);
    if (!story) throw new Error(`no conversation "${id}"`);
    return story;
  };
  return { world: { personas: personas.personas, stories: infos }, stories, lookup };
}
