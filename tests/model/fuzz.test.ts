/**
 * The fuzzer's fixed-seed set (scripts/fuzz.ts), 2,000 cases in a child
 * process that is killed and reported if it hangs: random playthroughs saved
 * and restored at every choice show exactly the uninterrupted game's text and
 * choices; damaged saves and session files end in a save or a reason, a game
 * or a ReplayError, and never pollute a prototype. `npm run fuzz` runs 100,000.
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
    for (const outcome of ['save read and resumed', 'save refused: corrupt', 'save refused: invalid', 'session file opened and replayed', 'session file read, replay refused']) {
      expect(Number(new RegExp(`${outcome}\\s+(\\d+)`).exec(output)?.[1] ?? 0), outcome).toBeGreaterThan(0);
    }
  }, LIMIT_MS + 10_000);
});
