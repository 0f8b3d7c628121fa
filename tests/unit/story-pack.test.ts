/**
 * Story packs as a facilitator receives them: a good pack reads back whole;
 * a damaged or hostile one is refused with a reason and changes nothing.
 * The stories are real ink, compiled by the real compiler.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, type PackStory, makePack, packNameProblem, readPack } from '../../src/platform/writer/story-pack';
import { PILOT_REVIEW, packStory, packStoryFrom } from '../helpers/packs';
import { fixture } from '../helpers/stories';

const PERSONAS = ['priya_raman', 'samuel_okafor'];
const SHIPPED = new Set(['first-meeting']);

const good = packStory(PILOT_REVIEW, 'pilot-review');
const text = (value: unknown) => JSON.stringify(value);
const refusal = async (raw: string) => {
  try {
    await readPack(raw, PERSONAS, SHIPPED);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('story packs', () => {
  it('reads back a pack made from a checked conversation', async () => {
    const pack = await readPack(text(makePack('The Pilot Review', [good])), PERSONAS, SHIPPED);
    expect(pack.name).toBe('The Pilot Review');
    expect(pack.stories).toHaveLength(1);
    expect(pack.stories[0]).toEqual(good);
  });

  it('refuses what is not a pack, saying what is wrong', async () => {
    expect(await refusal('<html><script>alert(1)</script>')).toBe('the file is not a story pack: it is not JSON');
    expect(await refusal(text({ hello: 'world' }))).toContain('this is not a story pack from The Long Game');
    expect(await refusal(text({ ...makePack('x', [good]), version: 2 }))).toContain('story packs of version 1');
    expect(await refusal(text(makePack('x', [])))).toContain('the pack holds no conversations');
    expect(await refusal(' '.repeat(MAX_PACK_BYTES + 1))).toContain('a story pack may be at most 4 MB');
  });

  it('refuses stories that would clash, name a missing buyer or escape their name', async () => {
    expect(await refusal(text(makePack('x', [{ ...good, id: '../../etc' }])))).toContain('conversation 1, id: a story id is lower-case letters');
    expect(await refusal(text(makePack('x', [{ ...good, id: 'first-meeting' }])))).toContain('has the name of a conversation that ships with the game');
    expect(await refusal(text(makePack('x', [good, good])))).toContain('appears twice in the pack');
    const stranger = { ...good, fileTags: [...good.fileTags, 'persona: zelda_moss'] };
    expect(await refusal(text(makePack('x', [stranger])))).toContain('written for persona "zelda_moss"');
    const foreign = { ...good, fileTags: ['title: Foreign', 'colour: red'] };
    expect(await refusal(text(makePack('x', [foreign])))).toContain('unknown file tag key "colour"');
  });

  it('refuses a story that does not play: damaged JSON, or a loop before the first choice', async () => {
    expect(await refusal(text(makePack('x', [{ ...good, json: '{"inkVersion": 21, "root": ' }])))).toContain('does not play');
    const looping = fixture('endless-loop.ink');
    const runaway = { ...good, id: 'loop', json: looping.json, fileTags: ['title: Loop', 'stage: discovery'] };
    expect(await refusal(text(makePack('x', [runaway])))).toMatch(/"The Pilot Review" \(loop\) does not play: .*without a choice/);
  });

  it('reads a pack with hostile keys to exactly the pack without them (the reader itself is tested in safe-json.test.ts)', async () => {
    const clean = text(makePack('x', [good]));
    const hostile = clean.replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"');
    expect(await readPack(hostile, PERSONAS, SHIPPED)).toEqual(await readPack(clean, PERSONAS, SHIPPED));
  });
});

describe('a story pack refused at the door', () => {
  const thrown = async (raw: string) => {
    try {
      await readPack(raw, PERSONAS, SHIPPED);
    } catch (error) {
      return error as Error;
    }
    throw new Error('accepted');
  };

  it('is refused as a PackError, a reason to show, not a crash', async () => {
    expect(await thrown('not json')).toMatchObject({ name: 'PackError', message: 'the file is not a story pack: it is not JSON' });
  });

  it('when it is JSON but not a pack (an object without the format, null, a list, a string, a number), says exactly that', async () => {
    for (const raw of [text({ hello: 'world' }), 'null', '[]', '"the-long-game/story-pack"', '42']) {
      expect(await refusal(raw), raw).toBe('this is not a story pack from The Long Game');
    }
  });

  it('may be exactly 4 MB; one character more is refused, saying how large it is', async () => {
    expect(await refusal(' '.repeat(MAX_PACK_BYTES))).toBe('the file is not a story pack: it is not JSON');
    expect(await refusal(' '.repeat(MAX_PACK_BYTES + 1))).toBe('the file is 4096 KB; a story pack may be at most 4 MB');
  });

  it('names the conversation at fault by its place in the pack, from 1, past 9 too', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ...good, id: `pilot-${i + 1}` }));
    many[10] = { ...good, id: 'Pilot Eleven' };
    expect(await refusal(text(makePack('x', many)))).toBe('conversation 11, id: a story id is lower-case letters, digits, "-" and "_"');
    expect(await refusal(text(makePack('x', [5 as unknown as PackStory])))).toBe('conversation 1: Invalid type: Expected Object but received 5');
  });

  it('trims invisible ends from the pack name and titles, and refuses a name with nothing visible', async () => {
    const pack = await readPack(text(makePack('\u202E\u200BThe Pilot Review ', [{ ...good, title: '\uFEFFThe Pilot Review\u200E' }])), PERSONAS, SHIPPED);
    expect(pack.name).toBe('The Pilot Review');
    expect(pack.stories[0]!.title).toBe('The Pilot Review');
    expect(await refusal(text(makePack('\u200B\u200B\u200B', [good])))).toBe('the pack has no name with a visible character in it');
    expect(await refusal(text(makePack('x', [{ ...good, title: '\u00AD' }])))).toBe('conversation 1, title: it has no visible character');
  });

  it('calls complete but deeply nested JSON too deep, not "not JSON"', async () => {
    expect(await refusal(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe('the file is not a story pack: its data is nested more than 64 levels deep');
  });

  it('needs a stage or an event: an event alone will do, neither is refused', async () => {
    const event = { ...good, fileTags: ['title: The Pilot Review', 'event: referral-ask'] };
    expect(await refusal(text(makePack('x', [event])))).toBe('accepted');
    const neither = { ...good, fileTags: ['title: The Pilot Review'] };
    expect(await refusal(text(makePack('x', [neither])))).toBe('"The Pilot Review" (pilot-review) has neither a stage nor an event tag');
  });
});

describe('a pack is opened as a first meeting, within a budget of work', () => {
  /** A story compiled from ink source, the contract included unless told otherwise. */
  const inkStory = (id: string, body: string, withContract = true) =>
    packStoryFrom(`${withContract ? 'INCLUDE include/contract.ink\n' : ''}# title: ${id}\n# stage: discovery\n${body}`, id, id);
  const choice = '* [Listen] # move: relate # principle: other-focus\n  -> END\n* [Close] # move: close\n  -> END';
  /** A first turn that counts to `n` before its choice, writing nothing as it goes: 28 steps of ink a pass. */
  const counting = (id: string, n: number) => inkStory(id, `~ temp i = 0\n- (again)\n~ i = i + 1\n{ i < ${n}:\n  -> again\n}\nShe waits.\n${choice}`);

  it('refuses a story without the contract, naming what it lacks, before anyone plays it', async () => {
    const bare = inkStory('bare', `Hello.\n${choice}`, false);
    expect(await refusal(text(makePack('x', [bare])))).toBe(
      '"bare" (bare) does not play: the story does not declare meter "credibility" (is the contract included?)',
    );
  });

  it('accepts a story that counts a while, and refuses one whose first turn takes more than its 20,000 steps', async () => {
    expect(await refusal(text(makePack('x', [counting('patient', 500)])))).toBe('accepted');
    expect(await refusal(text(makePack('x', [counting('stubborn', 10_000)])))).toMatch(
      /^"stubborn" \(stubborn\) does not play: Story "stubborn" took more than 20000 steps of work without a choice/,
    );
  });

  it('counts the whole pack against 200,000 steps, so many slow stories are refused whatever the machine', async () => {
    // Each story is accepted alone (about 14,000 steps); 40 of them would need about 560,000.
    const slow = Array.from({ length: 40 }, (_, i) => counting(`slow-${i + 1}`, 500));
    expect(await refusal(text(makePack('x', [slow[0]!])))).toBe('accepted');
    expect(await refusal(text(makePack('x', slow)))).toBe('the pack takes more than 200,000 steps of ink to open; "slow-15" (slow-15) is where it ran out: split the pack');
    // Forty compilations and fifteen long first turns: seconds of work on a busy two-core machine, not a hang.
  }, 30_000);

  it('refuses a string bomb at once, naming the bound it broke', async () => {
    const bomb = inkStory('bomb', 'VAR s = "x"\n~ temp i = 0\n- (again)\n~ s = s + s\n~ i = i + 1\n{ i < 26: -> again }\n{s}\n' + choice);
    expect(await refusal(text(makePack('x', [bomb])))).toMatch(/^"bomb" \(bomb\) does not play: Story "bomb" built a text longer than 20000 characters/);
  });
});

describe("a desk file's name, judged as the pack will judge it", () => {
  it('passes a name of lower-case letters, digits, "-" and "_"', () => {
    expect(packNameProblem('pilot-review.ink', SHIPPED)).toBeNull();
    expect(packNameProblem('q3_renewal-2.ink', SHIPPED)).toBeNull();
  });

  it('names a file the pack would refuse, with a name it would take', () => {
    expect(packNameProblem('My Meeting.ink', SHIPPED)).toBe('"My Meeting.ink" cannot go in a story pack: a file\'s name must be lower-case letters, digits, "-" and "_" (for example "my-meeting.ink")');
    expect(packNameProblem('Pilot.INK', SHIPPED)).toBe('"Pilot.INK" cannot go in a story pack: a file\'s name must be lower-case letters, digits, "-" and "_" (for example "pilot-ink.ink")');
    expect(packNameProblem('???.ink', SHIPPED)).toContain('(for example "my-conversation.ink")');
    expect(packNameProblem('first-meeting.ink', SHIPPED)).toBe('"first-meeting.ink" cannot go in a story pack: a conversation of that name ships with the game; rename the file');
  });
});
