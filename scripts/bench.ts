/**
 * Benchmarks, each printed beside its budget: time from navigation to the
 * first clickable choice in headless Chromium, cold and warm. A benchmark, not
 * a timed test: figures depend on the machine. Run with `npm run bench` (it
 * builds first).
 * Options: --runs N (default 7)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Page, chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(values.runs));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
const url = `${server.resolvedUrls!.local[0]!}?story=first-meeting`;

/**
 * Milliseconds from navigation start to the moment the first choice button is
 * in the page and clickable, stamped in the page itself (a MutationObserver),
 * so Playwright's polling adds nothing.
 */
async function firstChoice(page: Page): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const button = page.getByRole('group', { name: 'What do you say?' }).getByRole('button').first();
  await button.waitFor({ state: 'visible' });
  return page.evaluate(() => (window as unknown as { __firstChoiceAt: number }).__firstChoiceAt);
}

function stampFirstChoice(): void {
  const w = window as unknown as { __firstChoiceAt?: number };
  new MutationObserver((_records, observer) => {
    const button = document.querySelector<HTMLButtonElement>('.choices button');
    if (button && !button.disabled) {
      w.__firstChoiceAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  // Cold: a new browser with an empty profile and cache.
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    reducedMotion: 'reduce',
  });
  await context.addInitScript(stampFirstChoice);
  const page = context.pages()[0] ?? (await context.newPage());
  cold.push(await firstChoice(page));
  // Warm: the same browser again, its HTTP cache filled.
  warm.push(await firstChoice(page));
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  process.stderr.write('.');
}
process.stderr.write('\n');
await server.close();

const rows = [
  ['first clickable choice, cold (median of ' + runs + ')', `${median(cold).toFixed(0)} ms`, 'budget 2000 ms'],
  ['first clickable choice, warm (median of ' + runs + ')', `${median(warm).toFixed(0)} ms`, 'budget 1000 ms'],
];
for (const [name, value, budget] of rows) console.log(`${name!.padEnd(46)} ${value!.padStart(9)}   ${budget}`);
console.log(`all cold: ${cold.map((x) => x.toFixed(0)).join(' ')} ms; all warm: ${warm.map((x) => x.toFixed(0)).join(' ')} ms`);
