/**
 * Importing a story pack from the title screen, as a facilitator does: the
 * pack is read in a Worker (the one-file build opened from disk has none and
 * reads it on the page, in slices); a Worker that falls silent is stopped by
 * the watchdog with a clear message; a pack that would replace conversations
 * imported before asks first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { PILOT_REVIEW, packStoryFrom, packText } from '../helpers/packs';
import { ROOT } from '../helpers/stories';
import { choices, conversationLog, expect, test } from './fixtures';

const pilotSource = readFileSync(PILOT_REVIEW, 'utf8');
const FIRST_LINE = 'Priya has the pilot report open';

/** Writes a pack file into the test's output folder and returns its path. */
function packFile(name: string, source = pilotSource): string {
  const file = test.info().outputPath(name);
  writeFileSync(file, packText('Spring cohort', [packStoryFrom(source, 'pilot-review')]));
  return file;
}

async function importPack(page: Page, file: string): Promise<void> {
  await page.getByText('Or practise one conversation').click();
  await page.getByLabel('Import a story pack…').setInputFiles(file);
}

test('a pack is read in a Worker, and its conversation plays', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  await importPack(page, packFile('pilot.longgame.json'));
  await expect(page.getByRole('status')).toContainText('Imported 1 conversation from “\u2068Spring cohort\u2069”');
  expect(workers.filter((url) => /pack-worker/.test(url))).toHaveLength(1);
  await page.getByText('Or practise one conversation').click();
  await page.getByRole('button', { name: /The Pilot Review/ }).click();
  await expect(conversationLog(page)).toContainText(FIRST_LINE);
});

test('a pack that would replace a conversation imported before asks first, and keeps it when asked', async ({ page }) => {
  await page.goto('./');
  await importPack(page, packFile('pilot.longgame.json'));
  await expect(page.getByRole('status')).toContainText('Imported 1 conversation');

  const newer = pilotSource.replace('has the pilot report open', 'has the revised pilot report open');
  expect(newer).not.toBe(pilotSource);
  await importPack(page, packFile('pilot-v2.longgame.json', newer));
  const dialog = page.getByRole('alert').filter({ hasText: 'Replace conversations you imported before?' });
  await expect(dialog).toContainText('already imported in this browser: \u2068The Pilot Review\u2069. Importing it replaces it.');
  await dialog.getByRole('button', { name: 'Keep the ones I have' }).click();
  await expect(page.getByRole('status')).toHaveText('Nothing was imported; your conversations are as they were.');
  await page.getByText('Or practise one conversation').click();
  await page.getByRole('button', { name: /The Pilot Review/ }).click();
  await expect(conversationLog(page)).toContainText(FIRST_LINE);
  await expect(conversationLog(page)).not.toContainText('revised');

  // Asked again, the facilitator goes on: the new version replaces the old.
  await page.goto('./');
  await importPack(page, packFile('pilot-v2.longgame.json', newer));
  await page.getByRole('alert').getByRole('button', { name: 'Import and replace' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 1 conversation');
  await page.getByText('Or practise one conversation').click();
  await page.getByRole('button', { name: /The Pilot Review/ }).click();
  await expect(conversationLog(page)).toContainText('Priya has the revised pilot report open');
  await expect(choices(page).first()).toBeVisible();

  // The same pack again replaces nothing anyone could lose: no question.
  await page.goto('./');
  await importPack(page, packFile('pilot-v2.longgame.json', newer));
  await expect(page.getByRole('status')).toContainText('Imported 1 conversation');
  await expect(page.getByText('Replace conversations you imported before?')).toHaveCount(0);
});

test('a pack reader that stops answering is stopped by the watchdog, with a clear message, and the page carries on', async ({ page }) => {
  // The Worker's own script, swapped for one that says it has started and then never speaks again.
  await page.route(/pack-worker[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "addEventListener('message', () => { postMessage({ kind: 'started' }); for (;;) {} });" }),
  );
  await page.goto('./');
  await importPack(page, packFile('pilot.longgame.json'));
  await expect(page.getByRole('status')).toHaveText(
    'That file could not be imported: the pack reader stopped answering for 10 seconds, so it was stopped. Nothing was changed.',
    { timeout: 20_000 },
  );
  await page.getByText('Or practise one conversation').click();
  await expect(page.getByRole('button', { name: /The Pilot Review/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeVisible();
});

test('the one-file build, opened from disk with no Worker, reads a pack on the page', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(pathToFileURL(path.join(ROOT, 'dist-single/index.html')).href);
  await importPack(page, packFile('pilot.longgame.json'));
  await expect(page.getByRole('status')).toContainText('Imported 1 conversation from “\u2068Spring cohort\u2069”');
  expect(workers).toEqual([]);
  await page.getByText('Or practise one conversation').click();
  await page.getByRole('button', { name: /The Pilot Review/ }).click();
  await expect(conversationLog(page)).toContainText(FIRST_LINE);
});
