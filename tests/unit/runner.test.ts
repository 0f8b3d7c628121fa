import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/narrative/compile';
import { type CompiledStory, ChoiceError, StoryCache, StoryRunaway, StoryRunner } from '../../src/engine/narrative/runner';
import { STORIES_DIR, fixture, loadStory } from '../helpers/stories';
import { MODES, play, textOf } from '../helpers/transcript';

const story = fixture('two-choices.ink');
const startMeters = { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 4, deal: 10 };

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

    expect(() => new StoryRunner(fiveLines, { limits: { maxLines: 4 } }).turnSync()).toThrow(
      new StoryRunaway('five-lines', 'talk', 'Four.', 'produced more than 4 lines without a choice'),
    );
  });
});
