/**
 * The two bad moments of a browser's storage, made on jsdom's real Web
 * Storage (tests that use these run with `// @vitest-environment jsdom`):
 * full, by filling it with data until the browser's own quota refuses more
 * (jsdom, like browsers, allows 5,000,000 characters per origin and throws a
 * QuotaExceededError past that); and switched off, by moving the page to an
 * opaque origin, where reaching localStorage or sessionStorage throws a
 * SecurityError, as it does in a browser that blocks site data.
 */

/** Fills a storage area until not one more character fits, the way another page of the same site might have. */
export function fillStorage(storage: Storage): void {
  let n = 0;
  for (let size = 1 << 22; size >= 1; size >>= 1) {
    for (;;) {
      try {
        storage.setItem(`other-page-${n}`, 'x'.repeat(size));
        n += 1;
      } catch (error) {
        if ((error as Error).name !== 'QuotaExceededError') throw error;
        break;
      }
    }
  }
}

/** Drops what fillStorage added. */
export function emptyFiller(storage: Storage): void {
  for (const key of Object.keys(storage).filter((k) => k.startsWith('other-page-'))) storage.removeItem(key);
}

interface JsdomInstance {
  reconfigure(settings: { url: string }): void;
}

/** Runs `body` with storage switched off: the page is moved to an opaque origin, then back. */
export function withStorageSwitchedOff<T>(body: () => T): T {
  const dom = (globalThis as unknown as { jsdom?: JsdomInstance }).jsdom;
  if (!dom) throw new Error('withStorageSwitchedOff needs the jsdom test environment');
  const home = globalThis.location.href;
  dom.reconfigure({ url: 'about:blank' });
  try {
    return body();
  } finally {
    dom.reconfigure({ url: home });
  }
}
