/**
 * What storage and people hand back is input: a stored text scale, a session
 * clock's start, a typed or imported name. Each is validated here against
 * values written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { cleanName, isolate } from '../../src/platform/names';
import { MAX_SESSION_MS, TEXT_SCALES, parseSessionStart, parseTextScale, stepTextScale } from '../../src/platform/settings';

describe('a stored text scale', () => {
  it('is read back only as one of the six sizes the buttons step through', () => {
    expect(TEXT_SCALES).toEqual([0.8, 0.9, 1, 1.15, 1.3, 1.5]);
    for (const scale of ['0.8', '0.9', '1', '1.15', '1.3', '1.5']) expect(parseTextScale(scale)).toBe(Number(scale));
  });

  it('falls back to 1 for anything else: huge, negative, between sizes, not a number, missing', () => {
    for (const stored of ['1e9', '-5', '0', '1.2', 'NaN', 'Infinity', '', '  ', 'big', null]) expect(parseTextScale(stored), String(stored)).toBe(1);
  });

  it('steps one size at a time and stops at the ends; a size it does not know steps from 1', () => {
    expect(stepTextScale(1, 1)).toBe(1.15);
    expect(stepTextScale(1, -1)).toBe(0.9);
    expect(stepTextScale(1.5, 1)).toBe(1.5);
    expect(stepTextScale(0.8, -1)).toBe(0.8);
    expect(stepTextScale(1e9, 1)).toBe(1.15);
  });
});

describe("a stored session clock's start", () => {
  const now = 1_800_000_000_000;

  it('is kept when it is a whole time from the last 24 hours, now included', () => {
    expect(parseSessionStart(String(now), now)).toBe(now);
    expect(parseSessionStart(String(now - MAX_SESSION_MS), now)).toBe(now - MAX_SESSION_MS);
    expect(MAX_SESSION_MS).toBe(86_400_000);
  });

  it('is dropped when older, in the future, not a whole number, or missing', () => {
    for (const stored of [String(now - MAX_SESSION_MS - 1), String(now + 1), '1e20', '-1', '12.5', 'soon', null]) {
      expect(parseSessionStart(stored, now), String(stored)).toBeNull();
    }
  });
});

describe('a name', () => {
  it('loses white space and invisible characters at its ends only', () => {
    expect(cleanName('  Harbour  ')).toBe('Harbour');
    expect(cleanName('\uFEFF\u200BHarbour\u200E\u00A0')).toBe('Harbour');
    expect(cleanName('\u202EHarbour')).toBe('Harbour');
    expect(cleanName('North  Star')).toBe('North  Star');
  });

  it('keeps joiners and marks inside a name: some scripts need them', () => {
    expect(cleanName('क्\u200Dष')).toBe('क्\u200Dष');
    expect(cleanName('שלום')).toBe('שלום');
  });

  it('is refused when nothing visible is left', () => {
    for (const raw of ['', '   ', '\u200B\u200B\u200B', '\u00AD', '\u202E\u202C', '\u3164', '\u2060\uFEFF']) expect(cleanName(raw), JSON.stringify(raw)).toBeNull();
  });

  it('is isolated for direction in a sentence: first-strong isolate, then pop', () => {
    expect(isolate('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
  });
});
