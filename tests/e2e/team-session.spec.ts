/**
 * A team session as a facilitator runs one on a 1920x1080 projector: three
 * teams lock their choices unseen, the choices are revealed together, each
 * team's world moves on its own, the sales floor shows only revenue against
 * quota, and the final reveal puts revenue and trust side by side. Then the
 * session goes to file and back, and the shadow of the future reruns it.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

const lockBar = (page: Page) => page.getByRole('group', { name: 'Locks' });
const lock = (page: Page, team: string) => lockBar(page).getByRole('button', { name: new RegExp(`^[A-F] ${team}:`) });
const screens = (page: Page) => page.locator('.team-screen');
const revealed = (page: Page) => page.getByRole('region', { name: 'What each team said' });

/** Readable from the back of the room: every line of the meeting, on every team's screen, at least 36 px. */
async function meetingTextFor36px(page: Page): Promise<void> {
  // Measured only once it is there: a screen without its lines fails rather than passing unmeasured.
  const count = await screens(page).count();
  expect(count, 'team screens on the projector').toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(screens(page).nth(i).locator('.line').first(), `the meeting's lines on screen ${i + 1}`).toBeVisible();
  const sizes = await page.locator('.team-screen .line').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(sizes.length).toBeGreaterThanOrEqual(count);
  expect(Math.min(...sizes), `font sizes of the meeting's lines: ${sizes.join(', ')}`).toBeGreaterThanOrEqual(36);
}

/** AAA contrast (7:1) everywhere on screen, with enough on screen to have been checked. */
async function aaaContrast(page: Page): Promise<void> {
  const contrast = await new AxeBuilder({ page }).include('#ui').withRules(['color-contrast-enhanced']).analyze();
  expect(contrast.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
  expect(contrast.passes.find((r) => r.id === 'color-contrast-enhanced')?.nodes.length ?? 0).toBeGreaterThan(5);
}

/** A story's discussion prompt holds every team's choices until Enter; true if one did. */
async function talkItOver(page: Page): Promise<boolean> {
  const carryOn = page.getByRole('button', { name: 'Carry on to the choices (Enter)' });
  if (!(await carryOn.isVisible())) return false;
  await expect(page.getByRole('note', { name: 'Discuss' }).first()).toBeVisible();
  await expect(screens(page).getByRole('button')).toHaveCount(0);
  await expect(lock(page, 'Harbour')).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(carryOn).toHaveCount(0);
  return true;
}

/** Plays on to the final reveal: every team takes its first choice; prompts and boards go on with Enter. */
async function playToTheEnd(page: Page): Promise<{ boards: string[]; discussed: number }> {
  const boards: string[] = [];
  let discussed = 0;
  for (let step = 0; step < 400; step++) {
    if (await page.getByRole('heading', { name: 'The final reveal', exact: true }).isVisible()) return { boards, discussed };
    if (await page.getByRole('heading', { name: /the sales floor$/ }).isVisible()) {
      const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      boards.push(title);
      const board = page.getByRole('table', { name: 'This quarter’s revenue against quota, best first' });
      // The room predicts with no board on screen; then the board shows only what a sales floor sees: no trust, no meters.
      if (title.endsWith('before the sales floor')) await expect(board).toHaveCount(0);
      else await expect(board.locator('thead th')).toHaveText(['#', 'Team', 'Revenue', 'Against quota']);
      await page.keyboard.press('Enter');
    } else if (await lockBar(page).isVisible()) {
      if (await page.getByRole('button', { name: /carry on/ }).isVisible()) {
        await page.keyboard.press('Enter');
        continue;
      }
      if (await talkItOver(page)) discussed += 1;
      for (const key of ['a', '1', 'b', '1', 'c', '1']) await page.keyboard.press(key);
      await expect(page.getByRole('button', { name: 'Reveal the choices (Enter)' })).toBeVisible();
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Enter');
    }
  }
  throw new Error('the session did not reach its final reveal');
}

test('three teams: unseen locks, one reveal, their own worlds, the sales floor and the final reveal', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('./?mode=facilitator&seed=7&quarters=2');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  await expect(page.getByLabel('Team A')).toHaveValue('Harbour');
  await expect(page.getByLabel('Quarters')).toHaveValue('2');
  await page.getByRole('button', { name: 'Start the team session' }).click();

  // Every team faces the same buyer at the same point.
  await expect(screens(page)).toHaveCount(1);
  await talkItOver(page);
  await expect(screens(page).getByRole('heading', { level: 2 })).toContainText('All teams');
  const offered = await screens(page).getByRole('button').allTextContents();
  expect(offered.length).toBeGreaterThanOrEqual(2);
  const text = (n: number) => offered[n - 1]!.replace(/^\d+\.\s*/, '');

  // Locks are unseen until every team has locked; then one reveal shows them all.
  await page.keyboard.press('a');
  await page.keyboard.press('1');
  await expect(lock(page, 'Harbour')).toContainText('✓ locked');
  await expect(lockBar(page).getByRole('status')).toHaveText('\u2068Harbour\u2069 locked. Waiting for \u2068Summit, Beacon\u2069.');
  await expect(page.getByRole('button', { name: 'Reveal the choices (Enter)' })).toHaveCount(0);
  await page.keyboard.press('b');
  await page.keyboard.press('2');
  await page.keyboard.press('c');
  await page.keyboard.press('1');
  await expect(revealed(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(revealed(page).getByRole('listitem')).toHaveText([`\u2068Harbour\u2069: “\u2068${text(1)}\u2069”`, `\u2068Summit\u2069: “\u2068${text(2)}\u2069”`, `\u2068Beacon\u2069: “\u2068${text(1)}\u2069”`]);
  // Harbour and Beacon chose alike and share a screen; Summit's world went its own way.
  await expect(screens(page)).toHaveCount(2);
  await expect(screens(page).getByRole('heading', { level: 2 }).first()).toContainText('A · Harbour · C · Beacon');
  await expect(screens(page).getByRole('heading', { level: 2 }).nth(1)).toContainText('B · Summit');
  // Their story's discussion prompt holds both screens before the choices (talkItOver checks the hold).
  expect(await talkItOver(page), 'a discussion prompt after the reveal').toBe(true);
  await page.screenshot({ path: test.info().outputPath('team-reveal.png') });
  await meetingTextFor36px(page);
  await aaaContrast(page);

  // R: a prediction first, then every team's meters; R again hides them.
  const meters = page.getByRole('table', { name: 'Each team’s buyer in this meeting' });
  await page.keyboard.press('r');
  await expect(page.getByText('Predict first: which team’s buyer trusts them most now?')).toBeVisible();
  await expect(meters).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(meters.locator('tbody tr')).toHaveCount(3);
  // Each row names the buyer that team is meeting: Summit's is the one on Summit's own screen.
  const summitBuyer = (await screens(page).getByRole('heading', { level: 2 }).nth(1).textContent())!;
  const summitRow = (await meters.locator('tr[data-team="Summit"]').textContent())!;
  expect(summitRow.replace(/^Summit/, '').split(/\d/)[0]!.trim().length).toBeGreaterThan(3);
  expect(summitBuyer).toContain(summitRow.replace(/^Summit/, '').split(/\d/)[0]!.trim());
  await page.keyboard.press('r');
  await expect(meters).toHaveCount(0);

  // A reload carries on at the same point.
  await page.reload();
  await page.getByRole('button', { name: 'Continue the team session: quarter 1 of 2' }).click();
  await expect(screens(page)).toHaveCount(2);
  expect(await talkItOver(page), 'the discussion prompt again after the reload').toBe(true);

  // Backspace takes back the reveal: every team is at the first choice again.
  await page.keyboard.press('Backspace');
  await expect(lockBar(page).getByRole('status')).toHaveText('Took back the last choices.');
  await expect(screens(page)).toHaveCount(1);
  await talkItOver(page);
  await expect(screens(page).getByRole('button')).toHaveText(offered);

  const { boards, discussed } = await playToTheEnd(page);
  // The stories' discussion prompts held the room more than once on the way.
  expect(discussed).toBeGreaterThan(1);
  // The room predicts before each quarter's board.
  expect(boards).toEqual(['Quarter 1 of 2: before the sales floor', 'Quarter 1 of 2: the sales floor', 'Quarter 2 of 2: before the sales floor', 'Quarter 2 of 2: the sales floor']);

  const final = page.getByRole('table', { name: 'Each team: all its revenue, and how much its buyers trust it' });
  await expect(final.locator('tbody tr')).toHaveCount(3);
  await expect(final.locator('thead th')).toHaveText(['Team', 'Revenue, whole session', 'Trust of the buyers it met', 'Top of the floor in']);
  await expect(page.locator('.final-reveal .summary').first()).toContainText(/led the floor early/);
  const finalRows = await final.locator('tbody tr').allTextContents();
  // No meeting on screen now, so no meeting text to measure: the contrast only.
  await expect(screens(page)).toHaveCount(0);
  await aaaContrast(page);
  await page.screenshot({ path: test.info().outputPath('team-final.png') });

  // The session on file: JSON with every team, CSV with a team column.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the session (JSON)' }).click()]);
  expect(json.suggestedFilename()).toBe('the-long-game-team-session-seed-7.json');
  const jsonPath = test.info().outputPath('team-session.json');
  await json.saveAs(jsonPath);
  const file = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(file.record.teams.map((t: { name: string }) => t.name)).toEqual(['Harbour', 'Summit', 'Beacon']);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download every choice (CSV)' }).click()]);
  const csvPath = test.info().outputPath('team-session.csv');
  await csv.saveAs(csvPath);
  const rows = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  expect(rows[0]).toMatch(/^team,quarter,account,buyer,company,conversation,stage,choice,move/);
  for (const team of ['Harbour', 'Summit', 'Beacon']) expect(rows.some((r) => r.startsWith(`${team},`))).toBe(true);

  // Opened in another browser, the file replays to the same final reveal.
  const other = await browser.newContext({ reducedMotion: 'reduce' });
  const review = await other.newPage();
  await review.goto('./');
  await review.getByText('Or practise one conversation').click();
  await review.getByLabel('Open a saved session…').setInputFiles(jsonPath);
  await expect(review.getByRole('heading', { name: 'Before the final reveal' })).toBeVisible();
  await review.keyboard.press('Enter');
  await expect(review.getByRole('table', { name: 'Each team: all its revenue, and how much its buyers trust it' }).locator('tbody tr')).toHaveText(finalRows);
  await other.close();

  // The shadow of the future: each style and the bots, under the horizon played and another, side by side.
  await page.getByRole('button', { name: 'Rerun each team’s style under another horizon' }).click();
  await expect(page.getByLabel('Quarters')).toHaveValue('8');
  await page.getByRole('button', { name: 'Run both (Enter)' }).click();
  const tables = page.locator('.shadow-results table');
  await expect(tables).toHaveCount(2, { timeout: 60_000 });
  await expect(tables.first().locator('caption')).toContainText('As played: 2 quarters, buyers return 85%');
  await expect(tables.nth(1).locator('caption')).toContainText('The other horizon: 8 quarters, buyers return 85%');
  for (const table of await tables.all()) {
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await expect(table).toContainText('\u2068Harbour\u2069’s style');
    await expect(table).toContainText('Closer bot');
  }
  await expect(page.getByRole('status').filter({ hasText: /winner|wins under both/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('team-shadow.png') });
});

test('the setup refuses blank, invisible or repeated team names, and holds two to six teams', async ({ page }) => {
  await page.goto('./?mode=facilitator');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  await expect(page.getByText('About 40 minutes of play with three teams')).toBeVisible();
  await page.getByLabel('Team B').fill('harbour');
  await page.getByRole('button', { name: 'Start the team session' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give every team a name, each different.');
  await expect(page.getByRole('heading', { name: 'A team session' })).toBeVisible();
  // Three zero-width spaces look like a name to the browser and like nothing to the room.
  await page.getByLabel('Team B').fill('\u200B\u200B\u200B');
  await page.getByRole('button', { name: 'Start the team session' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give every team a name, each different.');
  await expect(page.getByRole('heading', { name: 'A team session' })).toBeVisible();
  await page.getByLabel('Team B').fill('Summit');
  const add = page.getByRole('button', { name: 'Add a team' });
  for (let i = 0; i < 3; i++) await add.click();
  await expect(page.getByLabel('Team F')).toHaveValue('Granite');
  await expect(add).toBeDisabled();
  await page.getByRole('button', { name: 'Remove \u2068Granite\u2069' }).click();
  await expect(add).toBeEnabled();
  await page.getByLabel('Quarters').selectOption('8');
  await expect(page.getByText('About 49 minutes of play with three teams')).toBeVisible();
});

test('a new team session over a saved one asks first: keep it, download it, or start anew', async ({ page }) => {
  await page.goto('./?mode=facilitator&seed=7&quarters=2');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  await page.getByRole('button', { name: 'Start the team session' }).click();
  await expect(screens(page)).toHaveCount(1);
  const saved = () => page.evaluate(() => localStorage.getItem(`the-long-game:team-session.slot-${localStorage.getItem('the-long-game:team-session.current')}`));
  const before = await saved();
  expect(before).not.toBeNull();

  await page.goto('./?mode=facilitator&seed=7&quarters=2');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  const ask = page.getByRole('alert').filter({ hasText: 'Start a new team session?' });
  await expect(ask).toContainText('A team session is saved at quarter 1 of 2.');
  const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'Download the saved session' }).click()]);
  expect(download.suggestedFilename()).toBe('the-long-game-team-session.json');
  await ask.getByRole('button', { name: 'Keep the saved session' }).click();
  await expect(page.getByRole('button', { name: /^Continue the team session/ })).toBeVisible();
  expect(await saved()).toBe(before);

  await page.getByRole('button', { name: 'Run a team session' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Start a new team session' }).click();
  await expect(page.getByRole('heading', { name: 'A team session' })).toBeVisible();
});
