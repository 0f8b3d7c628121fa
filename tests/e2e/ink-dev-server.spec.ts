import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { inkPlugin } from '../../scripts/vite-plugin-ink';
import { expect, test } from './fixtures';

const GOOD = 'Hello from the depot. # speaker: buyer\n* [Ask about the drivers # move: relate # principle: other-focus]\n    -> END\n';
const BROKEN = 'Hello from the depot.\n* [Ask about the drivers\n    -> END\n';

test.describe('writing ink with the dev server running', () => {
  let server: ViteDevServer;
  let root: string;

  test.beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'ink-dev-'));
    mkdirSync(path.join(root, 'stories'));
    writeFileSync(path.join(root, 'stories/story.ink'), BROKEN);
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="en"><title>t</title><p id="out">waiting</p><script type="module" src="/main.js"></script></html>');
    writeFileSync(
      path.join(root, 'main.js'),
      "import story from './stories/story.ink';\ndocument.getElementById('out').textContent = `${story.id}: ${JSON.parse(story.json).root[0][0]}`;\n",
    );
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin()],
      server: { port: 0, host: '127.0.0.1', watch: { usePolling: true, interval: 100 } },
    });
    await server.listen();
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('shows a broken file in the overlay with file and line, and recovers once it is fixed', async ({ page }) => {
    // The broken build is the point here: errors are expected until the fix.
    const address = server.resolvedUrls!.local[0]!;
    await page.goto(address);
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached();
    await expect(overlay.locator('.message')).toContainText("story.ink:2: error: Expected closing ']'");
    await expect(overlay.locator('.file')).toContainText('story.ink:2');

    writeFileSync(path.join(root, 'stories/story.ink'), GOOD);
    await expect(page.locator('#out')).toHaveText('story: ^Hello from the depot.', { timeout: 15_000 });
    await expect(overlay).not.toBeAttached();
  });
});

test.describe('the game on the dev server (npm start)', () => {
  let server: ViteDevServer;

  test.beforeAll(async () => {
    // The project's own vite.config.ts, as `npm start` uses it.
    server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('plays the first meeting', async ({ page, problems }) => {
    void problems;
    await page.goto(`${server.resolvedUrls!.local[0]!}?story=first-meeting`);
    const first = page.getByRole('group', { name: 'What do you say?' }).getByRole('button').first();
    await expect(first).toHaveText('1. Ask about the sailing photo', { timeout: 30_000 });
    await first.click();
    await expect(page.getByRole('log')).toContainText('Windermere, last August.');
  });
});
