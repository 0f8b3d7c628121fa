/**
 * The writer desk's Worker: the inkjs compiler and the checker, off the main
 * thread and out of the learner's download (this file is its own chunk, loaded
 * only by the desk). The desk stops it when a phase outlives its time limit.
 */
import contract from '../../../stories/include/contract.ink?raw';
import { balanceStory, canBalance, knotsOf, lintStory } from '../../engine/checker/check-story';
import type { CheckRequest, WorkerReply } from './protocol';

/** The desk supplies the shared contract; a file may include nothing else. */
function readInclude(name: string): string {
  if (/(^|\/)include\/contract\.ink$/.test(name)) return contract;
  throw new Error(`the browser supplies only include/contract.ink, not "${name}": copy what you need into this file`);
}

const post = (reply: WorkerReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { job, fileName, source, walks, personas } = event.data;
  const input = { file: fileName, source, readInclude, walks, personas };
  let started = performance.now();
  const report = lintStory(input);
  const balancing = canBalance(report);
  post({
    kind: 'linted',
    job,
    problems: report.problems,
    compiled: report.compiled,
    fileTags: report.fileTags,
    knots: report.compiled ? knotsOf(source) : [],
    balancing,
    ms: Math.round(performance.now() - started),
  });
  if (!balancing) return;
  started = performance.now();
  balanceStory(report, input);
  post({
    kind: 'balanced',
    job,
    problems: report.problems,
    effects: report.effects,
    temptation: report.temptation,
    choicePoints: report.choicePoints,
    paths: report.paths,
    endings: report.endings,
    walks,
    ms: Math.round(performance.now() - started),
  });
});
