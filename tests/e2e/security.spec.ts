import { test as base } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('safe text', () => {
  test('the production page sets a strict Content-Security-Policy with Trusted Types', async ({ page }) => {
    await page.goto('./');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBeTruthy();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain("script-src 'self'");
  });

  // This test causes a violation on purpose, so it runs without the fixture that fails on them.
  base('the browser refuses to parse a string as HTML on this page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeVisible();
    const outcome = await page.evaluate(() => {
      const div = document.createElement('div');
      try {
        div.innerHTML = '<img src=x onerror="window.__pwned = 1">';
        return 'assigned';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
