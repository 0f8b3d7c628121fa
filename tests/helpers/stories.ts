/** Compiles ink files from disk for tests, exactly as the build does. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInkFile, listStoryFiles } from '../../scripts/vite-plugin-ink';
import type { CompiledStory } from '../../src/engine/narrative/runner';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STORIES_DIR = path.join(ROOT, 'stories');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/ink');

/** Compiles a file and fails loudly on any compiler message. */
export function loadStory(file: string): CompiledStory {
  const result = compileInkFile(file);
  if (result.json === null || result.diagnostics.length > 0) {
    throw new Error(`${file} did not compile cleanly:\n${result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n')}`);
  }
  return { id: path.basename(file, '.ink'), hash: result.hash, json: result.json, fileTags: result.fileTags };
}

export const fixture = (name: string) => loadStory(path.join(FIXTURES_DIR, name));
export const shippedStoryFiles = () => listStoryFiles(STORIES_DIR);
