/**
 * `npm run -s mutate:score [report.json]`: the score per folder of the last
 * `npm run mutate` (reports/mutation/mutation.json), beside its target. A
 * run aimed at one folder (`npm run mutate -- --mutate 'src/engine/bots/**'`)
 * reports the folders it reached, and the files an incremental run kept.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type MutationReport, folderScores } from './lib/mutation-score';

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0] ?? 'reports/mutation/mutation.json';
let report: MutationReport;
try {
  report = JSON.parse(readFileSync(file, 'utf8')) as MutationReport;
} catch (error) {
  console.error(`mutate:score: cannot read ${file} (${(error as Error).message}); run npm run mutate first`);
  process.exit(2);
}
console.log('folder                  score   target  covered  detected survived no-cover ignored');
for (const s of folderScores(report)) {
  const target = s.target === undefined ? '   -  ' : `${s.target}%`.padStart(6);
  const mark = s.target === undefined ? ' ' : s.score >= s.target ? '✓' : '✗';
  console.log(
    `${s.folder.padEnd(22)} ${`${s.score.toFixed(2)}%`.padStart(7)} ${target} ${mark} ${`${s.coveredScore.toFixed(2)}%`.padStart(7)} ${String(s.detected).padStart(8)} ${String(s.survived).padStart(8)} ${String(s.noCoverage).padStart(8)} ${String(s.ignored).padStart(7)}`,
  );
}
