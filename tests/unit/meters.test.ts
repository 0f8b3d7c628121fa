import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import {
  METER_RANGES,
  type MeterName,
  type Meters,
  MeterError,
  type VariableStore,
  checkMeter,
  checkMeters,
  readMeters,
  trustOf,
  writeMeters,
} from '../../src/engine/narrative/meters';
import { STORIES_DIR, fixture } from '../helpers/stories';

const start: Meters = { credibility: 5, reliability: 4, intimacy: 3, self_orientation: 2, deal: 40 };

describe('meters', () => {
  it('computes the Trust Equation (C + R + I) / S', () => {
    expect(trustOf(start)).toBe(6);
  });

  it('writes meters into a story and reads the same values back', () => {
    const story = new Story(fixture('two-choices.ink').json);
    writeMeters(story.variablesState, start);
    expect(readMeters(story.variablesState)).toEqual(start);
  });

  it('rejects a meter outside its range, naming the meter', () => {
    expect(() => checkMeters({ ...start, self_orientation: 0 })).toThrow(
      new MeterError('self_orientation', 'meter "self_orientation" is 0, outside its range 1-10'),
    );
    expect(() => checkMeters({ ...start, deal: 101 })).toThrow(/meter "deal" is 101/);
  });

  it('rejects a meter that is not a number, as ink would silently allow', () => {
    const story = new Story(fixture('two-choices.ink').json);
    story.variablesState.$('credibility', 'lots');
    expect(() => readMeters(story.variablesState)).toThrow('meter "credibility" should be a number, but is "lots"');
  });

  it('refuses to write meters into a story that does not declare them', () => {
    const story = new Story('{"inkVersion":21,"root":[["done",{"#n":"g-0"}],"done",null],"listDefs":{}}');
    expect(() => writeMeters(story.variablesState, start)).toThrow(/does not declare meter "credibility"/);
  });
});

// Each meter's range, read from the authoring contract's own comments (`VAR deal = 10 // 0-100 ...`),
// not from meters.ts: the writers' documented ranges, inclusive at both ends.
const contract = readFileSync(path.join(STORIES_DIR, 'include/contract.ink'), 'utf8');
const documented = (name: MeterName): [number, number] => {
  const match = new RegExp(`^VAR ${name} = \\d+\\s*//\\s*(\\d+)-(\\d+)\\b`, 'm').exec(contract);
  if (!match) throw new Error(`contract.ink documents no range for ${name}`);
  return [Number(match[1]), Number(match[2])];
};
const RANGES: [MeterName, number, number][] = [
  ['credibility', 0, 10],
  ['reliability', 0, 10],
  ['intimacy', 0, 10],
  ['self_orientation', 1, 10],
  ['deal', 0, 100],
];
const all = (pick: (min: number, max: number) => number): Meters =>
  Object.fromEntries(RANGES.map(([name, min, max]) => [name, pick(min, max)])) as Meters;

describe('meters at the ends of their ranges', () => {
  it('has the ranges the authoring contract documents', () => {
    for (const [name, min, max] of RANGES) expect(documented(name)).toEqual([min, max]);
    expect(Object.keys(METER_RANGES).sort()).toEqual(RANGES.map(([name]) => name).sort());
  });

  it.each(RANGES)('accepts %s at exactly its minimum %i and its maximum %i', (name, min, max) => {
    expect(checkMeter(name, min)).toBe(min);
    expect(checkMeter(name, max)).toBe(max);
    expect(checkMeters({ ...start, [name]: max })).toEqual({ ...start, [name]: max });
    expect(checkMeters({ ...start, [name]: min })).toEqual({ ...start, [name]: min });
  });

  it.each(RANGES)('refuses %s one below its minimum %i and one above its maximum %i, naming it', (name, min, max) => {
    for (const value of [min - 1, min - 0.5, max + 0.5, max + 1]) {
      const refused = (() => {
        try {
          checkMeter(name, value);
        } catch (error) {
          return error;
        }
        return null;
      })();
      expect(refused).toBeInstanceOf(MeterError);
      expect(refused).toMatchObject({ meter: name, message: `meter "${name}" is ${value}, outside its range ${min}-${max}` });
      expect(() => checkMeters({ ...start, [name]: value })).toThrow(`meter "${name}" is ${value}, outside its range ${min}-${max}`);
    }
  });

  it('names its errors MeterError, with the meter', () => {
    const refused = (() => {
      try {
        checkMeter('deal', 'high');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(MeterError);
    expect(refused).toMatchObject({ name: 'MeterError', meter: 'deal' });
  });

  it('refuses a number that is not finite, or no value at all, as not a number', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => checkMeter('deal', value)).toThrow(/^meter "deal" should be a number, but is /);
    }
    expect(() => checkMeters({ credibility: 5, reliability: 4, intimacy: 3, self_orientation: 2 })).toThrow(
      'meter "deal" should be a number, but is undefined',
    );
    expect(() => checkMeter('intimacy', '10')).toThrow('meter "intimacy" should be a number, but is "10"');
  });

  it('returns a fresh copy of exactly the five meters', () => {
    const given = { ...start, trust: 6 };
    const checked = checkMeters(given);
    expect(checked).toEqual(start);
    expect(checked).not.toBe(given);
  });

  it('writes every meter at its maximum, and every one at its minimum, into a story and reads them back', () => {
    for (const meters of [all((_min, max) => max), all((min) => min)]) {
      const story = new Story(fixture('two-choices.ink').json);
      writeMeters(story.variablesState, meters);
      expect(readMeters(story.variablesState)).toEqual(meters);
    }
  });

  it('refuses to write a meter beyond its maximum, and writes none of the others', () => {
    const story = new Story(fixture('two-choices.ink').json);
    const before = readMeters(story.variablesState);
    expect(() => writeMeters(story.variablesState, { ...all((_min, max) => max), deal: 101 })).toThrow(/meter "deal" is 101/);
    expect(readMeters(story.variablesState)).toEqual(before);
  });

  it('refuses to read back a meter a story pushed past its maximum or below its minimum', () => {
    const story = new Story(fixture('two-choices.ink').json);
    story.variablesState.$('credibility', 11);
    expect(() => readMeters(story.variablesState)).toThrow('meter "credibility" is 11, outside its range 0-10');
    story.variablesState.$('credibility', 10);
    story.variablesState.$('self_orientation', 0);
    expect(() => readMeters(story.variablesState)).toThrow('meter "self_orientation" is 0, outside its range 1-10');
  });

  it('checks that the story declares every meter before it writes any', () => {
    const written: string[] = [];
    // A store that declares every meter but the last: nothing may be written.
    const store: VariableStore = {
      $(name: string, value?: unknown): unknown {
        if (value !== undefined) {
          written.push(name);
          return undefined;
        }
        return name === 'deal' ? null : 0;
      },
    } as VariableStore;
    expect(() => writeMeters(store, start)).toThrow(new MeterError('deal', 'the story does not declare meter "deal" (is the contract included?)'));
    expect(written).toEqual([]);
  });
});
