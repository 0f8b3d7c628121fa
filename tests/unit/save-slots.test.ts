// @vitest-environment jsdom
/**
 * The campaign save on real Web Storage (jsdom's localStorage, with a
 * browser's quota and errors): two slots behind a pointer. Each save goes to
 * the slot the pointer does not name, so the save before it stays as a backup
 * that is offered when the newest is damaged; a save that does not fit is
 * refused and the last good one stays current; forgetting the save leaves
 * none of it in storage; a save from before envelopes (version 1) is still
 * read, and says what is wrong with it when it is damaged. The keys are named
 * by hand: they are where every build has kept the save, so a new build must
 * find what an older one wrote.
 */
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CampaignRecord } from '../../src/engine/model/session';
import { CampaignRecordSchema } from '../../src/platform/record-schema';
import { BUILD_ID, type SaveRead, SaveStore } from '../../src/platform/save-store';
import { emptyFiller, fillStorage } from '../helpers/browser-storage';

const POINTER = 'the-long-game:campaign.current';
const SLOT = { a: 'the-long-game:campaign.slot-a', b: 'the-long-game:campaign.slot-b' };
/** Where a version-1 build kept the bare record. */
const VERSION_1 = 'the-long-game:campaign';

const store = () => new SaveStore<CampaignRecord>('campaign', CampaignRecordSchema, 'campaign');

/** A campaign `n` choices into its first meeting. */
const record = (n: number): CampaignRecord => ({
  version: 1,
  settings: { seed: 7, quarters: 2, returnLikelihood: 0.85 },
  meetings: [
    {
      quarter: 1,
      accountId: 'a1',
      storyId: 'first-meeting',
      contentHash: '5e1f0c2a',
      choices: Array.from({ length: n }, (_, i) => ({ index: i % 2, text: `Choice ${i + 1}` })),
      finished: false,
    },
  ],
  quartersEnded: 0,
});
const stories = { 'first-meeting': '5e1f0c2a' };

/** The record a read gives back, or what it says is wrong. */
const payloadOf = (read: SaveRead<CampaignRecord>) => (read.state === 'ok' ? read.save.payload : read.state === 'empty' ? 'empty' : `${read.kind}: ${read.message}`);
const currentSlot = () => localStorage.getItem(POINTER) as 'a' | 'b';
const damageCurrent = (text = '{"format":"the-long-game/save","kind":"camp') => localStorage.setItem(SLOT[currentSlot()], text);

beforeEach(() => {
  localStorage.clear();
});

describe('the campaign save, in two slots behind a pointer', () => {
  it('is empty before the first save', () => {
    expect(store().read()).toEqual({ state: 'empty' });
  });

  it('reads back the newest save whole: the record, the conversations it depends on, the build and when', () => {
    const saves = store();
    expect(saves.put(record(1), stories)).toBe(true);
    expect(saves.put(record(2), stories)).toBe(true);
    const read = store().read();
    expect(read).toEqual({
      state: 'ok',
      save: { payload: record(2), stories, build: BUILD_ID, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), legacy: false },
    });
  });

  it('puts each save in the other slot, so the one before it is still there', () => {
    const saves = store();
    for (let n = 1; n <= 3; n++) {
      const before = currentSlot();
      const earlier = before ? localStorage.getItem(SLOT[before]) : null;
      expect(saves.put(record(n), stories)).toBe(true);
      expect(['a', 'b']).toContain(currentSlot());
      expect(currentSlot()).not.toBe(before);
      if (earlier) expect(localStorage.getItem(SLOT[before!])).toBe(earlier);
      expect(payloadOf(saves.read())).toEqual(record(n));
    }
  });

  it('offers the save before as a backup when the newest is damaged, whichever slot holds it', () => {
    const saves = store();
    for (let n = 1; n <= 4; n++) {
      saves.put(record(n), stories);
      if (n === 1) continue;
      const good = localStorage.getItem(SLOT[currentSlot()])!;
      damageCurrent();
      const read = saves.read();
      expect(read).toMatchObject({
        state: 'problem',
        kind: 'truncated',
        message: 'the save is cut short: it was only partly written',
        raw: '{"format":"the-long-game/save","kind":"camp',
      });
      expect(read.state === 'problem' && read.backup?.payload).toEqual(record(n - 1));
      localStorage.setItem(SLOT[currentSlot()], good);
    }
  });

  it('offers no backup when there is no save before the damaged one, or that one is damaged too', () => {
    const saves = store();
    saves.put(record(1), stories);
    damageCurrent('\u0000\u0001garbage');
    expect(saves.read()).toEqual({ state: 'problem', kind: 'corrupt', message: 'the save is not readable: its text is damaged', raw: '\u0000\u0001garbage', backup: null });
    saves.put(record(2), stories);
    damageCurrent();
    expect(saves.read()).toMatchObject({ state: 'problem', kind: 'truncated', backup: null });
  });

  it('says the save is damaged, offering the backup, when the slot the pointer names holds nothing', () => {
    const saves = store();
    saves.put(record(1), stories);
    saves.put(record(2), stories);
    localStorage.removeItem(SLOT[currentSlot()]);
    const read = saves.read();
    expect(read).toMatchObject({ state: 'problem', kind: 'corrupt', raw: '' });
    expect(read.state === 'problem' && read.backup?.payload).toEqual(record(1));
  });

  it('reads a pointer that names no slot as no save, and saves anew over it', () => {
    localStorage.setItem(POINTER, 'c');
    localStorage.setItem('the-long-game:campaign.slot-c', store().envelope(record(1), stories));
    expect(store().read()).toEqual({ state: 'empty' });
    expect(store().put(record(2), stories)).toBe(true);
    expect(payloadOf(store().read())).toEqual(record(2));
  });
});

describe('a damaged pointer in front of good slots', () => {
  /** A save's text as written at `savedAt`. */
  const savedAt = (n: number, when: string) => JSON.stringify({ ...JSON.parse(store().envelope(record(n), stories)), savedAt: when });

  it.each(['x', '', 'slot-a', 'A'])('recovers the newer whole save when the pointer reads %j, whichever slot holds it', (pointer) => {
    localStorage.setItem(SLOT.a, savedAt(3, '2026-12-05T10:00:02.000Z'));
    localStorage.setItem(SLOT.b, savedAt(2, '2026-12-05T10:00:01.000Z'));
    localStorage.setItem(POINTER, pointer);
    expect(payloadOf(store().read())).toEqual(record(3));
    localStorage.setItem(SLOT.a, savedAt(2, '2026-12-05T10:00:01.000Z'));
    localStorage.setItem(SLOT.b, savedAt(3, '2026-12-05T10:00:02.000Z'));
    expect(payloadOf(store().read())).toEqual(record(3));
  });

  it('skips a damaged slot, and saves next into the other slot, keeping the recovered save as the backup', () => {
    localStorage.setItem(SLOT.a, savedAt(3, '2026-12-05T10:00:02.000Z'));
    localStorage.setItem(SLOT.b, '{"format":"the-long-game/save","kind":"camp');
    localStorage.setItem(POINTER, 'x');
    expect(payloadOf(store().read())).toEqual(record(3));
    expect(store().put(record(4), stories)).toBe(true);
    expect(localStorage.getItem(POINTER)).toBe('b');
    expect(JSON.parse(localStorage.getItem(SLOT.a)!).payload).toEqual(record(3));
    expect(payloadOf(store().read())).toEqual(record(4));
  });
});

describe('a save that does not fit', () => {
  it('is refused, and the last good save stays current; saving works again once there is room', () => {
    const saves = store();
    expect(saves.put(record(1), stories)).toBe(true);
    expect(saves.put(record(2), stories)).toBe(true);
    const pointer = currentSlot();
    fillStorage(localStorage);
    expect(saves.put(record(3), stories)).toBe(false);
    expect(currentSlot()).toBe(pointer);
    expect(payloadOf(saves.read())).toEqual(record(2));
    // The backup is untouched too: damage the current save and the one before it is offered.
    const current = localStorage.getItem(SLOT[pointer])!;
    damageCurrent();
    const read = saves.read();
    expect(read.state === 'problem' && read.backup?.payload).toEqual(record(1));
    localStorage.setItem(SLOT[pointer], current);
    emptyFiller(localStorage);
    expect(saves.put(record(3), stories)).toBe(true);
    expect(payloadOf(saves.read())).toEqual(record(3));
  });
});

describe('forgetting the save', () => {
  it('leaves nothing of it, or of a version-1 save, in storage: every key it used is empty', () => {
    localStorage.setItem(VERSION_1, JSON.stringify(record(1)));
    const saves = store();
    saves.put(record(2), stories);
    saves.put(record(3), stories);
    saves.clear();
    expect(saves.read()).toEqual({ state: 'empty' });
    expect({ ...localStorage }).toEqual({ [POINTER]: '', [SLOT.a]: '', [SLOT.b]: '', [VERSION_1]: '' });
    expect(saves.put(record(4), stories)).toBe(true);
    expect(payloadOf(saves.read())).toEqual(record(4));
  });

  it('touches only its own keys when the kind of save never had a version 1', () => {
    const drill = new SaveStore<number>('drill', v.number());
    drill.put(3, {});
    drill.clear();
    expect({ ...localStorage }).toEqual({ 'the-long-game:drill.current': '', 'the-long-game:drill.slot-a': '', 'the-long-game:drill.slot-b': '' });
    expect(drill.read()).toEqual({ state: 'empty' });
  });
});

describe('a save from before envelopes (version 1: the bare record)', () => {
  it('is read, marked as needing to be replayed and saved anew', () => {
    localStorage.setItem(VERSION_1, JSON.stringify(record(2)));
    expect(store().read()).toEqual({ state: 'ok', save: { payload: record(2), stories: {}, build: 'before version 2', savedAt: null, legacy: true } });
  });

  it('gives way to the new save once the game has saved', () => {
    localStorage.setItem(VERSION_1, JSON.stringify(record(2)));
    store().put(record(3), stories);
    expect(store().read()).toMatchObject({ state: 'ok', save: { payload: record(3), legacy: false } });
  });

  it('is no save when its key is empty (as forgetting leaves it)', () => {
    localStorage.setItem(VERSION_1, '');
    expect(store().read()).toEqual({ state: 'empty' });
  });

  it('says its text is damaged, offering that text and no backup', () => {
    localStorage.setItem(VERSION_1, '{"version":1,"settings":');
    expect(store().read()).toEqual({
      state: 'problem',
      kind: 'corrupt',
      message: 'the save is not readable: its text is damaged',
      raw: '{"version":1,"settings":',
      backup: null,
    });
  });

  it('says where its record is damaged', () => {
    const text = JSON.stringify({ ...record(2), quartersEnded: -1 });
    localStorage.setItem(VERSION_1, text);
    expect(store().read()).toEqual({
      state: 'problem',
      kind: 'invalid',
      message: "the save's record is damaged at quartersEnded: Invalid value: Expected >=0 but received -1",
      raw: text,
      backup: null,
    });
  });
});
