import { describe, expect, it } from 'vitest';
import type { ManagerSituation } from '../../src/engine/model/campaign';
import { MANAGER_LINES, attainmentPercent, attainmentWords, managerWords } from '../../src/ui/campaign-words';

describe('attainment words', () => {
  it('are right at every value from 0% to 200%, in steps of a tenth of a point', () => {
    for (let tenths = 0; tenths <= 2000; tenths++) {
      const share = tenths / 1000;
      const words = attainmentWords(share);
      const pct = attainmentPercent(share);
      expect(words.includes('quota made'), words).toBe(share >= 1);
      expect(words.includes('under half'), words).toBe(share < 0.5);
      expect(words.includes('short of quota'), words).toBe(share >= 0.5 && share < 1);
      // Never "100%" while short, never less than the truth rounded down.
      if (share < 1) expect(pct).toBeLessThanOrEqual(99);
      expect(Math.abs(pct - share * 100)).toBeLessThan(1);
    }
    expect(attainmentWords(89.7 / 90)).toBe('99%, short of quota');
    expect(attainmentWords(0.41)).toBe('41%, under half of quota');
  });
});

describe("the manager's lines", () => {
  it('never say the same line twice in eight quarters, whatever the situations', () => {
    const all = Object.values(MANAGER_LINES).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [situation, lines] of Object.entries(MANAGER_LINES)) {
      expect(lines.length, situation).toBeGreaterThanOrEqual(8);
      const said = Array.from({ length: 8 }, (_, repeat) => managerWords({ situation: situation as ManagerSituation, repeat }));
      expect(new Set(said).size, situation).toBe(8);
    }
  });

  it('announce the plan with when it starts and how it ends, and its close', () => {
    for (const line of MANAGER_LINES['plan-starts']) expect(line.toLowerCase()).toMatch(/next quarter/);
    for (const line of MANAGER_LINES['plan-closed']) expect(line.toLowerCase()).toMatch(/plan/);
  });
});
