/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

/**
 * The production page's Content-Security-Policy: no inline script or style,
 * no eval, and Trusted Types required so no string can reach an HTML sink or
 * start a script. The one policy allowed, `long-game-worker`, passes the
 * writer desk's own Worker URL and nothing else (src/platform/writer/ink-workbench.ts).
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
/** Phaser's build flags, for the game and for dev's dependency pre-bundling alike. */
const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof EXPERIMENTAL': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  global: 'globalThis',
};

export default defineConfig(({ mode }) => {
  const fullPhaser = mode === 'phaser-full';
  return {
    base: './',
    plugins: [inkPlugin(), contentSecurityPolicy()],
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
      outDir: fullPhaser ? 'dist-phaser-full' : 'dist',
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
