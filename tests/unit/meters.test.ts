import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { type Meters, MeterError, checkMeters, readMeters, trustOf, writeMeters } from '../../src/engine/narrative/meters';
import { fixture } from '../helpers/stories';

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
