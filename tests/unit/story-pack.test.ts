/**
 * Story packs as a facilitator receives them: a good pack reads back whole;
 * a damaged or hostile one is refused with a reason and changes nothing.
 * The stories are real ink, compiled by the real compiler.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/narrative/compile';
import { MAX_PACK_BYTES, type PackStory, makePack, readPack } from '../../src/platform/writer/story-pack';
import { ROOT, fixture } from '../helpers/stories';

const contract = readFileSync(path.join(ROOT, 'stories/include/contract.ink'), 'utf8');
const PERSONAS = ['priya_raman', 'samuel_okafor'];
const SHIPPED = new Set(['first-meeting']);

function packStory(file: string, id: string): PackStory {
  const source = readFileSync(file, 'utf8');
  const { json, fileTags, diagnostics } = compileInk({ fileName: `${id}.ink`, source, readInclude: () => contract });
  if (json === null) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return {
    id,
    title: 'The Pilot Review',
    hash: '0123456789abcdef',
    fileTags,
    json,
    source,
    check: { choicePoints: 2, paths: 6, endings: 6, walks: 200, temptation: { tempting: 2, of: 2 }, warnings: [] },
  };
}

const good = packStory(path.join(ROOT, 'tests/fixtures/desk/pilot-review.ink'), 'pilot-review');
const text = (value: unknown) => JSON.stringify(value);
const refusal = (raw: string) => {
  try {
    readPack(raw, PERSONAS, SHIPPED);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('story packs', () => {
  it('reads back a pack made from a checked conversation', () => {
    const pack = readPack(text(makePack('The Pilot Review', [good])), PERSONAS, SHIPPED);
    expect(pack.name).toBe('The Pilot Review');
    expect(pack.stories).toHaveLength(1);
    expect(pack.stories[0]).toEqual(good);
  });

  it('refuses what is not a pack, saying what is wrong', () => {
    expect(refusal('<html><script>alert(1)</script>')).toBe('the file is not a story pack: it is not JSON');
    expect(refusal(text({ hello: 'world' }))).toContain('this is not a story pack from The Long Game');
    expect(refusal(text({ ...makePack('x', [good]), version: 2 }))).toContain('story packs of version 1');
    expect(refusal(text(makePack('x', [])))).toContain('the pack holds no conversations');
    expect(refusal(' '.repeat(MAX_PACK_BYTES + 1))).toContain('a story pack may be at most 4 MB');
  });

  it('refuses stories that would clash, name a missing buyer or escape their name', () => {
    expect(refusal(text(makePack('x', [{ ...good, id: '../../etc' }])))).toContain('conversation 1, id: a story id is lower-case letters');
    expect(refusal(text(makePack('x', [{ ...good, id: 'first-meeting' }])))).toContain('has the name of a conversation that ships with the game');
    expect(refusal(text(makePack('x', [good, good])))).toContain('appears twice in the pack');
    const stranger = { ...good, fileTags: [...good.fileTags, 'persona: zelda_moss'] };
    expect(refusal(text(makePack('x', [stranger])))).toContain('written for persona "zelda_moss"');
    const foreign = { ...good, fileTags: ['title: Foreign', 'colour: red'] };
    expect(refusal(text(makePack('x', [foreign])))).toContain('unknown file tag key "colour"');
  });

  it('refuses a story that does not play: damaged JSON, or a loop before the first choice', () => {
    expect(refusal(text(makePack('x', [{ ...good, json: '{"inkVersion": 21, "root": ' }])))).toContain('does not play');
    const looping = fixture('endless-loop.ink');
    const runaway = { ...good, id: 'loop', json: looping.json, fileTags: ['title: Loop', 'stage: discovery'] };
    expect(refusal(text(makePack('x', [runaway])))).toMatch(/"The Pilot Review" \(loop\) does not play: .*without a choice/);
  });

  it('reads a pack with hostile keys to exactly the pack without them (the reader itself is tested in safe-json.test.ts)', () => {
    const clean = text(makePack('x', [good]));
    const hostile = clean.replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"');
    expect(readPack(hostile, PERSONAS, SHIPPED)).toEqual(readPack(clean, PERSONAS, SHIPPED));
  });
});

describe('a story pack refused at the door', () => {
  const thrown = (raw: string) => {
    try {
      readPack(raw, PERSONAS, SHIPPED);
    } catch (error) {
      return error as Error;
    }
    throw new Error('accepted');
  };

  it('is refused as a PackError, a reason to show, not a crash', () => {
    expect(thrown('not json')).toMatchObject({ name: 'PackError', message: 'the file is not a story pack: it is not JSON' });
  });

  it('when it is JSON but not a pack (an object without the format, null, a list, a string, a number), says exactly that', () => {
    for (const raw of [text({ hello: 'world' }), 'null', '[]', '"the-long-game/story-pack"', '42']) {
      expect(refusal(raw), raw).toBe('this is not a story pack from The Long Game');
    }
  });

  it('may be exactly 4 MB; one character more is refused, saying how large it is', () => {
    expect(refusal(' '.repeat(MAX_PACK_BYTES))).toBe('the file is not a story pack: it is not JSON');
    expect(refusal(' '.repeat(MAX_PACK_BYTES + 1))).toBe('the file is 4096 KB; a story pack may be at most 4 MB');
  });

  it('names the conversation at fault by its place in the pack, from 1, past 9 too', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ...good, id: `pilot-${i + 1}` }));
    many[10] = { ...good, id: 'Pilot Eleven' };
    expect(refusal(text(makePack('x', many)))).toBe('conversation 11, id: a story id is lower-case letters, digits, "-" and "_"');
    expect(refusal(text(makePack('x', [5 as unknown as PackStory])))).toBe('conversation 1: Invalid type: Expected Object but received 5');
  });

  it('needs a stage or an event: an event alone will do, neither is refused', () => {
    const event = { ...good, fileTags: ['title: The Pilot Review', 'event: referral-ask'] };
    expect(refusal(text(makePack('x', [event])))).toBe('accepted');
    const neither = { ...good, fileTags: ['title: The Pilot Review'] };
    expect(refusal(text(makePack('x', [neither])))).toBe('"The Pilot Review" (pilot-review) has neither a stage nor an event tag');
  });
});
