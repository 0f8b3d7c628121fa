import { choiceTexts, choices, expect, test, conversationLog } from './fixtures';

const SIZES = [
  { name: 'a phone', width: 375, height: 667, minText: 16 },
  { name: 'a laptop', width: 1366, height: 768, minText: 18 },
  { name: 'a 1920x1080 projector', width: 1920, height: 1080, minText: 26 },
];

for (const size of SIZES) {
  test(`the meeting is readable and every choice reachable on ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('./?story=first-meeting');
    // The third choice point has three options: the longest labels.
    await choiceTexts(page);
    await choices(page).nth(1).click();
    await choiceTexts(page);
    await choices(page).nth(1).click();
    await choiceTexts(page);
    await choices(page).nth(1).click();
    const offered = await choiceTexts(page);
    expect(offered).toHaveLength(3);
    for (let i = 0; i < offered.length; i++) {
      const box = (await choices(page).nth(i).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      expect(box.height).toBeGreaterThanOrEqual(44); // a comfortable touch target
    }
    const fontSize = await conversationLog(page)
      .locator('p')
      .last()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(size.minText);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
