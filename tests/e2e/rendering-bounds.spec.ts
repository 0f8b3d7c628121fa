/**
 * What a story or a file can make the page draw is bounded: a line as long as
 * the runner allows is cut with a notice and typed in a bounded number of
 * elements, in the desk and in a real meeting with motion on; a file with
 * thousands of problems lists the first hundred and counts the rest. Each
 * keeps the page's longest task under a second. Files are real ink, compiled
 * by the real compiler.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, loadStory } from '../helpers/stories';
import { LINE_SHOWN_CHARS, MAX_PIECES } from '../../src/ui/meeting-view';
import { choices, conversationLog, expect, test } from './fixtures';

/** The desk's bound on problems listed (src/ui/writer-desk-view.ts: that module loads CSS, which Node cannot import). */
const PROBLEMS_SHOWN = 100;

/** 9,950 words of one letter in 19,899 characters: as many words as fit in the longest line the runner lets a story show. */
const LONG_LINE = Array.from({ length: 9_950 }, (_, i) => (i % 2 ? 'a' : 'I')).join(' ');
const NOTICE = /The rest of this line \([\d,]+ more characters\) is not shown: it is too long to read here\./;

/** A conversation whose buyer says the long line, then waits for one choice. `include` is the contract's path. */
const longLineStory = (include: string) => `INCLUDE ${include}
# title: The Long Answer
# stage: discovery
${LONG_LINE} # speaker: \u202EVera
* [Ask her to go on # move: relate # principle: other-focus]
    ~ earn_intimacy(1)
    Go on, please. # speaker: you
    -> END
`;

/** Records the page's long tasks from the start; `longestSince` reads the longest that began after a moment. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
const now = (page: Page) => page.evaluate(() => performance.now());
const longestSince = (page: Page, since: number) =>
  page.evaluate((t) => Math.max(0, ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((e) => e.start >= t).map((e) => e.duration)), since);
/** Loading the page itself makes long tasks: one seen shows the observer is watching. */
const observerWorks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: unknown[] }).longTasks.length);

async function openDesk(page: Page): Promise<void> {
  await watchLongTasks(page);
  await page.goto('./?mode=writer');
  await expect(page.getByRole('heading', { name: "Writer's desk" })).toBeVisible();
}

const load = (page: Page, name: string, text: string) =>
  page.getByLabel('Choose .ink files…').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

test('a line as long as a story may write is cut with a notice, in a bounded number of elements, and the speaker is isolated', async ({ page }) => {
  await openDesk(page);
  await load(page, 'long-answer.ink', longLineStory('include/contract.ink'));
  await expect(page.getByRole('status')).toContainText('long-answer.ink');
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await expect(play).toBeEnabled();
  const before = await now(page);
  await play.click();
  const line = conversationLog(page).locator('p').first();
  await expect(line.locator('.line-cut')).toHaveText(NOTICE);
  await expect(choices(page)).toHaveCount(1);
  expect(await longestSince(page, before), 'the longest task while the line was shown (ms)').toBeLessThan(1000);
  expect(await observerWorks(page)).toBeGreaterThan(0);

  // Every element of the line, whatever its length: the speaker, the text and its pieces, the notice.
  expect(await line.locator('*').count()).toBeLessThanOrEqual(MAX_PIECES + 5);
  const text = (await line.locator('.text').textContent())!;
  expect(text.length).toBeLessThanOrEqual(LINE_SHOWN_CHARS);
  expect(LONG_LINE.startsWith(text)).toBe(true);
  const hidden = Number((await line.locator('.line-cut').textContent())!.match(/\(([\d,]+) more/)![1]!.replaceAll(',', ''));
  expect(hidden).toBe(LONG_LINE.length - text.length - 1);

  // The speaker's name, with a right-to-left override in it, is isolated; so is the story's text, so the notice after it keeps its direction.
  await expect(line.locator('.speaker bdi')).toHaveText('\u202EVera');
  expect(await line.locator('.text').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
});

test('a file with thousands of problems lists the first hundred and counts the rest', async ({ page }) => {
  await openDesk(page);
  // Each divert to a knot that is not there is an error of its own: 5,000 of them.
  const lines = Array.from({ length: 5_000 }, (_, i) => `-> nowhere_${i + 1}`).join('\n');
  const file = `INCLUDE include/contract.ink\n# title: Noisy\n# stage: discovery\n${lines}\n-> END\n`;
  const before = await now(page);
  await load(page, 'noisy.ink', file);
  await expect(page.locator('.desk-file-state')).toHaveText(/\d+ errors/, { timeout: 30_000 });
  const problems = page.locator('.desk-problems .problem');
  await expect(problems).toHaveCount(PROBLEMS_SHOWN);
  const total = Number((await page.locator('.desk-problems h3').textContent())!.match(/\((\d+)\)/)![1]);
  expect(total).toBeGreaterThanOrEqual(5_000);
  await expect(page.locator('.desk-problems .problems-more')).toHaveText(
    `… and ${(total - PROBLEMS_SHOWN).toLocaleString('en')} more problems: fix the first ones and check the file again.`,
  );
  // The first listed are the first lines of the file.
  await expect(problems.first()).toContainText('line 4 · error');
  await expect(problems.first()).toContainText("Divert target not found: '-> nowhere_1'");
  expect(await longestSince(page, before), 'the longest task while the problems were listed (ms)').toBeLessThan(1000);
  expect(await observerWorks(page)).toBeGreaterThan(0);
  expect(await page.locator('.desk li').count()).toBeLessThan(PROBLEMS_SHOWN + 10);
});

test.describe('with motion on', () => {
  test.use({ reducedMotion: 'no-preference' });

  // The real game's meeting, with the first meeting's compiled story swapped on the wire for the long line.
  test('a long line types in a bounded number of pieces, and Enter shows it whole, notice and all', async ({ page }) => {
    const dir = test.info().outputPath('ink');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'long-answer.ink');
    writeFileSync(file, longLineStory(path.join(ROOT, 'stories/include/contract.ink')));
    const story = loadStory(file);
    await page.route('**/assets/first-meeting-*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify({ ...story, id: 'first-meeting' })};` }),
    );
    await watchLongTasks(page);
    await page.goto('./?story=first-meeting');
    const line = conversationLog(page).locator('p').first();
    await expect(line).toBeAttached();
    // Still typing: every word is in the DOM from the start, in pieces of several words.
    await expect(line).not.toHaveClass(/typed/);
    const pieces = line.locator('.word');
    expect(await pieces.count()).toBeLessThanOrEqual(MAX_PIECES);
    expect(await pieces.count()).toBeGreaterThan(MAX_PIECES / 2);
    expect((await pieces.allTextContents()).join(' ')).toBe((await line.locator('.text').textContent())!.replace(/\s+/g, ' ').trim());
    await page.keyboard.press('Enter');
    await expect(line).toHaveClass(/typed/);
    await expect(line.locator('.line-cut')).toBeVisible();
    await expect(line.locator('.line-cut')).toHaveText(NOTICE);
    await expect(choices(page)).toHaveCount(1);
    expect(await longestSince(page, 0), 'the longest task from the page opening to the choice (ms)').toBeLessThan(1000);
  });
});

test('a team name with a right-to-left override stays inside its name, on screen and in the sentences about it', async ({ page }) => {
  await page.goto('./?mode=facilitator&seed=7&quarters=2');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  await page.getByLabel('Team A').fill('Har\u202Ebour');
  await expect(page.getByLabel('Team A')).toHaveAttribute('dir', 'auto');
  await page.getByRole('button', { name: 'Start the team session' }).click();
  const lockBar = page.getByRole('group', { name: 'Locks' });
  // On screen: the name in its own <bdi>, so the override ends with it. (An override at a name's end is trimmed: this one is inside.)
  await expect(lockBar.getByRole('button').first().locator('bdi')).toHaveText('Har\u202Ebour');
  const carryOn = page.getByRole('button', { name: 'Carry on to the choices (Enter)' });
  if (await carryOn.isVisible()) await carryOn.click();
  await expect(page.locator('.team-screen .choice').first()).toBeVisible();
  await page.keyboard.press('a');
  await page.keyboard.press('1');
  // In a sentence: the name isolated, the game's own words outside it.
  await expect(lockBar.getByRole('status')).toHaveText('\u2068Har\u202Ebour\u2069 locked. Waiting for \u2068Summit, Beacon\u2069.');
});
