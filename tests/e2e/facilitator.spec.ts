/**
 * Facilitator mode on a 1920x1080 projector: text large enough for the back of
 * the room, AAA contrast (axe's enhanced contrast rule), a session clock, a
 * text-size control, R to reveal the hidden meters and ? for the keys.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { type PageProblems, choices, expect, test, watchProblems } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

const lineSize = (page: Page) => page.locator('.log p .text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('the title screen enters and leaves facilitator mode', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Facilitate a session (projector mode)' }).click();
  await expect(page).toHaveURL(/[?&]mode=facilitator/);
  await expect(page.getByText('Facilitator mode', { exact: true })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Session time' }).or(page.getByLabel('Session time'))).toBeVisible();
  await page.getByRole('button', { name: 'Leave facilitator mode' }).click();
  await expect(page).not.toHaveURL(/mode=facilitator/);
  await expect(page.getByLabel('Session time')).toHaveCount(0);
});

test('a meeting on the projector: large text, AAA contrast, a clock, text size, R and ?', async ({ page }) => {
  await page.goto('./?mode=facilitator&story=first-meeting');
  await expect(choices(page).first()).toBeVisible();

  expect(await lineSize(page)).toBeGreaterThanOrEqual(36);
  const contrast = await new AxeBuilder({ page }).include('#ui').withRules(['color-contrast-enhanced']).analyze();
  expect(contrast.violations.map((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)).flat()).toEqual([]);
  // The rule really looked at the text (it passes nodes, not just finds none to check).
  expect(contrast.passes.find((r) => r.id === 'color-contrast-enhanced')?.nodes.length ?? 0).toBeGreaterThan(5);

  // The session clock runs.
  const clock = page.getByLabel('Session time');
  const first = await clock.textContent();
  expect(first).toMatch(/^\d+:\d\d$/);
  await expect(clock).not.toHaveText(first!, { timeout: 3000 });

  // The text-size control, remembered across a reload.
  const before = await lineSize(page);
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await lineSize(page)).toBeGreaterThan(before);
  await page.reload();
  await expect(choices(page).first()).toBeVisible();
  expect(await lineSize(page)).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Smaller text' }).click();
  expect(await lineSize(page)).toBeCloseTo(before, 0);

  // R reveals the hidden meters, which follow the choices; R again hides them.
  const meters = page.getByRole('region', { name: 'The hidden meters' });
  await expect(meters).toBeHidden();
  // First a prediction, the numbers covered; R again uncovers them.
  await page.keyboard.press('r');
  await expect(meters).toContainText('Predict first: did that last choice raise the buyer’s trust or lower it?');
  await expect(meters.locator('[data-meter="intimacy"]')).toBeHidden();
  await page.keyboard.press('r');
  await expect(meters.locator('[data-meter="intimacy"]')).toContainText('2');
  await choices(page).filter({ hasText: 'Ask whether now is still a good time' }).click();
  await expect(meters.locator('[data-meter="intimacy"]')).toContainText('3 +1');
  await expect(meters.locator('[data-meter="self_orientation"]')).toContainText('3 −1');
  // Trust in words with its score out of 10, the raw Trust Equation beside it in smaller text.
  await expect(meters.locator('[data-meter="trust"]')).toContainText(/Trust: [a-z ]+, \d+\.\d\/10/);
  await expect(meters.locator('[data-meter="trust"] small')).toContainText(/\(C \+ R \+ I\) \/ S = \d+\.\d\d/);
  await page.screenshot({ path: test.info().outputPath('facilitator-meeting.png') });
  await page.keyboard.press('R');
  await expect(meters).toBeHidden();

  // ? lists the keys, R among them.
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keys' });
  await expect(keys).toBeVisible();
  await expect(keys).toContainText('the hidden meters: a prediction first');
  await expect(keys).toContainText('team session: the team whose choice you enter next');
  await expect(keys).toContainText('With a screen reader in browse mode');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
});

test('a text size damaged in storage (huge, negative) falls back to the projector default, and the buttons still work', async ({ page }) => {
  await page.goto('./?mode=facilitator&story=first-meeting');
  await expect(choices(page).first()).toBeVisible();
  const normal = await lineSize(page);
  for (const stored of ['1e9', '-5']) {
    await page.evaluate((value) => localStorage.setItem('the-long-game:text-scale', value), stored);
    await page.reload();
    await expect(choices(page).first()).toBeVisible();
    expect(await lineSize(page), stored).toBe(normal);
  }
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await lineSize(page)).toBeGreaterThan(normal);
});

test('a discussion prompt holds the meeting, P pauses it, and Backspace takes back a choice', async ({ page }) => {
  await page.goto('./?mode=facilitator&story=first-meeting');
  await choices(page).filter({ hasText: 'Ask whether now is still a good time' }).click();
  // Backspace: back to the first choice point, by replaying the log without the last choice.
  await expect(choices(page).filter({ hasText: 'Ask what happens to the plan' })).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(choices(page).filter({ hasText: 'Ask whether now is still a good time' })).toBeVisible();
  await choices(page).filter({ hasText: 'Ask whether now is still a good time' }).click();
  await choices(page).filter({ hasText: 'Ask what happens to the plan' }).click();

  // The Trakkor line carries a discuss prompt: it shows large, and the choices wait.
  const prompt = page.getByRole('note', { name: 'Discuss' });
  await expect(prompt).toContainText('You have never heard of Trakkor');
  await expect(choices(page)).toHaveCount(0);
  // P pauses for discussion over it; the menu's dialog carries on.
  await page.keyboard.press('p');
  const paused = page.getByRole('dialog', { name: 'Paused for discussion' });
  await expect(paused).toBeVisible();
  await paused.getByRole('button', { name: 'Carry on' }).click();
  await expect(paused).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  await expect(choices(page).filter({ hasText: "Say you don't know that model" })).toBeVisible();
});

test('Backspace takes back a choice in a campaign meeting too', async ({ page }) => {
  await page.goto('./?mode=facilitator&seed=3');
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  await page.getByRole('group', { name: 'Your accounts' }).getByRole('button').first().click();
  await expect(choices(page).first()).toBeVisible();
  const firstPoint = await choices(page).allTextContents();
  await choices(page).first().click();
  await expect.poll(async () => (await choices(page).allTextContents()).join('|'), { timeout: 15_000 }).not.toBe(firstPoint.join('|'));
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await choices(page).allTextContents()).join('|')).toBe(firstPoint.join('|'));
});

test("the room predicts before each quarter's numbers", async ({ page }) => {
  await page.goto('./?mode=facilitator&seed=3&quarters=2');
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  await page.getByRole('button', { name: 'End the quarter now' }).click();
  await expect(page.getByRole('heading', { name: 'Quarter 1 of 2: before the numbers' })).toBeVisible();
  await expect(page.getByText('Did this quarter make quota?')).toBeVisible();
  await expect(page.getByText(/against a quota of/)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Quarter 1 of 2: results' })).toBeVisible();
  await expect(page.getByText(/against a quota of/)).toBeVisible();
});

test('outside facilitator mode, R does nothing and the meters stay hidden', async ({ page }) => {
  await page.goto('./?story=first-meeting');
  await expect(choices(page).first()).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('region', { name: 'The hidden meters' })).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).not.toContainText('reveal');
});

test('the facilitator’s guide opens from the title as a page made to print, under its own strict policy', async ({ page }) => {
  await page.goto('./?mode=facilitator');
  const [guide] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'The facilitator’s guide (opens a page to print)' }).click()]);
  const problems: PageProblems = { list: [] };
  await watchProblems(guide, problems);
  await guide.reload();
  await expect(guide.getByRole('heading', { level: 1, name: 'Facilitator guide' })).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'A team session: 45 minutes of play, 60 with the debrief' })).toBeVisible();
  await expect(guide.getByRole('heading', { name: 'Print this page: one-page summary' })).toBeVisible();
  // Its style applies (the inline style's hash matches its policy), and printing drops the on-screen hint.
  expect(await guide.locator('body').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
  await guide.emulateMedia({ media: 'print' });
  await expect(guide.locator('.print-hint')).toBeHidden();
  expect(problems.list).toEqual([]);
});
