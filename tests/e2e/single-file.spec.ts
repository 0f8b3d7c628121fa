/**
 * `npm run build:single`: one HTML file a facilitator opens straight from disk
 * (a USB stick, no server, no network). A meeting plays in it under its own
 * Content-Security-Policy of hashes and data: URIs, with no request leaving
 * the file.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/stories';
import { LISTENING_PATH, choices, expect, test } from './fixtures';

const single = pathToFileURL(path.join(ROOT, 'dist-single/index.html')).href;

test('a meeting plays in the single file opened from disk', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${single}?story=first-meeting`);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("require-trusted-types-for 'script'");
  for (const option of LISTENING_PATH) {
    await choices(page).filter({ hasText: option }).click();
  }
  await page.getByRole('button', { name: 'Leave the meeting' }).click();
  await expect(page.getByText('Priya seemed warm as you left.', { exact: true })).toBeVisible();
  // Everything came from the file itself: no request to a server, not even for the icon.
  expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(single.split('?')[0]!))).toEqual([]);
});
