/**
 * Stories written to exhaust whatever plays them, played by the real runner
 * in a child process that is killed if it outlives its time limit: each one
 * stops at the bound it breaks, with a message naming the story, and the
 * harmless sizes of the same ink play to their end.
 */
import { describe, expect, it } from 'vitest';
import { allInkBombs } from '../../scripts/lib/hostile-ink';
import { runIsolated } from '../helpers/isolated';

interface BombResult {
  id: string;
  outcome: 'finished' | 'runaway' | 'error' | 'did-not-compile';
  end?: string;
  limit?: string;
  bound?: number;
  knot?: string;
  message?: string;
}

const bombs = allInkBombs();

describe.each(['sync', 'async'])('ink bombs (%s turns)', (mode) => {
  // One child plays them all; a bound that failed would show as a hang (killed at 60 s) or a crash.
  const { results, peakRssMb } = JSON.parse(runIsolated('tests/helpers/bomb-child.ts', [mode], 60_000)) as {
    results: BombResult[];
    peakRssMb: number;
  };
  const byId = new Map(results.map((r) => [r.id, r]));

  it('plays every bomb, with memory to spare (a 2^26-character string alone would take 128 MB)', () => {
    expect(results.map((r) => r.id)).toEqual(bombs.map((b) => b.id));
    expect(peakRssMb).toBeLessThan(1024);
  });

  it.each(bombs.filter((b) => b.stopsAt !== null).map((b) => [b.id, b.stopsAt!, b.kind] as const))(
    'stops %s at its %s bound, naming the story',
    (id, limit, kind) => {
      const result = byId.get(id)!;
      expect(result).toMatchObject({ outcome: 'runaway', limit });
      expect(result.message).toMatch(new RegExp(`^Story "${id}" `));
      // Far past the bound, the runaway is caught inside the bomb's own knot (the recursion's function).
      if (id.includes('-100000-') || id.includes('-1000000-') || id.includes('-26-')) {
        expect(result.knot).toBe(kind === 'deep-recursion' ? 'dive' : 'bomb');
      }
    },
  );

  it.each(bombs.filter((b) => b.stopsAt === null).map((b) => [b.id, b.kind] as const))('plays %s, a harmless size, to its end', (id, kind) => {
    // The choice flood's end is its 50 choices, offered at once.
    expect(byId.get(id)).toEqual({ id, outcome: 'finished', end: kind === 'choice-flood' ? 'choices' : 'end' });
  });
});
