import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, conversationLog } from './fixtures';

const choices = (page: Page) => page.getByRole('group', { name: 'What do you say?' }).getByRole('button');

/** Plays the meeting on screen to its end by keyboard: `pick` chooses the option number at each choice point. */
async function playMeetingByKeyboard(page: Page, pick: (labels: string[]) => number): Promise<number> {
  const leave = page.getByRole('button', { name: 'Leave the meeting' });
  const group = page.getByRole('group', { name: 'What do you say?' });
  let points = 0;
  for (;;) {
    await expect(group.or(leave)).toBeVisible();
    if ((await leave.count()) > 0) break;
    // Hold on to this very choice point, so the next one cannot be mistaken for it.
    const handle = await group.elementHandle();
    const labels = await choices(page).allTextContents();
    if (!handle || labels.length === 0) continue;
    await page.keyboard.press(String(pick(labels)));
    await handle.waitForElementState('hidden');
    points += 1;
  }
  await expect(leave).toBeFocused();
  const handle = await leave.elementHandle();
  await page.keyboard.press('Enter');
  await handle!.waitForElementState('hidden');
  return points;
}

/** Meets the first account on the agenda, by keyboard. */
async function meetFirstAccount(page: Page): Promise<void> {
  const first = page.getByRole('group', { name: 'Your accounts' }).getByRole('button').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('1');
  await expect(conversationLog(page)).toBeVisible();
}

/** Plays a whole campaign by keyboard: meets the first accounts on the agenda, takes option 1 everywhere. */
async function playCampaignByKeyboard(page: Page, quarters: number): Promise<void> {
  for (let q = 1; q <= quarters; q++) {
    await expect(page.getByRole('heading', { name: `Quarter ${q} of ${quarters}`, exact: true })).toBeVisible();
    for (;;) {
      const accounts = page.getByRole('group', { name: 'Your accounts' }).getByRole('button');
      if ((await accounts.first().isDisabled())) break;
      await meetFirstAccount(page);
      await playMeetingByKeyboard(page, () => 1);
      await expect(page.getByRole('heading', { name: `Quarter ${q} of ${quarters}`, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: "See the quarter's results" })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Quarter ${q} of ${quarters}: results` })).toBeVisible();
    // What a seller sees: money, quota, the manager, the buyers' reactions. No meters.
    const text = await page.locator('#ui').innerText();
    expect(text).not.toMatch(/credibility|intimacy|self-orientation|trust:/i);
    await page.keyboard.press('Enter');
  }
}

test.describe('the campaign', () => {
  test('a two-quarter campaign plays by keyboard alone, from the title to the debrief', async ({ page }) => {
    await page.goto('./?seed=7&quarters=2');
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeFocused();
    await page.keyboard.press('Enter');
    await playCampaignByKeyboard(page, 2);
    await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  });

  test('a session is exported as JSON and CSV, and opened in another browser at its debrief', async ({ page, browser }) => {
    await page.goto('./?seed=7&quarters=2');
    await page.getByRole('button', { name: 'Start the campaign' }).click();
    await playCampaignByKeyboard(page, 2);
    const form = page.getByRole('form', { name: 'Your prediction' });
    // The debrief works out its bots' results before it shows: wait for the form, or there is nothing yet to fill in.
    await expect(form).toBeVisible();
    for (const group of await form.locator('fieldset').all()) await group.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Reveal' }).click();
    const table = page.getByRole('table', { name: 'Cumulative revenue by quarter (k)' });
    const mine = await table.getByRole('row').nth(2).getByRole('cell').first().textContent();

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the session (JSON)' }).click()]);
    expect(json.suggestedFilename()).toBe('the-long-game-session-seed-7.json');
    const jsonPath = test.info().outputPath('session.json');
    await json.saveAs(jsonPath);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the choices (CSV)' }).click()]);
    const csvPath = test.info().outputPath('session.csv');
    await csv.saveAs(csvPath);
    const rows = readFileSync(csvPath, 'utf8').trim().split('\r\n');
    expect(rows[0]).toMatch(/^quarter,account,buyer,company,conversation,stage,choice,move,principle,trust before,trust after,credibility before/);
    expect(rows.length).toBeGreaterThan(4);

    // Another browser opens the session file and sees the same debrief.
    const other = await browser.newContext({ reducedMotion: 'reduce' });
    const review = await other.newPage();
    await review.goto('./');
    await review.getByText('Or practise one conversation').click();
    await review.getByLabel('Open a saved session…').setInputFiles(jsonPath);
    const otherForm = review.getByRole('form', { name: 'Your prediction' });
    await expect(otherForm).toBeVisible();
    for (const group of await otherForm.locator('fieldset').all()) await group.getByRole('radio').first().check();
    await review.getByRole('button', { name: 'Reveal' }).click();
    const otherTable = review.getByRole('table', { name: 'Cumulative revenue by quarter (k)' });
    await expect(otherTable.getByRole('row').nth(2).getByRole('cell').first()).toHaveText(mine!);

    // A damaged file is refused with a reason, and nothing changes.
    await review.goto('./');
    await review.getByText('Or practise one conversation').click();
    await review.getByLabel('Open a saved session…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"the-long-game/session","record":{"version":1,"settings":{"seed":1,"quarters":99,"returnLikelihood":0.5},"meetings":[],"quartersEnded":0}}') });
    await expect(review.getByRole('status')).toContainText("That session could not be opened: the session's record is damaged at settings.quarters");
    await other.close();
  });

  test('saves after every choice and resumes after a reload, at the same point', async ({ page }) => {
    await page.goto('./?seed=11&quarters=2');
    await page.getByRole('button', { name: 'Start the campaign' }).click();
    await page.getByRole('group', { name: 'Your accounts' }).getByRole('button').first().click();
    await expect(choices(page).first()).toBeVisible();
    const offered = await choices(page).allTextContents();
    await choices(page).first().click();
    await expect(choices(page).first().or(page.getByRole('button', { name: 'Leave the meeting' }))).toBeVisible();
    const next = await choices(page).allTextContents();
    expect(next).not.toEqual(offered);
    await page.reload();
    const resume = page.getByRole('button', { name: 'Continue your campaign: quarter 1 of 2' });
    await expect(resume).toBeFocused();
    await page.keyboard.press('Enter');
    // Back in the same meeting, at the same choice point.
    await expect(conversationLog(page)).toBeVisible();
    await expect(choices(page)).toHaveText(next);
  });
});

test.describe('a full default campaign', () => {
  test.setTimeout(240_000);

  test('plays 8 quarters by keyboard, then the debrief predicts first and reveals beside it', async ({ page }) => {
    await page.goto('./?seed=21');
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Take the last option at every choice point: mostly the relationship move in these stories.
    for (let q = 1; q <= 8; q++) {
      await expect(page.getByRole('heading', { name: `Quarter ${q} of 8`, exact: true })).toBeVisible();
      const allowance = q <= 4 ? 2 : 1;
      for (let m = 0; m < allowance; m++) {
        await meetFirstAccount(page);
        await playMeetingByKeyboard(page, (labels) => labels.length);
      }
      await expect(page.getByRole('button', { name: "See the quarter's results" })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: `Quarter ${q} of 8: results` })).toBeVisible();
      await page.keyboard.press('Enter');
    }

    const debrief = page.getByRole('heading', { name: 'Debrief: two years in the territory' });
    await expect(debrief).toBeVisible();
    // Prediction first: nothing of the result is on the page yet.
    const form = page.getByRole('form', { name: 'Your prediction' });
    await expect(form).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What you predicted' })).toHaveCount(0);
    await expect(page.getByText('Cumulative revenue by quarter (k)')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reveal' })).toBeDisabled();
    // Answer by keyboard: the first radio is focused; arrows move within a group, Tab to the next.
    await expect(form.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Reveal' })).toBeEnabled();
    await page.keyboard.press('Enter');

    // The reveal, beside the prediction.
    await expect(page.getByRole('heading', { name: 'What you predicted' })).toBeVisible();
    await expect(page.getByText(/Right|Wrong/).first()).toBeVisible();
    const table = page.getByRole('table', { name: 'Cumulative revenue by quarter (k)' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(1 + 8); // a header and one row a quarter
    await expect(page.getByRole('img', { name: /revenue/i })).toBeVisible();
    // The bots' spread across many worlds arrives from the background.
    await expect(table).toContainText(/to/, { timeout: 60_000 });
    await expect(page.getByRole('heading', { name: 'Each account, choice by choice' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The choices that moved trust most' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reflect' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'One account, one move this week' })).toBeVisible();

    // About this model: every assumption, and when pushing wins.
    await page.getByRole('button', { name: 'About this model' }).click();
    await expect(page.getByRole('heading', { name: 'About this model' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /When pushing wins/ })).toBeVisible();
    await expect(page.getByText('acquisitionCostCold')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(debrief).toBeVisible();

    // Replay from quarter 5: quarters 1-4 are kept.
    await page.getByLabel('Quarter to replay from').selectOption('5');
    await page.getByRole('button', { name: 'Replay from quarter 5' }).click();
    await expect(page.getByRole('heading', { name: 'Quarter 5 of 8', exact: true })).toBeVisible();
  });
});
