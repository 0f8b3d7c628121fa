/**
 * The consistency audit: every bot plays the same seeded campaigns through
 * the shipped stories (no memo: every meeting really plays), and the table
 * counts where the story and the numbers disagree (src/engine/report/audit.ts).
 * Prints a table, or with --json exactly one JSON object on stdout (progress
 * goes to stderr). Campaigns are spread over worker threads, one per core.
 *
 *   npm run -s audit -- [--seeds 200] [--quarters 8] [--return 0.85] [--json]
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CAMPAIGN_OPTIONS, campaignOptions } from './lib/campaign-options';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { POLICY_NAMES, type PolicyName } from '../src/engine/bots/policies';
import { defaultParams } from '../src/engine/model/constants';
import { StoryCache } from '../src/engine/narrative/runner';
import { type AuditReport, type CampaignAuditSummary, auditTable, botAudit, playAudited, summariseCampaign } from '../src/engine/report/audit';
import { loadWorld } from './lib/world';

interface AuditJob {
  jobs: { policy: PolicyName; seed: number }[];
  quarters: number;
  returnLikelihood: number;
}

type WorkerMessage = { progress: number } | { done: { policy: PolicyName; summary: CampaignAuditSummary }[] };

/** One worker's share: loads the world once, plays and audits its campaigns, posts the summaries. */
function work(job: AuditJob): void {
  const { world, lookup } = loadWorld();
  const params = defaultParams();
  const cache = new StoryCache();
  const done = job.jobs.map(({ policy, seed }, i) => {
    const campaign = playAudited(policy, { seed, quarters: job.quarters, returnLikelihood: job.returnLikelihood }, world, lookup, params, cache);
    if ((i + 1) % 25 === 0) parentPort!.postMessage({ progress: 25 } satisfies WorkerMessage);
    return { policy, summary: summariseCampaign(campaign) };
  });
  parentPort!.postMessage({ done } satisfies WorkerMessage);
}

/**
 * Worker threads do not inherit tsx's loader on Node 20: each one registers
 * it, then loads this file again, which sees it is a worker and works.
 */
function startWorker(data: AuditJob, onProgress: (n: number) => void): Promise<{ policy: PolicyName; summary: CampaignAuditSummary }[]> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const shim = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(shim, { eval: true, workerData: data });
    worker.on('message', (message: WorkerMessage) => {
      if ('progress' in message) onProgress(message.progress);
      else resolve(message.done);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`audit worker exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: CAMPAIGN_OPTIONS });
  const { seeds, quarters, returnLikelihood } = campaignOptions(values, defaultParams());

  const started = performance.now();
  const all = POLICY_NAMES.flatMap((policy) => Array.from({ length: seeds }, (_, i) => ({ policy, seed: i + 1 })));
  const workers = Math.max(1, Math.min(availableParallelism(), all.length));
  let played = 0;
  const progress = (n: number) => {
    played += n;
    process.stderr.write(`\r${played}/${all.length} campaigns`);
  };
  const outputs = await Promise.all(
    Array.from({ length: workers }, (_, w) => startWorker({ jobs: all.filter((_, i) => i % workers === w), quarters, returnLikelihood }, progress)),
  );
  process.stderr.write('\n');
  const runs = new Map<PolicyName, CampaignAuditSummary[]>();
  for (const { policy, summary } of outputs.flat()) runs.set(policy, [...(runs.get(policy) ?? []), summary]);
  const report: AuditReport = { seeds, quarters, returnLikelihood, bots: {} };
  for (const policy of POLICY_NAMES) report.bots[policy] = botAudit(runs.get(policy) ?? []);

  if (values.json) console.log(JSON.stringify(report));
  else console.log(auditTable(report));
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

if (isMainThread) await main();
else work(workerData as AuditJob);
