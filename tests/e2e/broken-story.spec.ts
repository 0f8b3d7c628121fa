import path from 'node:path';
import { loadStory, FIXTURES_DIR } from '../helpers/stories';
import { expect, test, conversationLog } from './fixtures';

// The real game, with the first meeting's compiled story swapped on the wire
// for one that loops forever: the page must explain and carry on, not freeze.
test('a story that runs away ends in a clear message, and the game carries on', async ({ page }) => {
  const looping = loadStory(path.join(FIXTURES_DIR, 'endless-loop.ink'));
  await page.route('**/assets/first-meeting-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export default ${JSON.stringify({ ...looping, id: 'first-meeting' })};`,
    }),
  );
  // The longest task the page ran while the story looped: slices of 12 ms, stopped at 100,000 steps of ink.
  await page.addInitScript(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('./?story=first-meeting');
  const alert = page.getByRole('alert');
  await expect(page.getByRole('heading', { name: 'Priya Raman' })).toBeVisible();
  await expect(alert).toBeVisible();
  // Loading the page itself makes long tasks, so the observer is known to be watching; none of them may freeze it for a second.
  expect(await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask)).toBeLessThan(1000);
  await expect(alert.getByRole('heading', { name: 'This conversation could not go on' })).toBeVisible();
  // Whichever bound comes first on this machine (the step bound, or on a crowded one the 2 s clock), the message names story and knot.
  await expect(alert).toContainText(
    /Story "first-meeting" (took more than 100000 steps of work|ran for more than 2000 ms) without a choice in knot "stuck"/,
  );
  await expect(alert).toContainText('last line: "The buyer starts to answer."');
  await alert.getByRole('button', { name: 'Back to the title screen' }).click();
  await expect(page.getByRole('button', { name: 'Start the campaign' })).toBeVisible();
});

// Trainers' files and loaded files are not trusted: HTML in a story is shown as text, never run.
test('story text that looks like HTML is shown as text, and nothing in it runs', async ({ page }) => {
  const html = loadStory(path.join(FIXTURES_DIR, 'html-text.ink'));
  await page.route('**/assets/first-meeting-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify({ ...html, id: 'first-meeting' })};` }),
  );
  await page.goto('./?story=first-meeting');
  const log = conversationLog(page);
  await expect(log).toContainText('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>');
  await expect(page.getByRole('button', { name: '1. Read the <em>note</em> aloud' })).toBeVisible();
  await expect(page.locator('#ui img, #ui script, #ui em')).toHaveCount(0);
  await page.getByRole('button', { name: '1. Read the <em>note</em> aloud' }).click();
  await expect(log).toContainText('"&lt;b&gt; is not bold," you say.');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
