/**
 * The main thread's side of the writer desk's ink Worker: sends one file at a
 * time, and stops the Worker when a phase outlives its documented time limit
 * (a new Worker starts for the next file). The Worker's script URL goes
 * through the page's Trusted Types policy (trusted-script-urls.ts).
 */
import { trustedScriptUrl } from '../trusted-script-urls';
import workerUrl from './ink-worker.ts?worker&url';
import { BALANCE_LIMIT_MS, type BalancedReply, type CheckRequest, DESK_WALKS, LINT_LIMIT_MS, type LintedReply, type WorkerReply } from './protocol';

export interface CheckHandlers {
  onLinted(reply: LintedReply): void;
  onBalanced(reply: BalancedReply): void;
  /** The Worker was stopped or failed; `phase` says which part did not finish. */
  onStopped(phase: 'lint' | 'balance', reason: string): void;
}

export class InkWorkbench {
  private worker: Worker | null = null;
  private busy = false;
  private job = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Compiles and checks one file; a file sent earlier and still running is abandoned. */
  check(fileName: string, source: string, personas: string[], handlers: CheckHandlers): void {
    // An idle Worker is reused (its compiler is loaded); a busy one is stopped.
    if (this.busy) this.stop();
    const job = ++this.job;
    const worker = this.worker ?? this.start();
    this.busy = true;
    let phase: 'lint' | 'balance' = 'lint';
    const limit = (ms: number) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.stop();
        handlers.onStopped(phase, `stopped after ${ms / 1000} seconds`);
      }, ms);
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.job !== job) return;
      if (reply.kind === 'linted' && reply.balancing) {
        phase = 'balance';
        limit(BALANCE_LIMIT_MS);
      } else {
        clearTimeout(this.timer);
        this.busy = false;
      }
      if (reply.kind === 'linted') handlers.onLinted(reply);
      else handlers.onBalanced(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop();
      handlers.onStopped(phase, event.message || 'the checker failed');
    };
    limit(LINT_LIMIT_MS);
    const request: CheckRequest = { job, fileName, source, walks: DESK_WALKS, personas };
    worker.postMessage(request);
  }

  /** Starts the Worker ahead of the first file, so the compiler loads while the writer picks one. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Stops any work in progress. */
  stop(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }

  private start(): Worker {
    this.worker = new Worker(trustedScriptUrl(new URL(workerUrl, import.meta.url).href), { type: 'module', name: 'ink-checker' });
    return this.worker;
  }
}
