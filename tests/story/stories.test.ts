import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOUND_FILE_KEYS } from '../helpers/assets';
import { compileInkFile } from '../../scripts/vite-plugin-ink';
import { type ChoicesStep, type CompiledStory, type Step, StoryRunner } from '../../src/engine/narrative/runner';
import { MOODS, parseTags } from '../../src/engine/narrative/tags';
import { readPersonas } from '../../src/engine/personas';
import { ROOT, STORIES_DIR, loadStory, shippedStoryFiles } from '../helpers/stories';

const personas = readPersonas(loadStory(path.join(STORIES_DIR, 'personas.ink')));
const files = shippedStoryFiles();

/** Every path through a story, depth first, from saved snapshots. */
function walk(story: CompiledStory, limit = 5000): { turns: Step[][]; endings: number } {
  const turns: Step[][] = [];
  let endings = 0;
  const visit = (runner: StoryRunner) => {
    if (turns.length > limit) throw new Error(`${story.id} has more than ${limit} turns to walk`);
    const turn = runner.turnSync();
    turns.push(turn);
    const last = turn.at(-1)!;
    if (last.kind === 'end') {
      endings += 1;
      return;
    }
    const saved = runner.snapshot();
    for (const option of (last as ChoicesStep).choices) {
      const next = StoryRunner.restore(story, saved);
      next.choose(option.index);
      visit(next);
    }
  };
  visit(new StoryRunner(story));
  return { turns, endings };
}

describe('personas', () => {
  it('are all complete, with no tag problems', () => {
    expect(personas.problems).toEqual([]);
    expect(personas.personas.length).toBeGreaterThan(0);
  });

  it('each have a portrait for every mood', () => {
    const missing = personas.personas.flatMap((p) =>
      MOODS.filter((mood) => !existsSync(path.join(ROOT, 'assets/portraits', p.id, `${mood}.svg`))).map((m) => `${p.id}/${m}`),
    );
    expect(missing).toEqual([]);
  });
});

describe.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  it('compiles with no errors and no warnings', () => {
    const result = compileInkFile(file);
    expect(result.diagnostics).toEqual([]);
    expect(result.json).not.toBeNull();
  });

  it('has valid file tags: a title, a known persona, and a stage or an event', () => {
    const story = loadStory(file);
    const { tags, problems } = parseTags(story.fileTags, 'file');
    expect(problems).toEqual([]);
    expect(tags.title).toBeTruthy();
    expect(Boolean(tags.stage) !== Boolean(tags.event)).toBe(true);
    if (tags.persona) expect(personas.personas.map((p) => p.id)).toContain(tags.persona);
  });

  it('follows the authoring contract on every path', () => {
    const story = loadStory(file);
    const { turns, endings } = walk(story);
    expect(endings).toBeGreaterThanOrEqual(2);
    const problems: string[] = [];
    for (const step of turns.flat()) {
      if (step.kind === 'line') {
        problems.push(...step.problems.map((p) => `line "${step.text}": ${p.message}`));
        if (step.tags.sfx && !SOUND_FILE_KEYS.includes(step.tags.sfx)) problems.push(`unknown sfx "${step.tags.sfx}"`);
      }
      if (step.kind !== 'choices') continue;
      const moves = step.choices.map((c) => c.tags.move);
      if (step.choices.length > 9) problems.push(`a choice point offers ${step.choices.length} options (at most 9)`);
      if (!moves.includes('close') || !moves.includes('relate')) {
        problems.push(`choice point [${step.choices.map((c) => c.text).join(' | ')}] needs a close and a relate option`);
      }
      for (const c of step.choices) {
        problems.push(...c.problems.map((p) => `choice "${c.text}": ${p.message}`));
        if (!c.tags.move) problems.push(`choice "${c.text}" has no move`);
        if (c.tags.move && c.tags.move !== 'neutral' && !c.tags.principle) problems.push(`choice "${c.text}" has no principle`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
