/**
 * Every screen, in every mode, checked by axe-core (no serious or critical
 * issue under WCAG 2.1 A/AA and best practice), with a visible focus ring on
 * whatever the keyboard reaches; text at 200% (a 1280x720 window zoomed to
 * 200%) leaves every choice whole and on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { choices, conversationLog, expect, practise, test } from './fixtures';

/** axe on the whole page: the serious and critical violations, named by screen. */
async function audit(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  expect(result.passes.length, `${screen}: axe checked something`).toBeGreaterThan(10);
  await focusRing(page, screen);
}

/** Where the keyboard goes next (Tab) shows a ring of at least 2 px; Shift+Tab puts focus back. */
async function focusRing(page: Page, screen: string): Promise<void> {
  await page.keyboard.press('Tab');
  // A modal dialog's last control hands Tab to the page itself: once more comes back round.
  if (await page.evaluate(() => document.activeElement === document.body)) await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: `${el.tagName} ${el.textContent?.slice(0, 30) ?? ''}`, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style, `${screen}: focus ring on ${ring.tag}`).not.toBe('none');
  expect(ring.width, `${screen}: focus ring width on ${ring.tag}`).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Shift+Tab');
}

async function playToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const leave = page.getByRole('button', { name: 'Leave the meeting' });
    if (await leave.isVisible()) return leave.click();
    await expect(choices(page).first().or(leave)).toBeVisible();
    if (await choices(page).first().isVisible()) await choices(page).first().click();
  }
}

test('the learner’s screens: title, a meeting, its menu and keys, the end', async ({ page }) => {
  await page.goto('./');
  await audit(page, 'title');
  await page.getByText('Or practise one conversation').click();
  await audit(page, 'title, practice list open');
  await page.goto('./?story=first-meeting');
  await expect(choices(page).first()).toBeVisible();
  await audit(page, 'meeting');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit(page, 'menu');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
  await audit(page, 'keys');
  await page.keyboard.press('Escape');
  await playToEnd(page);
  await expect(page.getByRole('heading', { name: /Meeting over/ })).toBeVisible();
  await audit(page, 'end of a meeting');
  await page.goto('./?story=no-such-story');
  await audit(page, 'title with a notice');
});

test('the campaign’s screens: agenda, meeting, results, debrief and the model', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?seed=7&quarters=1');
  await page.getByRole('button', { name: 'Start the campaign' }).click();
  await audit(page, 'agenda');
  await page.getByRole('group', { name: 'Your accounts' }).getByRole('button').first().click();
  await expect(choices(page).first()).toBeVisible();
  await audit(page, 'campaign meeting');
  await playToEnd(page);
  await page.getByRole('group', { name: 'Your accounts' }).getByRole('button').nth(1).click();
  await playToEnd(page);
  await page.getByRole('button', { name: "See the quarter's results" }).click();
  await audit(page, 'results');
  await page.getByRole('button', { name: 'Go to the debrief' }).click();
  const form = page.getByRole('form', { name: 'Your prediction' });
  await expect(form).toBeVisible();
  await audit(page, 'debrief prediction');
  for (const group of await form.locator('fieldset').all()) await group.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByRole('table', { name: 'Cumulative revenue by quarter (k)' })).toBeVisible();
  await audit(page, 'debrief');
  await page.getByRole('button', { name: /About this model/ }).click();
  await audit(page, 'about the model');
});

test('the trainer’s screens: the writer’s desk, empty and playing a file', async ({ page }) => {
  await page.goto('./?mode=writer');
  await expect(page.getByRole('heading', { name: /Writer/ }).first()).toBeVisible();
  await audit(page, 'writer’s desk');
  await page.getByLabel('Choose .ink files…').setInputFiles({
    name: 'hello.ink',
    mimeType: 'text/plain',
    buffer: Buffer.from('INCLUDE include/contract.ink\n# title: Hello\n# stage: discovery\nHello there.\n* [Ask about the team] # move: relate\n  They smile.\n  -> END\n* [Pitch the product] # move: close\n  They frown.\n  -> END\n'),
  });
  await expect(page.locator('.desk-file-state').first()).toBeVisible();
  await audit(page, 'writer’s desk with a file');
});

test('the facilitator’s screens: title, a meeting with the meters, a team session to its end', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=facilitator&story=first-meeting');
  await expect(choices(page).first().or(page.getByRole('button', { name: /Carry on/ }))).toBeVisible();
  await page.keyboard.press('r');
  await audit(page, 'facilitator meeting, prediction before the meters');
  await page.keyboard.press('r');
  await audit(page, 'facilitator meeting, meters shown');
  await page.keyboard.press('p');
  await audit(page, 'pause');
  await page.keyboard.press('Escape');
  await page.goto('./?mode=facilitator&seed=7&quarters=1');
  await audit(page, 'facilitator title');
  await page.getByRole('button', { name: 'Run a team session' }).click();
  await audit(page, 'team setup');
  await page.getByRole('button', { name: 'Start the team session' }).click();
  const bar = page.getByRole('group', { name: 'Locks' });
  await expect(bar).toBeVisible();
  await audit(page, 'team meeting');
  let audited = new Set<string>();
  for (let step = 0; step < 300; step++) {
    if (await page.getByRole('heading', { name: 'The final reveal', exact: true }).isVisible()) break;
    const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
    const screen = heading.includes('sales floor') ? heading.replace(/Quarter \d+ of \d+: /, '') : heading.startsWith('Before') ? 'final prediction' : 'meeting';
    if (!audited.has(screen) && screen !== 'meeting') {
      await audit(page, screen);
      audited = new Set([...audited, screen]);
    }
    if ((await bar.isVisible()) && !(await page.getByRole('button', { name: /carry on|Carry on/ }).isVisible())) {
      for (const key of ['a', '1', 'b', '1', 'c', '1']) await page.keyboard.press(key);
    }
    await page.keyboard.press('Enter');
  }
  await audit(page, 'final reveal');
  await page.getByRole('button', { name: 'Rerun each team’s style under another horizon' }).click();
  await page.getByRole('button', { name: 'Run both (Enter)' }).click();
  await expect(page.locator('.shadow-results table')).toHaveCount(2, { timeout: 60_000 });
  await audit(page, 'shadow of the future');
});

test('at 200% text every choice stays whole and on screen', async ({ browser }) => {
  // A 1280x720 window zoomed to 200%: 640x360 CSS pixels, drawn at twice the density.
  const context = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('./?story=first-meeting');
  for (let point = 0; point < 3; point++) {
    await expect(choices(page).first()).toBeVisible();
    const all = await choices(page).all();
    for (const choice of all) {
      await choice.scrollIntoViewIfNeeded();
      const fits = await choice.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1 && box.left >= 0 && box.right <= window.innerWidth + 1 && box.top >= 0 && box.bottom <= window.innerHeight + 1;
      });
      expect(fits, `choice "${await choice.textContent()}" is clipped at 200%`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await choices(page).nth(1).click();
  }
  await context.close();
});

/** Every paragraph the page's announcer is given, in order, recorded by the page itself. */
const RECORD_ANNOUNCEMENTS = `
  window.__heard = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'P' && node.parentElement && node.parentElement.hasAttribute('data-announcer')) window.__heard.push(node.textContent);
      }
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** Each of `lines` occurs once in `heard`, in order. */
function inOrderOnce(heard: string, lines: string[]): void {
  let from = 0;
  for (const line of lines) {
    const at = heard.indexOf(line, from);
    expect(at, `"${line}" is read after what came before it`).toBeGreaterThanOrEqual(from);
    expect(heard.indexOf(line, at + line.length), `"${line}" is read once`).toBe(-1);
    from = at + line.length;
  }
}

test('a screen reader is given each screen’s heading and each line once, in order, and nothing again after the menu', async ({ page }) => {
  await page.addInitScript(RECORD_ANNOUNCEMENTS);
  await page.goto('./');
  // The live region is on the page before any line: one created with its first line misses that line.
  const announcer = page.locator('[data-announcer]');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await practise(page, 'Four Hours a Night');
  // The visible log is not live as well (Orca took its copy of a line for the announcer's and read neither).
  await expect(conversationLog(page)).not.toHaveAttribute('aria-live');
  const heard = async () => (await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).join(' ');
  const shown = async () => (await conversationLog(page).locator('p').allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());
  await expect(choices(page).first()).toBeVisible();
  const opening = await shown();
  expect(opening.length).toBeGreaterThanOrEqual(3);
  expect(opening.some((line) => line.startsWith('Priya Raman: '))).toBe(true);
  // The title's heading, then the meeting's (the buyer), then every line.
  // Said in one message, the heading ends with a full stop; said on its own, it does not: either way before the first line.
  expect(await heard()).toMatch(new RegExp(`^The Long Game\\.? Priya Raman\\.? ${opening[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  inOrderOnce(await heard(), ['The Long Game', ...opening]);
  await choices(page).first().click();
  await expect(choices(page).first()).toBeVisible();
  const after = await shown();
  expect(after.length).toBeGreaterThan(opening.length);
  expect(after.some((line) => line.startsWith('You: '))).toBe(true);
  inOrderOnce(await heard(), after);
  // Opening a modal dialog empties the region, so closing it gives a screen reader nothing to read again.
  const before = await heard();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(announcer.locator('p')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await heard()).toBe(before);
  // Messages leave the region on their own, once read.
  await choices(page).first().click();
  await expect(announcer.locator('p').first()).toBeAttached();
  await expect(announcer.locator('p')).toHaveCount(0, { timeout: 10_000 });
});
