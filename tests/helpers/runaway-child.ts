/**
 * Child process for tests/unit/runaway.test.ts: plays one turn of a story that
 * may never stop, and prints what happened as JSON.
 * Usage: runaway-child.ts <fixture.ink> <sync|async> [broken-save]
 */
import { StoryRunner } from '../../src/engine/narrative/runner';
import { fixture } from './stories';

const [name, mode, variant] = process.argv.slice(2);
const story = fixture(name!);
const limits = { maxMillis: 1500, maxLines: 200 };

function runnerFor(): StoryRunner {
  const runner = new StoryRunner(story, { limits });
  if (variant !== 'broken-save') return runner;
  // A save whose position no longer exists in the story.
  runner.turnSync();
  const snapshot = runner.snapshot();
  const state = JSON.parse(snapshot.ink);
  const flow = state.flows[state.currentFlowName];
  for (const thread of flow.callstack.threads) {
    for (const element of thread.callstack) element.cPath = 'knot_that_was_deleted.0';
  }
  flow.currentChoices = [];
  return StoryRunner.restore(story, { ...snapshot, ink: JSON.stringify(state) }, { limits });
}

const started = Date.now();
try {
  const runner = runnerFor();
  const steps = mode === 'async' ? await runner.turn() : runner.turnSync();
  console.log(JSON.stringify({ finished: true, steps: steps.length, ms: Date.now() - started }));
} catch (error) {
  const e = error as Error & { storyId?: string; knot?: string; lastLine?: string; limit?: string; bound?: number };
  console.log(JSON.stringify({ error: e.name, message: e.message, storyId: e.storyId, knot: e.knot, lastLine: e.lastLine, limit: e.limit, bound: e.bound, ms: Date.now() - started }));
}
