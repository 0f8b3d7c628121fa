/**
 * Gzip bytes of every file a page needs for its first clickable choice: all it
 * requests until then, once per file, once the network has settled. The
 * favicon is the browser's, not the page's, and its timing varies, so it is
 * left out; data: and blob: responses (Phaser's built-in textures, the render
 * gate's still) never cross the network. Bodies are gzipped here at level 9,
 * so the count does not depend on how a server compresses. Shared by the
 * download-size test and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export async function bytesBeforeFirstChoice(page: Page, url: string): Promise<{ gzip: number; files: number; paths: string[] }> {
  const bodies = new Map<string, Promise<Buffer>>();
  let counting = true;
  page.on('response', (response) => {
    const file = new URL(response.url()).pathname;
    if (counting && /^https?:/.test(response.url()) && response.ok() && !file.endsWith('/favicon.svg') && !bodies.has(file)) {
      bodies.set(file, response.body().catch(() => Buffer.alloc(0)));
    }
  });
  await page.goto(url);
  await page.getByRole('group', { name: 'What do you say?' }).getByRole('button').first().waitFor();
  await page.waitForLoadState('networkidle');
  counting = false;
  const all = await Promise.all(bodies.values());
  return { gzip: all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0), files: all.length, paths: [...bodies.keys()] };
}
