/// <reference types="vitest/config" />
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileCsp } from './scripts/vite-plugin-single-csp.ts';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';
import { facilitatorGuide } from './scripts/vite-plugin-guide.ts';

/**
 * The production page's Content-Security-Policy: no inline script or style,
 * no eval, and Trusted Types required so no string can reach an HTML sink or
 * start a script. The one policy allowed, `long-game-worker`, passes the
 * game's own Worker and service worker URLs and nothing else
 * (src/platform/trusted-script-urls.ts).
 * Dev mode goes without it (Vite's client injects inline styles for HMR).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types long-game-worker',
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'the-long-game:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The game builds on Phaser's core build (Phaser 4 does not tree-shake).
 * `--mode phaser-full` builds the same game on the default bundle, only so the
 * download-size test has something to compare against.
 */
/** The build's identity for saves: the package version and, in a git checkout, the commit. */
function buildId(): string {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
  try {
    return `${version}+${execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}`;
  } catch {
    return version;
  }
}

/** Phaser's build flags, for the game and for dev's dependency pre-bundling alike (and the build's id, for saves). */
const PHASER_FLAGS = {
  __BUILD_ID__: JSON.stringify(buildId()),
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof EXPERIMENTAL': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  global: 'globalThis',
};

/**
 * The installable offline app: a service worker that precaches everything the
 * game can load (code, stories, sounds, portraits, backdrops, fonts), so a
 * facilitator's room without a network still plays. The page registers it
 * itself (src/platform/offline.ts), through the Trusted Types policy.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    registerType: 'autoUpdate',
    manifest: {
      name: 'The Long Game',
      short_name: 'Long Game',
      description: 'Practise the meetings that make a career, not just a quarter.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0e1522',
      theme_color: '#0e1522',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ogg,mp3,woff,woff2,webmanifest}'],
      // The Phaser chunk and the ink compiler's Worker are over workbox's 2 MiB default between them.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit is taken over as soon as everything is cached: a room that loses the network mid-session keeps playing.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

export default defineConfig(({ mode }) => {
  const fullPhaser = mode === 'phaser-full';
  // `npm run build:single`: one HTML file with everything inlined, opened straight from disk.
  const single = mode === 'single';
  return {
    base: './',
    plugins: single
      ? [inkPlugin(), facilitatorGuide(), viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()]
      : [inkPlugin(), facilitatorGuide(), contentSecurityPolicy(), offlineApp()],
    resolve: {
      alias: fullPhaser
        ? []
        : [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url)) }],
    },
    define: PHASER_FLAGS,
    // inkjs/full is only imported by the writer desk's Worker: pre-bundle it up front so dev never reloads the page mid-use.
    optimizeDeps: { include: ['inkjs/full'], rolldownOptions: { transform: { define: PHASER_FLAGS } } },
    worker: { format: 'es' as const },
    build: {
      outDir: fullPhaser ? 'dist-phaser-full' : single ? 'dist-single' : 'dist',
      target: 'es2022',
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
    },
    server: { port: 5173 },
    preview: { port: 4173 },
    test: {
      environment: 'node',
      include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts', 'tests/model/**/*.test.ts'],
      setupFiles: ['tests/helpers/fail-on-console-error.ts'],
    },
  };
});
