/**
 * Every word of the writer's desk and of story-pack import, in one place. A
 * file's name is whatever its author called it: the sentences that carry one
 * isolate it for direction.
 */
import type { DeskFile, DeskPhase } from '../platform/writer/writer-desk';
import type { BalancedReply } from '../platform/writer/protocol';
import { isolate } from '../platform/names';
import { firstFew } from './strings';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const WRITER = {
  title: "Writer's desk",
  intro: 'Load a conversation you wrote in ink. It is compiled and checked here, in this browser, and you can play it at once. Nothing is uploaded.',
  chooseFiles: 'Choose .ink files…',
  orDrop: 'or drop them anywhere on this panel',
  filesTitle: 'Files',
  nothingLoaded: 'No file yet. Choose an .ink file, or drop one here. Start it with "INCLUDE include/contract.ink": the desk supplies the contract.',
  problemsTitle: 'Problems',
  problemsHeading: (n: number) => (n === 0 ? 'Problems' : `Problems (${n})`),
  /** Under a list of problems cut short: how many more the file has. */
  moreProblems: (n: number) => `… and ${n.toLocaleString('en')} more ${n === 1 ? 'problem' : 'problems'}: fix the first ones and check the file again.`,
  noProblems: 'No problems: the file compiles, follows the contract and passes the balance check.',
  line: 'line',
  wholeFile: 'whole file',
  balanceTitle: 'Balance check',
  balanceRunning: 'Playing every path and random walks…',
  balanceCaption: (walks: number) => `How each kind of move moved the meters (mean change per choice over ${walks} random walks)`,
  balanceColumns: ['move', 'taken', 'deal', 'trust', 'C', 'R', 'I', 'S'],
  balanceSummary: (b: BalancedReply) =>
    `${plural(b.choicePoints, 'choice point')}, ${plural(b.paths, 'path')}, ${plural(b.endings, 'ending')}. ` +
    (b.temptation.of > 0
      ? `The close option pays more on this meeting's deal than the relate option at ${b.temptation.tempting} of ${b.temptation.of} choice points (80% needed). `
      : '') +
    `Checked in ${(b.ms / 1000).toFixed(1)} s.`,
  playTitle: 'Play',
  startAt: 'Start at',
  fromTheTop: 'the top of the file',
  buyer: 'Buyer',
  play: 'Play',
  playHint: 'Choose where to start and who the buyer is, then Play. The meters change beside you as you choose.',
  compiling: 'Compiling…',
  cannotPlay: 'Fix the errors above to play this file.',
  storyStopped: 'The story stopped:',
  ended: 'The conversation ended here. Play again, or start from another knot.',
  you: 'You',
  metersTitle: 'Meters',
  metersIdle: 'Play a file to see its meters move.',
  meterNote: (move: string | undefined) => (move ? `Last choice: a ${move} move.` : 'Starting values (the contract’s defaults).'),
  exportPack: 'Export story pack',
  exportNeedsFile: 'A file can go into a pack once it has no errors.',
  exportReady: (n: number, left: number) =>
    `The pack will hold ${plural(n, 'conversation')}` + (left > 0 ? `; ${plural(left, 'file')} with errors or unfinished checks ${left === 1 ? 'is' : 'are'} left out.` : '.'),
  exportWaiting: 'Waiting for the checks to finish…',
  exported: (fileName: string, n: number) => `Exported ${fileName} (${plural(n, 'conversation')}). A facilitator imports it from the title screen.`,
  exportFailed: (why: string) => `The pack could not be made: ${why}`,
  backToTitle: 'Back to title',
  fileState: (phase: DeskPhase, errors: number, warnings: number): string => {
    if (phase === 'waiting') return 'waiting';
    if (phase === 'linting') return 'compiling…';
    if (phase === 'balancing') return errors ? `${plural(errors, 'error')}; checking balance…` : 'checking balance…';
    if (phase === 'refused') return 'not loaded';
    if (phase === 'stopped') return 'stopped';
    if (errors) return plural(errors, 'error');
    return warnings ? `ready, ${plural(warnings, 'warning')}` : 'ready';
  },
  describe: (file: DeskFile): string => {
    const t = file.fileTags;
    const where = [t.stage && `stage: ${t.stage}`, t.event && `event: ${t.event}`, t.persona ? `buyer: ${isolate(t.persona)}` : t.stage || t.event ? 'any buyer' : null, t.status === 'draft' && 'draft']
      .filter(Boolean)
      .join(' · ');
    const timing = file.lintMs !== null ? `compiled and linted in ${file.lintMs} ms` : '';
    return [isolate(file.name), where, timing].filter(Boolean).join(' — ');
  },
  loaded: (names: string[]) => `Loaded ${firstFew(names, isolate)}.`,
  checked: (name: string, errors: number, warnings: number) =>
    `${isolate(name)}: ${errors === 0 && warnings === 0 ? 'no problems' : [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')}.`,
};
