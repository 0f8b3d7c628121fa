import { writeFileSync, mkdirSync } from 'node:fs';
import { bytesBeforeFirstChoice } from '../../scripts/lib/download-bytes';
import { expect, test } from './fixtures';

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
