/**
 * The mutation score per folder, from StrykerJS's JSON report: the share of
 * mutants the tests detected (killed, or timed out: an infinite loop is
 * noticed), out of every valid mutant, those no test reached included.
 * Ignored mutants (marked equivalent, or static) and mutants that did not
 * compile are out of the count, as in Stryker's own score. The folders and
 * their targets are issue 14's: what the closing notes report.
 */

export interface FolderTarget {
  readonly folder: string;
  /** The score to reach, as a percentage; undefined where a figure is only reported. */
  readonly target?: number;
}

export const FOLDER_TARGETS: readonly FolderTarget[] = [
  { folder: 'src/engine/narrative', target: 85 },
  { folder: 'src/engine/model', target: 85 },
  { folder: 'src/engine/checker', target: 80 },
  { folder: 'src/engine/bots', target: 80 },
  { folder: 'src/platform', target: 80 },
  { folder: 'src/ui' },
  { folder: 'src/engine/report' },
  { folder: 'src/engine/teams' },
  { folder: 'src/engine/personas.ts' },
];

export interface FolderScore {
  readonly folder: string;
  readonly target?: number;
  readonly detected: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly ignored: number;
  /** Detected out of all valid mutants, as a percentage with two decimals. */
  readonly score: number;
  /** Detected out of the mutants some test reached. */
  readonly coveredScore: number;
}

/** The part of Stryker's mutation-testing-report-schema this reads. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: string }[] }>>;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((10000 * part) / whole) / 100);

/** Scores for each folder the report has files in, in the order of `targets`; folders it lacks are left out. */
export function folderScores(report: MutationReport, targets: readonly FolderTarget[] = FOLDER_TARGETS): FolderScore[] {
  return targets.flatMap(({ folder, target }) => {
    const files = Object.entries(report.files).filter(([file]) => file === folder || file.startsWith(`${folder}/`));
    if (files.length === 0) return [];
    const count = (...statuses: string[]) =>
      files.reduce((sum, [, { mutants }]) => sum + mutants.filter((m) => statuses.includes(m.status)).length, 0);
    const detected = count('Killed', 'Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    return [
      {
        folder,
        target,
        detected,
        survived,
        noCoverage,
        ignored: count('Ignored'),
        score: percent(detected, detected + survived + noCoverage),
        coveredScore: percent(detected, detected + survived),
      },
    ];
  });
}
