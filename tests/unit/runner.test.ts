import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/narrative/compile';
import {
  type CompiledStory,
  type Decider,
  ChoiceError,
  StoryCache,
  StoryError,
  StoryRunaway,
  StoryRunner,
} from '../../src/engine/narrative/runner';
import { STORIES_DIR, fixture, loadStory } from '../helpers/stories';
import { MODES, play, textOf } from '../helpers/transcript';

const story = fixture('two-choices.ink');
const startMeters = { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 4, deal: 10 };

/** Compiles `body` after the authoring contract's INCLUDE, as conversation `id`; fails on any compiler message. */
function withContract(id: string, body: string): CompiledStory {
  const result = compileInk({
    fileName: `${id}.ink`,
    source: `INCLUDE include/contract.ink\n${body}`,
    readInclude: (name) => readFileSync(path.join(STORIES_DIR, name), 'utf8'),
  });
  if (result.json === null || result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics));
  return { id, hash: 'test', json: result.json, fileTags: result.fileTags };
}

/** What a call threw, or null. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return null;
}

/** The runaway a call threw (failing the test if it threw anything else or nothing). */
function runawayOf(action: () => unknown): StoryRunaway {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(StoryRunaway);
  return error as StoryRunaway;
}

describe.each(MODES)('story runner (%s)', (mode) => {
  it('yields lines with their tags, then the choices with theirs', () => {
    const { steps } = play(story, [], mode);
    expect(steps).toEqual([
      { kind: 'line', text: 'The buyer looks up from a spreadsheet.', tags: { speaker: 'buyer', mood: 'guarded' }, problems: [] },
      { kind: 'line', text: '"Go on, then."', tags: { speaker: 'buyer' }, problems: [] },
      {
        kind: 'choices',
        choices: [
          { index: 0, text: 'Pitch the product', tags: { move: 'close', principle: 'other-focus' }, problems: [] },
          { index: 1, text: 'Ask what changed this year', tags: { move: 'relate', principle: 'collaboration' }, problems: [] },
        ],
      },
    ]);
  });

  it('plays to the end and reports the meters the choices moved', () => {
    const { steps } = play(story, [0, 1], mode);
    expect(textOf(steps)).toEqual([
      'The buyer looks up from a spreadsheet.',
      '"Go on, then."',
      '[Pitch the product] [Ask what changed this year]',
      'You pitch.',
      'She nods at the price.',
      'Later that day.',
      '[Ask for a second meeting] [Say goodbye]',
      'You leave.',
      'END',
    ]);
    // close_move(1): deal +2 steps of 8, self-orientation +1.
    expect(steps.at(-1)).toEqual({ kind: 'end', meters: { ...startMeters, deal: 26, self_orientation: 5 } });
  });

  it('makes an ask cost like pressure when trust is low, and not when it is high', () => {
    const lowTrust = play(story, [0, 0], mode).steps.at(-1);
    // trust (3+3+2)/5 = 1.6 < 2: the ask acts as a close: deal +2 steps twice, S +1 twice.
    expect(lowTrust).toEqual({ kind: 'end', meters: { ...startMeters, deal: 42, self_orientation: 6 } });
    const highTrust = play(story, [1, 0], mode).steps.at(-1);
    // intimacy +2 makes trust (3+3+4)/4 = 2.5: the ask only moves the deal.
    expect(highTrust).toEqual({ kind: 'end', meters: { ...startMeters, intimacy: 4, deal: 26 } });
  });

  it('starts from the meters it is given', () => {
    const meters = { credibility: 8, reliability: 7, intimacy: 6, self_orientation: 2, deal: 50 };
    const { steps } = play(story, [0, 1], mode, { meters });
    expect(steps.at(-1)).toEqual({ kind: 'end', meters: { ...meters, deal: 66, self_orientation: 3 } });
  });

  it('logs every choice with story id, content hash, index and text', () => {
    const { runner } = play(story, [1, 0], mode);
    expect(runner.choiceLog).toEqual([
      { storyId: 'two-choices', contentHash: story.hash, index: 1, text: 'Ask what changed this year' },
      { storyId: 'two-choices', contentHash: story.hash, index: 0, text: 'Ask for a second meeting' },
    ]);
  });
});

describe('story runner', () => {
  it('gives identical transcripts straight and with a save and restore at every choice', () => {
    for (const picks of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
      const [a, b] = MODES.map((mode) => play(story, picks, mode));
      expect(JSON.stringify(b!.steps)).toBe(JSON.stringify(a!.steps));
      expect(b!.runner.snapshot().log).toEqual(a!.runner.snapshot().log);
    }
  });

  it('reads the file tags, and keeps them off the first line', () => {
    const runner = new StoryRunner(story);
    expect(runner.fileTags).toEqual({ title: 'Two choices', stage: 'discovery' });
    const first = runner.turnSync()[0];
    expect(first).toMatchObject({ kind: 'line', tags: { speaker: 'buyer', mood: 'guarded' } });
  });

  it('gives a fresh Story from the cache after a runaway left the cached one mid-turn', () => {
    const looping = fixture('endless-loop.ink');
    const cache = new StoryCache();
    const limits = { maxMillis: 30 };
    expect(() => new StoryRunner(looping, { cache, limits }).turnSync()).toThrow(StoryRunaway);
    // Resetting a Story in the middle of ContinueAsync throws in inkjs; the cache must not hand that one out.
    expect(() => new StoryRunner(looping, { cache, limits }).turnSync()).toThrow(StoryRunaway);
  });

  it('starts from a named knot when asked (the writer plays from anywhere)', () => {
    const firstMeeting = loadStory(`${STORIES_DIR}/first-meeting.ink`);
    const steps = new StoryRunner(firstMeeting, { startAt: 'the_doorway' }).turnSync();
    expect(steps[0]).toMatchObject({ kind: 'line', text: expect.stringContaining('a man in a fleece leans round the door'), tags: { sfx: 'door-knock' } });
    expect(steps.at(-1)?.kind).toBe('choices');
    expect(() => new StoryRunner(firstMeeting, { startAt: 'no_such_knot' })).toThrow(/has no knot "no_such_knot"/);
  });

  it('reports tag problems on the step where they occur, without stopping', () => {
    const bad = fixture('bad-tags.ink');
    const runner = new StoryRunner(bad);
    expect(runner.fileTagProblems.map((p) => p.message)).toEqual([
      'unknown file tag key "colour" (allowed: title, persona, stage, event, status)',
    ]);
    const [line, choices] = runner.turnSync();
    expect(line).toMatchObject({ kind: 'line', tags: { speaker: 'buyer' } });
    expect(line?.kind === 'line' && line.problems.map((p) => p.message)).toEqual([
      '"furious" is not a valid mood (one of: warm, pleased, neutral, guarded, annoyed, cold)',
      'unknown line tag key "volume" (allowed: speaker, mood, sfx, discuss)',
    ]);
    expect(choices?.kind === 'choices' && choices.choices.map((c) => c.problems.map((p) => p.message))).toEqual([
      ['"shove" is not a valid move (one of: close, relate, ask, neutral)'],
      [],
    ]);
  });

  it('refuses a choice index the story does not offer', () => {
    const runner = new StoryRunner(story);
    expect(() => runner.choose(0)).toThrow(ChoiceError);
    runner.turnSync();
    expect(() => runner.choose(5)).toThrow('story "two-choices" has no choice 5 here (it offers 2)');
  });

  it('rebuilds the same state by replaying the choice log', () => {
    const { runner, steps } = play(story, [1, 0], 'straight');
    const { runner: rebuilt, replayed } = StoryRunner.replay(story, runner.choiceLog);
    expect(replayed).toBe(2);
    // The replayed runner stands just after the last choice: its next turn is the original's last.
    expect(rebuilt.turnSync()).toEqual(steps.slice(-2));
    expect(rebuilt.meters()).toEqual(runner.meters());
  });

  it('hands back the lines shown on the way when it replays a log', () => {
    const { runner } = play(story, [1, 0], 'straight');
    const { steps } = StoryRunner.replay(story, runner.choiceLog.slice(0, 1));
    expect(steps.map((s) => (s.kind === 'line' ? s.text : s.kind))).toEqual(['The buyer looks up from a spreadsheet.', '"Go on, then."']);
  });

  it('stops replaying at the first log entry that no longer fits', () => {
    const { runner } = play(story, [1, 0], 'straight');
    const log = runner.choiceLog.map((r, i) => (i === 1 ? { ...r, text: 'Something the story never said' } : r));
    expect(StoryRunner.replay(story, log).replayed).toBe(1);
  });

  it('refuses a snapshot from another story or an older version of this one', () => {
    const runner = new StoryRunner(story);
    runner.turnSync();
    const snapshot = runner.snapshot();
    expect(() => StoryRunner.restore({ ...story, id: 'other' }, snapshot)).toThrow('this save is for story "two-choices", not "other"');
    expect(() => StoryRunner.restore({ ...story, hash: 'changed' }, snapshot)).toThrow(
      'story "two-choices" has changed since this save was made',
    );
  });
});

// The runner's line bound: a turn may produce up to maxLines lines; one more is a runaway.
// These stories have no loop, so they stop on their own: only the bound decides whether they play.
describe('the story runner\'s line bound', () => {
  /**
   * A story that says `count` numbered lines in knot "monologue", then offers a choice (compiled with the contract, as the
   * build does). It ends on a choice, not at END: past its last line inkjs no longer knows the knot, and names "(top)".
   */
  function saying(count: number): CompiledStory {
    const lines = Array.from({ length: count }, (_, i) => `Line ${i + 1}.`);
    const source = ['INCLUDE include/contract.ink', '-> monologue', '', '=== monologue', ...lines, '* [Stop]', '  -> END', ''].join('\n');
    const result = compileInk({
      fileName: `lines-${count}.ink`,
      source,
      readInclude: (name) => readFileSync(path.join(STORIES_DIR, name), 'utf8'),
    });
    if (result.json === null || result.diagnostics.length > 0) throw new Error(JSON.stringify(result.diagnostics));
    return { id: `lines-${count}`, hash: 'test', json: result.json, fileTags: result.fileTags };
  }

  // The default bound is 400 lines a turn (DEFAULT_LIMITS), written out here rather than read from the runner.
  const turns: [string, (r: StoryRunner) => Promise<unknown[]>][] = [
    ['sync', async (r) => r.turnSync()],
    ['async', (r) => r.turn()],
  ];

  it.each(turns)('plays a turn of exactly 400 lines under the default bound (%s)', async (_mode, turn) => {
    const steps = (await turn(new StoryRunner(saying(400)))) as { kind: string; text?: string }[];
    expect(steps).toHaveLength(401);
    expect(steps[0]).toMatchObject({ kind: 'line', text: 'Line 1.' });
    expect(steps[399]).toMatchObject({ kind: 'line', text: 'Line 400.' });
    expect(steps[400]).toMatchObject({ kind: 'choices', choices: [{ index: 0, text: 'Stop' }] });
  });

  it.each(turns)('refuses a turn of 401 lines under the default bound, as a runaway (%s)', async (_mode, turn) => {
    const runner = new StoryRunner(saying(401));
    const refused = await turn(runner).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(StoryRunaway);
    expect(refused).toMatchObject({ storyId: 'lines-401', knot: 'monologue', lastLine: 'Line 400.' });
    expect((refused as Error).message).toBe(
      'Story "lines-401" produced more than 400 lines without a choice in knot "monologue"; last line: "Line 400."',
    );
  });

  it('holds a turn to a bound it is given: five lines play under a bound of five, not four', () => {
    const fiveLines = fixture('five-lines.ink');
    const runner = new StoryRunner(fiveLines, { limits: { maxLines: 5 } });
    expect(textOf(runner.turnSync())).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.', '[Go on]']);
    runner.choose(0);
    // The bound is per turn: the second turn's five lines play too.
    expect(textOf(runner.turnSync())).toEqual(['Six.', 'Seven.', 'Eight.', 'Nine.', 'Ten.', 'END']);

    expect(runawayOf(() => new StoryRunner(fiveLines, { limits: { maxLines: 4 } }).turnSync())).toMatchObject({
      limit: 'lines',
      bound: 4,
      storyId: 'five-lines',
      knot: 'talk',
      lastLine: 'Four.',
      message: 'Story "five-lines" produced more than 4 lines without a choice in knot "talk"; last line: "Four."',
    });
  });
});

// Time bound: a turn may take up to maxMillis, summed over its slices; past it, it is a runaway. The clock is the
// runner's injectable one, so these tests read no real time: only ink's own slicing of a long line does.
describe("the story runner's time bound", () => {
  /** A clock that reads 0 when the turn starts and `later` at every check after. */
  function clock(later: number) {
    let reads = 0;
    return { now: () => (reads++ === 0 ? 0 : later), reads: () => reads };
  }

  // Counting to 200 without a word takes ink several 1 ms slices, so the bound is checked inside that line too.
  const thinking = withContract(
    'thinking',
    ['-> think', '=== think', 'She thinks it over.', '~ temp i = 0', '- (again)', '~ i++', '{i < 200: -> again}', 'She has an answer.', '* [Listen]', '  -> END', ''].join('\n'),
  );

  it('plays a turn whose clock reads exactly maxMillis at every check, within a line and after it', () => {
    const time = clock(1000);
    const runner = new StoryRunner(thinking, { limits: { maxMillis: 1000, sliceMillis: 1 }, now: time.now });
    expect(textOf(runner.turnSync())).toEqual(['She thinks it over.', 'She has an answer.', '[Listen]']);
    // One read to start, one after each of the two lines, and at least one between slices of the long line.
    expect(time.reads()).toBeGreaterThan(3);
  });

  it('gives the event loop its turn between the slices of an async turn, so the page never freezes', async () => {
    const events: string[] = [];
    const runner = new StoryRunner(thinking, {
      limits: { maxMillis: 1000, sliceMillis: 1 },
      now: () => {
        events.push('check');
        return 0;
      },
    });
    // A task queued before the turn starts runs before the turn has finished.
    setTimeout(() => events.push('task'), 0);
    expect(textOf(await runner.turn())).toEqual(['She thinks it over.', 'She has an answer.', '[Listen]']);
    expect(events.indexOf('task')).toBeGreaterThan(0);
    expect(events.indexOf('task')).toBeLessThan(events.lastIndexOf('check'));
  });

  it('ends a turn as a runaway at the first check past maxMillis, before any line is shown', () => {
    const time = clock(1001);
    // Slices far longer than any line here: the check after the first line is the first one.
    const runner = new StoryRunner(fixture('five-lines.ink'), { limits: { maxMillis: 1000, sliceMillis: 60_000 }, now: time.now });
    const refused = thrownBy(() => runner.turnSync());
    expect(refused).toBeInstanceOf(StoryRunaway);
    expect(refused).toMatchObject({ name: 'StoryRunaway', storyId: 'five-lines', knot: 'talk', lastLine: '' });
    expect((refused as Error).message).toBe(
      'Story "five-lines" ran for more than 1000 ms without a choice in knot "talk"; it had not shown a line yet',
    );
  });
});

describe("the story runner's tags by place", () => {
  const places = fixture('tag-places.ink');
  const titleOnALine = 'unknown line tag key "title" (allowed: speaker, mood, sfx, discuss)';

  it("drops the file's tags with the empty line ink carries them on, skips a loop's empty line, and yields a tag-only line", () => {
    const runner = new StoryRunner(places);
    expect(runner.fileTags).toEqual({ title: 'Tag places' });
    expect(runner.turnSync()).toEqual([{ kind: 'choices', choices: [{ index: 0, text: 'Knock', tags: { move: 'neutral' }, problems: [] }] }]);
    runner.choose(0);
    expect(runner.turnSync()).toEqual([
      // A file tag written on a later line is that line's own, and not a line tag: reported, not dropped.
      { kind: 'line', text: 'Come in.', tags: { speaker: 'buyer' }, problems: [{ tag: 'title: Tag places', message: titleOnALine }] },
      { kind: 'line', text: 'She sits down.', tags: {}, problems: [] },
      { kind: 'line', text: '', tags: { sfx: 'chair-scrape' }, problems: [] },
      { kind: 'choices', choices: [{ index: 0, text: 'Sit', tags: { move: 'relate' }, problems: [] }] },
    ]);
  });

  it('names the last line with words in a runaway: a tag-only line shows none', () => {
    // A clock that stands still until the third turn, then moves 1001 ms at every read.
    let step = 0;
    let time = 0;
    const now = () => (time += step);
    const runner = new StoryRunner(places, { limits: { maxMillis: 1000, sliceMillis: 60_000 }, now });
    runner.turnSync();
    runner.choose(0);
    expect(runner.turnSync().at(-2)).toMatchObject({ kind: 'line', text: '', tags: { sfx: 'chair-scrape' } });
    runner.choose(0);
    step = 1001;
    expect(runawayOf(() => runner.turnSync())).toMatchObject({
      limit: 'time',
      bound: 1000,
      message: 'Story "tag-places" ran for more than 1000 ms without a choice in knot "hall"; last line: "She sits down."',
    });
  });

  it("treats the first line of a knot it starts at as a line like any other: a file tag there is reported", () => {
    const [first] = new StoryRunner(places, { startAt: 'hall' }).turnSync();
    expect(first).toEqual({ kind: 'line', text: 'Come in.', tags: { speaker: 'buyer' }, problems: [{ tag: 'title: Tag places', message: titleOnALine }] });
  });

  it("drops the first line's leading tags only when they are exactly the file's tags, in order", () => {
    // The file says one stage and ink's first line another: nothing is dropped unseen, all four tags stay with the line.
    const mismatched = { ...story, fileTags: ['title: Two choices', 'stage: negotiation'] };
    const [first] = new StoryRunner(mismatched).turnSync();
    expect(first).toMatchObject({ kind: 'line', tags: { speaker: 'buyer', mood: 'guarded' } });
    expect(first?.kind === 'line' && first.problems.map((p) => p.tag)).toEqual(['title: Two choices', 'stage: discovery']);
  });

  it("knows the file's tags on the first line though ink keeps a trailing non-breaking space the source reader trims", () => {
    // As a title pasted from a word processor might end.
    const pasted = withContract('pasted', '# title: Café\u00a0\n# stage: discovery\nHello. # speaker: buyer\n-> END\n');
    expect(pasted.fileTags).toEqual(['title: Café', 'stage: discovery']);
    const [first] = new StoryRunner(pasted).turnSync();
    expect(first).toEqual({ kind: 'line', text: 'Hello.', tags: { speaker: 'buyer' }, problems: [] });
  });
});

describe('what a meeting declares in the room', () => {
  const room = fixture('room-declarations.ink');
  const ledger = { promised: ['send_case_study', 'pilot_plan'], kept: ['intro_reference'], broken: [] };
  // The model says yes to the full contract only.
  const decide: Decider = (offer) => offer === 'full_contract';
  const nothingDeclared = { asked: [], agreed: [], years: 0, walkedAway: false, gaveReferral: false, openedHooks: [], closedHooks: [] };

  it('declares nothing before the story has run, and holds the ledger it was given', () => {
    const runner = new StoryRunner(room, { ledger, decide });
    expect(runner.declarations()).toEqual(nothingDeclared);
    expect(runner.ledger()).toEqual(ledger);
    expect(runner.lastMood).toBeNull();
  });

  it('reads the offers asked and agreed, the term, the referral and the hooks, on the introduction path', () => {
    const runner = new StoryRunner(room, { ledger, decide });
    runner.turnSync();
    runner.choose(0);
    runner.turnSync();
    expect(runner.declarations()).toEqual({
      // In the order of the contract's offers list, not the order asked.
      asked: ['trial', 'full_contract'],
      agreed: ['full_contract'],
      years: 2,
      walkedAway: false,
      gaveReferral: true,
      openedHooks: ['site_visit', 'price_review'],
      closedHooks: ['old_quote'],
    });
  });

  it('reads a walk-out, and no referral or hooks, on the other path', () => {
    const runner = new StoryRunner(room, { ledger, decide });
    runner.turnSync();
    runner.choose(1);
    runner.turnSync();
    expect(runner.declarations()).toMatchObject({ walkedAway: true, gaveReferral: false, openedHooks: [], closedHooks: [] });
    expect(runner.lastMood).toBe('cold');
  });

  it('reads the commitment ledger back as the story moved it: one kept, one broken, one made', () => {
    const runner = new StoryRunner(room, { ledger, decide });
    runner.turnSync();
    // In the order of the contract's commitments list.
    expect(runner.ledger()).toEqual({ promised: ['price_hold'], kept: ['send_case_study', 'intro_reference'], broken: ['pilot_plan'] });
  });

  it('declares nothing, and holds an empty ledger, for a story without the contract', () => {
    const bare = compileInk({ fileName: 'bare.ink', source: 'Hello.\n-> END\n', readInclude: () => '' });
    const runner = new StoryRunner({ id: 'bare', hash: 'test', json: bare.json!, fileTags: [] });
    expect(runner.declarations()).toEqual(nothingDeclared);
    expect(runner.ledger()).toEqual({ promised: [], kept: [], broken: [] });
  });

  it("keeps the buyer's last mood shown, through lines that show none", () => {
    const runner = new StoryRunner(story);
    expect(runner.lastMood).toBeNull();
    // "The buyer looks up" is guarded; "Go on, then." shows no mood.
    runner.turnSync();
    expect(runner.lastMood).toBe('guarded');
    runner.choose(0);
    runner.turnSync();
    expect(runner.lastMood).toBe('pleased');
  });
});

describe("the model's decider", () => {
  it('is asked from choice text and from a string too, where ink evaluates ahead of the line', () => {
    const inChoice = withContract('in-choice', 'You ask.\n* [{agrees_to(trial, 2): Sign now|Wait}]\n  -> END\n');
    const steps = new StoryRunner(inChoice, { decide: () => true }).turnSync();
    expect(textOf(steps)).toEqual(['You ask.', '[Sign now]']);

    const inString = withContract('in-string', '~ temp said = "{agrees_to(trial, 2): yes|no}"\nShe says {said}.\n-> END\n');
    expect(textOf(new StoryRunner(inString, { decide: () => false }).turnSync())).toEqual(['She says no.', 'END']);
  });

  it('is given no offer name when the story asks about no offer, and the first in list order when it asks about several', () => {
    const vague = withContract('vague', '~ temp neither = agrees_to((), 1)\n~ temp both = agrees_to((module, trial), 1)\nYou wait.\n-> END\n');
    const offers = new Set<string>();
    new StoryRunner(vague, { decide: (offer) => offers.add(offer) && false }).turnSync();
    expect([...offers]).toEqual(['', 'trial']);
  });

  it('keeps the Stories it binds apart in the cache from those that answer with the ink fallback', () => {
    // The ink fallback says no at the contract's starting meters (deal 10 < 60).
    const ask = withContract('ask', '{agrees_to(trial, 1): Yes.|No.}\n-> END\n');
    const cache = new StoryCache();
    expect(textOf(new StoryRunner(ask, { cache, decide: () => true }).turnSync())).toEqual(['Yes.', 'END']);
    expect(textOf(new StoryRunner(ask, { cache }).turnSync())).toEqual(['No.', 'END']);
  });
});

describe('the story cache', () => {
  it('hands out one Story per conversation and content hash, reset to its start', () => {
    const cache = new StoryCache();
    const first = new StoryRunner(story, { cache });
    first.turnSync();
    first.choose(0);
    first.turnSync();
    expect(first.meters()).not.toEqual(startMeters);
    const again = new StoryRunner(story, { cache });
    expect(again.meters()).toEqual(startMeters);
    // The cache knows a conversation by id and hash: the same pair with other JSON plays the Story it holds.
    const sameIdAndHash = { ...story, json: fixture('five-lines.ink').json };
    expect(textOf(new StoryRunner(sameIdAndHash, { cache }).turnSync())).toEqual(textOf(play(story, [], 'straight').steps));
    expect(textOf(new StoryRunner(sameIdAndHash).turnSync())[0]).toBe('One.');
  });
});

describe('ink errors while a story plays', () => {
  it('stops the turn with a StoryError naming the story, the knot and what ink said, for a runtime warning too', () => {
    // x is read before its declaration is reached: ink warns and uses 0.
    const early = withContract('early', '-> talk\n=== talk\nFirst.\nShe counts {x}.\n~ temp x = 1\n* [Go]\n  -> END\n');
    const refused = thrownBy(() => new StoryRunner(early).turnSync());
    expect(refused).toBeInstanceOf(StoryError);
    expect(refused).toMatchObject({ name: 'StoryError', storyId: 'early', knot: 'talk' });
    const { inkMessages, message } = refused as StoryError;
    expect(inkMessages).toHaveLength(1);
    expect(inkMessages[0]).toMatch(/^RUNTIME WARNING: .*Variable not found: 'x'\. Using default value of 0/);
    expect(message).toBe(`Story "early" failed in knot "talk": ${inkMessages[0]}`);
  });

  it('names the top of the story for a runtime error outside any knot', () => {
    const broken = withContract('broken', 'Roll {RANDOM(5, 1)}.\n* [Go]\n  -> END\n');
    const refused = thrownBy(() => new StoryRunner(broken).turnSync());
    expect(refused).toBeInstanceOf(StoryError);
    expect(refused).toMatchObject({ storyId: 'broken', knot: '(top)' });
    expect((refused as StoryError).inkMessages).toEqual([expect.stringMatching(/RANDOM was called with minimum as 5 and maximum as 1/)]);
  });
});

describe('choosing and replaying', () => {
  const notWaiting = 'story "two-choices" is not waiting for a choice';

  it('refuses a choice before a turn, between a choice and the next turn, and at the end', () => {
    const runner = new StoryRunner(story);
    const early = thrownBy(() => runner.choose(0));
    expect(early).toBeInstanceOf(ChoiceError);
    expect(early).toMatchObject({ name: 'ChoiceError', message: notWaiting });
    runner.turnSync();
    runner.choose(0);
    expect(() => runner.choose(0)).toThrow(notWaiting);
    runner.turnSync();
    runner.choose(1);
    expect(runner.turnSync().at(-1)?.kind).toBe('end');
    expect(() => runner.choose(0)).toThrow(notWaiting);
  });

  it('offers nothing before a turn, between a choice and the next turn, or at the end', () => {
    const runner = new StoryRunner(story);
    expect(runner.offered()).toEqual([]);
    runner.turnSync();
    expect(runner.offered().map((c) => c.text)).toEqual(['Pitch the product', 'Ask what changed this year']);
    runner.choose(1);
    expect(runner.offered()).toEqual([]);
    runner.turnSync();
    runner.choose(1);
    expect(runner.turnSync().at(-1)?.kind).toBe('end');
    expect(runner.offered()).toEqual([]);
  });

  it('offers choice text trimmed of all whitespace, as it trims lines', () => {
    // ink trims spaces and tabs only; a non-breaking space pasted after the text stays in ink's.
    const pasted = withContract('pasted-choice', 'Hi.\n* [Pick me\u00a0]\n  -> END\n');
    const runner = new StoryRunner(pasted);
    runner.turnSync();
    expect(runner.offered().map((c) => c.text)).toEqual(['Pick me']);
  });

  it('refuses a story variable the story does not declare', () => {
    const refused = thrownBy(() => new StoryRunner(story, { variables: { buyer_name: 'Sam', shoe_size: 9 } }));
    expect(refused).toBeInstanceOf(ChoiceError);
    expect((refused as Error).message).toBe('story "two-choices" does not declare "shoe_size" (is the contract included?)');
  });

  it('stops replaying at the end of the story when the log runs on past it', () => {
    const { runner } = play(story, [1, 0], 'straight');
    const log = [...runner.choiceLog, { ...runner.choiceLog[0]! }];
    const replayed = StoryRunner.replay(story, log);
    expect(replayed.replayed).toBe(2);
    expect(replayed.runner.turnSync().at(-1)?.kind).toBe('end');
  });
});
