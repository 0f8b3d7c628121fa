import { choices, expect, test, conversationLog } from './fixtures';

test.describe('motion', () => {
  test('with reduced motion, lines appear whole and at once', async ({ page }) => {
    await page.goto('./?story=first-meeting');
    await expect(choices(page).first()).toBeVisible();
    const lines = conversationLog(page).locator('p');
    await expect(lines).toHaveCount(3);
    for (const line of await lines.all()) await expect(line).toHaveClass(/typed/);
  });

  test('without it, lines type in word by word, and Enter shows the rest at once', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    // Record, in the page, how each line arrives and what Enter finds, so the
    // test does not race the typing.
    await context.addInitScript(() => {
      const w = window as unknown as { __lines: { typed: boolean; text: string }[]; __atEnter?: number };
      w.__lines = [];
      new MutationObserver((records) => {
        for (const r of records) {
          for (const node of r.addedNodes) {
            if (node instanceof HTMLParagraphElement && node.parentElement?.classList.contains('log')) {
              w.__lines.push({ typed: node.classList.contains('typed'), text: node.textContent ?? '' });
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') w.__atEnter = document.querySelectorAll('.log p:not(.typed)').length;
      }, true);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('./?story=first-meeting');
    await conversationLog(page).locator('p').first().waitFor();
    await page.keyboard.press('Enter');
    await expect(choices(page).first()).toBeVisible({ timeout: 2000 });
    const { __lines: lines, __atEnter: untypedAtEnter } = await page.evaluate(() => {
      const w = window as unknown as { __lines: { typed: boolean; text: string }[]; __atEnter: number };
      return { __lines: w.__lines, __atEnter: w.__atEnter };
    });
    // The first line arrived whole in the DOM (a screen reader hears it once), still typing.
    expect(lines[0]).toEqual({ typed: false, text: 'Harwood Chilled Freight, the depot office. Forty fridge trailers in the yard and a kettle nobody is watching.' });
    // Enter came while a line was still typing, and everything then showed at once.
    expect(untypedAtEnter).toBe(1);
    await expect(conversationLog(page).locator('p:not(.typed)')).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
