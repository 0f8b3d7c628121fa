/**
 * A save's envelope read back: whole, or exactly what is wrong with it
 * (damaged, cut short, foreign, from a newer game, a record that does not fit),
 * with hostile keys changing nothing. The two slots and the pointer are
 * proved in the browser, on real storage (tests/e2e/saves.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine/bots/tournament';
import { CampaignSession } from '../../src/engine/model/session';
import type { CampaignRecord } from '../../src/engine/model/session';
import { CampaignRecordSchema } from '../../src/platform/record-schema';
import { SAVE_VERSION, SaveStore, checksum, storiesPlayed } from '../../src/platform/save-store';
import { loadWorld } from '../../scripts/lib/world';

const { world, lookup } = loadWorld();
const session = runCampaign('advisor', { seed: 3, quarters: 2, returnLikelihood: 0.85 }, world, lookup);
const store = new SaveStore<CampaignRecord>('campaign', CampaignRecordSchema, 'campaign');
const stories = storiesPlayed([session.record]);
const good = store.envelope(session.record, stories);
const problem = (text: string) => {
  const result = store.parse(text);
  return 'payload' in result ? 'read' : `${result.kind}: ${result.message}`;
};

describe('a save', () => {
  it('carries its schema version, build, story hashes and checksum, and reads back to the same record', () => {
    const envelope = JSON.parse(good);
    expect(envelope).toMatchObject({ format: 'the-long-game/save', kind: 'campaign', version: SAVE_VERSION, stories });
    expect(envelope.checksum).toBe(checksum(JSON.stringify(session.record)));
    const read = store.parse(good);
    if (!('payload' in read)) throw new Error(read.message);
    expect(read.payload).toEqual(session.record);
    expect(CampaignSession.replay(read.payload, world, lookup).state.results).toEqual(session.state.results);
  });

  it('says what is wrong with a damaged one', () => {
    expect(problem(good.slice(0, good.length / 2))).toBe('truncated: the save is cut short: it was only partly written');
    expect(problem('\u0000\u0001garbage')).toBe('corrupt: the save is not readable: its text is damaged');
    expect(problem(good.replace('"quartersEnded":2', '"quartersEnded":1'))).toBe("corrupt: the save's checksum does not match its contents: it was changed or damaged");
    expect(problem(good.replace(`"version":${SAVE_VERSION}`, '"version":99'))).toMatch(/^future: the save is from a newer version of the game \(save format 99/);
    expect(problem('{"some":"thing else"}')).toBe('foreign: this is not a save from The Long Game');
    expect(problem(good.replace('"kind":"campaign"', '"kind":"team-session"'))).toBe('foreign: this is a team-session save, not a campaign save');
    const badRecord = { ...session.record, quartersEnded: -4 };
    const forged = JSON.stringify({ ...JSON.parse(good), payload: badRecord, checksum: checksum(JSON.stringify(badRecord)) });
    expect(problem(forged)).toBe("invalid: the save's record is damaged at quartersEnded: Invalid value: Expected >=0 but received -4");
  });

  it('reads a save with hostile keys to exactly the record without them (the reader itself is tested in safe-json.test.ts)', () => {
    const clean = store.parse(good);
    const hostile = store.parse(good.replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"'));
    expect('payload' in hostile && hostile.payload).toEqual('payload' in clean && clean.payload);
    const inPayload = store.parse(good.replace('"payload":{', '"payload":{"__proto__":{"quartersEnded":7},'));
    expect('payload' in inPayload && inPayload.payload.quartersEnded).toBe(session.record.quartersEnded);
  });
});

describe('the checksum', () => {
  // Known answers from an independent implementation: Python's zlib.crc32 over
  // the text encoded as UTF-16LE, e.g.
  // python3 -c "import binascii; print(format(binascii.crc32('a'.encode('utf-16-le')), '08x'))"
  it.each([
    ['', '00000000'],
    ['a', '3d3f4819'],
    ['The quick brown fox jumps over the lazy dog', '38282c38'],
    ['Zo\u00eb \u2014 \u00a340k, \u4f1a\u8b70 \u{1F91D}', '3dca395b'],
    ['save 116', '00a5712e'],
  ])('of %j is the CRC-32 of its UTF-16LE bytes, %s', (text, expected) => {
    expect(checksum(text)).toBe(expected);
  });
});

describe('replaying up to a change', () => {
  it('keeps every meeting before the first one a changed conversation no longer fits', () => {
    const record: CampaignRecord = structuredClone(session.record);
    const at = 2;
    record.meetings[at]!.contentHash = 'changed';
    expect(() => CampaignSession.replay(record, world, lookup)).toThrow(/has changed since this game was played/);
    const kept = CampaignSession.replayUpToChange(record, world, lookup);
    expect(kept.record.meetings).toEqual(session.record.meetings.slice(0, at));
    expect(kept.state.quarter).toBe(record.meetings[at]!.quarter);
  });
});

describe('a record that no longer fits', () => {
  it('is a ReplayError naming the meeting, whatever the model objects to (found by the fuzzer)', () => {
    const record: CampaignRecord = structuredClone(session.record);
    record.meetings[1]!.accountId = '<img src=x onerror=alert(1)>';
    expect(() => CampaignSession.replay(record, world, lookup)).toThrow(/^meeting 2 of the record no longer fits this game: no open account/);
    const kept = CampaignSession.replayUpToChange(record, world, lookup);
    expect(kept.record.meetings).toEqual(session.record.meetings.slice(0, 1));
  });
});

describe('a save that is not quite a save', () => {
  it('is foreign when its text is JSON but not an envelope at all: null, a number, a list, a bare string', () => {
    for (const text of ['null', '5', '[]', '"the-long-game/save"']) expect(problem(text), text).toBe('foreign: this is not a save from The Long Game');
  });

  it('is damaged, naming the field, when it says it is a save but its envelope is incomplete or wrong', () => {
    expect(problem('{"format":"the-long-game/save","kind":"campaign"}')).toBe(
      `invalid: the save's envelope is damaged at version: Invalid key: Expected "version" but received undefined`,
    );
    expect(problem(good.replace(/"checksum":"[0-9a-f]{8}"/, '"checksum":"ABCDEF01"'))).toBe(
      `invalid: the save's envelope is damaged at checksum: Invalid format: Expected /^[0-9a-f]{8}$/ but received "ABCDEF01"`,
    );
  });

  it('whose record is not a record at all says so, with no field to name', () => {
    const forged = JSON.stringify({ ...JSON.parse(good), payload: 5, checksum: checksum('5') });
    expect(problem(forged)).toBe("invalid: the save's record is damaged Invalid type: Expected Object but received 5");
  });

  it('read whole is a version-2 save, not one to migrate', () => {
    const read = store.parse(good);
    expect('payload' in read && read.legacy).toBe(false);
  });
});
