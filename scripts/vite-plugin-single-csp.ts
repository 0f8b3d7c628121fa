/**
 * The single-file build's Content-Security-Policy. Opened from disk, the page
 * has no origin to trust ('self' means nothing under file://), so every inline
 * script and style is allowed by its SHA-256 hash and everything else by data:
 * URIs only. Rewrites the written page, after vite-plugin-singlefile has
 * inlined everything into it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function singleFileCsp(): Plugin {
  return {
    name: 'the-long-game:single-file-csp',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? 'dist-single';
      const file = path.join(dir, 'index.html');
      // The favicon comes from public/ as a file: inline it too, or the page would ask the disk for it.
      const icon = `data:image/svg+xml;base64,${readFileSync(path.join(dir, 'favicon.svg')).toString('base64')}`;
      const html = readFileSync(file, 'utf8').replace('href="./favicon.svg"', `href="${icon}"`);
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
      const policy = [
        "default-src 'none'",
        `script-src ${scripts.join(' ') || "'none'"}`,
        `style-src ${styles.join(' ') || "'none'"}`,
        'img-src data: blob:',
        'media-src data: blob:',
        'font-src data:',
        'connect-src data: blob:',
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types long-game-worker',
      ].join('; ');
      writeFileSync(file, html.replace(/<head>/, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`));
    },
  };
}
