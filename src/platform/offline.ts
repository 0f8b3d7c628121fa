/**
 * Registers the offline app's service worker (built by vite-plugin-pwa into
 * the production site) once the page has loaded, so it never competes with
 * the first meeting for the network. Service workers need https or localhost;
 * elsewhere, and in the dev server, the game simply stays online-only.
 */
import { trustedScriptUrl } from './trusted-script-urls';

export function registerOfflineApp(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(trustedScriptUrl('./sw.js'), { scope: './' }).catch(() => {
      // Private modes and locked-down browsers refuse service workers: the game works online as before.
    });
  });
}
