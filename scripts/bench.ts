/**
 * Benchmarks, each printed beside its budget. Benchmarks, not timed tests:
 * figures depend on the machine. `npm run bench` builds first.
 *   - the first clickable choice in headless Chromium, cold and warm;
 *   - the simulator: 500 seeds x 4 bots x 8 quarters with the shipped stories,
 *     campaigns per second, meetings per campaign, and the ratio to replaying
 *     the same conversations with bare inkjs;
 *   - live writing: from saving a .ink file under `npm start` to the updated
 *     choice point on screen.
 * Options: --runs N (page loads, default 7), --only page|simulator|live|desk
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Page, chromium } from '@playwright/test';
import { Story } from 'inkjs';
import { createServer, preview } from 'vite';
import { runCampaign } from '../src/engine/bots/tournament';
import { defaultParams } from '../src/engine/model/constants';
import { StoryCache } from '../src/engine/narrative/runner';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { parallelTournament } from './lib/parallel-tournament';
import { BALANCE_LIMIT_MS } from '../src/platform/writer/protocol';
import { ROOT, STORIES_DIR, loadWorld } from './lib/world';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (name: string, value: string, budget: string) => console.log(`${name.padEnd(52)} ${value.padStart(12)}   ${budget}`);

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

/**
 * Milliseconds from navigation start to the moment the first choice button is
 * in the page and clickable, stamped in the page itself (a MutationObserver),
 * so Playwright's polling adds nothing.
 */
async function firstChoice(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByRole('group', { name: 'What do you say?' }).getByRole('button').first().waitFor({ state: 'visible' });
  return page.evaluate(() => (window as unknown as { __firstChoiceAt: number }).__firstChoiceAt);
}

async function pageBench(): Promise<void> {
  const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const url = `${server.resolvedUrls!.local[0]!}?story=first-meeting`;
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Cold: a new browser with an empty profile and cache. Warm: the same browser again.
    const profile = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      reducedMotion: 'reduce',
    });
    await context.addInitScript(stampFirstChoice);
    const page = context.pages()[0] ?? (await context.newPage());
    cold.push(await firstChoice(page, url));
    warm.push(await firstChoice(page, url));
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await server.close();
  row(`first clickable choice, cold (median of ${runs})`, `${median(cold).toFixed(0)} ms`, 'budget 2000 ms');
  row(`first clickable choice, warm (median of ${runs})`, `${median(warm).toFixed(0)} ms`, 'budget 1000 ms');
}

async function simulatorBench(): Promise<void> {
  const params = defaultParams();
  const policies = ['closer', 'advisor', 'never-asks', 'random'] as const;
  const started = performance.now();
  const t = await parallelTournament({ seeds: 500, quarters: 8, returnLikelihood: params.defaultReturn, params, policies });
  const seconds = (performance.now() - started) / 1000;
  const campaigns = 500 * policies.length;
  const meetings = policies.reduce((sum, p) => sum + t.strategies[p]!.meetings.mean, 0) / policies.length;
  row('simulator: 500 seeds x 4 bots x 8 quarters', `${seconds.toFixed(1)} s`, 'budget 20 s');
  row('simulator: campaigns per second (2 workers, cache, memo)', `${(campaigns / seconds).toFixed(0)}/s`, '');
  row('simulator: meetings per campaign (mean)', meetings.toFixed(2), 'at most 12');

  // The ratio to bare inkjs: the same meetings' conversations replayed with a
  // reused Story per file and the recorded choice indices, no engine at all.
  // Variables are left at their defaults, so a branch can differ slightly.
  const { world, lookup } = loadWorld();
  const sample = 50;
  const cache = new StoryCache();
  const records = [];
  const ours = performance.now();
  for (const p of policies) {
    for (let seed = 1; seed <= sample; seed++) {
      records.push(runCampaign(p, { seed, quarters: 8, returnLikelihood: params.defaultReturn }, world, lookup, params, { cache }).record);
    }
  }
  const oursMs = performance.now() - ours;
  const bareStories = new Map<string, Story>();
  const bare = performance.now();
  for (const record of records) {
    for (const meeting of record.meetings) {
      let story = bareStories.get(meeting.storyId);
      if (!story) bareStories.set(meeting.storyId, (story = new Story(lookup(meeting.storyId).json)));
      story.ResetState();
      for (const choice of meeting.choices) {
        while (story.canContinue) story.Continue();
        const n = story.currentChoices.length;
        if (n === 0) break;
        story.ChooseChoiceIndex(Math.min(choice.index, n - 1));
      }
      while (story.canContinue) story.Continue();
    }
  }
  const bareMs = performance.now() - bare;
  row(`engine vs bare inkjs, same conversations (${sample} seeds x 4 bots, 1 thread, no memo)`, `x${(oursMs / bareMs).toFixed(2)}`, `${oursMs.toFixed(0)} ms vs ${bareMs.toFixed(0)} ms`);
}

async function liveBench(): Promise<void> {
  const file = path.join(ROOT, 'stories/zz-bench-live-writing.ink');
  const base = readFileSync(path.join(ROOT, 'stories/discovery-the-real-problem.ink'), 'utf8');
  writeFileSync(file, base);
  const server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  try {
    await server.listen();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${server.resolvedUrls!.local[0]!}?story=zz-bench-live-writing`);
    const firstChoice = page.getByRole('group', { name: 'What do you say?' }).getByRole('button').first();
    await firstChoice.waitFor();
    const times: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const marker = `The yard is quiet, take ${i}.`;
      const saved = performance.now();
      writeFileSync(file, base.replace(/^(# stage: discovery\n)/m, `$1${marker}\n`));
      await page.getByText(marker).waitFor({ timeout: 20_000 });
      await firstChoice.waitFor();
      times.push(performance.now() - saved);
    }
    await browser.close();
    row(`live writing: save to updated choice point (median of ${runs})`, `${median(times).toFixed(0)} ms`, 'budget 1000 ms');
  } finally {
    await server.close();
    rmSync(file, { force: true });
  }
}

/**
 * The writer's desk: a shipped conversation (the largest) loaded into the desk
 * until its problems show (compile + lint in the Worker, the compiler loaded
 * on first use) and until its balance check is done, in a fresh page each run.
 */
async function deskBench(): Promise<void> {
  const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const url = `${server.resolvedUrls!.local[0]!}?mode=writer`;
  const largest = readdirSync(STORIES_DIR)
    .filter((f) => f.endsWith('.ink') && f !== 'personas.ink')
    .map((f) => path.join(STORIES_DIR, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const linted: number[] = [];
  const balanced: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    const started = Date.now();
    await page.getByLabel('Choose .ink files…').setInputFiles(largest);
    await page.locator('.desk-file-state').filter({ hasText: /checking balance|ready|error/ }).waitFor();
    linted.push(Date.now() - started);
    await page.getByRole('status').filter({ hasText: /\.ink: (no problems|\d+ (error|warning))/ }).waitFor({ timeout: 30_000 });
    balanced.push(Date.now() - started);
    await page.close();
  }
  await browser.close();
  await server.close();
  const name = path.basename(largest);
  row(`desk: ${name} to its problems (median of ${runs})`, `${median(linted).toFixed(0)} ms`, 'budget 2000 ms');
  row(`desk: ${name} balance checked (median of ${runs})`, `${median(balanced).toFixed(0)} ms`, `limit ${BALANCE_LIMIT_MS / 1000} s`);
}

if (!values.only || values.only === 'page') await pageBench();
if (!values.only || values.only === 'simulator') await simulatorBench();
if (!values.only || values.only === 'live') await liveBench();
if (!values.only || values.only === 'desk') await deskBench();
