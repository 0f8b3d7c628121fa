import { gzipSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { choices, expect, test } from './fixtures';

/**
 * Gzip bytes of every file the page needs for its first clickable choice: all
 * it requests until then, once per file, once the network has settled. The
 * favicon is the browser's, not the page's, and its timing varies, so it is
 * left out. Bodies are gzipped here at level 9, so the count does not depend
 * on how a server compresses: byte counts are deterministic, so this is a test.
 */
async function bytesBeforeFirstChoice(page: Page, url: string): Promise<{ gzip: number; files: number; paths: string[] }> {
  const bodies = new Map<string, Promise<Buffer>>();
  let counting = true;
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // Only what crosses the network: the page's own blob: images (the render gate's still) are not downloads.
    if (counting && /^https?:/.test(response.url()) && response.ok() && !path.endsWith('/favicon.svg') && !bodies.has(path)) {
      bodies.set(path, response.body().catch(() => Buffer.alloc(0)));
    }
  });
  await page.goto(url);
  await expect(choices(page).first()).toBeEnabled();
  await page.waitForLoadState('networkidle');
  counting = false;
  const all = await Promise.all(bodies.values());
  return { gzip: all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0), files: all.length, paths: [...bodies.keys()] };
}

test('the game downloads under 0.8 of what the same game on the default Phaser bundle does', async ({ browser }) => {
  const core = await browser.newPage();
  const full = await browser.newPage();
  const game = await bytesBeforeFirstChoice(core, 'http://127.0.0.1:4173/?story=first-meeting');
  const reference = await bytesBeforeFirstChoice(full, 'http://127.0.0.1:4174/?story=first-meeting');
  const ratio = game.gzip / reference.gzip;
  const report = { coreBuildGzipBytes: game.gzip, defaultPhaserGzipBytes: reference.gzip, ratio: Number(ratio.toFixed(3)), files: game.files };
  console.log(`download before first choice: ${JSON.stringify(report)}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/download-size.json', JSON.stringify(report, null, 2));
  expect(game.files).toBe(reference.files);
  expect(ratio).toBeLessThan(0.8);
});

test("a player never downloads the writer's tools: the ink compiler, the checker or the story-pack validator", async ({ page }) => {
  const { paths } = await bytesBeforeFirstChoice(page, 'http://127.0.0.1:4173/?story=first-meeting');
  expect(paths.some((p) => p.includes('/assets/index-'))).toBe(true);
  expect(paths.filter((p) => /ink-worker|writer-desk|story-pack|valibot|team-views/.test(p))).toEqual([]);
  // The desk does fetch them, so the names above are the right ones to look for.
  const desk = await page.context().newPage();
  const fetched: string[] = [];
  desk.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await desk.goto('http://127.0.0.1:4173/?mode=writer');
  await desk.getByLabel('Choose .ink files…').setInputFiles({ name: 'hello.ink', mimeType: 'text/plain', buffer: Buffer.from('Hello.\n-> END\n') });
  await expect(desk.locator('.desk-file-state')).toHaveText(/error/);
  expect(fetched.filter((p) => /ink-worker|writer-desk/.test(p)).length).toBeGreaterThanOrEqual(2);
});
