/**
 * Child process for tests/unit/story-bombs.test.ts: compiles every ink bomb
 * with the real compiler (the authoring contract included, so a harmless size
 * plays to its end), plays it with the default limits, and prints what
 * happened to each as JSON, with the process's peak memory.
 * Usage: bomb-child.ts <sync|async>
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileInk } from '../../src/engine/narrative/compile';
import { StoryRunaway, StoryRunner } from '../../src/engine/narrative/runner';
import { allInkBombs, playBombTurns } from '../../scripts/lib/hostile-ink';
import { STORIES_DIR } from './stories';

const mode = process.argv[2];
let peakRss = 0;
const results = [];
for (const bomb of allInkBombs('INCLUDE include/contract.ink')) {
  const compiled = compileInk({ fileName: `${bomb.id}.ink`, source: bomb.source, readInclude: (name) => readFileSync(path.join(STORIES_DIR, name), 'utf8') });
  if (compiled.json === null) {
    results.push({ id: bomb.id, outcome: 'did-not-compile', message: compiled.diagnostics.map((d) => d.message).join('; ') });
    continue;
  }
  const runner = new StoryRunner({ id: bomb.id, hash: 'bomb', json: compiled.json, fileTags: compiled.fileTags });
  try {
    const steps = await playBombTurns(bomb, runner, mode === 'async');
    results.push({ id: bomb.id, outcome: 'finished', end: steps.at(-1)?.kind });
  } catch (error) {
    const e = error as Error;
    results.push(
      error instanceof StoryRunaway
        ? { id: bomb.id, outcome: 'runaway', limit: error.limit, bound: error.bound, knot: error.knot, message: e.message }
        : { id: bomb.id, outcome: 'error', name: e.name, message: e.message },
    );
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
console.log(JSON.stringify({ results, peakRssMb: Math.round(peakRss / 2 ** 20) }));
