import { choices, expect, test } from './fixtures';

test.describe('motion', () => {
  test('with reduced motion, lines appear whole and at once', async ({ page, problems }) => {
    void problems;
    await page.goto('./?story=first-meeting');
    await expect(choices(page).first()).toBeVisible();
    const lines = page.getByRole('log').locator('p');
    await expect(lines).toHaveCount(3);
    for (const line of await lines.all()) await expect(line).toHaveClass(/typed/);
  });

  test('without it, lines type in word by word, and Enter shows the rest at once', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('./?story=first-meeting');
    const first = page.getByRole('log').locator('p').first();
    await expect(first).toBeVisible();
    // The whole line is in the DOM at once (a screen reader hears it whole) ...
    await expect(first).toContainText('Forty fridge trailers in the yard and a kettle nobody is watching.');
    // ... while its words are still fading in.
    await expect(first).not.toHaveClass(/typed/);
    await expect(choices(page)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(choices(page).first()).toBeVisible({ timeout: 2000 });
    await expect(page.getByRole('log').locator('p:not(.typed)')).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
