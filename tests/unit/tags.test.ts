import { describe, expect, it } from 'vitest';
import { readFileTags } from '../../src/engine/narrative/compile';
import { isKeyOf, keysFor, parseTags, splitTag } from '../../src/engine/narrative/tags';

describe('tag grammar', () => {
  it('splits "key: value" and trims both sides', () => {
    expect(splitTag('  mood :  warm ')).toEqual({ key: 'mood', value: 'warm' });
    expect(splitTag('discuss: Was that fair: really?')).toEqual({ key: 'discuss', value: 'Was that fair: really?' });
  });

  it('rejects tags that are not "key: value"', () => {
    expect(splitTag('warm')).toBeNull();
    expect(splitTag('Mood: warm')).toBeNull();
    const { tags, problems } = parseTags(['warm'], 'line');
    expect(tags).toEqual({});
    expect(problems).toEqual([{ tag: 'warm', message: 'tag "warm" is not of the form "key: value"' }]);
  });

  it('parses line tags into typed values', () => {
    const { tags, problems } = parseTags(['speaker: buyer', 'mood: guarded', 'sfx: phone-buzz', 'discuss: Why now?'], 'line');
    expect(problems).toEqual([]);
    expect(tags).toEqual({ speaker: 'buyer', mood: 'guarded', sfx: 'phone-buzz', discuss: 'Why now?' });
  });

  it('parses choice tags and checks move and principle against their closed sets', () => {
    expect(parseTags(['move: relate', 'principle: other-focus'], 'choice')).toEqual({
      tags: { move: 'relate', principle: 'other-focus' },
      problems: [],
    });
    const bad = parseTags(['move: shove', 'principle: charm'], 'choice');
    expect(bad.tags).toEqual({});
    expect(bad.problems.map((p) => p.message)).toEqual([
      '"shove" is not a valid move (one of: close, relate, ask, neutral)',
      '"charm" is not a valid principle (one of: other-focus, collaboration, long-term, transparency)',
    ]);
  });

  it('names the allowed keys when a key is unknown at its place', () => {
    const { problems } = parseTags(['move: close'], 'line');
    expect(problems[0]?.message).toBe('unknown line tag key "move" (allowed: speaker, mood, sfx, discuss)');
  });

  it('reports empty values and repeated keys', () => {
    const { tags, problems } = parseTags(['mood:', 'speaker: buyer', 'speaker: you'], 'line');
    expect(tags).toEqual({ speaker: 'buyer' });
    expect(problems.map((p) => p.message)).toEqual(['tag "mood" has no value', 'tag "speaker" appears twice']);
  });

  it('treats keys that look like object internals as unknown', () => {
    const { tags, problems } = parseTags(['constructor: x', 'hasOwnProperty: y'], 'line');
    expect(tags).toEqual({});
    expect(problems.map((p) => p.message)).toEqual([
      'unknown line tag key "constructor" (allowed: speaker, mood, sfx, discuss)',
      // keys are lower-case, so this is not a key at all
      'tag "hasOwnProperty: y" is not of the form "key: value"',
    ]);
  });

  it('answers whether a key belongs at a place, and no for keys of other places or object internals', () => {
    expect(isKeyOf('line', 'mood')).toBe(true);
    expect(isKeyOf('choice', 'principle')).toBe(true);
    expect(isKeyOf('persona', 'temperament')).toBe(true);
    expect(isKeyOf('line', 'move')).toBe(false);
    expect(isKeyOf('file', 'constructor')).toBe(false);
  });

  it('reads no tags and no problems when ink gives none', () => {
    expect(parseTags(null, 'line')).toEqual({ tags: {}, problems: [] });
    expect(parseTags(undefined, 'choice')).toEqual({ tags: {}, problems: [] });
  });

  it('keeps the key sets of each place apart', () => {
    const places = ['line', 'choice', 'file', 'persona'] as const;
    const all = places.flatMap((p) => keysFor(p));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('file tags', () => {
  it('reads the tag lines at the top of a file, after INCLUDEs and comments', () => {
    const source = [
      'INCLUDE include/contract.ink',
      '// a comment',
      '/* a block',
      '   comment */',
      '# title: Four Hours a Night',
      '# persona: priya_raman # stage: first-meeting',
      '',
      'Hello. # speaker: buyer',
      '# title: not a file tag any more',
    ].join('\n');
    expect(readFileTags(source)).toEqual(['title: Four Hours a Night', 'persona: priya_raman', 'stage: first-meeting']);
  });

  it('finds none when content comes first', () => {
    expect(readFileTags('Hello.\n# title: late')).toEqual([]);
  });

  it('reads indented tag lines, and passes over lines holding only spaces', () => {
    expect(readFileTags('   \n  # title: Indented\n\t# stage: discovery\nHello.')).toEqual(['title: Indented', 'stage: discovery']);
  });

  it('passes over an INCLUDE only at the start of a line: content that mentions one ends the tags', () => {
    expect(readFileTags('She says INCLUDE twice.\n# title: late')).toEqual([]);
    expect(readFileTags('INCLUDED.\n# title: late')).toEqual([]);
  });

  it('passes over every line of a block comment, however long', () => {
    expect(readFileTags('/* one\n# title: commented out\nthree */\n# title: Real')).toEqual(['title: Real']);
  });
});
