import { defineConfig } from '@playwright/test';

/** Debian's Chromium (scripts/ensure-chromium.mjs installs it); Playwright's own download cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Browser tests run against the production builds (npm run test:e2e builds
// both): the game on 4173, and the same game on the default Phaser bundle on
// 4174 for the download-size comparison.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    browserName: 'chromium',
    reducedMotion: 'reduce',
    // The offline app's service worker would answer requests page.route() means to see; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx vite preview --host 127.0.0.1 --port 4174 --strictPort --outDir dist-phaser-full',
      url: 'http://127.0.0.1:4174/',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
