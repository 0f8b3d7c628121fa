/** One worker thread of stories:check: checks its share of the files and posts the reports. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkStory } from '../../src/engine/checker/check-story';

export interface CheckJob {
  files: { absolute: string; shown: string }[];
  walks: number;
  personas: string[];
}

const job = workerData as CheckJob;
const reports = job.files.map(({ absolute, shown }) => {
  let source: string;
  try {
    source = readFileSync(absolute, 'utf8');
  } catch {
    return { file: shown, unreadable: true as const };
  }
  const dir = path.dirname(absolute);
  const report = checkStory({ file: shown, source, readInclude: (name) => readFileSync(path.resolve(dir, name), 'utf8'), walks: job.walks, personas: job.personas });
  // The compiled JSON stays in the worker: the reports carry what the checker prints.
  return { ...report, compiled: null };
});
parentPort!.postMessage(reports);
