/**
 * The production page requires Trusted Types for script URLs (vite.config.ts).
 * One named policy, `long-game-worker`, passes the few same-origin scripts the
 * game starts itself: the writer desk's ink Worker and the offline app's
 * service worker. Any other URL throws.
 */

/** The policy named in the Content-Security-Policy's `trusted-types` directive. */
export const SCRIPT_URL_POLICY = 'long-game-worker';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

const allowed = new Set<string>();
let policy: ScriptUrlPolicy | null = null;

/** A script URL the page may start, as a TrustedScriptURL where Trusted Types exist. */
export function trustedScriptUrl(relative: string): string {
  const href = new URL(relative, document.baseURI).href;
  if (new URL(href).origin !== location.origin) throw new TypeError(`${SCRIPT_URL_POLICY} allows same-origin scripts only`);
  allowed.add(href);
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return href;
  policy ??= factory.createPolicy(SCRIPT_URL_POLICY, {
    createScriptURL: (candidate) => {
      if (!allowed.has(candidate)) throw new TypeError(`${SCRIPT_URL_POLICY} does not allow ${candidate}`);
      return candidate;
    },
  });
  // A TrustedScriptURL is what `new Worker` and `serviceWorker.register` take under Trusted Types.
  return policy.createScriptURL(href) as string;
}
