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
    // One Trusted Types policy may exist: the writer desk's, for its own Worker.
    expect(policy).toMatch(/(^|; )trusted-types long-game-worker(;|$)/);
  });

  // These attempts cause violations on purpose, so the test runs without the fixture that fails on them.
  base('no script URL but the writer desk\'s own Worker can start, and no other policy can be made', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeVisible();
    const outcome = await page.evaluate(() => {
      const attempt = (run: () => unknown) => {
        try {
          run();
          return 'allowed';
        } catch (error) {
          return (error as Error).name;
        }
      };
      const factory = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
      return [
        attempt(() => new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })))),
        attempt(() => factory.createPolicy('sneaky', { createScriptURL: (url: string) => url })),
      ];
    });
    expect(outcome).toEqual(['TypeError', 'TypeError']);
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
