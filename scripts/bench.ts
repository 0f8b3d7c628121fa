/**
 * Benchmarks, each printed beside its budget. Benchmarks, not timed tests:
 * figures depend on the machine. `npm run bench` builds first.
 *   - the first clickable choice in headless Chromium, cold and warm;
 *   - the simulator: 500 seeds x 4 bots x 8 quarters with the shipped stories,
 *     campaigns per second, meetings per campaign, and the ratio to replaying
 *     the same conversations with bare inkjs;
 *   - live writing: from saving a .ink file under `npm start` to the updated
 *     choice point on screen;
 *   - the writer's desk: the largest shipped conversation to its problems, and
 *     to its balance check;
 *   - frame time during a conversation (p95 and max, rAF intervals in the page,
 *     typing effect on);
 *   - heap after 50 scene changes (title to a practice conversation and back,
 *     through the game's own UI, clicked over CDP so no test code runs in the
 *     page) against after the first round trip, in all and without V8's
 *     compiled code (a heap snapshot: the game's own objects), and again with
 *     V8's compilers off;
 *   - `npm run stories:check` on the whole library, wall time;
 *   - the download ratio: gzip bytes before the first clickable choice against
 *     the same game on Phaser's default bundle (`dist-phaser-full`, built if
 *     missing or older than the sources).
 * Options: --runs N (page loads and live saves, default 7; conversations and
 * checker runs, default 3), --only page|simulator|live|desk|frames|heap|check|ratio
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CDPSession, type Page, chromium } from '@playwright/test';
import { Story } from 'inkjs';
import { createServer, preview } from 'vite';
import { runCampaign } from '../src/engine/bots/tournament';
import { defaultParams } from '../src/engine/model/constants';
import { StoryCache } from '../src/engine/narrative/runner';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { bytesBeforeFirstChoice } from './lib/download-bytes';
import { parallelTournament } from './lib/parallel-tournament';
import { BALANCE_LIMIT_MS } from '../src/platform/writer/protocol';
import { ROOT, STORIES_DIR, loadWorld } from './lib/world';

const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs ?? 7));
// A played conversation or a checker run takes seconds, not a page load's fraction of one: fewer by default.
const slowRuns = Math.max(1, Number(values.runs ?? 3));
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
      await page.locator('.log').getByText(marker).waitFor({ timeout: 20_000 });
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

const CHOICES = 'What do you say?';
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * p) - 1)]!;

/** In the page: stamps the interval between every two frames the browser runs from now on, until `__recording` is false. */
function recordFrames(): void {
  const w = window as unknown as { __frames: number[]; __recording: boolean; __tick: FrameRequestCallback };
  w.__frames = [];
  w.__recording = true;
  let last = 0;
  // A property, not a named local: tsx wraps named locals in a `__name` helper that the page does not have.
  w.__tick = (now) => {
    w.__frames.push(now - last);
    last = now;
    if (w.__recording) requestAnimationFrame(w.__tick);
  };
  // The first callback only sets the start: the time before it is Playwright's, not a frame's.
  requestAnimationFrame((first) => {
    last = first;
    requestAnimationFrame(w.__tick);
  });
}

function stopFrames(): number[] {
  const w = window as unknown as { __frames: number[]; __recording: boolean };
  w.__recording = false;
  return w.__frames;
}

/**
 * One conversation played with the typing effect on: frames recorded from its
 * first line, through `picks` choices (the first each time), to the choice
 * point after the last, so the span covers typing, choosing and the scene
 * answering. Boot is left out: the first-choice rows cover it.
 */
async function playConversation(page: Page, url: string, picks: number): Promise<number[]> {
  await page.goto(url);
  await page.locator('.log p').first().waitFor();
  await page.evaluate(recordFrames);
  const group = page.getByRole('group', { name: CHOICES });
  for (let i = 0; i < picks; i++) {
    await group.getByRole('button').first().waitFor();
    const offered = await group.elementHandle();
    await group.getByRole('button').first().click();
    // The group is replaced, not emptied: wait for this one to go so the next wait sees the next one.
    await page.waitForFunction((el) => !el!.isConnected, offered);
  }
  await group.or(page.getByRole('button', { name: 'Leave the meeting' })).first().waitFor();
  return page.evaluate(stopFrames);
}

/** The same recording on an empty page for `ms`: the machine's own frame times, to read the game's against. */
async function emptyPageFrames(page: Page, ms: number): Promise<number[]> {
  await page.setContent('<!doctype html><title>empty</title>');
  await page.evaluate(recordFrames);
  await page.waitForTimeout(ms);
  return page.evaluate(stopFrames);
}

async function framesBench(): Promise<void> {
  const picks = 4;
  const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const url = `${server.resolvedUrls!.local[0]!}?story=first-meeting`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const p95s: number[] = [];
  const maxes: number[] = [];
  const floors: number[] = [];
  let frames = 0;
  for (let i = 0; i < slowRuns; i++) {
    // A fresh context each run: a practice conversation saved in localStorage would resume, its lines shown at once.
    // The offline app's service worker is blocked: its precache download is a first visit's, not the conversation's.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const intervals = await playConversation(await context.newPage(), url, picks);
    floors.push(percentile(await emptyPageFrames(await context.newPage(), 3000), 0.95));
    await context.close();
    p95s.push(percentile(intervals, 0.95));
    maxes.push(Math.max(...intervals));
    frames += intervals.length;
  }
  await browser.close();
  await server.close();
  const label = `first-meeting, ${picks} choices, typing on`;
  row(`frame time p95, ${label} (median of ${slowRuns})`, `${median(p95s).toFixed(1)} ms`, 'budget 16.7 ms');
  row(`frame time max, same runs (median of ${slowRuns})`, `${median(maxes).toFixed(1)} ms`, `${Math.round(frames / slowRuns)} frames a run`);
  // A loaded machine (two cores, another browser running) misses frames on any page: this row tells the game's hitches from the machine's.
  row(`frame time p95, an empty page in the same browser (median of ${slowRuns})`, `${median(floors).toFixed(1)} ms`, 'the machine, not the game');
}

/**
 * The page's DOM, read and clicked over CDP alone. Playwright's locators run
 * its selector engine inside the page, in the same V8 heap: it was 0.9 MB of
 * the first figure and 0.15 MB of the growth, measuring the tool, not the game.
 */
class CdpDriver {
  constructor(private readonly cdp: CDPSession) {}

  /** The first element matching `selector`, waited for (15 s at most). */
  async find(selector: string): Promise<number> {
    const started = performance.now();
    for (;;) {
      const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      if (nodeId) return nodeId;
      if (performance.now() - started > 15_000) throw new Error(`heap bench: nothing matches ${selector}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** A real mouse click in the middle of the element, as Input events. */
  async click(selector: string): Promise<void> {
    const nodeId = await this.find(selector);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const [quad] = (await this.cdp.send('DOM.getContentQuads', { nodeId })).quads;
    const x = (quad![0]! + quad![4]!) / 2;
    const y = (quad![1]! + quad![5]!) / 2;
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
  }

  async press(key: string, keyCode: number): Promise<void> {
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code: key, windowsVirtualKeyCode: keyCode });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: keyCode });
  }

  /** Used JS heap after a full garbage collection, in bytes. */
  async heapAfterGc(): Promise<number> {
    // Twice: the first collection can leave objects that only its finalizers freed.
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    return (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
  }
}

const TITLE = 'details.practice > summary';

/** Two scene changes through the game's own UI: the title to the first practice conversation, and back by the menu. */
async function practiceRoundTrip(driver: CdpDriver): Promise<void> {
  await driver.click(TITLE);
  await driver.click('details.practice[open] > .actions > button');
  await driver.find('.choices[role=group] > button');
  await driver.press('Escape', 27);
  // The menu's last button is "Back to the title screen".
  await driver.click('dialog[open] > .actions > button:last-child');
  await driver.find(TITLE);
}

/** Heap after GC at the title after 1, trips-10 and trips round trips, and the same without compiled code (1 and trips). */
async function heapOverRoundTrips(trips: number, jsFlags?: string) {
  const server = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const args = jsFlags ? [...CHROMIUM_ARGS, `--js-flags=${jsFlags}`] : CHROMIUM_ARGS;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args, headless: true });
  // Reduced motion: lines appear at once, so 50 changes take seconds; what a scene leaves behind does not depend on it.
  const context = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const driver = new CdpDriver(cdp);
  await page.goto(server.resolvedUrls!.local[0]!);
  await driver.find(TITLE);
  const heap = new Map<number, number>();
  const withoutCode = new Map<number, number>();
  for (let trip = 1; trip <= trips; trip++) {
    await practiceRoundTrip(driver);
    if (trip === 1 || trip === trips - 10 || trip === trips) heap.set(trip, await driver.heapAfterGc());
    if (!jsFlags && (trip === 1 || trip === trips)) withoutCode.set(trip, await heapWithoutCompiledCode(cdp));
  }
  await browser.close();
  await server.close();
  return { heap, withoutCode };
}

/**
 * Heap growth over scene changes, with no reload between them (a reload would
 * reset the heap). Both figures are taken on the title screen, so they compare
 * like with like: after the first round trip (2 changes, the conversation's
 * chunks and assets loaded once) and after the 25th (50 changes). Then the
 * same with V8's compilers off, to show how much of the growth is V8 compiling
 * machine code for functions as they get hot.
 */
async function heapBench(): Promise<void> {
  const trips = 25;
  const { heap, withoutCode } = await heapOverRoundTrips(trips);
  const interpreted = (await heapOverRoundTrips(trips, '--no-sparkplug --no-maglev --no-turbofan')).heap;
  const first = heap.get(1)!;
  const last = heap.get(trips)!;
  const before = heap.get(trips - 10)!;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const percent = (from: number, to: number) => ((to - from) / from) * 100;
  const growth = (from: number, to: number) => `${percent(from, to).toFixed(1)}%`;
  const verdict = (from: number, to: number) => (percent(from, to) < 10 ? 'budget under 10%: met' : 'budget under 10%: OVER');
  row('heap after GC, 2 scene changes (1 round trip, at the title)', mb(first), '');
  row(`heap after GC, ${trips * 2} scene changes (${trips} round trips)`, mb(last), '');
  row(`heap growth, ${trips * 2} changes against 2`, growth(first, last), verdict(first, last));
  // V8's compiled code and the game's caches grow over the first trips and then level off; a leak keeps growing.
  row('heap growth, the last 10 round trips alone', growth(before, last), 'a leak keeps growing here');
  // A heap snapshot tells the game's objects from the machine code V8 compiles as functions warm up.
  const ownFirst = withoutCode.get(1)!;
  const ownLast = withoutCode.get(trips)!;
  row('heap without V8 compiled code, 2 scene changes (snapshot)', mb(ownFirst), '');
  row(`heap without V8 compiled code, ${trips * 2} scene changes`, mb(ownLast), '');
  row(`heap growth without V8 compiled code, ${trips * 2} against 2`, growth(ownFirst, ownLast), verdict(ownFirst, ownLast));
  row(
    `heap growth, ${trips * 2} against 2, V8 interpreter only`,
    growth(interpreted.get(1)!, interpreted.get(trips)!),
    '--no-sparkplug --no-maglev --no-turbofan',
  );
}

/** Bytes in a heap snapshot (after GC) that are not V8's compiled code: the game's objects, the DOM, strings. */
async function heapWithoutCompiledCode(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  let text = '';
  const onChunk = (event: { chunk: string }) => (text += event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(text) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (types[snapshot.nodes[i + typeAt]!] !== 'code') bytes += snapshot.nodes[i + sizeAt]!;
  }
  return bytes;
}

/** The writer's checker on the whole library, as a trainer runs it: wall time of the npm script, a child process each run. */
async function checkBench(): Promise<void> {
  const times: number[] = [];
  let failed = 0;
  for (let i = 0; i < slowRuns; i++) {
    const started = performance.now();
    try {
      execFileSync('npm', ['run', '-s', 'stories:check'], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      // Exit status 1 means a story has an error: still timed, but said beside the figure.
      failed++;
    }
    times.push(performance.now() - started);
  }
  const note = failed > 0 ? `  (${failed} run(s) exited non-zero)` : '';
  row(`stories:check, the whole library (median of ${slowRuns})`, `${(median(times) / 1000).toFixed(1)} s`, `budget 15 s${note}`);
}

/** The newest modification time of any file under `dir`, in ms. */
function newest(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** `dist-phaser-full`, rebuilt when missing or older than the game's sources: a stale reference would skew the ratio silently. */
function ensureReferenceBuild(): string {
  const outDir = path.join(ROOT, 'dist-phaser-full');
  const built = path.join(outDir, 'index.html');
  const sources = Math.max(newest(path.join(ROOT, 'src')), newest(STORIES_DIR), statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs);
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('(building dist-phaser-full: npm run -s build:compare)');
    execFileSync('npm', ['run', '-s', 'build:compare'], { cwd: ROOT, stdio: 'inherit' });
  }
  return outDir;
}

async function ratioBench(): Promise<void> {
  const referenceDir = ensureReferenceBuild();
  const game = await preview({ logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const reference = await preview({ logLevel: 'silent', build: { outDir: referenceDir }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  // As the test runs: service worker blocked (its precache would add every asset), reduced motion.
  const context = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  const ours = await bytesBeforeFirstChoice(await context.newPage(), `${game.resolvedUrls!.local[0]!}?story=first-meeting`);
  const theirs = await bytesBeforeFirstChoice(await context.newPage(), `${reference.resolvedUrls!.local[0]!}?story=first-meeting`);
  await browser.close();
  await game.close();
  await reference.close();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  row(`download before first choice, the game (${ours.files} files, gzip)`, kb(ours.gzip), '');
  row(`same, on Phaser's default bundle (${theirs.files} files, gzip)`, kb(theirs.gzip), ours.files === theirs.files ? '' : 'file counts differ');
  row('download ratio, the game against the default bundle', (ours.gzip / theirs.gzip).toFixed(3), 'budget under 0.8');
}

const PARTS: Record<string, () => Promise<void>> = {
  page: pageBench,
  simulator: simulatorBench,
  live: liveBench,
  desk: deskBench,
  frames: framesBench,
  heap: heapBench,
  check: checkBench,
  ratio: ratioBench,
};
if (values.only !== undefined && !(values.only in PARTS)) {
  console.error(`--only: one of ${Object.keys(PARTS).join('|')}`);
  process.exit(2);
}
for (const [name, part] of Object.entries(PARTS)) {
  if (!values.only || values.only === name) await part();
}
