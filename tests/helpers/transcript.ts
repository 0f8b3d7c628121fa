/**
 * Plays a story by a list of picks and records everything it shows, either
 * straight through or with a JSON save and restore at every choice: the two
 * transcripts must match (the ink project's own rule for its tests).
 */
import { type CompiledStory, type RunnerOptions, type Step, StoryRunner } from '../../src/engine/narrative/runner';

export type Mode = 'straight' | 'save and restore at every choice';
export const MODES: Mode[] = ['straight', 'save and restore at every choice'];

export interface Transcript {
  steps: Step[];
  runner: StoryRunner;
}

/** Plays `picks` (positions in each choice list, 0-based); stops at the end or when picks run out. */
export function play(compiled: CompiledStory, picks: readonly number[], mode: Mode, options: RunnerOptions = {}): Transcript {
  let runner = new StoryRunner(compiled, options);
  const steps: Step[] = [];
  let pick = 0;
  for (;;) {
    const turn = runner.turnSync();
    steps.push(...turn);
    const last = turn.at(-1);
    if (last?.kind !== 'choices' || pick >= picks.length) break;
    if (mode === 'save and restore at every choice') {
      const saved = JSON.parse(JSON.stringify(runner.snapshot()));
      runner = StoryRunner.restore(compiled, saved);
      const again = runner.turnSync();
      // A restored runner stands at the same choice point, with nothing left to say.
      if (again.length !== 1 || JSON.stringify(again[0]) !== JSON.stringify(last)) {
        throw new Error(`restore did not return to the same choice point: ${JSON.stringify(again)}`);
      }
    }
    const option = last.choices[picks[pick++]!];
    if (!option) throw new Error(`pick ${picks[pick - 1]} is out of range at choice point ${pick}`);
    runner.choose(option.index);
  }
  return { steps, runner };
}

/** The lines' text only, for readable assertions. */
export const textOf = (steps: readonly Step[]) =>
  steps.flatMap((s) => (s.kind === 'line' ? [s.text] : s.kind === 'choices' ? [s.choices.map((c) => `[${c.text}]`).join(' ')] : ['END']));
