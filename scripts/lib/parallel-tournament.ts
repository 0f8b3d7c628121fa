/**
 * Runs a tournament on worker threads (one per core by default), each with a
 * Story cache and a meeting memo. Results do not depend on the number of
 * workers or on the memo: every campaign is keyed by its own seed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { POLICY_NAMES, type PolicyName } from '../../src/engine/bots/policies';
import { type CampaignSummary, type TournamentResult, tournamentResult } from '../../src/engine/bots/tournament';
import type { Params } from '../../src/engine/model/constants';
import type { WorkerJob } from './tournament-worker';

export interface TournamentOptions {
  seeds: number;
  quarters: number;
  returnLikelihood: number;
  params: Params;
  policies?: readonly PolicyName[];
  workers?: number;
  /** Story cache and memo on (default); off gives the uncached reference. */
  fast?: boolean;
}

export async function parallelTournament(options: TournamentOptions): Promise<TournamentResult> {
  const policies = options.policies ?? POLICY_NAMES;
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const all = policies.flatMap((policy) => Array.from({ length: options.seeds }, (_, i) => ({ policy, seed: i + 1 })));
  const shares = Array.from({ length: workers }, (_, w) => all.filter((_, i) => i % workers === w));
  const outputs = await Promise.all(
    shares.map(
      (jobs) =>
        new Promise<{ policy: PolicyName; summary: CampaignSummary }[]>((resolve, reject) => {
          const data: WorkerJob = {
            jobs,
            quarters: options.quarters,
            returnLikelihood: options.returnLikelihood,
            params: options.params,
            fast: options.fast ?? true,
          };
          const worker = new Worker(new URL('./tournament-worker.mjs', import.meta.url), { workerData: data });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`tournament worker exited with ${code}`)));
        }),
    ),
  );
  const runs: Partial<Record<PolicyName, CampaignSummary[]>> = {};
  for (const { policy, summary } of outputs.flat()) (runs[policy] ??= []).push(summary);
  for (const list of Object.values(runs)) list!.sort((a, b) => a.seed - b.seed);
  return tournamentResult(runs, options.quarters, options.returnLikelihood);
}
