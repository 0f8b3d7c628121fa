/**
 * Reads an imported story pack off the main thread where a Worker can run,
 * and on it, in slices, where one cannot (the one-file build opened from disk
 * has no Worker). Either way the same step budgets decide (story-pack.ts), so
 * a pack is accepted or refused alike on any machine.
 *
 * A watchdog stops the Worker when it has said nothing for PACK_SILENCE_MS: it
 * reports every story it opens, and none takes more than a fraction of that.
 */
import { trustedScriptUrl } from '../trusted-script-urls';
import workerUrl from './pack-worker.ts?worker&url';
import { PackError, type StoryPack, readPack } from './story-pack';

export interface PackRequest {
  text: string;
  personas: string[];
  shippedIds: string[];
}

export type PackReply =
  | { kind: 'started' }
  | { kind: 'checked'; checked: number; of: number }
  | { kind: 'read'; pack: StoryPack }
  | { kind: 'refused'; reason: string };

/** How long the Worker may stay silent before it is stopped. */
export const PACK_SILENCE_MS = 10_000;

export function readPackAside(text: string, personas: string[], shippedIds: ReadonlySet<string>): Promise<StoryPack> {
  const onMainThread = () => readPack(text, personas, shippedIds);
  let worker: Worker;
  try {
    if (location.protocol === 'file:' || typeof Worker === 'undefined') return onMainThread();
    worker = new Worker(trustedScriptUrl(new URL(workerUrl, import.meta.url).href), { type: 'module', name: 'pack-reader' });
  } catch {
    // A page whose policy forbids Workers reads the pack where it is.
    return onMainThread();
  }
  return new Promise<StoryPack>((resolve, reject) => {
    let started = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (then: () => void) => {
      clearTimeout(watchdog);
      worker.terminate();
      then();
    };
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(
        () => finish(() => reject(new PackError(`the pack reader stopped answering for ${PACK_SILENCE_MS / 1000} seconds, so it was stopped`))),
        PACK_SILENCE_MS,
      );
    };
    worker.onmessage = (event: MessageEvent<PackReply>) => {
      const reply = event.data;
      started = true;
      if (reply.kind === 'read') finish(() => resolve(reply.pack));
      else if (reply.kind === 'refused') finish(() => reject(new PackError(reply.reason)));
      else heard();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A Worker that could not start at all: read the pack here instead. One that failed while reading is a refusal.
      if (!started) finish(() => onMainThread().then(resolve, reject));
      else finish(() => reject(new PackError(event.message || 'the pack reader failed')));
    };
    heard();
    worker.postMessage({ text, personas, shippedIds: [...shippedIds] } satisfies PackRequest);
  });
}
