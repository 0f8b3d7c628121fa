import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_NAMES } from '../../src/engine/bots/policies';
import { MeetingMemo, runCampaign, summarise } from '../../src/engine/bots/tournament';
import { StoryCache } from '../../src/engine/narrative/runner';
import { loadWorld } from '../../scripts/lib/world';
import { runIsolated } from '../helpers/isolated';
import { ROOT } from '../helpers/stories';

const { world, lookup } = loadWorld();

describe('the simulator', () => {
  it('gives identical results with and without the Story cache and the meeting memo (20 seeds, every bot)', () => {
    const play = (fast: boolean) => {
      const cache = fast ? new StoryCache() : undefined;
      return POLICY_NAMES.map((name) => {
        const memo = fast ? new MeetingMemo() : undefined;
        const runs = Array.from({ length: 20 }, (_, i) => {
          const session = runCampaign(name, { seed: i + 1, quarters: 8, returnLikelihood: 0.85 }, world, lookup, undefined, { cache, memo });
          return { summary: summarise(session.state), record: session.record };
        });
        // The random bot's choices depend on its dice, not only the story's variables: never memoised.
        if (memo && name !== 'random') expect(memo.hits, `${name} used the memo`).toBeGreaterThan(0);
        if (memo && name === 'random') expect(memo.hits + memo.misses).toBe(0);
        return runs;
      });
    };
    expect(JSON.stringify(play(true))).toBe(JSON.stringify(play(false)));
  }, 60_000);

  it('prints exactly one JSON object on stdout with --json, progress on stderr', () => {
    const out = runIsolated('scripts/simulate.ts', ['--seeds', '20', '--quarters', '3', '--json'], 120_000);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ seeds: 20, quarters: 3, crossoverQuarter: expect.any(Number) });
    expect(result.strategies.closer.cumulativeRevenue.median).toHaveLength(3);
    expect(result.strategies.advisor.meetings.max).toBe(6); // two a quarter in the first year
    expect(result.pairwise.advisorBeatsCloser).toHaveLength(3);
  }, 120_000);

  it('refuses bad arguments with a clear message', () => {
    expect(() => runIsolated('scripts/simulate.ts', ['--return', '2'], 30_000)).toThrow(/--return takes a number from 0 to 1/);
    expect(() => runIsolated('scripts/simulate.ts', ['--set', 'nonsense=1'], 30_000)).toThrow(/--set takes name=number/);
  }, 60_000);
});

describe('drafts', () => {
  it('keeps a "# status: draft" conversation out of the campaign world, and only there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stories-'));
    cpSync(path.join(ROOT, 'stories'), dir, { recursive: true });
    const draft = readFileSync(path.join(dir, 'discovery-the-real-problem.ink'), 'utf8').replace('# stage: discovery', '# stage: discovery\n# status: draft');
    writeFileSync(path.join(dir, 'discovery-a-draft.ink'), draft);
    expect(loadWorld({ storiesDir: dir }).world.stories.map((s) => s.id)).not.toContain('discovery-a-draft');
    expect(loadWorld({ storiesDir: dir, includeDrafts: true }).world.stories.map((s) => s.id)).toContain('discovery-a-draft');
    // Two compilations of the whole library: seconds on this machine, more under load.
  }, 60_000);
});
