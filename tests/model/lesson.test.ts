/**
 * The lesson is a checked property, not a hope. The real simulator
 * (`npm run -s simulate -- --json`) plays seeds 1-500 of every bot with the
 * shipped stories (drafts excluded), paired by seed; each margin is printed.
 * It runs in a child process that is killed if it hangs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TournamentResult } from '../../src/engine/bots/tournament';
import { runIsolated } from '../helpers/isolated';

const simulate = (...args: string[]): TournamentResult =>
  JSON.parse(runIsolated('scripts/simulate.ts', ['--seeds', '500', '--json', ...args], 240_000));

const margin = (label: string, a: number, b: number) =>
  console.log(`${label}: ${a.toFixed(1)} vs ${b.toFixed(1)}${b > 0 ? ` (x${(a / b).toFixed(2)})` : ''}`);

describe('the lesson, on seeds 1-500', () => {
  let t: TournamentResult;
  const med = (name: string) => t.strategies[name]!.cumulativeRevenue.median;
  beforeAll(() => {
    t = simulate();
  }, 300_000);

  it('reports every bot over 8 quarters, in the documented shape', () => {
    expect(t.seeds).toBe(500);
    expect(t.quarters).toBe(8);
    expect(Object.keys(t.strategies)).toEqual(expect.arrayContaining(['closer', 'advisor', 'never-asks', 'random']));
    for (const s of Object.values(t.strategies)) {
      expect(s.cumulativeRevenue.median).toHaveLength(8);
      expect(s.cumulativeRevenue.p10).toHaveLength(8);
      expect(s.cumulativeRevenue.p90).toHaveLength(8);
      expect(s.quotaAttainment.median).toHaveLength(8);
    }
    expect(t.pairwise.advisorBeatsCloser).toHaveLength(8);
  });

  it('(a) the closer leads after quarters 1 and 2', () => {
    for (const q of [0, 1]) {
      margin(`Q${q + 1} closer vs advisor`, med('closer')[q]!, med('advisor')[q]!);
      expect(med('closer')[q]!).toBeGreaterThan(med('advisor')[q]!);
    }
  });

  it('(b) after 8 quarters the advisor has at least 1.5 times the closer, and leads in 90% of seeds', () => {
    margin('Q8 advisor vs closer', med('advisor')[7]!, med('closer')[7]!);
    console.log(`Q8 advisor ahead of the closer in ${(t.pairwise.advisorBeatsCloser[7]! * 100).toFixed(1)}% of seeds`);
    expect(med('advisor')[7]!).toBeGreaterThanOrEqual(1.5 * med('closer')[7]!);
    expect(t.pairwise.advisorBeatsCloser[7]!).toBeGreaterThanOrEqual(0.9);
  });

  it('(c) the advisor beats the seller who never asks', () => {
    margin('Q8 advisor vs never-asks', med('advisor')[7]!, med('never-asks')[7]!);
    expect(med('advisor')[7]!).toBeGreaterThan(med('never-asks')[7]!);
  });

  it('(d) random lies strictly between closer and advisor after quarters 1 and 8', () => {
    for (const q of [0, 7]) {
      const [low, high] = q === 0 ? (['advisor', 'closer'] as const) : (['closer', 'advisor'] as const);
      margin(`Q${q + 1} ${high} vs random`, med(high)[q]!, med('random')[q]!);
      margin(`Q${q + 1} random vs ${low}`, med('random')[q]!, med(low)[q]!);
      expect(med('random')[q]!).toBeLessThan(med(high)[q]!);
      expect(med('random')[q]!).toBeGreaterThan(med(low)[q]!);
    }
  });

  it('(e) when buyers rarely come back (return 0.3 or below), the closer leads after 8 quarters', () => {
    for (const ret of ['0.3', '0.1']) {
      const low = simulate('--return', ret);
      const c = low.strategies.closer!.cumulativeRevenue.median[7]!;
      const a = low.strategies.advisor!.cumulativeRevenue.median[7]!;
      margin(`Q8 closer vs advisor at return ${ret}`, c, a);
      expect(c).toBeGreaterThan(a);
    }
  }, 600_000);

  it('(f) no bot plays more than 12 meetings', () => {
    for (const [name, s] of Object.entries(t.strategies)) {
      expect(s.meetings.max, name).toBeLessThanOrEqual(12);
    }
  });
});
