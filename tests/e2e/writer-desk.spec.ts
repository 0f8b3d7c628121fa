/**
 * The writer's desk as a trainer uses it, in the production build under its
 * Content-Security-Policy: real .ink files compiled by the inkjs compiler in a
 * Worker, played with the meters beside them, exported as a story pack that a
 * facilitator imports in another browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../helpers/stories';
import { choices, expect, test, watchProblems, conversationLog } from './fixtures';

const DESK = path.join(ROOT, 'tests/fixtures/desk');
const CONTRACT_INCLUDE = 'INCLUDE include/contract.ink';

/** An ink fixture from tests/fixtures/ink, as a trainer would have it beside stories/include. */
const asTrainerFile = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/ink', name), 'utf8').replace(/^INCLUDE .*$/m, CONTRACT_INCLUDE);

/** Loads files into the desk through its file picker: paths on disk, or files made in the test. */
async function load(page: Page, files: string | { name: string; text: string } | { name: string; text: string }[]): Promise<void> {
  const input = page.getByLabel('Choose .ink files…');
  if (typeof files === 'string') return input.setInputFiles(files);
  const list = Array.isArray(files) ? files : [files];
  await input.setInputFiles(list.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
}

const problemsList = (page: Page) => page.locator('.desk-problems .problem');
const meter = (page: Page, name: string) => page.locator(`.meter-panel [data-meter="${name}"]`);

test('a trainer fixes a file, plays it with the meters and exports a pack a facilitator imports', async ({ page, browser }) => {
  await page.goto('./');
  await page.getByText('Or practise one conversation').click();
  await page.getByRole('button', { name: "Writer's desk (for trainers)" }).click();
  await expect(page.getByRole('heading', { name: "Writer's desk" })).toBeVisible();

  // The broken version: its errors, each with its line and the offending line.
  await load(page, path.join(DESK, 'broken/pilot-review.ink'));
  await expect(page.getByRole('status')).toHaveText('\u2068pilot-review.ink\u2069: 2 errors.');
  await expect(problemsList(page)).toHaveCount(2);
  await expect(problemsList(page).nth(0)).toContainText('line 6 · error');
  await expect(problemsList(page).nth(0)).toContainText('unknown line tag key "music"');
  await expect(problemsList(page).nth(0).locator('code')).toContainText('# mood: neutral # music: jazz');
  await expect(problemsList(page).nth(1)).toContainText("line 15 · error");
  await expect(problemsList(page).nth(1)).toContainText("Expected closing ']'");
  await expect(page.getByRole('button', { name: 'Export story pack' })).toBeDisabled();

  // The fixed file replaces it: no problems, and the balance check has run.
  await load(page, path.join(DESK, 'pilot-review.ink'));
  await expect(page.getByRole('status')).toHaveText('\u2068pilot-review.ink\u2069: no problems.');
  await expect(page.getByText('No problems: the file compiles')).toBeVisible();
  await expect(page.getByRole('region', { name: /How each kind of move moved the meters/ })).toBeVisible();
  await expect(page.locator('.desk-balance')).toContainText('at 2 of 2 choice points');

  // Play from the top: the meters move beside the conversation.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(conversationLog(page)).toContainText('Priya has the pilot report open');
  await expect(meter(page, 'intimacy')).toContainText('2');
  await choices(page).filter({ hasText: 'Ask what the third site is doing differently' }).click();
  await expect(conversationLog(page)).toContainText('Nobody trained the night shift');
  await expect(meter(page, 'intimacy')).toContainText('3 +1');
  await expect(meter(page, 'credibility')).toContainText('4 +1');
  await expect(meter(page, 'trust')).toContainText('2.50 +0.50');

  // Saved again with a changed line: the desk keeps the place, replaying the choices made so far.
  const edited = readFileSync(path.join(DESK, 'pilot-review.ink'), 'utf8').replace("Finance will ask why it's not cheaper at scale.", 'Finance will ask why it gets dearer as it grows. They ask every year.');
  await load(page, { name: 'pilot-review.ink', text: edited });
  await expect(conversationLog(page)).toContainText('They ask every year.');
  await expect(conversationLog(page)).toContainText('Nobody trained the night shift');
  await expect(conversationLog(page)).not.toContainText("not cheaper at scale");
  await expect(meter(page, 'intimacy')).toContainText('3');
  await expect(choices(page)).toHaveCount(3);
  await page.keyboard.press('2');
  await expect(page.getByText('The conversation ended here.')).toBeVisible();
  await expect(page.locator('.ledger')).toContainText('pilot_plan');

  // Start from any knot, with another buyer.
  await page.getByLabel('Start at').selectOption('the_budget');
  await page.getByLabel('Buyer').selectOption('samuel_okafor');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(conversationLog(page)).toContainText('Samuel taps the cost line.');
  await expect(conversationLog(page)).not.toContainText('pilot report');
  await expect(choices(page)).toHaveCount(3);

  // Export the pack.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export story pack' }).click()]);
  expect(download.suggestedFilename()).toBe('pilot-review.longgame.json');
  const packPath = test.info().outputPath('pilot-review.longgame.json');
  await download.saveAs(packPath);
  await expect(page.getByRole('status')).toContainText('Exported pilot-review.longgame.json (1 conversation)');

  // A facilitator, in another browser context, imports it and plays it.
  const facilitator = await browser.newContext({ reducedMotion: 'reduce' });
  const other = await facilitator.newPage();
  const otherProblems = { list: [] as string[] };
  await watchProblems(other, otherProblems);
  await other.goto('./');
  await other.getByText('Or practise one conversation').click();
  await other.getByLabel('Import a story pack…').setInputFiles(packPath);
  await expect(other.getByRole('status')).toContainText('Imported 1 conversation from “\u2068The Pilot Review\u2069”: \u2068The Pilot Review\u2069.');
  await other.reload();
  await other.getByText('Or practise one conversation').click();
  const imported = other.getByRole('button', { name: /The Pilot Review/ });
  await expect(imported).toContainText('imported');
  await imported.click();
  await expect(conversationLog(other)).toContainText('Priya has the pilot report open');
  await other.locator('.choices button').first().click();
  await expect(conversationLog(other)).toContainText('Two out of three.');
  expect(otherProblems.list).toEqual([]);
  await facilitator.close();
});

test('bad files get a clear message and the desk carries on', async ({ page }) => {
  await page.goto('./?mode=writer');
  await expect(page.getByRole('heading', { name: "Writer's desk" })).toBeVisible();
  const files = [
    { name: 'notes.txt', text: 'Remember to buy milk.' },
    { name: 'empty.ink', text: '' },
    { name: 'huge.ink', text: `${CONTRACT_INCLUDE}\n# title: Huge\n# stage: discovery\n${'The buyer talks for a very long time. '.repeat(15_000)}\n-> END\n` },
    { name: 'picture.ink', text: '\u0000\u0001PNG binary' },
    { name: 'foreign.ink', text: '# colour: red\nWelcome to the dungeon. # music: spooky\n* [Go north]\n    -> END\n' },
  ];
  await load(page, files);
  const state = (name: string) => page.locator('.desk-file', { hasText: name }).locator('.desk-file-state');
  await expect(state('notes.txt')).toHaveText('not loaded');
  await expect(state('picture.ink')).toHaveText('not loaded');
  await expect(state('huge.ink')).toHaveText('not loaded');
  await expect(state('empty.ink')).toHaveText('1 error');
  await expect(state('foreign.ink')).toHaveText(/errors/);
  const says = async (name: string, text: string | RegExp) => {
    await page.locator('.desk-file', { hasText: name }).click();
    await expect(problemsList(page).filter({ hasText: text })).toHaveCount(1);
  };
  await says('notes.txt', 'not an ink file: the desk reads .ink files (this one is "notes.txt")');
  await says('picture.ink', 'not an ink file: it contains binary data');
  await says('huge.ink', /the file is \d+ KB; the limit is 512 KB/);
  await says('empty.ink', 'the file is empty: no text, choices or knots');
  await says('foreign.ink', 'the file does not include the contract: start it with "INCLUDE include/contract.ink"');
  await says('foreign.ink', 'unknown file tag key "colour"');
  await says('foreign.ink', 'unknown line tag key "music"');
  await expect(page.getByRole('button', { name: 'Export story pack' })).toBeDisabled();

  // A name the pack would refuse is flagged when the file is loaded, by name, not at export.
  await load(page, { name: 'Pilot Review.ink', text: readFileSync(path.join(DESK, 'pilot-review.ink'), 'utf8') });
  await says('Pilot Review.ink', '"Pilot Review.ink" cannot go in a story pack: a file\'s name must be lower-case letters, digits, "-" and "_" (for example "pilot-review.ink")');

  // HTML and script in story text are shown as text and never run.
  await load(page, { name: 'html-text.ink', text: asTrainerFile('html-text.ink') });
  await expect(page.getByRole('status')).toContainText('\u2068html-text.ink\u2069:');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(conversationLog(page)).toContainText('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>');
  await expect(page.getByRole('heading', { name: '<b>Bold</b> title' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('.desk img, .desk script, .desk b, .desk em').count()).toBe(0);

  // A loop: the checker names it, and playing it stops with a message instead of freezing.
  await load(page, { name: 'endless-loop.ink', text: asTrainerFile('endless-loop.ink') });
  await expect(page.getByRole('status')).toContainText('\u2068endless-loop.ink\u2069:');
  await expect(problemsList(page).filter({ hasText: 'a loop never reaches a choice or an end' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The story stopped: Story "endless-loop" took more than 100000 steps of work without a choice');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
});

test('a balance check that outlives its time limit is stopped, and the desk says so', async ({ page }) => {
  // Nine ways into four rounds of counting, each 84,000 steps of ink (just inside a turn's bound) with a choice
  // after it: every path and random walk the checker takes costs four long turns, far more than 15 s in all.
  const options = Array.from({ length: 9 }, (_, i) => `* [Option ${i + 1} # move: ${i === 0 ? 'close' : 'relate'} # principle: long-term]\n    -> round_1`).join('\n');
  const count = '~ temp i = 0\n- (again)\n~ i = i + 1\n{ i < 3000:\n  -> again\n}\nShe finishes counting.';
  const round = (n: number) =>
    `=== round_${n}\n${count}\n` +
    (n === 4 ? '-> END\n' : `* [Count again # move: relate # principle: long-term]\n    -> round_${n + 1}\n* [Stop her # move: close # principle: long-term]\n    -> round_${n + 1}\n`);
  const text = `${CONTRACT_INCLUDE}\n# title: Slow\n# stage: discovery\nHello.\n${options}\n\n${[1, 2, 3, 4].map(round).join('\n')}`;
  await page.goto('./?mode=writer');
  await load(page, { name: 'slow.ink', text });
  await expect(page.locator('.desk-file-state')).toHaveText('checking balance…');
  // The file can be played while its balance is checked, and the check ending does not interrupt the play.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(choices(page)).toHaveCount(9);
  await expect(page.locator('.desk-file-state')).toHaveText('stopped', { timeout: 25_000 });
  await expect(conversationLog(page)).toContainText('Hello.');
  await expect(choices(page)).toHaveCount(9);
  await expect(problemsList(page).filter({ hasText: 'the balance check was stopped after 15 seconds' })).toHaveCount(1);
  // The Worker is gone but the desk is not: the next file is checked by a new one.
  await load(page, path.join(DESK, 'pilot-review.ink'));
  await expect(page.getByRole('status')).toHaveText('\u2068pilot-review.ink\u2069: no problems.');
});
