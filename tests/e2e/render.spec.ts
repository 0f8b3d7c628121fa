/**
 * The drawn scene on a machine without a GPU (these tests run Chromium with
 * --disable-gpu): the game draws with canvas 2D, and while nothing moves a
 * still of the last frame stands in for the canvas, so the typing effect does
 * not make the browser composite a canvas every frame. When the buyer
 * reacts, the canvas is back for the movement, then rests again.
 */
import { choiceTexts, choices, expect, test } from './fixtures';

test('a still stands in for the resting canvas, and the canvas returns when the buyer reacts', async ({ page }) => {
  await page.goto('./?story=first-meeting');
  const canvas = page.locator('#game canvas');
  const still = page.locator('#game img.still');
  await expect(canvas).toHaveClass(/resting/);
  await expect(still).toBeVisible();
  // Exactly the canvas's picture, in its place.
  const [box, stillBox, size] = await Promise.all([
    canvas.boundingBox(),
    still.boundingBox(),
    still.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]),
  ]);
  expect(stillBox).toEqual(box);
  expect(size).toEqual(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height]));

  // Watch the canvas's class from here on: it must wake (lose "resting") and rest again.
  await canvas.evaluate((c) => {
    const seen: string[] = [];
    (window as unknown as { __canvasClasses: string[] }).__canvasClasses = seen;
    new MutationObserver(() => seen.push(c.className)).observe(c, { attributes: true, attributeFilter: ['class'] });
  });
  await choices(page).nth(1).click();
  await choiceTexts(page);
  await choices(page).nth(1).click(); // she bristles: the portrait changes
  await expect(canvas).toHaveAttribute('data-mood', 'guarded');
  await expect(canvas).toHaveClass(/resting/);
  const classes = await page.evaluate(() => (window as unknown as { __canvasClasses: string[] }).__canvasClasses);
  expect(classes).toContain('');
  expect(classes.at(-1)).toBe('resting');
});
