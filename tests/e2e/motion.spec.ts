import type { Page } from '@playwright/test';
import { choices, expect, test, conversationLog, LISTENING_PATH } from './fixtures';

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

/**
 * What a page with motion on saw of the meeting: each line as it arrived, and,
 * at each Enter, the newest line just before the game's key handler and just
 * after it (the same keydown: nothing else runs in between).
 */
interface LineState {
  /** The line has finished appearing (the view's own mark: `.typed`). */
  typed: boolean;
  /** What a player sees of it: the words fully faded in, in order. */
  shown: string;
}
interface SeenLine extends LineState {
  text: string;
}
interface SeenEnter {
  /** Which line of the log (0-based) was the newest at the key. */
  line: number;
  before: LineState;
  after: LineState;
}
type Seen = { lines: SeenLine[]; enters: SeenEnter[] };

async function recordTheMeeting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { lines: unknown[]; enters: unknown[] } = { lines: [], enters: [] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    // A word still fading in, or yet to start, is not shown.
    const state = (p: Element) => ({
      typed: p.classList.contains('typed'),
      shown: [...p.querySelectorAll('.word')]
        .filter((w) => getComputedStyle(w).opacity === '1')
        .map((w) => w.textContent)
        .join(' '),
    });
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node instanceof HTMLParagraphElement && node.parentElement?.classList.contains('log')) {
            seen.lines.push({ text: node.querySelector('.text')?.textContent ?? '', ...state(node) });
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
    // Window capture runs before the game's handler (on the document), window bubble after it.
    let pending: { line: number; p: Element; before: ReturnType<typeof state> } | null = null;
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        const all = document.querySelectorAll('.log p');
        const p = all[all.length - 1];
        pending = p ? { line: all.length - 1, p, before: state(p) } : null;
      },
      true,
    );
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || !pending) return;
      seen.enters.push({ line: pending.line, before: pending.before, after: state(pending.p) });
      pending = null;
    });
  });
}

/**
 * Runs the page's (paused) clock 10 ms at a time until the log holds more than
 * `n` lines. The newest has then only just begun to type, and stays typing
 * until the clock runs again: a line types for 40 ms a word and 380 ms more.
 */
async function runToTheNextLine(page: Page, n: number): Promise<void> {
  const lines = page.locator('.log p');
  for (let ms = 0; ms < 30_000; ms += 10) {
    if ((await lines.count()) > n) return;
    await page.clock.runFor(10);
  }
  throw new Error(`no line ${n + 1} in 30 s of the game's time`);
}

/** The listening path through first-meeting, turn by turn: the choice that opens the turn, and the turn's first line. */
const TURNS: { choose?: string; opens: string }[] = [
  { opens: 'Harwood Chilled Freight, the depot office. Forty fridge trailers in the yard and a kettle nobody is watching.' },
  { choose: LISTENING_PATH[0], opens: "You've clearly got a morning on. Is this still a good time, or shall I come back?" },
  { choose: LISTENING_PATH[1], opens: 'What happens to the plan once it leaves this office?' },
  { choose: LISTENING_PATH[2], opens: "I don't know Trakkor, and I'd rather find out than guess. If a customer of ours runs them, I'll put you in touch." },
  { choose: LISTENING_PATH[3], opens: 'I can give you our brochure figure. But a year from now, how would you know this had been worth it?' },
  { choose: LISTENING_PATH[4], opens: "Could I have an hour next week with Dev and two of your drivers? I'd like to see where the day goes wrong." },
];

test.describe('motion, turn after turn', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('on every turn Enter shows the line being typed whole at once, and the next turn types in again', async ({ page }) => {
    await recordTheMeeting(page);
    // The game's clock moves only when the test runs it, so each Enter lands while its line is typing,
    // however slow the machine. (The words' fade-in is CSS, on the browser's own time.)
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.goto('./?story=first-meeting');
    const seen = () => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
    let before = 0; // lines in the log before this turn
    for (const [t, turn] of TURNS.entries()) {
      const at = `turn ${t + 1}`;
      if (turn.choose) await choices(page).filter({ hasText: turn.choose }).click();
      await runToTheNextLine(page, before);
      await page.keyboard.press('Enter');
      const { lines, enters } = await seen();
      // The turn's first line arrived to be typed in, nothing of it shown yet: a skip on an earlier turn has not stayed on.
      expect(lines[before], `${at}: its first line arrives to be typed`).toEqual({ text: turn.opens, typed: false, shown: '' });
      expect(enters, `${at}: one Enter a turn`).toHaveLength(t + 1);
      const enter = enters[t]!;
      // The Enter came on that line, while it was still typing ...
      expect(enter.line, `${at}: Enter came on the turn's first line`).toBe(before);
      expect(enter.before.typed, `${at}: still typing at Enter`).toBe(false);
      // ... and showed all of it at once, in the same keystroke: a skip that works once fails here.
      expect(enter.after, `${at}: the whole line at once on Enter`).toEqual({ typed: true, shown: turn.opens });
      await expect(t === TURNS.length - 1 ? page.getByRole('button', { name: 'Leave the meeting' }) : choices(page).first()).toBeVisible();
      const turnLines = (await seen()).lines.slice(before);
      // The rest of the turn comes whole (the skip holds to the end of the turn, and lets go at the choices).
      expect(turnLines.length, `${at}: more than one line`).toBeGreaterThan(1);
      for (const line of turnLines.slice(1)) expect(line, `${at}: "${line.text}" arrives whole`).toEqual({ text: line.text, typed: true, shown: line.text });
      await expect(conversationLog(page).locator('p:not(.typed)')).toHaveCount(0);
      before += turnLines.length;
    }
    expect(before).toBeGreaterThanOrEqual(3 * TURNS.length);
  });
});
