/**
 * The writer's checker: `npm run -s stories:check [files...]` (all of
 * stories/ when no file is named). One line per problem as
 * `path:line: error|warning: message`, then the tables; --json prints one JSON
 * object on stdout. Exit status 1 on any error.
 *
 *   --walks N   seeded random walks per file (default 500)
 *   --seeds N   seeds for the reduced lesson tournament (default 50; 0 skips it)
 */
import { availableParallelism } from 'node:os';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { type TournamentResult, lessonChecks } from '../src/engine/bots/tournament';
import { type Problem, type StoryReport, promisesIn } from '../src/engine/checker/check-story';
import { defaultParams } from '../src/engine/model/constants';
import { EVENTS, STAGES, parseTags } from '../src/engine/narrative/tags';
import { readPersonas } from '../src/engine/personas';
import type { CheckJob } from './lib/check-worker';
import { parallelTournament } from './lib/parallel-tournament';
import { STORIES_DIR } from './lib/world';
import { compileInkFile, listStoryFiles } from './vite-plugin-ink';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    walks: { type: 'string', default: '500' },
    seeds: { type: 'string', default: '50' },
  },
});

const started = performance.now();
const files = positionals.length > 0 ? positionals.map((f) => path.resolve(f)) : listStoryFiles(STORIES_DIR);
const rel = (f: string) => path.relative(process.cwd(), f) || f;

const problems: Problem[] = [];

// Personas first: a conversation's `# persona:` must name one. Coverage below needs them too.
const personasFile = path.join(STORIES_DIR, 'personas.ink');
const personasCompiled = compileInkFile(personasFile);
const personas = personasCompiled.json
  ? readPersonas({ id: 'personas', hash: '', json: personasCompiled.json, fileTags: [] })
  : { personas: [], problems: ['personas.ink does not compile'] };
problems.push(...personas.problems.map((message) => ({ file: rel(personasFile), line: 0, severity: 'error' as const, message })));

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** Checks the files on worker threads, one per core: each file is independent. */
async function checkFiles(): Promise<(StoryReport | { file: string; unreadable: true })[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), files.length));
  // Largest files first, each to the least loaded worker: no worker idles while another has a queue.
  const shares: string[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  for (const file of [...files].sort((a, b) => sizeOf(b) - sizeOf(a))) {
    const w = load.indexOf(Math.min(...load));
    shares[w]!.push(file);
    load[w]! += sizeOf(file);
  }
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<(StoryReport | { file: string; unreadable: true })[]>((resolve, reject) => {
          const job: CheckJob = { files: share.map((f) => ({ absolute: f, shown: rel(f) })), walks: Number(values.walks), personas: personas.personas.map((p) => p.id) };
          const worker = new Worker(new URL('./lib/check-worker.mjs', import.meta.url), { workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`checker worker exited with ${code}`)));
        }),
    ),
  );
  const byFile = new Map(results.flat().map((r) => [r.file, r]));
  return files.map((f) => byFile.get(rel(f))!);
}

// The reduced tournament runs beside the file checks (it reads the library itself); its verdict counts only if they pass.
const seeds = Number(values.seeds);
const checkingLibrary = positionals.length === 0 || files.every((f) => path.resolve(f).startsWith(STORIES_DIR));
const params = defaultParams();
const tournamentRun =
  seeds > 0 && checkingLibrary
    ? parallelTournament({ seeds, quarters: params.quarters, returnLikelihood: params.defaultReturn, params }).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      )
    : null;

// Coverage: every persona needs a conversation for every stage and event (its own or a general one).
const reports: StoryReport[] = [];
for (const result of await checkFiles()) {
  if ('unreadable' in result) {
    problems.push({ file: result.file, line: 0, severity: 'error', message: 'cannot read this file' });
    continue;
  }
  reports.push(result);
  problems.push(...result.problems);
}

// Coverage uses the whole library in play (drafts excluded), with the named files in place.
const library = new Map<string, Record<string, string>>();
for (const r of reports) library.set(path.resolve(r.file), r.fileTags);
for (const file of listStoryFiles(STORIES_DIR)) {
  if (library.has(path.resolve(file))) continue;
  library.set(path.resolve(file), parseTags(compileInkFile(file).fileTags, 'file').tags as Record<string, string>);
}
const inPlay = [...library.values()].filter((t) => t.status !== 'draft');
const columns = [...STAGES, ...EVENTS];
const coverage = personas.personas.map((p) => ({
  persona: p.id,
  cells: columns.map((c) => {
    const matches = (t: Record<string, string>) => t.stage === c || t.event === c;
    const own = inPlay.filter((t) => t.persona === p.id && matches(t)).length;
    const general = inPlay.filter((t) => !t.persona && matches(t)).length;
    return own > 0 ? `own:${own}` : general > 0 ? `gen:${general}` : 'GAP';
  }),
}));
for (const row of coverage) {
  row.cells.forEach((cell, i) => {
    if (cell === 'GAP') {
      problems.push({ file: 'stories', line: 0, severity: 'error', message: `persona "${row.persona}" has no conversation for ${columns[i]} (its own or a general one)` });
    }
  });
}

// A promise made or a hook opened in one conversation is picked up by a later meeting with the same buyer:
// some other conversation in play that is not an event (events take a meeting over; the next ordinary one picks up).
const followers = [...library.entries()].filter(([, t]) => t.status !== 'draft' && !t.event);
const pickedUpBy = (file: string, key: string) =>
  followers.some(([other]) => other !== path.resolve(file) && promisesIn(readFileSync(other, 'utf8')).resolved.includes(key));
for (const report of reports) {
  for (const thread of report.promisesMade) {
    if (pickedUpBy(report.file, `${thread.kind}:${thread.id}`)) continue;
    problems.push({
      file: rel(report.file),
      line: thread.line,
      severity: 'warning',
      message:
        thread.kind === 'promise'
          ? `promise "${thread.id}" is made here, but no other conversation keeps or breaks it: in a campaign it lapses at the end of next quarter, broken`
          : `hook "${thread.id}" is opened here, but no other conversation picks it up with has_hook("${thread.id}")`,
    });
  }
}

let tournament: TournamentResult | null = null;
let lesson: Record<string, boolean> | null = null;
const finished = tournamentRun && !problems.some((p) => p.severity === 'error') ? await tournamentRun : null;
if (finished instanceof Error) {
  problems.push({ file: 'stories', line: 0, severity: 'error', message: `the reduced tournament could not run: ${finished.message}` });
} else if (finished) {
  tournament = finished;
  lesson = lessonChecks(tournament);
  for (const [check, ok] of Object.entries(lesson)) {
    if (!ok) problems.push({ file: 'stories', line: 0, severity: 'error', message: `the lesson no longer holds (${seeds} seeds): ${check}` });
  }
}

const errors = problems.filter((p) => p.severity === 'error').length;
const ms = Math.round(performance.now() - started);
if (values.json) {
  console.log(
    JSON.stringify({
      files: reports.map((r) => ({
        file: r.file,
        title: r.fileTags.title ?? null,
        persona: r.fileTags.persona ?? null,
        stage: r.fileTags.stage ?? null,
        event: r.fileTags.event ?? null,
        status: r.fileTags.status ?? null,
        choicePoints: r.choicePoints,
        paths: r.paths,
        endings: r.endings,
        temptation: r.temptation,
        effects: r.effects,
      })),
      problems,
      coverage: { columns, rows: coverage },
      tournament: tournament ? { seeds, lesson } : null,
      errors,
      warnings: problems.length - errors,
      ms,
    }),
  );
} else {
  for (const p of [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    console.log(`${p.file}:${p.line}: ${p.severity}: ${p.message}`);
  }
  if (problems.length) console.log('');
  console.log('file                                        points paths endings  temptation   close dD/dT   relate dD/dT');
  for (const r of reports) {
    const e = r.effects;
    const fx = (m: 'close' | 'relate') => `${e[m].mean.deal.toFixed(0).padStart(4)}/${e[m].mean.trust.toFixed(2).padStart(5)}`;
    console.log(
      `${path.basename(r.file).padEnd(44)}${String(r.choicePoints).padStart(6)}${String(r.paths).padStart(6)}${String(r.endings).padStart(8)}${`${r.temptation.tempting}/${r.temptation.of}`.padStart(12)}   ${fx('close')}   ${fx('relate')}`,
    );
  }
  console.log('');
  console.log(`coverage (own = written for that persona, gen = general)`);
  console.log(['persona'.padEnd(16), ...columns.map((c) => c.slice(0, 12).padStart(13))].join(''));
  for (const row of coverage) console.log([row.persona.padEnd(16), ...row.cells.map((c) => c.padStart(13))].join(''));
  if (lesson) {
    console.log('');
    console.log(`the lesson with these files (${seeds} seeds):`);
    for (const [check, ok] of Object.entries(lesson)) console.log(`  ${ok ? 'holds' : 'FAILS'}  ${check}`);
  }
  console.log('');
  console.log(`${reports.length} files, ${errors} errors, ${problems.length - errors} warnings, ${(ms / 1000).toFixed(1)} s`);
}
process.exitCode = errors > 0 ? 1 : 0;
