/**
 * The tournament: every bot plays the same seeded worlds with the shipped
 * stories. Prints a table, or with --json exactly one JSON object on stdout
 * (progress goes to stderr). --sweep varies every assumption by ±50% and says
 * where the lesson stops holding.
 *
 *   npm run -s simulate -- [--seeds 500] [--quarters 8] [--return 0.85] [--json] [--sweep]
 *                          [--set name=value ...]   (try another value for a model constant)
 */
import { parseArgs } from 'node:util';
import type { PolicyName } from '../src/engine/bots/policies';
import { type TournamentResult, lessonChecks } from '../src/engine/bots/tournament';
import { CONSTANTS, type ConstantName, type Params, defaultParams } from '../src/engine/model/constants';
import { CAMPAIGN_OPTIONS, campaignOptions } from './lib/campaign-options';
import { parallelTournament } from './lib/parallel-tournament';

const { values } = parseArgs({
  options: {
    ...CAMPAIGN_OPTIONS,
    sweep: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true, default: [] },
  },
});

const params = defaultParams();
for (const assignment of values.set) {
  const [name, raw] = assignment.split('=');
  if (!name || !(name in CONSTANTS) || raw === undefined || !Number.isFinite(Number(raw))) {
    throw new Error(`--set takes name=number with a constant from src/engine/model/constants.ts; got "${assignment}"`);
  }
  params[name as ConstantName] = Number(raw);
}
const { seeds, quarters, returnLikelihood } = campaignOptions(values, params);

const tournament = (p: Params, n: number, q: number, ret: number, policies?: readonly PolicyName[]) =>
  parallelTournament({ seeds: n, quarters: q, returnLikelihood: ret, params: p, policies });

function table(t: TournamentResult): string {
  const lines: string[] = [];
  lines.push(`${t.seeds} seeds, ${t.quarters} quarters, return ${t.returnLikelihood}`);
  lines.push('');
  lines.push('median cumulative revenue (k) after each quarter');
  lines.push(['strategy'.padEnd(14), ...Array.from({ length: t.quarters }, (_, i) => `Q${i + 1}`.padStart(7))].join(''));
  for (const [name, s] of Object.entries(t.strategies)) {
    lines.push([name.padEnd(14), ...s.cumulativeRevenue.median.map((v) => v.toFixed(0).padStart(7))].join(''));
  }
  lines.push('');
  lines.push(`${'strategy'.padEnd(14)}${'final p10'.padStart(10)}${'median'.padStart(9)}${'p90'.padStart(8)}${'quota Q1'.padStart(10)}${'trust'.padStart(8)}${'meetings'.padStart(10)}`);
  for (const [name, s] of Object.entries(t.strategies)) {
    const last = t.quarters - 1;
    lines.push(
      `${name.padEnd(14)}${s.cumulativeRevenue.p10[last]!.toFixed(0).padStart(10)}${s.cumulativeRevenue.median[last]!.toFixed(0).padStart(9)}${s.cumulativeRevenue.p90[last]!.toFixed(0).padStart(8)}${`${Math.round((s.quotaAttainment.median[0] ?? 0) * 100)}%`.padStart(10)}${s.finalTrust.median.toFixed(2).padStart(8)}${String(s.meetings.max).padStart(10)}`,
    );
  }
  lines.push('');
  lines.push(`advisor beats closer, share of seeds by quarter: ${t.pairwise.advisorBeatsCloser.map((x) => x.toFixed(2)).join(' ')}`);
  lines.push(`crossover quarter (advisor's median leads from then on): ${t.crossoverQuarter || 'never'}`);
  return lines.join('\n');
}

const started = performance.now();
if (values.sweep) {
  const n = Math.min(seeds, 100);
  const rows: string[] = [];
  const findings: { name: string; factor: number; broken: string[] }[] = [];
  for (const [name, c] of Object.entries(CONSTANTS) as [ConstantName, (typeof CONSTANTS)[ConstantName]][]) {
    if (c.kind !== 'assumption' || !c.sweep) continue;
    for (const factor of [0.5, 1.5]) {
      const p = { ...params, [name]: c.value * factor };
      const ret = name === 'defaultReturn' ? Math.min(1, p.defaultReturn) : returnLikelihood;
      const t = await tournament(p, n, quarters, ret);
      const broken = Object.entries(lessonChecks(t)).filter(([, ok]) => !ok).map(([k]) => k);
      findings.push({ name, factor, broken });
      rows.push(`${name.padEnd(22)} x${factor}  ${broken.length === 0 ? 'lesson holds' : `breaks: ${broken.join('; ')}`}`);
    }
  }
  if (values.json) console.log(JSON.stringify({ seeds: n, quarters, returnLikelihood, sweep: findings }));
  else console.log([`sensitivity sweep: each assumption at x0.5 and x1.5 (${n} seeds each)`, '', ...rows].join('\n'));
} else {
  const t = await tournament(params, seeds, quarters, returnLikelihood);
  if (values.json) console.log(JSON.stringify(t));
  else {
    console.log(table(t));
    console.log('');
    for (const [check, ok] of Object.entries(lessonChecks(t))) console.log(`${ok ? 'holds ' : 'FAILS '} ${check}`);
  }
}
process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
