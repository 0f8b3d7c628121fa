import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORIES_DIR, loadStory, shippedStoryFiles } from '../helpers/stories';
import { MODES, play } from '../helpers/transcript';

interface Golden {
  story: string;
  playthroughs: {
    name: string;
    picks: number[];
    chosen: string[];
    includes: string[];
    lastLine: string;
    finalMood: string;
    meters: Record<string, number>;
  }[];
}

const GOLDEN_DIR = path.join(import.meta.dirname, 'golden');
const goldens: Golden[] = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(GOLDEN_DIR, f), 'utf8')));

describe('golden playthroughs', () => {
  it('exist for every shipped conversation', () => {
    const covered = new Set(goldens.map((g) => g.story));
    const missing = shippedStoryFiles()
      .map((f) => path.basename(f, '.ink'))
      .filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  const cases = goldens.flatMap((g) => g.playthroughs.map((p) => ({ story: g.story, ...p })));
  describe.each(MODES)('%s', (mode) => {
    it.each(cases)('$story: $name', (golden) => {
      const story = loadStory(path.join(STORIES_DIR, `${golden.story}.ink`));
      const { steps, runner } = play(story, golden.picks, mode);
      const lines = steps.flatMap((s) => (s.kind === 'line' ? [s] : []));
      expect(runner.choiceLog.map((r) => r.text)).toEqual(golden.chosen);
      for (const text of golden.includes) expect(lines.map((l) => l.text)).toContain(text);
      expect(lines.at(-1)?.text).toBe(golden.lastLine);
      expect(lines.flatMap((l) => (l.tags.mood ? [l.tags.mood] : [])).at(-1)).toBe(golden.finalMood);
      expect(steps.at(-1)).toEqual({ kind: 'end', meters: golden.meters });
    });
  });
});
