import { LISTENING_PATH, choiceTexts, choices, expect, practise, test, conversationLog } from './fixtures';

test.describe('a buyer conversation', () => {
  test('plays to an ending by clicking', async ({ page }) => {
    await page.goto('./');
    await practise(page, 'Four Hours a Night');
    await expect(page.getByRole('heading', { name: 'Priya Raman' })).toBeVisible();
    for (const [i, text] of LISTENING_PATH.entries()) {
      const offered = await choiceTexts(page);
      // Each button's text begins with its number.
      offered.forEach((label, n) => expect(label).toMatch(new RegExp(`^${n + 1}\\. `)));
      const n = offered.findIndex((label) => label.endsWith(text));
      expect(n, `choice point ${i + 1} offers "${text}"`).toBeGreaterThanOrEqual(0);
      await choices(page).nth(n).click();
    }
    const log = conversationLog(page);
    await expect(log).toContainText("Thursday, seven, before the first wave goes out.");
    await page.getByRole('button', { name: 'Leave the meeting' }).click();
    await expect(page.getByRole('heading', { name: 'Meeting over: Four Hours a Night' })).toBeVisible();
    await expect(page.getByText('Priya seemed warm as you left.', { exact: true })).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveText(LISTENING_PATH);
  });

  test('plays to an ending by keyboard alone', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeFocused();
    // Tab to the practice list, open it, and start its first conversation.
    await page.keyboard.press('Tab');
    await expect(page.getByText('Or practise one conversation')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Four Hours a Night' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Number keys pick the Nth choice.
    await choiceTexts(page);
    await page.keyboard.press('1'); // the sailing photo
    await expect(conversationLog(page)).toContainText('Windermere, last August.');
    // Arrow keys move between the choices; Enter takes the focused one.
    await choiceTexts(page);
    await page.keyboard.press('ArrowDown');
    await expect(choices(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(choices(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp'); // wraps to the last
    await expect(choices(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter'); // what happens to the plan
    await expect(conversationLog(page)).toContainText("I've lost seven since March.");
    // Tab reaches the choices too.
    await choiceTexts(page);
    await page.keyboard.press('Tab');
    await expect(choices(page).nth(1)).toBeFocused();
    await page.keyboard.press('Space'); // admit you don't know Trakkor
    await choiceTexts(page);
    await page.keyboard.press('3'); // offer a write-up
    await choiceTexts(page);
    await page.keyboard.press('2'); // ask for an hour with the team
    await expect(page.getByRole('button', { name: 'Leave the meeting' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Meeting over: Four Hours a Night' })).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveText([
      'Ask about the sailing photo',
      'Ask what happens to the plan once it leaves the office',
      "Say you don't know that model, and offer to find out",
      'Offer a write-up from a similar haulier instead of a figure',
      'Ask for an hour with her team next week',
    ]);
    // Play it again, still by keyboard.
    await expect(page.getByRole('button', { name: 'Play it again' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(choices(page).first()).toBeVisible();
  });

  test('shows the conversation in a polite live log, and the portrait follows the buyer\'s mood', async ({ page }) => {
    await page.goto('./?story=first-meeting');
    const log = conversationLog(page);
    // Screen readers hear each line from the page's announcer (accessibility.spec.ts); the log is for reading back.
    await expect(log).toHaveAttribute('tabindex', '0');
    await expect(log).toContainText('Forty fridge trailers in the yard');
    await expect(page.locator('canvas')).toHaveAttribute('data-mood', 'neutral');
    await choices(page).nth(1).click(); // good time?
    await choiceTexts(page);
    await choices(page).nth(1).click(); // what happens to the plan: she bristles, then opens up
    await expect(log).toContainText("I've lost seven since March.");
    await expect(page.locator('canvas')).toHaveAttribute('data-mood', 'guarded');
  });

  test('opens a conversation straight from ?story=, and explains an unknown one', async ({ page }) => {
    await page.goto('./?story=first-meeting');
    await expect(choices(page).first()).toBeVisible();
    await page.goto('./?story=no-such-meeting');
    await expect(page.getByText('There is no conversation called "\u2068no-such-meeting\u2069". Pick one below.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeVisible();
  });

  test('remembers mute across reloads', async ({ page }) => {
    await page.goto('./');
    const sound = page.getByRole('button', { name: 'Sound: on' });
    await sound.click();
    await expect(page.getByRole('button', { name: 'Sound: off' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sound: off' })).toBeVisible();
    await page.getByRole('button', { name: 'Sound: off' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sound: on' })).toBeVisible();
  });

  test('opens the menu with Esc, and restarts the meeting from it', async ({ page }) => {
    await page.goto('./?story=first-meeting');
    await choices(page).first().click();
    await expect(conversationLog(page)).toContainText('Windermere');
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Paused' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Resume' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await menu.getByRole('button', { name: 'Restart this meeting' }).click();
    await expect(conversationLog(page)).not.toContainText('Windermere');
    await expect(choices(page).first()).toContainText('Ask about the sailing photo');
  });
});
