// @vitest-environment jsdom
/**
 * Conversations a facilitator imported from story packs, kept in the
 * browser's storage so they are there next time. Checked on real Web Storage
 * (jsdom's, with a browser's quota and errors), not a stand-in: what is
 * imported reads back whole; a re-imported conversation replaces its old copy
 * and leaves the others; a damaged or hostile stored list loses only its bad
 * entries and says it was damaged; a pack that does not fit is refused,
 * saying how much, with what was kept before still there; storage switched
 * off reads as nothing imported, not as damage; forgetting removes the
 * imported conversations and nothing else.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ImportedStory, forgetImported, importedShelf, replacedBy, storeImported } from '../../src/platform/imported-stories';
import { fillStorage, withStorageSwitchedOff } from '../helpers/browser-storage';

/** Where every build has kept them: a newer build must find what an older one stored. */
const KEY = 'the-long-game:imported-stories';

const story = (id: string, changes: Partial<ImportedStory> = {}): ImportedStory => ({
  id,
  hash: '0123456789abcdef',
  json: '{"inkVersion":21,"root":[["^Hello.","\\n","done",null],null],"listDefs":{}}',
  fileTags: ['title: The Pilot Review', 'stage: value'],
  title: 'The Pilot Review',
  pack: 'Spring cohort',
  importedAt: '2026-11-02T10:00:00.000Z',
  ...changes,
});

const pilot = story('pilot-review');
const night = story('night-shift', { title: 'The Night Shift', fileTags: ['title: The Night Shift', 'stage: discovery'] });
const renewal = story('renewal', { title: 'The Renewal', pack: 'Autumn cohort' });

beforeEach(() => {
  localStorage.clear();
});

describe('imported conversations', () => {
  it('are none, and nothing is called damaged, before anything is imported', () => {
    expect(importedShelf()).toEqual({ stories: [], damaged: false });
  });

  it('are kept and read back whole, in the order they were imported', () => {
    expect(storeImported([pilot, night])).toBeNull();
    expect(importedShelf()).toEqual({ stories: [pilot, night], damaged: false });
  });

  it('are found where an earlier visit kept them, and kept there for the next', () => {
    localStorage.setItem(KEY, JSON.stringify([pilot]));
    expect(importedShelf()).toEqual({ stories: [pilot], damaged: false });
    expect(storeImported([night])).toBeNull();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([pilot, night]);
  });

  it('grow with each import; a conversation imported again replaces its old copy and leaves the others', () => {
    storeImported([pilot, night]);
    const revised = story('pilot-review', { title: 'The Pilot Review, revised', hash: 'fedcba9876543210', pack: 'Autumn cohort' });
    expect(storeImported([revised, renewal])).toBeNull();
    expect(importedShelf()).toEqual({ stories: [night, revised, renewal], damaged: false });
  });
});

describe('a pack that would replace conversations imported before', () => {
  it('names those with the same id and other content, so the facilitator is asked first', () => {
    storeImported([pilot, night, renewal]);
    const newer = { id: 'night-shift', hash: 'fedcba9876543210' };
    const same = { id: 'pilot-review', hash: pilot.hash };
    const fresh = { id: 'budget-freeze', hash: 'aaaaaaaaaaaaaaaa' };
    expect(replacedBy([newer, same, fresh])).toEqual([night]);
    // The same content again replaces nothing anyone could lose.
    expect(replacedBy([same])).toEqual([]);
    expect(replacedBy([fresh])).toEqual([]);
  });

  it('names nothing when nothing is imported', () => {
    expect(replacedBy([{ id: 'pilot-review', hash: 'fedcba9876543210' }])).toEqual([]);
  });
});

describe('a damaged or hostile stored list', () => {
  it.each([
    ['text that is not JSON', '[{"id":"pilot-review",'],
    ['JSON that is not a list', JSON.stringify({ stories: [pilot] })],
    ['a bare string', JSON.stringify('pilot-review')],
    ['null', 'null'],
  ])('reads as nothing imported, and damaged, when it is %s', (_, text) => {
    localStorage.setItem(KEY, text);
    expect(importedShelf()).toEqual({ stories: [], damaged: true });
  });

  const { id: _id, ...withoutId } = pilot;
  const { title: _title, ...withoutTitle } = pilot;
  it.each<[string, unknown]>([
    ['no id', withoutId],
    ['a content hash that is a number', { ...pilot, hash: 12345678 }],
    ['compiled ink that is an object, not text', { ...pilot, json: { inkVersion: 21 } }],
    ['no title', withoutTitle],
    ['a pack name that is null', { ...pilot, pack: null }],
    ['an import time that is a number', { ...pilot, importedAt: 1762077600000 }],
    ['file tags that are one string, not a list', { ...pilot, fileTags: 'stage: value' }],
    ['a file tag that is a number', { ...pilot, fileTags: ['title: The Pilot Review', 7] }],
    ['null in place of a conversation', null],
    ['a string in place of a conversation', 'pilot-review'],
  ])('drops an entry with %s, keeps the good ones around it, and says it was damaged', (_, bad) => {
    localStorage.setItem(KEY, JSON.stringify([night, bad, renewal]));
    expect(importedShelf()).toEqual({ stories: [night, renewal], damaged: true });
  });

  it('is mended by the next import: the good conversations stay, the damaged entries go', () => {
    localStorage.setItem(KEY, JSON.stringify([night, { ...pilot, json: null }]));
    expect(storeImported([renewal])).toBeNull();
    expect(importedShelf()).toEqual({ stories: [night, renewal], damaged: false });
  });

  it('with keys that could reach a prototype reads to exactly the conversations without them', () => {
    const hostile = JSON.stringify([night, pilot]).replace(
      '{"id":"pilot-review"',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"id":"pilot-review"',
    );
    expect(hostile).toContain('"prototype":{"polluted":true},"id"');
    localStorage.setItem(KEY, hostile);
    const shelf = importedShelf();
    expect(shelf).toEqual({ stories: [night, pilot], damaged: false });
    expect(Object.keys(shelf.stories[1]!).sort()).toEqual(Object.keys(pilot).sort());
  });
});

describe('storage full or switched off', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('refuses a pack that does not fit, saying how much it was, and keeps what was imported before', () => {
    expect(storeImported([night])).toBeNull();
    fillStorage(localStorage);
    // 100 KB of compiled ink, less room for the rest of the two entries (about 0.4 KB): "100 KB" either way.
    const large = story('large', { json: 'x'.repeat(100 * 1024 - 300) });
    expect(storeImported([large])).toBe(
      'this browser would not keep 100 KB of conversations (its storage is full or switched off)',
    );
    expect(importedShelf()).toEqual({ stories: [night], damaged: false });
  });

  it('reads as nothing imported, not as damage, while the browser will not open storage; nothing kept is lost', () => {
    storeImported([night]);
    withStorageSwitchedOff(() => {
      expect(() => localStorage.getItem(KEY)).toThrow(expect.objectContaining({ name: 'SecurityError' }));
      expect(importedShelf()).toEqual({ stories: [], damaged: false });
      expect(storeImported([renewal])).toMatch(/^this browser would not keep \d+ KB of conversations \(its storage is full or switched off\)$/);
      expect(() => forgetImported()).not.toThrow();
    });
    expect(importedShelf()).toEqual({ stories: [night], damaged: false });
  });
});

describe('forgetting imported conversations', () => {
  it('removes every one of them and nothing else the game keeps', () => {
    localStorage.setItem('the-long-game:campaign.current', 'a');
    localStorage.setItem('the-long-game:volume', '0.6');
    storeImported([pilot, night]);
    forgetImported();
    expect(importedShelf()).toEqual({ stories: [], damaged: false });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem('the-long-game:campaign.current')).toBe('a');
    expect(localStorage.getItem('the-long-game:volume')).toBe('0.6');
  });

  it('clears a damaged list too, so the game stops warning about it', () => {
    localStorage.setItem(KEY, 'not a list');
    expect(importedShelf().damaged).toBe(true);
    forgetImported();
    expect(importedShelf()).toEqual({ stories: [], damaged: false });
  });
});
