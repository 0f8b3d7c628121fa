/**
 * Runs a script in a child Node process that is killed if it outlives its
 * time limit, so a test of something that could hang fails with a report
 * instead of stalling the suite.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './stories';

export function runIsolated(script: string, args: readonly string[], timeoutMs: number): string {
  const { status, stdout, stderr } = runIsolatedWithStatus(script, args, timeoutMs);
  if (status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${status}:\n${stderr.slice(0, 2000)}`);
  return stdout;
}

/** The same, for commands whose exit status is part of what is tested. */
export function runIsolatedWithStatus(script: string, args: readonly string[], timeoutMs: number): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  if (result.signal === 'SIGKILL' || (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    throw new Error(`${script} ${args.join(' ')} hung for more than ${timeoutMs} ms and was killed`);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
