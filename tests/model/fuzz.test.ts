/**
 * The fuzzer's fixed-seed set (scripts/fuzz.ts), 2,000 cases in a child
 * process that is killed and reported if it hangs: random playthroughs saved
 * and restored at every choice show exactly the uninterrupted game's text and
 * choices; damaged saves and session files end in a save or a reason, a game
 * or a ReplayError, and never pollute a prototype. One case in 50 is hostile
 * input (ink bombs, packs, huge and deep JSON, saves, settings, names), each
 * class stepping through its variants, so this short run meets each of them
 * once or twice; the fuzzer checks every outcome it should have, this test
 * that each was reached. `npm run fuzz` runs 100,000.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/stories';

const LIMIT_MS = 240_000;

describe('the fuzzer, 2,000 fixed-seed cases', () => {
  it('finds no crash, no hang, and no restore that differs', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/fuzz.ts'), '--cases', '2000', '--seed', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: LIMIT_MS,
      killSignal: 'SIGKILL',
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.signal, `the fuzzer hung for more than ${LIMIT_MS} ms and was killed; its last lines:\n${output.slice(-600)}`).toBeNull();
    expect(run.status, output).toBe(0);
    expect(output).toContain('fuzz: 2000 cases');
    expect(output).toContain('no crash, no hang, every restore identical');
    // The damage reaches past the first check: some damaged files are read and replayed, some refused by the replay.
    const count = (name: string) => Number(new RegExp(`${name.replace(/[()]/g, '\\$&')}\\s+(\\d+)`).exec(output)?.[1] ?? 0);
    for (const outcome of ['save read and resumed', 'save refused: corrupt', 'save refused: invalid', 'session file opened and replayed', 'session file read, replay refused']) {
      expect(count(outcome), outcome).toBeGreaterThan(0);
    }
    // Every hostile class ran, and the bounds and budgets it exists for were hit.
    for (const kind of ['ink bomb', 'hostile pack', 'hostile json', 'hostile save', 'bad settings', 'hostile name']) expect(count(kind), kind).toBeGreaterThan(0);
    for (const outcome of [
      'bomb stopped at its bound (play)',
      'bomb stopped at its bound (play in slices)',
      'pack refused: over the budget',
      'pack accepted within the budget',
      'pack refused: a story over its own budget',
      'pack refused: too many stories',
      'json deeper than the bound: too-deep',
      'save recovered from a damaged pointer, kept by the next save',
      'save listing thousands of stories read and resumed',
      'setting refused, default used',
      'name refused: nothing visible',
      'name kept, ends trimmed',
    ]) {
      expect(count(outcome), outcome).toBeGreaterThan(0);
    }
    // The checker meets a bomb too; a starved machine may stop it by the checker's clock first.
    expect(count('bomb checked: stopped at its bound') + count('bomb checked: stopped by its clock')).toBeGreaterThan(0);
  }, LIMIT_MS + 10_000);
});
