/**
 * The runner's bounds on what a story may build in one turn, each at exactly
 * its limit (plays) and one under (a runaway with the bound's code). The
 * counts are worked out by hand from the ink: a value of ten characters; a
 * line of three pieces and its newline; a list of three items; a meeting one
 * frame deep calling four functions; three choices; two lines of five
 * characters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/narrative/compile';
import { type CompiledStory, type Step, StoryRunaway, StoryRunner, type TurnLimits } from '../../src/engine/narrative/runner';
import { STORIES_DIR } from '../helpers/stories';

function story(body: string): CompiledStory {
  const result = compileInk({
    fileName: 'bounded.ink',
    source: `INCLUDE include/contract.ink\n${body}`,
    readInclude: (name) => readFileSync(path.join(STORIES_DIR, name), 'utf8'),
  });
  if (result.json === null || result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics));
  return { id: 'bounded', hash: 'test', json: result.json, fileTags: result.fileTags };
}

const play = (compiled: CompiledStory, limits: Partial<TurnLimits>): Step[] => new StoryRunner(compiled, { limits }).turnSync();
const shown = (steps: Step[]) => steps.map((s) => (s.kind === 'line' ? s.text : s.kind));

function runaway(compiled: CompiledStory, limits: Partial<TurnLimits>): StoryRunaway {
  try {
    play(compiled, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryRunaway);
    return error as StoryRunaway;
  }
  throw new Error('the story played to its end');
}

describe('bounds on what a turn may build', () => {
  it('lets a text value reach exactly maxTextChars, never one more', () => {
    const doubled = story('VAR word = "abcde"\n~ word = word + word\nDone.\n-> END');
    expect(shown(play(doubled, { maxTextChars: 10 }))).toEqual(['Done.', 'end']);
    expect(runaway(doubled, { maxTextChars: 9 })).toMatchObject({
      limit: 'text',
      bound: 9,
      knot: '(top)',
      message: 'Story "bounded" built a text longer than 9 characters in knot "(top)"; it had not shown a line yet',
    });
  });

  it('counts the line being written, its newline included, against maxTextChars', () => {
    const printed = story('VAR word = "abcde"\n~ word = word + word\n{word}\n-> END');
    expect(shown(play(printed, { maxTextChars: 11 }))).toEqual(['abcdeabcde', 'end']);
    expect(runaway(printed, { maxTextChars: 10 }).limit).toBe('text');
  });

  it('counts a line again from what is left when ink trims it, so glue does not add up twice', () => {
    // "ab" and "cd" glued: ink writes "ab", a newline it later removes, glue, then "cd" and a newline: 5 characters at most.
    const glued = story('ab<>\n<>cd\n-> END');
    expect(shown(play(glued, { maxTextChars: 5 }))).toEqual(['abcd', 'end']);
  });

  it('lets a line hold exactly maxLinePieces pieces: three values and the newline', () => {
    const pieces = story('VAR bit = "a"\n{bit}{bit}{bit}\n-> END');
    expect(shown(play(pieces, { maxLinePieces: 4 }))).toEqual(['aaa', 'end']);
    expect(runaway(pieces, { maxLinePieces: 3 })).toMatchObject({ limit: 'pieces', bound: 3, message: 'Story "bounded" built a line of more than 3 pieces in knot "(top)"; it had not shown a line yet' });
  });

  it('lets a list value hold exactly maxListItems items', () => {
    const list = story('LIST few = one, two, three\n~ temp all = LIST_ALL(few)\n{LIST_COUNT(all)}\n-> END');
    expect(shown(play(list, { maxListItems: 3 }))).toEqual(['3', 'end']);
    expect(runaway(list, { maxListItems: 2 })).toMatchObject({ limit: 'list', bound: 2, message: 'Story "bounded" built a list of more than 2 items in knot "(top)"; it had not shown a line yet' });
  });

  it('lets calls nest exactly maxCallDepth deep, counting the meeting itself', () => {
    const calls = story('~ dive(3)\nUp.\n-> END\n== function dive(n) ==\n{ n > 0:\n  ~ dive(n - 1)\n}');
    expect(shown(play(calls, { maxCallDepth: 5 }))).toEqual(['Up.', 'end']);
    expect(runaway(calls, { maxCallDepth: 4 })).toMatchObject({
      limit: 'depth',
      bound: 4,
      knot: 'dive',
      message: 'Story "bounded" called more than 4 functions or threads deep in knot "dive"; it had not shown a line yet',
    });
  });

  it('counts threads as depth: three forks nested in the meeting make four', () => {
    const forks = story('Hi.\n-> fork(3)\n== fork(n) ==\n{ n > 0:\n  <- fork(n - 1)\n}\n* [Pick {n}] -> END\n-> DONE');
    expect(shown(play(forks, { maxCallDepth: 4 }))).toEqual(['Hi.', 'choices']);
    expect(runaway(forks, { maxCallDepth: 3 })).toMatchObject({ limit: 'depth', knot: 'fork' });
  });

  it('lets a choice point gather exactly maxChoices choices', () => {
    const three = story('Pick.\n* [A] -> END\n* [B] -> END\n* [C] -> END');
    expect(shown(play(three, { maxChoices: 3 }))).toEqual(['Pick.', 'choices']);
    expect(runaway(three, { maxChoices: 2 })).toMatchObject({ limit: 'choices', bound: 2, message: 'Story "bounded" offered more than 2 choices at once in knot "(top)"; it had not shown a line yet' });
  });

  it("lets a turn's lines add up to exactly maxTurnChars characters", () => {
    const two = story('Four.\nFive.\n-> END');
    expect(shown(play(two, { maxTurnChars: 10 }))).toEqual(['Four.', 'Five.', 'end']);
    expect(runaway(two, { maxTurnChars: 9 })).toMatchObject({
      limit: 'turn-text',
      bound: 9,
      lastLine: 'Four.',
      message: 'Story "bounded" produced more than 9 characters without a choice in knot "(top)"; last line: "Four."',
    });
  });

  it('lets a turn take exactly maxSteps steps, counting each turn afresh, and counts all steps taken', () => {
    const twoTurns = story('Hello.\n* [Go on] Fine.\n-> END');
    const measure = new StoryRunner(twoTurns);
    measure.turnSync();
    const first = measure.stepsTaken;
    measure.choose(0);
    measure.turnSync();
    const second = measure.stepsTaken - first;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);

    const runner = new StoryRunner(twoTurns, { limits: { maxSteps: Math.max(first, second) } });
    runner.turnSync();
    runner.choose(0);
    expect(shown(runner.turnSync())).toEqual(['Fine.', 'end']);
    expect(runner.stepsTaken).toBe(first + second);
    expect(runaway(twoTurns, { maxSteps: first - 1 })).toMatchObject({ limit: 'steps', bound: first - 1 });
  });

  it('names the knot a bound broke in; ink looks past a line for glue, so the line before it is not yet shown', () => {
    const inKnot = story('Hello.\n-> talk\n== talk ==\n~ temp word = "abcdefghijk"\nNever.\n-> END');
    expect(runaway(inKnot, { maxTextChars: 10 })).toMatchObject({ knot: 'talk', lastLine: '' });
  });
});
