/**
 * Saves on the browser's real storage: two slots and a pointer, so a failed
 * write loses nothing; a damaged, cut-short, foreign or future save gets a
 * clear message and a choice (the backup, the damaged text to download, or
 * starting over), never a blank screen; a save from before envelopes is
 * migrated by replaying it; a conversation changed under a save is the
 * player's choice; full or disabled storage keeps the game going with a
 * visible notice and the progress to download.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { SAVE_VERSION, checksum } from '../../src/platform/save-store';
import { type PageProblems, choices, conversationLog, expect, test, watchProblems } from './fixtures';

const KEY = 'the-long-game:campaign';
const resume = (page: Page) => page.getByRole('button', { name: /^Continue your campaign/ });
const saveAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Your saved campaign' });

/** Starts a campaign and makes `n` choices in its first meeting (a save after each). */
async function startAndChoose(page: Page, n: number): Promise<string[]> {
  await page.goto('./?seed=7&quarters=2');
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  await page.getByRole('group', { name: 'Your accounts' }).getByRole('button').first().click();
  for (let i = 0; i < n; i++) {
    await expect(choices(page).first()).toBeVisible();
    await choices(page).first().click();
  }
  await expect(choices(page).first().or(page.getByRole('button', { name: 'Leave the meeting' }))).toBeVisible();
  return choices(page).allTextContents();
}

/** Makes a choice that cannot be saved: the toolbar says "Not saved", and its button downloads the progress as a session file. */
async function chooseUnsaved(page: Page): Promise<{ format: string; record: { meetings: { choices: unknown[] }[] } }> {
  await choices(page).first().click();
  const warning = page.getByRole('button', { name: /Not saved/ });
  await expect(warning).toBeVisible();
  await expect(choices(page).first().or(page.getByRole('button', { name: 'Leave the meeting' }))).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), warning.click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file.format).toBe('the-long-game/session');
  return file;
}

const storage = (page: Page) =>
  page.evaluate((key) => {
    const current = localStorage.getItem(`${key}.current`);
    return { current, slot: current ? localStorage.getItem(`${key}.slot-${current}`) : null, other: current ? localStorage.getItem(`${key}.slot-${current === 'a' ? 'b' : 'a'}`) : null };
  }, KEY);

const setSlot = (page: Page, text: string) =>
  page.evaluate(([key, value]) => localStorage.setItem(`${key}.slot-${localStorage.getItem(`${key}.current`)}`, value), [KEY, text] as const);

test('a save carries its version, build, story hashes and checksum, in two slots behind a pointer', async ({ page }) => {
  await startAndChoose(page, 2);
  const { current, slot, other } = await storage(page);
  expect(current === 'a' || current === 'b').toBe(true);
  const envelope = JSON.parse(slot!);
  expect(envelope).toMatchObject({ format: 'the-long-game/save', kind: 'campaign', version: SAVE_VERSION });
  expect(envelope.build).toMatch(/^\d+\.\d+\.\d+/);
  expect(Object.values(envelope.stories).every((h) => typeof h === 'string' && (h as string).length > 8)).toBe(true);
  expect(envelope.checksum).toBe(checksum(JSON.stringify(envelope.payload)));
  // The other slot is the save before: one choice fewer.
  const before = JSON.parse(other!).payload;
  expect(before.meetings.at(-1).choices.length).toBe(envelope.payload.meetings.at(-1).choices.length - 1);
});

test('a damaged save: the reason, the backup, the damaged text to download, and nothing lost', async ({ page }) => {
  const offered = await startAndChoose(page, 2);
  const { slot } = await storage(page);
  await setSlot(page, slot!.replace('"quartersEnded":0', '"quartersEnded":1'));
  await page.reload();
  await expect(saveAlert(page)).toContainText("Your saved campaign could not be read: the save's checksum does not match its contents: it was changed or damaged.");
  await expect(resume(page)).toHaveCount(0);
  // The message is as accessible as any screen: no serious or critical axe issue.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the damaged save' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(slot!.replace('"quartersEnded":0', '"quartersEnded":1'));
  // The backup is one choice behind: the meeting resumes at the choice before.
  await page.getByRole('button', { name: 'Try the backup (quarter 1 of 2)' }).click();
  await expect(conversationLog(page)).toBeVisible();
  await expect(choices(page).first()).toBeVisible();
  expect(await choices(page).allTextContents()).not.toEqual(offered);
});

for (const [name, damage, message] of [
  ['cut short', (s: string) => s.slice(0, Math.floor(s.length * 0.6)), 'the save is cut short: it was only partly written'],
  ['from a newer game', (s: string) => s.replace(`"version":${SAVE_VERSION}`, '"version":9'), 'the save is from a newer version of the game (save format 9; this game reads up to 2)'],
  ['foreign', () => '{"name":"not ours","level":3}', 'this is not a save from The Long Game'],
  ['garbage', () => '\u0000\u0007\uffff not json', 'the save is not readable: its text is damaged'],
] as const) {
  test(`a save that is ${name} gets a clear message and a fresh start still works`, async ({ page }) => {
    await startAndChoose(page, 1);
    const { slot } = await storage(page);
    await setSlot(page, damage(slot!));
    await page.reload();
    await expect(saveAlert(page)).toContainText(message);
    await expect(page.getByRole('button', { name: 'Download the damaged save' })).toBeVisible();
    await page.getByRole('button', { name: 'Start the campaign' }).click();
    await expect(page.getByRole('group', { name: 'Your accounts' })).toBeVisible();
    await page.reload();
    await expect(resume(page)).toBeVisible();
    await expect(saveAlert(page)).toHaveCount(0);
  });
}

test('a save from before envelopes (version 1) is migrated by replaying it', async ({ page }) => {
  const offered = await startAndChoose(page, 2);
  const { slot } = await storage(page);
  const record = JSON.parse(slot!).payload;
  await page.evaluate(
    ([key, value]) => {
      for (const suffix of ['.current', '.slot-a', '.slot-b']) localStorage.removeItem(key + suffix);
      localStorage.setItem(key, value);
    },
    [KEY, JSON.stringify(record)] as const,
  );
  await page.reload();
  await resume(page).click();
  await expect(choices(page)).toHaveText(offered);
  const migrated = await storage(page);
  expect(JSON.parse(migrated.slot!).payload).toEqual(record);
});

test('a conversation changed under a save: the player chooses to replay up to the change', async ({ page }) => {
  await startAndChoose(page, 2);
  const { slot } = await storage(page);
  const envelope = JSON.parse(slot!);
  const storyId = envelope.payload.meetings[0].storyId;
  envelope.stories[storyId] = 'an-older-version';
  envelope.payload.meetings[0].contentHash = 'an-older-version';
  envelope.checksum = checksum(JSON.stringify(envelope.payload));
  await setSlot(page, JSON.stringify(envelope));
  await page.reload();
  await resume(page).click();
  await expect(saveAlert(page)).toContainText('Your saved campaign cannot be replayed exactly: a conversation has changed since you played it');
  await page.getByRole('button', { name: 'Replay up to the change' }).click();
  // The change was in the first meeting: the campaign carries on from the start of quarter 1.
  await expect(page.getByRole('heading', { name: 'Quarter 1 of 2' })).toBeVisible();
  expect(JSON.parse((await storage(page)).slot!).payload.meetings).toEqual([]);
});

test('full storage: the game carries on, says "Not saved", offers the progress, and the last good save stays', async ({ page }) => {
  await startAndChoose(page, 1);
  const before = (await storage(page)).slot;
  // Fill this origin's real storage to its quota.
  await page.evaluate(() => {
    const block = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, block);
      } catch {
        break;
      }
    }
    for (let size = 16 * 1024; size >= 16; size /= 2) {
      for (let j = 0; ; j++) {
        try {
          localStorage.setItem(`filler-small-${size}-${j}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  const file = await chooseUnsaved(page);
  expect(file.record.meetings[0]!.choices).toHaveLength(2);
  expect((await storage(page)).slot).toBe(before);
});

test('disabled storage (the browser blocks this site’s data): the game plays, says "Not saved", and offers the progress', async ({ playwright }, testInfo) => {
  // A real Chromium profile whose settings block site data: touching localStorage throws, as it does for such a player.
  const profile = mkdtempSync(path.join(tmpdir(), 'blocked-storage-'));
  mkdirSync(path.join(profile, 'Default'));
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    baseURL: testInfo.project.use.baseURL,
    serviceWorkers: 'block',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: PageProblems = { list: [] };
    await watchProblems(page, problems);
    await startAndChoose(page, 0);
    expect(await page.evaluate('(() => { try { localStorage.length; return "open"; } catch (e) { return e.name; } })()')).toBe('SecurityError');
    const file = await chooseUnsaved(page);
    expect(file.record.meetings[0]!.choices).toHaveLength(1);
    expect(problems.list).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a damaged team session: the same choice (its backup, the damaged text, or a new session)', async ({ page }) => {
  await page.goto('./?mode=facilitator&seed=7&quarters=2');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  await page.getByRole('button', { name: 'Start the team session' }).click();
  const locks = page.getByRole('group', { name: 'Locks' });
  const carryOn = page.getByRole('button', { name: 'Carry on to the choices (Enter)' });
  const offered = page.locator('.team-screen').getByRole('button');
  /** The choices the teams face next, past any discussion prompt. */
  const nextChoices = async () => {
    await expect(offered.first().or(carryOn)).toBeVisible();
    if (await carryOn.isVisible()) await page.keyboard.press('Enter');
    await expect(offered.first()).toBeVisible();
    return offered.allTextContents();
  };
  // Two reveals: a save after each, so the slot before the current one holds the first.
  const after: string[][] = [];
  for (let reveal = 0; reveal < 2; reveal++) {
    await nextChoices();
    for (const key of ['a', '1', 'b', '1', 'c', '1']) await page.keyboard.press(key);
    await page.getByRole('button', { name: 'Reveal the choices (Enter)' }).click();
    await expect(page.getByRole('region', { name: 'What each team said' })).toBeVisible();
    after.push(await nextChoices());
  }
  expect(after[1]).not.toEqual(after[0]);
  const damaged = await page.evaluate(() => {
    const key = 'the-long-game:team-session';
    const slot = `${key}.slot-${localStorage.getItem(`${key}.current`)}`;
    const text = localStorage.getItem(slot)!.replace('"Harbour"', '"Harbor"');
    localStorage.setItem(slot, text);
    return text;
  });
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved team session' });
  await expect(alert).toContainText('The saved team session could not be read: the save\'s checksum does not match its contents');
  await expect(page.getByRole('button', { name: /^Continue the team session/ })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the damaged save' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(damaged);
  await alert.getByRole('button', { name: 'Try the backup (quarter 1 of 2)' }).click();
  // The backup holds the first reveal: the teams face the choices that followed it again.
  await expect(locks).toBeVisible();
  expect(await nextChoices()).toEqual(after[0]);
});

test('nothing replaces a campaign silently: a new campaign asks first, and an opened session plays in a slot of its own', async ({ page }) => {
  await startAndChoose(page, 2);
  const mine = await storage(page);
  await page.goto('./?seed=8&quarters=2');

  // Starting over asks: keep, download, or go on.
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  const ask = page.getByRole('alert').filter({ hasText: 'Start a new campaign?' });
  await expect(ask).toContainText('Your campaign is saved at quarter 1 of 2.');
  const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'Download my campaign' }).click()]);
  const filePath = test.info().outputPath('my-campaign.json');
  await download.saveAs(filePath);
  const file = JSON.parse(readFileSync(filePath, 'utf8'));
  expect(file.format).toBe('the-long-game/session');
  expect(file.record.meetings[0].choices).toHaveLength(2);
  await ask.getByRole('button', { name: 'Keep my campaign' }).click();
  await expect(resume(page)).toBeVisible();
  expect(await storage(page)).toEqual(mine);

  // The file opened plays on in its own slot; the player's campaign is untouched.
  await page.getByText('Or practise one conversation').click();
  await page.getByLabel('Open a saved session…').setInputFiles(filePath);
  // The file was saved mid-meeting: it opens at the same choice.
  await expect(choices(page).first()).toBeVisible();
  await choices(page).first().click();
  await expect(choices(page).first().or(page.getByRole('button', { name: 'Leave the meeting' }))).toBeVisible();
  expect(await storage(page)).toEqual(mine);
  expect(await page.evaluate(() => localStorage.getItem('the-long-game:opened-campaign.current'))).toMatch(/^[ab]$/);
  await page.goto('./');
  await expect(resume(page)).toHaveText('Continue your campaign: quarter 1 of 2');
  await expect(page.getByRole('button', { name: 'Continue the session opened from a file: quarter 1 of 2' })).toBeVisible();

  // Going on replaces it, as the player chose.
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Start a new campaign' }).click();
  await expect(page.getByRole('group', { name: 'Your accounts' })).toBeVisible();
  expect((await storage(page)).slot).not.toEqual(mine.slot);
});

test('a damaged pointer in front of good slots: the campaign is still there to continue', async ({ page }) => {
  await startAndChoose(page, 2);
  await page.evaluate(() => localStorage.setItem('the-long-game:campaign.current', 'x'));
  await page.goto('./?seed=7&quarters=2');
  await expect(resume(page)).toBeVisible();
  await resume(page).click();
  await expect(page.getByRole('group', { name: 'Your accounts' }).or(choices(page).first())).toBeVisible();
});
