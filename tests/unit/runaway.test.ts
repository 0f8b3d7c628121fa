import { describe, expect, it } from 'vitest';
import { runIsolated } from '../helpers/isolated';

// Each case runs in a child process killed after 10 s: if the turn bound ever
// broke, the test would report a hang instead of freezing the suite.
const run = (...args: string[]) => JSON.parse(runIsolated('tests/helpers/runaway-child.ts', args, 10_000));

describe.each(['sync', 'async'])('a runaway story (%s turn)', (mode) => {
  it('stops an ink loop that never outputs at the step bound, whatever the clock, naming story, knot and last line', () => {
    const result = run('endless-loop.ink', mode);
    expect(result).toMatchObject({
      error: 'StoryRunaway',
      limit: 'steps',
      bound: 100_000,
      storyId: 'endless-loop',
      knot: 'stuck',
      // ink never completes "She keeps thinking.": it is still looking for the end of that line.
      lastLine: 'The buyer starts to answer.',
    });
    expect(result.message).toBe(
      'Story "endless-loop" took more than 100000 steps of work without a choice in knot "stuck"; last line: "The buyer starts to answer."',
    );
  });

  it('stops a loop that talks forever once it passes the line limit', () => {
    const result = run('endless-text.ink', mode);
    expect(result).toMatchObject({
      error: 'StoryRunaway',
      storyId: 'endless-text',
      knot: 'chatter',
      lastLine: '"And another thing," she says.',
    });
    expect(result.message).toContain('produced more than 200 lines without a choice');
  });

  it('fails clearly, without hanging, on a save that points nowhere', () => {
    const result = run('two-choices.ink', mode, 'broken-save');
    expect(result.finished).toBeUndefined();
    // The ink error is the cause and is named, however fast the machine (not the runaway it leads to).
    expect(result.error).toBe('StoryError');
    expect(result.message).toMatch(/^Story "two-choices" /);
    expect(result.message).toContain("'knot_that_was_deleted.0'");
  });
});
