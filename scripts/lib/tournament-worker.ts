/**
 * One worker thread of a tournament: loads the world once, plays its share of
 * campaigns with a Story cache and a meeting memo, and posts the summaries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PolicyName } from '../../src/engine/bots/policies';
import { MeetingMemo, runCampaign, summarise } from '../../src/engine/bots/tournament';
import type { Params } from '../../src/engine/model/constants';
import { StoryCache } from '../../src/engine/narrative/runner';
import { loadWorld } from './world';

export interface WorkerJob {
  jobs: { policy: PolicyName; seed: number }[];
  quarters: number;
  returnLikelihood: number;
  params: Params;
  fast: boolean;
}

const job = workerData as WorkerJob;
const { world, lookup } = loadWorld();
const cache = job.fast ? new StoryCache() : undefined;
const memos = new Map<PolicyName, MeetingMemo>();
const results = job.jobs.map(({ policy, seed }) => {
  if (job.fast && !memos.has(policy)) memos.set(policy, new MeetingMemo());
  const session = runCampaign(
    policy,
    { seed, quarters: job.quarters, returnLikelihood: job.returnLikelihood },
    world,
    lookup,
    job.params,
    { cache, memo: memos.get(policy) },
  );
  return { policy, summary: summarise(session.state, job.params) };
});
parentPort!.postMessage(results);
