import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const choices = (page: Page) => page.getByRole('group', { name: 'What do you say?' }).getByRole('button');

/** Plays the meeting on screen to its end by keyboard: `pick` chooses the option number at each choice point. */
async function playMeetingByKeyboard(page: Page, pick: (labels: string[]) => number): Promise<number> {
  const leave = page.getByRole('button', { name: 'Leave the meeting' });
  let points = 0;
  for (;;) {
    await expect(choices(page).first().or(leave)).toBeVisible();
    if (await leave.isVisible()) break;
    const labels = await choices(page).allTextContents();
    await page.keyboard.press(String(pick(labels)));
    points += 1;
    await expect(page.getByRole('group', { name: 'What do you say?' }).getByText(labels[0]!.slice(3), { exact: false })).toHaveCount(0);
  }
  await expect(leave).toBeFocused();
  await page.keyboard.press('Enter');
  return points;
}

/** Plays a whole campaign by keyboard: meets the first accounts on the agenda, takes option 1 everywhere. */
async function playCampaignByKeyboard(page: Page, quarters: number): Promise<void> {
  for (let q = 1; q <= quarters; q++) {
    await expect(page.getByRole('heading', { name: `Quarter ${q} of ${quarters}`, exact: true })).toBeVisible();
    for (;;) {
      const accounts = page.getByRole('group', { name: 'Your accounts' }).getByRole('button');
      if ((await accounts.first().isDisabled())) break;
      await page.keyboard.press('1');
      await expect(page.getByRole('log')).toBeVisible();
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
  test('a two-quarter campaign plays by keyboard alone, from the title to the debrief', async ({ page, problems }) => {
    void problems;
    await page.goto('./?seed=7&quarters=2');
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeFocused();
    await page.keyboard.press('Enter');
    await playCampaignByKeyboard(page, 2);
    await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  });

  test('saves after every choice and resumes after a reload, at the same point', async ({ page, problems }) => {
    void problems;
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
    await expect(page.getByRole('log')).toBeVisible();
    await expect(choices(page)).toHaveText(next);
  });
});
