import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { inkPlugin } from '../../scripts/vite-plugin-ink';
import { test as base } from '@playwright/test';
import { expect, test, conversationLog } from './fixtures';

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

  // The broken build is the point here: errors are expected until the fix, so no error-failing fixture.
  base('shows a broken file in the overlay with file and line, and recovers once it is fixed', async ({ page }) => {
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

  test('plays the first meeting', async ({ page }) => {
    await page.goto(`${server.resolvedUrls!.local[0]!}?story=first-meeting`);
    const first = page.getByRole('group', { name: 'What do you say?' }).getByRole('button').first();
    await expect(first).toHaveText('1. Ask about the sailing photo', { timeout: 30_000 });
    await first.click();
    await expect(conversationLog(page)).toContainText('Windermere, last August.');
  });
});

test.describe('live writing with npm start', () => {
  const file = path.resolve('stories/zz-live-writing-check.ink');
  const story = (clock: string, ask: string) => `INCLUDE include/contract.ink
# title: Live writing check
# stage: discovery
The buyer looks up from the rota.
* [${ask} # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    You ask what changed since last year. # speaker: you
    The audit, she says. # speaker: buyer
* [Pitch the planner # move: close # principle: other-focus]
    ~ close_move(1)
    You pitch the planner. # speaker: you
- ${clock}
* [Ask for a second meeting # move: ask # principle: long-term]
    ~ ask_move(1)
    -> END
* [Offer the quarter-end discount # move: close # principle: long-term]
    ~ close_move(1)
    -> END
* [Leave it there for today # move: relate # principle: other-focus]
    ~ serve_self(-1)
    -> END
`;
  let server: ViteDevServer;

  test.beforeAll(async () => {
    writeFileSync(file, story('She checks the clock.', 'Ask what changed'));
    server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(file, { force: true });
  });

  test('saving the file updates the game and replays the choices up to the first change', async ({ page }) => {
    await page.goto(`${server.resolvedUrls!.local[0]!}?story=zz-live-writing-check`);
    const log = conversationLog(page);
    await page.getByRole('button', { name: '1. Ask what changed' }).click();
    await expect(log).toContainText('The audit, she says.');
    await expect(page.getByRole('button', { name: '1. Ask for a second meeting' })).toBeVisible();

    // An edit after the choice: the page reloads, the choice is replayed, the new line is there.
    writeFileSync(file, story('She checks her watch, twice.', 'Ask what changed'));
    await expect(log).toContainText('She checks her watch, twice.', { timeout: 10_000 });
    await expect(log).toContainText('The audit, she says.');
    await expect(page.getByRole('button', { name: '1. Ask for a second meeting' })).toBeVisible();

    // An edit to the choice itself: the replay stops there, at the first change.
    writeFileSync(file, story('She checks her watch, twice.', 'Ask what has changed'));
    await expect(page.getByRole('button', { name: '1. Ask what has changed' })).toBeVisible({ timeout: 10_000 });
    await expect(log).not.toContainText('The audit, she says.');
  });
});
