/**
 * The offline app: once its service worker controls the page, a reload with
 * the network gone still opens the game and plays a meeting, stories, sounds,
 * portraits and fonts included, under the page's Content-Security-Policy.
 */
import { choices, expect, test, conversationLog } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after the service worker takes over, the game reloads and plays with no network', async ({ page, context }) => {
  await page.goto('./?story=first-meeting');
  await expect(choices(page).first()).toBeVisible();
  // The service worker registers after load, precaches everything, and claims the page.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))).reduce((a, b) => a + b, 0)), { timeout: 30_000 })
    .toBeGreaterThan(50);

  await context.setOffline(true);
  await page.reload();
  await expect(choices(page).first()).toBeVisible();
  await choices(page).filter({ hasText: 'Ask whether now is still a good time' }).click();
  await expect(conversationLog(page)).toContainText('Honestly? No.');
  // The portrait and the fonts came from the cache too.
  expect(await page.evaluate(() => document.fonts.check('1em "Atkinson Hyperlegible"'))).toBe(true);
  await context.setOffline(false);
});

test('the page offers an installable app: a manifest with a name, a start URL and an icon', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(new URL(href!, page.url()).href)).json();
  expect(manifest).toMatchObject({ name: 'The Long Game', start_url: './', display: 'standalone' });
  expect(manifest.icons.length).toBeGreaterThan(0);
});
