// @vitest-environment jsdom
/**
 * Where a player is in a practice conversation, kept in this tab's real
 * sessionStorage (jsdom's, with a browser's quota and errors) so a reload puts
 * them back: kept for the conversation being practised and read back whole,
 * never handed to another conversation; a damaged or hostile stored place
 * loses only what cannot be a choice; full or switched-off storage never
 * stops the conversation, it only means the place is not kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChoiceRecord } from '../../src/engine/narrative/runner';
import { loadPractice, savePractice } from '../../src/platform/practice-store';
import { emptyFiller, fillStorage, withStorageSwitchedOff } from '../helpers/browser-storage';

/** Where every build has kept it: a reload onto a rebuilt page (a trainer's live reload) must find it. */
const KEY = 'the-long-game:practice';

const pick = (index: number, text: string): ChoiceRecord => ({ storyId: 'pilot-review', contentHash: '0123456789abcdef', index, text });
const log = [pick(1, 'Ask what the third site is doing differently'), pick(0, 'Offer to train the night shift yourself')];

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('the practice place', () => {
  it('is nothing before any choice is made', () => {
    expect(loadPractice('pilot-review')).toEqual([]);
  });

  it('reads back whole for the conversation it was kept for, in this tab only', () => {
    savePractice('pilot-review', log);
    expect(loadPractice('pilot-review')).toEqual(log);
    expect(localStorage.length).toBe(0);
  });

  it('is found where the page before the reload kept it', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ storyId: 'pilot-review', log }));
    expect(loadPractice('pilot-review')).toEqual(log);
  });

  it('is never handed to another conversation: practising a second one starts it from the beginning', () => {
    savePractice('pilot-review', log);
    expect(loadPractice('night-shift')).toEqual([]);
    expect(loadPractice('pilot-review')).toEqual(log);
  });

  it('follows the conversation being practised: the last one kept is the one a reload returns to', () => {
    savePractice('pilot-review', log);
    savePractice('night-shift', [pick(2, 'Say nothing yet')]);
    expect(loadPractice('night-shift')).toEqual([pick(2, 'Say nothing yet')]);
    expect(loadPractice('pilot-review')).toEqual([]);
  });

  it('is kept when stepped back to the start (an empty list of choices)', () => {
    savePractice('pilot-review', log);
    savePractice('pilot-review', []);
    expect(loadPractice('pilot-review')).toEqual([]);
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).toEqual({ storyId: 'pilot-review', log: [] });
  });
});

describe('a damaged or hostile stored place', () => {
  it.each([
    ['text that is not JSON', '{"storyId":"pilot-review","log":['],
    ['null', 'null'],
    ['a place with no conversation named', JSON.stringify({ log })],
    ['a list of choices that is not a list', JSON.stringify({ storyId: 'pilot-review', log: { 0: log[0] } })],
    ['a list of choices that is a string', JSON.stringify({ storyId: 'pilot-review', log: 'Ask what the third site is doing differently' })],
  ])('starts the conversation from the beginning when it is %s', (_, text) => {
    sessionStorage.setItem(KEY, text);
    expect(loadPractice('pilot-review')).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['an index that is not whole', { ...log[0], index: 1.5 }],
    ['an index written as text', { ...log[0], index: '1' }],
    ['no index', { text: 'Ask about the budget' }],
    ['text that is a number', { ...log[0], text: 42 }],
    ['no text', { index: 0 }],
    ['null', null],
    ['a bare number', 3],
    ['a bare string', 'Ask about the budget'],
  ])('drops a choice with %s and keeps the others', (_, bad) => {
    sessionStorage.setItem(KEY, JSON.stringify({ storyId: 'pilot-review', log: [log[0], bad, log[1]] }));
    expect(loadPractice('pilot-review')).toEqual(log);
  });

  it('with keys that could reach a prototype reads to exactly the choices without them', () => {
    const hostile = JSON.stringify({ storyId: 'pilot-review', log }).replace(
      '{"storyId":"pilot-review","contentHash"',
      '{"__proto__":{"index":5},"constructor":{"prototype":{"index":5}},"prototype":{"index":5},"storyId":"pilot-review","contentHash"',
    );
    expect(hostile).toContain('"prototype":{"index":5},"storyId"');
    sessionStorage.setItem(KEY, hostile);
    const read = loadPractice('pilot-review');
    expect(read).toEqual(log);
    expect(Object.keys(read[0]!).sort()).toEqual(['contentHash', 'index', 'storyId', 'text']);
  });
});

describe('full or switched-off storage', () => {
  it('never stops the conversation; a reload returns to the last place that fitted', () => {
    savePractice('pilot-review', log.slice(0, 1));
    fillStorage(sessionStorage);
    const longer = [...log, ...Array.from({ length: 20 }, (_, i) => pick(0, `Keep listening (${i + 1})`))];
    expect(() => savePractice('pilot-review', longer)).not.toThrow();
    expect(loadPractice('pilot-review')).toEqual(log.slice(0, 1));
    emptyFiller(sessionStorage);
    savePractice('pilot-review', longer);
    expect(loadPractice('pilot-review')).toEqual(longer);
  });

  it('keeps no place, and reports none, while the browser will not open storage', () => {
    withStorageSwitchedOff(() => {
      expect(() => sessionStorage.getItem(KEY)).toThrow(expect.objectContaining({ name: 'SecurityError' }));
      expect(() => savePractice('pilot-review', log)).not.toThrow();
      expect(loadPractice('pilot-review')).toEqual([]);
    });
    expect(loadPractice('pilot-review')).toEqual([]);
  });
});
