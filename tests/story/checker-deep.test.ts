/**
 * The checker on very deep stories. Its walk of every path once recursed once
 * per choice, so a legal story a few thousand choices deep overflowed the call
 * stack, and the desk called the crash a loop that never reaches a choice. The
 * walk now keeps its own stack and stops, with a warning that says so, only
 * past MAX_PATH_CHOICES choices on one path.
 *
 * The stories are generated here and compiled with the real compiler and
 * contract. Sizes: the old walk overflowed at about 2,800 choices deep in
 * Node's default stack; the legal chain below is 3,200 deep.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PATH_CHOICES, MAX_PATHS, type Problem, checkStory } from '../../src/engine/checker/check-story';
import { STORIES_DIR } from '../helpers/stories';

const CONTRACT = readFileSync(path.join(STORIES_DIR, 'include/contract.ink'), 'utf8');
const FILE = 'deep.ink';
const TOP = ['INCLUDE include/contract.ink', '# title: Deep', '# stage: discovery'];
const LISTEN = '+ [Listen # move: relate # principle: other-focus]';
const PUSH = '+ [Push # move: close # principle: other-focus]';

const check = (lines: string[]) => checkStory({ file: FILE, source: `${[...TOP, ...lines].join('\n')}\n`, readInclude: () => CONTRACT, walks: 0 });
const lineOf = (lines: string[], text: string) => TOP.length + lines.indexOf(text) + 1;

/**
 * A chain of `knots` knots, each offering a choice whose relate option diverts
 * to the next knot (the last back to the first) and whose close option ends
 * the meeting; after `laps` times round, the meeting ends. The deepest path
 * takes `knots × laps` choices; every path ends.
 */
function chain(knots: number, laps: number): string[] {
  const lines = ['VAR laps_done = 0', 'Hello.', '-> k0'];
  for (let i = 0; i < knots; i++) {
    lines.push(`=== k${i}`);
    if (i === 0) lines.push('~ laps_done++', `{laps_done > ${laps}: -> time_up}`);
    lines.push(LISTEN, '    ~ earn_intimacy(1)', `    -> k${(i + 1) % knots}`, PUSH, '    ~ close_move(1)', '    -> END');
  }
  lines.push('=== time_up', 'Time is up.', '-> END');
  return lines;
}

describe('the checker on a deep story', () => {
  it('walks a legal chain of knots 3,200 choices deep whole: every path, one ending each, no problem', { timeout: 60_000 }, () => {
    const depth = 10 * 320;
    expect(depth).toBeLessThan(MAX_PATH_CHOICES);
    expect(depth).toBeLessThan(MAX_PATHS);
    const report = check(chain(10, 320));
    expect(report.problems).toEqual([]);
    // One path ends at each choice point (Push), and the deepest at "Time is up."
    expect([report.paths, report.endings]).toEqual([depth + 1, depth + 1]);
    expect(report.choicePoints).toBe(1);
    expect(report.temptation).toEqual({ tempting: 1, of: 1 });
  });

  it('walks a path of exactly MAX_PATH_CHOICES choices to its end, and stops one a choice longer with a warning that the story is too deep to check', { timeout: 60_000 }, () => {
    const paths = { file: FILE, line: 0, severity: 'warning', message: `more than ${MAX_PATHS} paths: only the first were walked` } as const;
    // The deepest path ends; on the way back one Push per choice point ends a path, up to the path limit.
    const atBound = check(chain(1, MAX_PATH_CHOICES));
    expect(atBound.problems).toEqual([paths]);
    expect([atBound.paths, atBound.endings]).toEqual([MAX_PATHS, MAX_PATHS]);

    const lines = chain(1, MAX_PATH_CHOICES + 1);
    const past = check(lines);
    const tooDeep: Problem = {
      file: FILE,
      line: lineOf(lines, LISTEN),
      severity: 'warning',
      message: `the story is too deep to check: a path goes on for more than ${MAX_PATH_CHOICES} choices without an end, and only its first ${MAX_PATH_CHOICES} were walked (an option that always leads back to the same choices does this too)`,
    };
    expect(past.problems).toEqual([tooDeep, paths]);
    // The path cut short counts as a path, not as an ending.
    expect([past.paths, past.endings]).toEqual([MAX_PATHS, MAX_PATHS - 1]);
  });

  it('still flags a chain of knots that diverts round in a circle with no choice as a loop, at its knot', () => {
    const lines = ['Hello.', '-> k0'];
    for (let i = 0; i < 5; i++) lines.push(`=== k${i}`, `Round ${i}.`, `-> k${(i + 1) % 5}`);
    const report = check(lines);
    // The runner stops the turn at its 401st line ("Hello." and 80 times round, then "Round 4.") in knot k4.
    expect(report.problems).toEqual([
      {
        file: FILE,
        line: lineOf(lines, '=== k4'),
        severity: 'error',
        message: 'a loop never reaches a choice or an end (Story "deep" produced more than 400 lines without a choice in knot "k4"; last line: "Round 3.")',
      },
    ]);
    expect(report.paths).toBe(1);
  });
});
