/**
 * The writer's checker, rule by rule, in process. Every problem
 * src/engine/checker/check-story.ts can report has a conversation it fails
 * (with its exact line, severity and words) and the nearest conversation it
 * passes (the same text with the fault fixed), so no rule can drift unseen.
 *
 * The checker's functions are called directly, not through the command
 * (tests/story/checker.test.ts does that): a mutation tester changes the
 * checker in this process only, so only tests like these can catch a mutant.
 * Problems are compared whole (`toEqual`), so a rule that fires where it
 * should not, or at the wrong line, or with other words, fails as surely as
 * one that stays silent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckInput, type Problem, type StoryReport, canBalance, checkStory, knotsOf, lintSource, lintStory, promisesIn } from '../../src/engine/checker/check-story';
import { MAX_STORY_CHARS } from '../../src/engine/checker/limits';
import { ROOT, STORIES_DIR } from '../helpers/stories';

const CONTRACT = readFileSync(path.join(STORIES_DIR, 'include/contract.ink'), 'utf8');
const FILE = 'rule.ink';

/** Other included files a test may name. */
const INCLUDES: Record<string, string> = {
  'broken-helper.ink': '=== function helper()\n~ return 1 +\n',
  'helper.ink': '=== function helper()\n~ return 1\n',
};

/** The real contract, whatever path names it; the few other includes above; nothing else. */
function readInclude(name: string): string {
  if (/(?:^|\/)contract\.ink$/.test(name)) return CONTRACT;
  const text = INCLUDES[name];
  if (text === undefined) throw new Error(`this test has no include "${name}"`);
  return text;
}

const ink = (...lines: string[]) => `${lines.join('\n')}\n`;

/** `source` with line `n` (1-based) replaced by `text`: the other lines keep their numbers when `text` is one line. */
function edit(source: string, n: number, text: string): string {
  const lines = source.split('\n');
  if (lines[n - 1] === undefined) throw new Error(`no line ${n}`);
  lines[n - 1] = text;
  return lines.join('\n');
}

/**
 * The full check, with no random walks unless asked (they only measure effects).
 * Compiling with the contract is the slow part, so each source is checked once.
 */
const checked = new Map<string, StoryReport>();
function check(source: string, options: Partial<CheckInput> = {}): StoryReport {
  const key = JSON.stringify([source, options]);
  const report = checked.get(key) ?? checkStory({ file: FILE, source, readInclude, walks: 0, ...options });
  checked.set(key, report);
  return report;
}
const problemsOf = (source: string, options: Partial<CheckInput> = {}): Problem[] => check(source, options).problems;
const error = (line: number, message: string, file = FILE): Problem => ({ file, line, severity: 'error', message });
const warning = (line: number, message: string, file = FILE): Problem => ({ file, line, severity: 'warning', message });

const TOP = ['INCLUDE include/contract.ink', '# title: Rule', '# stage: discovery'];

/** The smallest conversation the checker passes clean. Most rules below break one of its lines. */
const CLEAN = ink(
  ...TOP, //                                                     1-3
  'Hello.', //                                                     4
  '* [Push # move: close # principle: other-focus]', //           5
  '    ~ close_move(1)', //                                         6
  '    -> END', //                                                  7
  '* [Listen # move: relate # principle: other-focus]', //        8
  '    ~ earn_intimacy(1)', //                                      9
  '    -> END', //                                                 10
);

/** Messages the checker words the same way every time. */
const say = {
  notInk: 'not an ink file: conversations are .ink files',
  binary: 'not an ink file: it contains binary data',
  empty: 'the file is empty: no text, choices or knots',
  noContract: 'the file does not include the contract: start it with "INCLUDE include/contract.ink"',
  noStage: 'the file has neither a "# stage:" nor an "# event:" tag at its top',
  noTitle: 'the file has no "# title:" tag at its top',
  direct: (meter: string) => `meter "${meter}" is changed directly: use the contract's functions (close_move, earn_intimacy, serve_self, ...)`,
  afterBracket: 'a tag after the "]" lands on an empty line, not on the choice: put choice tags inside the brackets',
  noMove: (text: string) => `choice "${text}" has no move tag (# move: close, relate, ask or neutral)`,
  noPrinciple: (text: string) => `choice "${text}" has no principle tag (# principle: other-focus, collaboration, long-term or transparency)`,
  unreachable: (knot: string) => `knot "${knot}" is never diverted to: no player can reach it`,
  needsBoth: (has: string) => `a choice point needs at least one close and one relate option (it has ${has})`,
  tooMany: (n: number) => `a choice point offers ${n} options: at most 9`,
  close: (text: string) => `choice "${text}" is tagged close, but it neither moves the deal nor serves the seller (call close_move)`,
  relate: (text: string) => `choice "${text}" is tagged relate, but it raises no part of trust and lowers no self-orientation (call earn_credibility, earn_intimacy, serve_self(-1), ...)`,
  ask: (text: string) => `choice "${text}" is tagged ask, but it does not move the deal (call ask_move)`,
  temptation: (tempting: number, of: number) =>
    `the temptation is not real: the close option beats the relate option on this meeting's deal momentum at ${tempting} of ${of} choice points (at least 80% needed)`,
  paths: 'more than 4000 paths: only the first were walked',
};

describe('the clean conversation every rule starts from', () => {
  it('passes with no problems, and its walk counts one choice point, two endings, two paths and one tempting point', () => {
    const report = check(CLEAN);
    expect(report.problems).toEqual([]);
    expect(report.id).toBe('rule');
    expect(report.compiled).not.toBeNull();
    expect(report.fileTags).toEqual({ title: 'Rule', stage: 'discovery' });
    expect([report.choicePoints, report.endings, report.paths]).toEqual([1, 2, 2]);
    expect(report.temptation).toEqual({ tempting: 1, of: 1 });
    expect(canBalance(report)).toBe(true);
  });
});

describe('rules on the file as a whole', () => {
  it('rule not-ink-name: a file not named .ink is an error at line 0; the same text named .ink passes', () => {
    expect(problemsOf(CLEAN, { file: 'rule.txt' })).toEqual([error(0, say.notInk, 'rule.txt')]);
    expect(problemsOf(CLEAN, { file: 'rule.ink' })).toEqual([]);
  });

  it(`rule size-limit: ${MAX_STORY_CHARS} characters are accepted, one more is refused at line 0 before anything else is checked`, () => {
    // Padded with a NUL so the binary rule stops the check at once: at the limit the
    // size rule lets the file through (the next rule speaks), one over it does not.
    const ofLength = (n: number) => `${CLEAN}//${'x'.repeat(n - CLEAN.length - 3)}\u0000`;
    expect(ofLength(MAX_STORY_CHARS)).toHaveLength(MAX_STORY_CHARS);
    expect(lintStory({ file: FILE, source: ofLength(MAX_STORY_CHARS), readInclude }).problems).toEqual([error(0, say.binary)]);
    const over = lintStory({ file: FILE, source: ofLength(MAX_STORY_CHARS + 1), readInclude });
    expect(over.problems).toEqual([error(0, 'the file is 512 KB; the limit is 512 KB')]);
    expect(over.compiled).toBeNull();
    expect(lintStory({ file: FILE, source: ofLength(2 * MAX_STORY_CHARS), readInclude }).problems).toEqual([error(0, 'the file is 1024 KB; the limit is 512 KB')]);
  });

  it('rule binary: a NUL anywhere makes it not an ink file (line 0, nothing compiled); the same file without it passes', () => {
    const report = check(`${CLEAN}// \u0000\n`);
    expect(report.problems).toEqual([error(0, say.binary)]);
    expect(report.compiled).toBeNull();
    expect(problemsOf(`${CLEAN}// -\n`)).toEqual([]);
  });

  it('rule empty: INCLUDEs, file tags and comments alone are an empty file (line 0); one line of text is not', () => {
    const empty = ink(...TOP, '// Nothing here yet.', '/* nor', 'here */');
    const report = check(empty);
    expect(report.problems).toEqual([error(0, say.empty)]);
    expect(report.compiled).toBeNull();
    const oneLine = check(edit(empty, 4, 'Hello.'));
    expect(oneLine.problems).toEqual([]);
    expect([oneLine.choicePoints, oneLine.endings, oneLine.paths]).toEqual([0, 1, 1]);
  });

  it('rule contract: a file that does not INCLUDE include/contract.ink is an error at line 1 and is not walked; the right INCLUDE passes', () => {
    const wrongPath = edit(CLEAN, 1, 'INCLUDE contract.ink');
    const report = check(wrongPath);
    expect(report.problems).toEqual([error(1, say.noContract)]);
    expect(report.compiled).not.toBeNull();
    expect(canBalance(report)).toBe(false);
    expect([report.choicePoints, report.paths, report.temptation.of]).toEqual([0, 0, 0]);
    // Any folder before include/ will do (the fixtures include ../../../stories/include/contract.ink).
    expect(problemsOf(edit(CLEAN, 1, 'INCLUDE ../../../stories/include/contract.ink'))).toEqual([]);
    // A commented-out INCLUDE is no INCLUDE, and the contract's functions are then unknown to ink.
    const commented = check(edit(CLEAN, 1, '// INCLUDE include/contract.ink'));
    expect(commented.problems[0]).toEqual(error(1, say.noContract));
    expect(commented.compiled).toBeNull();
  });

  it("rule compile-error: ink's own errors come through with ink's line; the fixed line passes", () => {
    const report = check(edit(CLEAN, 5, '* [Push # move: close # principle: other-focus'));
    expect(report.problems).toEqual([error(5, "Expected closing ']' for weave-style option but saw end of line")]);
    expect(report.compiled).toBeNull();
    expect([report.paths, report.temptation.of]).toEqual([0, 0]);
    expect(problemsOf(CLEAN)).toEqual([]);
  });

  it("rule compile-error (included file): an error in an included file is reported against that file, at its line", () => {
    const withHelper = (name: string) => ink(TOP[0]!, `INCLUDE ${name}`, ...CLEAN.split('\n').slice(1, -1));
    expect(problemsOf(withHelper('broken-helper.ink'))).toEqual([error(2, "Expected right side of '+' expression but saw end of line", 'broken-helper.ink')]);
    expect(problemsOf(withHelper('helper.ink'))).toEqual([]);
  });

  it("rule compile-todo: ink's TODO notes (which ink reports, as todos) are not problems", () => {
    expect(problemsOf(edit(CLEAN, 4, 'TODO: say hello properly'))).toEqual([]);
  });
});

describe('rules on the source text (lint)', () => {
  it('rule direct-meter: assigning any meter, with any operator, is an error at its line; calling the contract passes', () => {
    const direct = ink(
      ...TOP,
      'Hello.',
      '* [Push # move: close # principle: other-focus]',
      '    ~ close_move(1)', //             6
      '    ~ credibility = credibility', // 7
      '    ~ reliability += 0', //          8
      '    ~ intimacy -= 0', //             9
      '    ~ self_orientation++', //       10
      '    ~deal--', //                    11
      '    -> END',
      '* [Listen # move: relate # principle: other-focus]',
      '    ~ earn_intimacy(1)',
      '    -> END',
    );
    expect(problemsOf(direct)).toEqual([
      error(7, say.direct('credibility')),
      error(8, say.direct('reliability')),
      error(9, say.direct('intimacy')),
      error(10, say.direct('self_orientation')),
      error(11, say.direct('deal')),
    ]);
    // Reading a meter, a comment, and a variable whose name starts like a meter's are not assignments.
    let fixed = edit(direct, 7, '    // ~ credibility = credibility');
    fixed = edit(fixed, 8, '    ~ temp dealer = deal');
    fixed = edit(fixed, 9, '    { intimacy > 100: Never. }');
    fixed = edit(fixed, 10, '    ~ earn_credibility(0)');
    fixed = edit(fixed, 11, '    ~ temp my_deal = 1');
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('rule line-tag: an unknown, invalid, empty or malformed tag on a line is an error at its line, each once; valid tags pass', () => {
    const bad = edit(CLEAN, 4, 'Hello. # speker: buyer # mood: furious # mood: # hello # speker: buyer');
    expect(problemsOf(bad)).toEqual([
      error(4, 'unknown line tag key "speker" (allowed: speaker, mood, sfx, discuss)'),
      error(4, '"furious" is not a valid mood (one of: warm, pleased, neutral, guarded, annoyed, cold)'),
      error(4, 'tag "mood" has no value'),
      error(4, 'tag "hello" is not of the form "key: value"'),
    ]);
    expect(lintSource(FILE, 'Hello. # speaker: buyer # mood: warm # sfx: door # discuss: first impressions')).toEqual([]);
    // A gap, not a rule: lintSource parses a line's tags one at a time, so a key given twice on a line
    // (tag "mood" appears twice) is never reported there, unlike inside a choice's brackets.
  });

  it('rule tag-place: a key that belongs elsewhere says where it belongs (on a line, inside the brackets, at the top)', () => {
    const misplaced = ink(...TOP, '# speaker: buyer', 'Hello. # move: close # title: Again', ...CLEAN.split('\n').slice(4, -1));
    expect(problemsOf(misplaced)).toEqual([
      error(4, 'unknown file tag key "speaker" (allowed: title, persona, stage, event, status) ("speaker" belongs on a line)'),
      error(5, 'unknown line tag key "move" (allowed: speaker, mood, sfx, discuss) ("move" belongs inside a choice\'s brackets)'),
      error(5, 'unknown line tag key "title" (allowed: speaker, mood, sfx, discuss) ("title" belongs at the top of the file)'),
    ]);
    // The top is the tag lines before any other line; INCLUDEs, blank lines and comments do not end it.
    const top = ink('// A comment first.', TOP[0]!, '', '# title: Rule', '// between', '# stage: discovery # status: draft', ...CLEAN.split('\n').slice(3, -1));
    expect(problemsOf(top)).toEqual([]);
    // A stage tag below the first line of text is a line tag, so the file has no stage.
    const late = ink(TOP[0]!, TOP[1]!, 'Hello.', '# stage: discovery', ...CLEAN.split('\n').slice(4, -1));
    expect(problemsOf(late)).toEqual([
      error(4, 'unknown line tag key "stage" (allowed: speaker, mood, sfx, discuss) ("stage" belongs at the top of the file)'),
      error(0, say.noStage),
    ]);
  });

  it('rule tag-after-bracket: tags after "]" are an error at the choice (which then has no move); inside the brackets they pass', () => {
    expect(problemsOf(edit(CLEAN, 5, '* [Push] # move: close # principle: other-focus'))).toEqual([
      error(5, say.afterBracket),
      error(5, say.noMove('Push')),
      error(5, say.needsBoth('relate')),
    ]);
    expect(problemsOf(edit(CLEAN, 5, '* [Push # move: close # principle: other-focus] Right.'))).toEqual([]);
  });

  it('rule choice-tag: a bad choice tag is an error at the choice, without a second "no move tag" when the move itself is bad', () => {
    expect(problemsOf(edit(CLEAN, 5, '* [Push # move: shove # principle: other-focus]'))).toEqual([
      error(5, '"shove" is not a valid move (one of: close, relate, ask, neutral)'),
      error(5, say.needsBoth('relate')),
    ]);
    expect(lintSource(FILE, '* [Push # move: close # principle: greed]')).toEqual([
      error(1, '"greed" is not a valid principle (one of: other-focus, collaboration, long-term, transparency)'),
      error(1, say.noPrinciple('Push')),
    ]);
    expect(lintSource(FILE, '* [Push # move: close # principle: other-focus # speaker: you]')).toEqual([error(1, 'unknown choice tag key "speaker" (allowed: move, principle)')]);
    expect(lintSource(FILE, '* [Push # move: close # move: close # principle: other-focus]')).toEqual([error(1, 'tag "move" appears twice')]);
    expect(lintSource(FILE, '* [Push # move: close # principle: other-focus]')).toEqual([]);
  });

  it('rule no-move: a choice with no move tag is an error at its line; with one it passes', () => {
    expect(problemsOf(edit(CLEAN, 8, '* [Listen]'))).toEqual([error(8, say.noMove('Listen')), error(5, say.needsBoth('close'))]);
    expect(lintSource(FILE, '* [Listen # principle: other-focus]')).toEqual([error(1, say.noMove('Listen'))]);
    // Sticky choices and choices without brackets are choices too.
    expect(lintSource(FILE, '+ [Listen]\n* * Listen more\n')).toEqual([error(1, say.noMove('Listen')), error(2, say.noMove('Listen more'))]);
    expect(lintSource(FILE, '- Listen.\n')).toEqual([]);
  });

  it('rule no-principle: a close, relate or ask choice with no principle tag is an error at its line; a neutral one needs none', () => {
    expect(problemsOf(edit(CLEAN, 5, '* [Push # move: close]'))).toEqual([error(5, say.noPrinciple('Push'))]);
    expect(lintSource(FILE, '* [Listen # move: relate]\n+ Ask # move: ask\n* [Wait # move: neutral]\n')).toEqual([
      error(1, say.noPrinciple('Listen')),
      error(2, say.noPrinciple('Ask')),
    ]);
    const withNeutral = ink(...CLEAN.split('\n').slice(0, -1), '* [Say nothing # move: neutral]', '    -> END');
    expect(problemsOf(withNeutral)).toEqual([]);
  });

  it('rule unreachable-knot: a knot no divert names is a warning at the knot; one divert to it passes', () => {
    const withKnot = ink(...CLEAN.split('\n').slice(0, -1), '', '=== forgotten', 'Nobody comes here.', '-> END');
    expect(problemsOf(withKnot)).toEqual([warning(12, say.unreachable('forgotten'))]);
    expect(problemsOf(edit(withKnot, 10, '    -> forgotten'))).toEqual([]);
    // A divert to a longer name, or one in a comment, does not reach it; functions and stitches need no divert.
    const longer = ink(...CLEAN.split('\n').slice(0, 9), '    -> forgotten_more // -> forgotten', '', '=== forgotten', 'No.', '-> END', '=== forgotten_more', '= inner', 'Yes.', '-> END', '=== function unused()', '~ return 1');
    expect(problemsOf(longer)).toEqual([warning(12, say.unreachable('forgotten'))]);
  });

  it('rule stage-or-event: a file with neither tag at its top is an error at line 0; either one passes', () => {
    expect(problemsOf(edit(CLEAN, 3, '// no stage'))).toEqual([error(0, say.noStage)]);
    expect(problemsOf(edit(CLEAN, 3, '# stage: shopping'))).toEqual([error(3, '"shopping" is not a valid stage (one of: first-meeting, discovery, value, proposal, negotiation, implementation, review, renewal, win-back)'), error(0, say.noStage)]);
    expect(problemsOf(edit(CLEAN, 3, '# stage: renewal'))).toEqual([]);
    expect(problemsOf(edit(CLEAN, 3, '# event: referral-ask'))).toEqual([]);
  });

  it('rule title: a file with no title is a warning at line 0; with one it passes', () => {
    expect(problemsOf(edit(CLEAN, 2, '// no title'))).toEqual([warning(0, say.noTitle)]);
    expect(problemsOf(CLEAN)).toEqual([]);
  });

  it('rule persona: a persona not in personas.ink is an error at its tag line; a known one passes, and without the list none is checked', () => {
    const withPersona = (id: string) => ink(...TOP, `# persona: ${id}`, ...CLEAN.split('\n').slice(3, -1));
    const personas = ['priya_raman', 'gareth_hughes'];
    expect(problemsOf(withPersona('pryia_raman'), { personas })).toEqual([error(4, 'no persona "pryia_raman" in personas.ink (there are: priya_raman, gareth_hughes)')]);
    expect(problemsOf(withPersona('priya_raman'), { personas })).toEqual([]);
    expect(problemsOf(withPersona('pryia_raman'))).toEqual([]);
    expect(problemsOf(CLEAN, { personas })).toEqual([]);
    expect(problemsOf(edit(CLEAN, 2, '# title: Rule # persona: nobody'), { personas })).toEqual([error(2, 'no persona "nobody" in personas.ink (there are: priya_raman, gareth_hughes)')]);
  });

  it('reports a problem found twice at the same line once', () => {
    expect(problemsOf(edit(CLEAN, 4, 'Hello. # speker: a # speker: a'))).toEqual([error(4, 'unknown line tag key "speker" (allowed: speaker, mood, sfx, discuss)')]);
  });
});

describe('rules found by playing every path', () => {
  /** CLEAN with the Listen option diverting to a knot of its own (lines 12 on). */
  const withKnot = (...knot: string[]) => ink(...CLEAN.split('\n').slice(0, 9), '    -> elsewhere', '', '=== elsewhere', ...knot);

  it('rule runaway: a loop that never reaches a choice or an end is an error at its knot, and no random walk is spent on it', () => {
    const loop = withKnot('- (again) She goes over it again.', '-> again');
    const report = check(loop, { walks: 5 });
    expect(report.problems).toEqual([
      error(12, 'a loop never reaches a choice or an end (Story "rule" produced more than 400 lines without a choice in knot "elsewhere"; last line: "She goes over it again.")'),
    ]);
    expect([report.paths, report.endings]).toEqual([2, 1]);
    expect(report.effects.close.taken + report.effects.relate.taken).toBe(0);
    const fixed = check(edit(loop, 14, '-> END'), { walks: 5 });
    expect(fixed.problems).toEqual([]);
    expect(fixed.effects.close.taken + fixed.effects.relate.taken).toBe(5);
  });

  it('rule runaway: a story that grows without end is named for what grows, at its knot', () => {
    const doubling = withKnot('~ temp said = "no"', '- (again)', '~ said = said + said', '-> again');
    expect(check(doubling, { walks: 5 }).problems).toEqual([
      error(12, 'a text grows past 20000 characters (Story "rule" built a text longer than 20000 characters in knot "elsewhere"; it had not shown a line yet)'),
    ]);
    const recursion = withKnot('~ again_and_again()', '-> END', '', '=== function again_and_again', '~ again_and_again()');
    expect(check(recursion, { walks: 5 }).problems).toEqual([
      error(16, 'calls or threads nest more than 200 deep (a function that calls itself without end?) (Story "rule" called more than 200 functions or threads deep in knot "again_and_again"; it had not shown a line yet)'),
    ]);
  });

  it('rule runs-out: a path that runs out of content is an error (with ink\'s loose-end warning at its line); "-> END" passes', () => {
    const deadEnd = withKnot('She waits for you to say something.');
    // Line 0 and "(top)": when ink runs out of content its pointer is gone, so the runner
    // cannot name the knot (see the report of issue 14's tests); this pins what it says now.
    expect(problemsOf(deadEnd)).toEqual([
      warning(13, "Apparent loose end exists where the flow runs out. Do you need a '-> DONE' statement, choice or divert?"),
      error(0, 'a path runs out of content without "-> END" in knot "(top)"'),
    ]);
    expect(problemsOf(ink(...deadEnd.split('\n').slice(0, -1), '-> END'))).toEqual([]);
  });

  it("rule runtime-error: an ink error while playing is an error with ink's words; valid arguments pass", () => {
    const random = (lo: number, hi: number) => withKnot(`~ temp x = RANDOM(${lo}, ${hi})`, 'She picks {x}.', '-> END');
    const problems = problemsOf(random(5, 1));
    expect(problems).toEqual([error(0, expect.stringMatching(/^Story "rule" failed in knot "[^"]*": RUNTIME ERROR: .*RANDOM was called with minimum as 5 and maximum as 1/))]);
    expect(problemsOf(random(1, 5))).toEqual([]);
  });

  it('rule too-many-options: a choice point offering 10 options is an error at its first option; 9 pass', () => {
    const offering = (n: number) =>
      ink(
        ...TOP,
        'Hello.',
        ...Array.from({ length: n }, (_, i) =>
          i % 2 === 0
            ? [`* [Push ${i} # move: close # principle: other-focus]`, '    ~ close_move(1)', '    -> END']
            : [`* [Listen ${i} # move: relate # principle: other-focus]`, '    ~ earn_intimacy(1)', '    -> END'],
        ).flat(),
      );
    expect(problemsOf(offering(10))).toEqual([error(5, say.tooMany(10))]);
    expect(problemsOf(offering(9))).toEqual([]);
  });

  it('rule close-and-relate: a choice point without a close or without a relate option is an error at its first option; both pass', () => {
    const twoCloses = edit(edit(CLEAN, 8, '* [Push harder # move: close # principle: long-term]'), 9, '    ~ close_move(2)');
    expect(problemsOf(twoCloses)).toEqual([error(5, say.needsBoth('close'))]);
    const twoRelates = edit(edit(CLEAN, 5, '* [Listen first # move: relate # principle: long-term]'), 6, '    ~ earn_credibility(1)');
    expect(problemsOf(twoRelates)).toEqual([error(5, say.needsBoth('relate'))]);
    const closeAndAsk = edit(edit(CLEAN, 8, '* [Ask for a pilot # move: ask # principle: collaboration]'), 9, '    ~ ask_move(1)');
    expect(problemsOf(closeAndAsk)).toEqual([error(5, say.needsBoth('close, ask'))]);
    const noMoves = edit(edit(CLEAN, 5, '* [Push]'), 8, '* [Listen]');
    expect(problemsOf(noMoves)).toEqual([error(5, say.noMove('Push')), error(8, say.noMove('Listen')), error(5, say.needsBoth('no moves'))]);
    expect(problemsOf(CLEAN)).toEqual([]);
  });

  it('rule close-effect: a close option that neither moves the deal nor serves the seller is an error at its line; either one passes', () => {
    // Without a deal that moves, the close cannot tempt either: the temptation rule speaks too.
    expect(problemsOf(edit(CLEAN, 6, '    ~ earn_credibility(1)'))).toEqual([error(5, say.close('Push')), error(0, say.temptation(0, 1))]);
    expect(problemsOf(edit(CLEAN, 6, '    ~ push_deal(-1)'))).toEqual([error(5, say.close('Push')), error(0, say.temptation(0, 1))]);
    expect(problemsOf(edit(CLEAN, 6, '    ~ push_deal(1)'))).toEqual([]);
    expect(problemsOf(edit(CLEAN, 6, '    ~ serve_self(1)'))).toEqual([error(0, say.temptation(0, 1))]);
  });

  it('rule relate-effect: a relate option that raises no part of trust and lowers no self-orientation is an error at its line; any of those passes', () => {
    expect(problemsOf(edit(CLEAN, 9, '    ~ earn_intimacy(0)'))).toEqual([error(8, say.relate('Listen'))]);
    expect(problemsOf(edit(CLEAN, 9, '    ~ push_deal(-1)'))).toEqual([error(8, say.relate('Listen'))]);
    // Trust's parts are summed: one up and one down is no rise.
    expect(problemsOf(edit(CLEAN, 9, '    ~ earn_credibility(1)\n    ~ earn_intimacy(-1)'))).toEqual([error(8, say.relate('Listen'))]);
    for (const fix of ['earn_credibility(1)', 'earn_reliability(1)', 'earn_intimacy(1)', 'serve_self(-1)']) {
      expect(problemsOf(edit(CLEAN, 9, `    ~ ${fix}`)), fix).toEqual([]);
    }
  });

  it('rule ask-effect: an ask option that does not move the deal is an error at its line; ask_move passes, at any trust', () => {
    const ask = (effect: string) => ink(...CLEAN.split('\n').slice(0, -1), '* [Ask for a pilot # move: ask # principle: collaboration]', `    ${effect}`, '    -> END');
    expect(problemsOf(ask('~ earn_credibility(1)'))).toEqual([error(11, say.ask('Ask for a pilot'))]);
    expect(problemsOf(ask('~ push_deal(-1)'))).toEqual([error(11, say.ask('Ask for a pilot'))]);
    // Serving the seller is enough for a close, not for an ask.
    expect(problemsOf(ask('~ serve_self(1)'))).toEqual([error(11, say.ask('Ask for a pilot'))]);
    expect(problemsOf(ask('~ ask_move(1)'))).toEqual([]);
    // Asked too early (trust below ASK_READY), ask_move lands as a close: the deal still moves.
    expect(problemsOf(ask('~ serve_self(4)\n    ~ ask_move(1)'))).toEqual([]);
  });

  it('checks move effects at choice points only the remembering buyer reaches, and says so', () => {
    const remembered = (relate: string) =>
      ink(
        ...TOP,
        '{ promised ? send_case_study: -> the_write_up }', //  4
        '-> the_ask',
        '',
        '=== the_write_up', //                                  7
        'Did you bring the write-up?',
        '* [Promise it next week # move: relate # principle: transparency]', // 9
        `    ${relate}`,
        '    -> the_ask',
        '* [Say it is with legal # move: close # principle: long-term]',
        '    ~ break_promise(send_case_study)',
        '    -> the_ask',
        '',
        '=== the_ask', //                                       16
        ...CLEAN.split('\n').slice(3, -1),
      );
    const report = check(remembered('~ earn_intimacy(0)'));
    expect(report.problems).toEqual([
      error(9, `${say.relate('Promise it next week')} (with a buyer who remembers: pushed before, a client, 3 meetings before, promised send_case_study)`),
    ]);
    // The remembering walk counts nothing: the counts are the default buyer's.
    expect([report.choicePoints, report.endings, report.paths]).toEqual([1, 2, 2]);
    expect(report.temptation).toEqual({ tempting: 1, of: 1 });
    expect(problemsOf(remembered('~ earn_intimacy(1)'))).toEqual([]);
  });

  it('walks the remembering buyer for a file that reads the history (no promises), and reports a fault both walks find once', () => {
    const history = (test: string) => ink(...TOP, `{ ${test}: Welcome back. }`, ...CLEAN.split('\n').slice(4, -1));
    const back = (relate: string) =>
      ink(...TOP, '{ is_client: -> back }', '-> main', '=== back', 'Welcome back.', '* [Same as ever # move: relate # principle: long-term]', `    ${relate}`, '    -> main', '* [Push # move: close # principle: other-focus]', '    ~ close_move(1)', '    -> main', '=== main', ...CLEAN.split('\n').slice(3, -1));
    expect(problemsOf(back('~ earn_intimacy(0)'))).toEqual([error(8, `${say.relate('Same as ever')} (with a buyer who remembers: pushed before, a client, 3 meetings before)`)]);
    expect(problemsOf(back('~ earn_intimacy(1)'))).toEqual([]);
    for (const test of ['is_client', 'pressured_before', 'meetings_before > 0']) {
      // Both walks reach the faulty relate: one problem, worded for the default buyer.
      expect(problemsOf(edit(history(test), 9, '    ~ earn_intimacy(0)')), test).toEqual([error(8, say.relate('Listen'))]);
    }
  });

  it(
    'rule max-paths: past 4000 paths the walk stops at 4000 and warns at line 0; a story with fewer is walked whole without it',
    () => {
      const chain = (widths: number[]) =>
        ink(
          ...TOP,
          '-> p0',
          ...widths.flatMap((width, i) => [
            `=== p${i}`,
            `Point ${i}.`,
            ...Array.from({ length: width }, (_, w) => {
              const next = i + 1 < widths.length ? `p${i + 1}` : 'END';
              return w % 2 === 0
                ? [`* [Listen ${i}.${w} # move: relate # principle: other-focus]`, '    ~ earn_intimacy(1)', `    -> ${next}`]
                : [`* [Push ${i}.${w} # move: close # principle: other-focus]`, '    ~ close_move(1)', `    -> ${next}`];
            }).flat(),
          ]),
        );
      const many = check(chain([9, 9, 9, 9]));
      expect(many.problems).toEqual([warning(0, say.paths)]);
      expect([many.paths, many.endings]).toEqual([4000, 4000]);
      const fewer = check(chain([9, 9, 9, 5]));
      expect(fewer.problems).toEqual([]);
      expect([fewer.paths, fewer.endings, fewer.choicePoints]).toEqual([3645, 3645, 4]);
    },
    30_000,
  );
});

/**
 * The temptation rule: at the choice points (first seen, default meters) that
 * offer both, the best close must leave more deal momentum than the best
 * relate at no fewer than 80% of them. The story built here gives each point
 * a relate that plays on and a close that ends the meeting; `pattern[i]` says
 * whether point i tempts (its relate leaves the deal alone) or not (its
 * relate pushes the deal further than the close does).
 */
function temptationStory(pattern: readonly boolean[], relateDeal = 3): string {
  const earn = ['earn_credibility', 'earn_reliability', 'earn_intimacy'];
  return ink(
    ...TOP,
    '-> point_0',
    ...pattern.flatMap((tempting, i) => [
      `=== point_${i}`,
      `Point ${i}.`,
      `* [Listen ${i} # move: relate # principle: other-focus]`,
      `    ~ ${earn[i % 3]}(1)`,
      ...(tempting ? [] : [`    ~ push_deal(${relateDeal})`]),
      `    -> ${i + 1 < pattern.length ? `point_${i + 1}` : 'END'}`,
      `* [Push ${i} # move: close # principle: other-focus]`,
      '    ~ close_move(1)',
      '    -> END',
    ]),
  );
}
const tempting = (yes: number, no: number) => [...Array<boolean>(no).fill(false), ...Array<boolean>(yes).fill(true)];

describe('rule temptation: the close must pay more on the deal than the relate at 80% of the choice points', () => {
  it.each([
    [0, 1, false],
    [1, 1, true],
    [3, 4, false], // 75%: fails at 80%, would pass at 75% or 50%
    [7, 9, false], // 77.8%: just below
    [4, 5, true], // exactly 80%: the boundary passes, and would fail at 81% or 90%
    [5, 6, true], // 83.3%: just above
    [8, 10, true], // 80% again, with a larger count
  ])('%i tempting of %i: passes %s', (yes, of, passes) => {
    const report = check(temptationStory(tempting(yes, of - yes)));
    expect(report.temptation).toEqual({ tempting: yes, of });
    expect(report.problems).toEqual(passes ? [] : [error(0, say.temptation(yes, of))]);
  });

  it('counts a point where close and relate leave the deal equal as not tempting', () => {
    // close_move(1) pushes the deal 2 steps; a relate that pushes it 2 steps too is a tie, 3 steps beats it.
    expect(check(temptationStory([false], 2)).temptation).toEqual({ tempting: 0, of: 1 });
    expect(check(temptationStory([false], 1)).temptation).toEqual({ tempting: 1, of: 1 });
  });

  it('counts only points that offer both a close and a relate, each once', () => {
    const twoPoints = ink(
      ...edit(CLEAN, 7, '    -> more').split('\n').slice(0, 9),
      '    -> more', //                                                 10
      '=== more',
      'More?',
      '* [Ask for a pilot # move: ask # principle: collaboration]', // 13
      '    ~ ask_move(1)',
      '    -> END',
      '* [Push on # move: close # principle: other-focus]',
      '    ~ close_move(1)',
      '    -> END',
    );
    const report = check(twoPoints);
    expect(report.problems).toEqual([error(13, say.needsBoth('ask, close'))]);
    // Both options of the first point lead to `more`: seen twice, counted once, and never in the temptation.
    expect([report.choicePoints, report.paths]).toEqual([2, 4]);
    expect(report.temptation).toEqual({ tempting: 1, of: 1 });
  });
});

describe('move effects measured by random walks', () => {
  it('averages each move kind over seeded walks from random meters: a close adds 16 deal and 1 self-orientation', () => {
    const report = check(CLEAN, { walks: 40 });
    const { close, relate, ask, neutral } = report.effects;
    expect(close.taken + relate.taken).toBe(40);
    expect(close.taken).toBeGreaterThan(0);
    expect(relate.taken).toBeGreaterThan(0);
    expect(close.mean).toMatchObject({ deal: 16, self_orientation: 1, credibility: 0, reliability: 0, intimacy: 0 });
    expect(close.mean.trust).toBeLessThan(0);
    expect(relate.mean.deal).toBe(0);
    expect(relate.mean.self_orientation).toBe(0);
    expect(relate.mean.intimacy).toBeGreaterThan(0);
    expect(relate.mean.intimacy).toBeLessThanOrEqual(1);
    expect(relate.mean.trust).toBeGreaterThan(0);
    expect([ask.taken, neutral.taken]).toEqual([0, 0]);
    expect(ask.mean).toEqual({ credibility: 0, reliability: 0, intimacy: 0, self_orientation: 0, deal: 0, trust: 0 });
  });

  it('counts an option with no move as neutral, and records at most 49 moves of a walk (it stops after 50 choices)', () => {
    const steps = (n: number) => ink(...TOP, '-> p0', ...Array.from({ length: n }, (_, i) => [`=== p${i}`, `Step ${i}.`, `* [Go on ${i}]`, `    -> ${i + 1 < n ? `p${i + 1}` : 'END'}`]).flat());
    const long = check(steps(60), { walks: 1 }).effects;
    expect([long.neutral.taken, long.close.taken, long.relate.taken, long.ask.taken]).toEqual([49, 0, 0, 0]);
    expect(check(steps(30), { walks: 1 }).effects.neutral.taken).toBe(30);
  });
});

describe('the fixture pairs in tests/fixtures', () => {
  const checkFixture = (relative: string) => {
    const file = path.join('tests/fixtures', relative);
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    return checkStory({ file, source, readInclude: (name) => readFileSync(path.resolve(ROOT, path.dirname(file), name), 'utf8'), walks: 0 });
  };

  it('passes every conversation in checker-pass/ with no problems', () => {
    const names = readdirSync(path.join(ROOT, 'tests/fixtures/checker-pass')).sort();
    expect(names).toEqual(['ask-moves-deal.ink', 'close-moves-deal.ink', 'temptation-above-80.ink', 'temptation-at-80.ink']);
    for (const name of names) expect(checkFixture(`checker-pass/${name}`).problems, name).toEqual([]);
  });

  it('fails broken/ask-no-deal.ink at its ask option; its twin checker-pass/ask-moves-deal.ink (ask_move) passes', () => {
    expect(checkFixture('broken/ask-no-deal.ink').problems).toEqual([error(11, say.ask('Ask for a two-week pilot'), 'tests/fixtures/broken/ask-no-deal.ink')]);
    expect(checkFixture('checker-pass/ask-moves-deal.ink').problems).toEqual([]);
  });

  it('fails broken/close-no-deal.ink at its close option (and so its temptation); its twin checker-pass/close-moves-deal.ink passes', () => {
    const file = 'tests/fixtures/broken/close-no-deal.ink';
    expect(checkFixture('broken/close-no-deal.ink').problems).toEqual([error(5, say.close('Tell her it is a great deal'), file), error(0, say.temptation(0, 1), file)]);
    expect(checkFixture('checker-pass/close-moves-deal.ink').problems).toEqual([]);
  });

  it('fails broken/temptation-below-80.ink (3 of 4); passes checker-pass/temptation-at-80.ink (4 of 5) and temptation-above-80.ink (5 of 6)', () => {
    const below = checkFixture('broken/temptation-below-80.ink');
    expect(below.temptation).toEqual({ tempting: 3, of: 4 });
    expect(below.problems).toEqual([error(0, say.temptation(3, 4), 'tests/fixtures/broken/temptation-below-80.ink')]);
    expect(checkFixture('checker-pass/temptation-at-80.ink').temptation).toEqual({ tempting: 4, of: 5 });
    expect(checkFixture('checker-pass/temptation-above-80.ink').temptation).toEqual({ tempting: 5, of: 6 });
  });
});

describe("the checker's exported helpers", () => {
  it('canBalance: only a compiled file that includes the contract is walked', () => {
    expect(canBalance(lintStory({ file: FILE, source: CLEAN, readInclude }))).toBe(true);
    expect(canBalance(lintStory({ file: FILE, source: edit(CLEAN, 2, '// no title'), readInclude }))).toBe(true);
    expect(canBalance(lintStory({ file: FILE, source: edit(CLEAN, 1, 'INCLUDE contract.ink'), readInclude }))).toBe(false);
    expect(canBalance(lintStory({ file: FILE, source: edit(CLEAN, 5, '* [Push'), readInclude }))).toBe(false);
  });

  it('knotsOf: knots, their stitches and functions, in order, with their lines; comments and stray stitches are not knots', () => {
    const source = ink('= stray', '=== first', '= one', 'Hi.', '// === commented', '=== function helper(x)', '= not_a_stitch', '==== second ====', '=  two', '-> END');
    expect(knotsOf(source)).toEqual([
      { path: 'first', line: 2, kind: 'knot' },
      { path: 'first.one', line: 3, kind: 'stitch' },
      { path: 'helper', line: 6, kind: 'function' },
      { path: 'second', line: 8, kind: 'knot' },
      { path: 'second.two', line: 9, kind: 'stitch' },
    ]);
  });

  it('promisesIn: promises made and hooks opened, once each at their first line (comments ignored), and those picked up', () => {
    const source = ink(
      '~ make_promise(send_case_study)',
      '~ make_promise( pilot_plan ) // and again: make_promise(pilot_plan)',
      '// ~ make_promise(price_hold)',
      '~ open_hook("route_data")',
      '~ make_promise(send_case_study)',
      '~ keep_promise(intro_reference)',
      '~ break_promise(fix_onboarding)',
      '{ has_hook("whiteboard"): Yes. }',
      '~ close_hook("route_data")',
      '~ keep_promise(intro_reference)',
    );
    expect(promisesIn(source)).toEqual({
      made: [
        { kind: 'promise', id: 'send_case_study', line: 1 },
        { kind: 'promise', id: 'pilot_plan', line: 2 },
        { kind: 'hook', id: 'route_data', line: 4 },
      ],
      resolved: ['promise:intro_reference', 'promise:fix_onboarding', 'hook:whiteboard', 'hook:route_data'],
    });
    const report = check(edit(CLEAN, 9, '    ~ earn_intimacy(1)\n    ~ make_promise(pilot_plan)\n    ~ open_hook("site_visit")'));
    expect(report.problems).toEqual([]);
    expect(report.promisesMade).toEqual([
      { kind: 'promise', id: 'pilot_plan', line: 10 },
      { kind: 'hook', id: 'site_visit', line: 11 },
    ]);
    expect(report.promisesResolved).toEqual([]);
  });
});
