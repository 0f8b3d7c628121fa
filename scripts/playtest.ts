/**
 * Play the built game from a terminal, for playtests by someone who should
 * not read the stories first: the game runs in headless Chromium and this
 * prints each screen as text and presses the button you name.
 *
 *   npm run build && npx tsx scripts/playtest.ts [--seed N] [--quarters N] [--port 4190]
 *   curl -s localhost:4190/screen        the screen now (new conversation lines only)
 *   curl -s "localhost:4190/press?n=2"   press button 2 of the list, then show the screen
 *   curl -s localhost:4190/stop          close the browser and stop
 *
 * It serves dist/ on the next port up, so the game is the production build.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '7' }, quarters: { type: 'string', default: '8' }, port: { type: 'string', default: '4190' } },
});
const port = Number(values.port);

const game = await preview({ logLevel: 'silent', preview: { port: port + 1, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
const errors: string[] = [];
page.on('pageerror', (error) => errors.push(error.message));
await page.goto(`http://127.0.0.1:${port + 1}/?seed=${Number(values.seed)}&quarters=${Number(values.quarters)}`);
await page.waitForSelector('#ui .screen, #ui .meeting');

let linesShown = 0;

/** The screen as text: headings and paragraphs, the new conversation lines, then the numbered buttons. */
async function screen(): Promise<string> {
  await page.waitForTimeout(400);
  const view = await page.evaluate((TEXT_BLOCKS) => {
    const root = document.querySelector('#ui')!;
    const log = [...root.querySelectorAll('.log p')].map((p) => {
      const speaker = p.querySelector('.speaker')?.textContent?.replace(/:\s*$/, '');
      const text = p.querySelector('.text')?.textContent ?? p.textContent ?? '';
      return speaker ? `${speaker}: ${text}` : p.classList.contains('line-narration') ? `(${text})` : text;
    });
    const meeting = root.querySelector('.meeting');
    const body = meeting
      ? ((meeting.querySelector('header') as HTMLElement | null)?.innerText.replace(/\s*\n\s*/g, ' · ') ?? '')
      : [...root.querySelectorAll(TEXT_BLOCKS)]
          // Outermost blocks only (a paragraph inside a list item is printed once, with its item).
          .filter((el) => el.checkVisibility() && !el.parentElement?.closest(TEXT_BLOCKS))
          .map((el) => (el as HTMLElement).innerText.trim())
          .filter(Boolean)
          .join('\n');
    // Numbered as listed; `press` clicks by this number.
    const pressable = [...root.querySelectorAll<HTMLElement>('.screen-slot button, .screen-slot summary, .screen-slot input[type=radio]')].filter(
      (b) => (b.checkVisibility() || b.closest('label')?.checkVisibility()) && !(b as HTMLButtonElement).disabled,
    );
    root.querySelectorAll('[data-playtest]').forEach((b) => b.removeAttribute('data-playtest'));
    pressable.forEach((b, i) => b.setAttribute('data-playtest', String(i + 1)));
    // No named inner functions here: tsx would wrap them in a helper the page does not have.
    const buttons = pressable.map((b) =>
      (b instanceof HTMLInputElement
        ? `(${b.checked ? 'x' : ' '}) ${b.closest('fieldset')?.querySelector('legend')?.innerText ?? ''}: ${(b.labels?.[0] ?? b.closest('label'))?.innerText ?? b.value}`
        : b.innerText
      )
        .replace(/\s*\n\s*/g, ' · ')
        .trim(),
    );
    return { log, body, buttons, inMeeting: meeting !== null };
  }, '.screen h1, .screen h2, .screen h3, .screen p, .screen li, .screen caption, .screen tr, .screen summary, .screen legend');
  if (!view.inMeeting) linesShown = 0;
  const fresh = view.log.slice(linesShown);
  linesShown = view.log.length;
  return [view.body, ...fresh, '', ...view.buttons.map((b, i) => `[${i + 1}] ${b}`), errors.length ? `PAGE ERRORS: ${errors.join('; ')}` : ''].join('\n');
}

async function press(n: number): Promise<string> {
  const button = page.locator(`[data-playtest="${n}"]`);
  if ((await button.count()) === 0) return `There is no button ${n} on the last screen shown.\n`;
  await button.click();
  await page.waitForLoadState('networkidle');
  return screen();
}

const control = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const reply = (text: string) => response.end(`${text}\n`);
  if (url.pathname === '/screen') void screen().then(reply);
  else if (url.pathname === '/press') void press(Number(url.searchParams.get('n'))).then(reply);
  else if (url.pathname === '/stop') {
    reply('stopped');
    void browser.close().then(() => game.close()).then(() => process.exit(0));
  } else reply('use /screen, /press?n=K or /stop');
});
control.listen(port, '127.0.0.1', () => console.log(`playtest: curl -s localhost:${port}/screen`));
