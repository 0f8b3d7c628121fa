/**
 * The per-folder score the closing notes quote: worked by hand on a small
 * report, so a change to what counts (timeouts, uncovered or ignored mutants,
 * which files belong to a folder) shows here.
 */
import { describe, expect, it } from 'vitest';
import { type MutationReport, folderScores } from '../../scripts/lib/mutation-score';

const mutants = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));

const report: MutationReport = {
  files: {
    'src/engine/bots/policies.ts': { mutants: mutants({ Killed: 5, Timeout: 1, Survived: 2, Ignored: 3 }) },
    'src/engine/bots/tournament.ts': { mutants: mutants({ Killed: 2, NoCoverage: 2, CompileError: 4 }) },
    'src/engine/botsy.ts': { mutants: mutants({ Survived: 9 }) },
    'src/engine/personas.ts': { mutants: mutants({ Killed: 1, Survived: 2 }) },
  },
};

describe('the mutation score per folder', () => {
  it('counts timeouts as detected and uncovered mutants as missed, and leaves ignored and uncompiled ones out', () => {
    // bots: detected 5 + 1 + 2 = 8; valid 8 + 2 survived + 2 uncovered = 12 → 66.67%; of covered 8 / 10 = 80%.
    expect(folderScores(report, [{ folder: 'src/engine/bots', target: 80 }])).toEqual([
      { folder: 'src/engine/bots', target: 80, detected: 8, survived: 2, noCoverage: 2, ignored: 3, score: 66.67, coveredScore: 80 },
    ]);
  });

  it('takes a folder by its path, not a name that starts the same, and a single file by its name', () => {
    const [personas] = folderScores(report, [{ folder: 'src/engine/personas.ts' }]);
    expect(personas).toMatchObject({ detected: 1, survived: 2, score: 33.33 });
    expect(folderScores(report, [{ folder: 'src/engine/bot' }])).toEqual([]);
  });

  it('leaves out folders the report has no files in, keeping the order asked for', () => {
    const scores = folderScores(report, [{ folder: 'src/engine/personas.ts' }, { folder: 'src/ui' }, { folder: 'src/engine/bots' }]);
    expect(scores.map((s) => s.folder)).toEqual(['src/engine/personas.ts', 'src/engine/bots']);
  });
});
