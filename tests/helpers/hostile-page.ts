/**
 * Hostile input driven through the real page, one driver per attack class:
 * what is loaded, where a player or another page of the site would put it,
 * and what the page said back. The browser tests (hostile-input.spec.ts)
 * assert on what a driver reads; `npm run bench -- --only hostile` prints the
 * same runs beside the 1 s budget, against this build or an older one. The
 * hostile data comes from scripts/lib/hostile-data.ts and
 * scripts/lib/hostile-ink.ts; what only the page needs is put together here
 * (packs around compiled ink, the imported-story list kept in storage, a desk
 * file full of problems).
 *
 * A driver never asserts: it waits for the page's answer (or for `wait` to
 * pass), reads it, and returns it, so that an old build which freezes for a
 * minute or crashes is measured, not aborted. `runAttack` adds what every
 * class is judged on: whether the tab crashed, whether it still answers, and
 * the longest main-thread task from the moment the attack began.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type CompiledParts, badSettings, countingStoryInk, damagedPointer, deepJson, hostileNames, hugeJson, manyStoriesSave, manyStoryPack, packStoryOf } from '../../scripts/lib/hostile-data';
import { type BombKind, inkBomb } from '../../scripts/lib/hostile-ink';
import { stream } from '../../src/engine/model/random';
import { compileInk } from '../../src/engine/narrative/compile';
import { makePack } from '../../src/platform/writer/story-pack';
import { ROOT } from './stories';

/** What a driver read from the page. */
export interface AttackAnswer {
  /** The page's message, as shown; null when it showed none in time. */
  message: string | null;
  /** Anything else the driver read: whether the player's save is still there, sizes, counts. */
  facts: Record<string, unknown>;
}

export interface Attack {
  /** Short and stable: `pack-slow-stories`, a bench row and a test's key. */
  id: string;
  /** The attack in a few words. */
  what: string;
  /** Does it, waiting at most `wait` ms for each answer of the page. */
  run(page: Page, wait: number): Promise<AttackAnswer>;
}

export interface AttackRun extends AttackAnswer {
  id: string;
  crashed: boolean;
  /** The page ran a trivial script within 5 s afterwards: neither frozen nor gone. */
  responds: boolean;
  /** The longest main-thread task that ended after the attack began, in ms (null when it could not be read: a crash). */
  longestTaskMs: number | null;
  /** Wall time of the whole driver, setup included. */
  seconds: number;
  /** Why the driver stopped early (a wait that ran out, a button that was not there), or null. */
  failure: string | null;
}

const TASKS_KEY = 'hostile:long-tasks';
const SINCE_KEY = 'hostile:since';

/**
 * Every long task of every document this tab loads, kept in sessionStorage so
 * a reload (a hostile save is read at boot) does not lose them: start (on the
 * wall clock, comparable across documents) and duration. A string, not a
 * function: tsx wraps named functions in a helper the page does not have.
 */
const OBSERVE_LONG_TASKS = `(() => {
  new PerformanceObserver((list) => {
    const kept = JSON.parse(sessionStorage.getItem(${JSON.stringify(TASKS_KEY)}) || '[]');
    for (const entry of list.getEntries()) kept.push([performance.timeOrigin + entry.startTime, entry.duration]);
    sessionStorage.setItem(${JSON.stringify(TASKS_KEY)}, JSON.stringify(kept));
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** Marks the moment the attack begins: long tasks that ended before it (the page's own boot) do not count. */
export async function markAttack(page: Page): Promise<void> {
  await page.evaluate((key) => sessionStorage.setItem(key, String(performance.timeOrigin + performance.now())), SINCE_KEY);
}

/** The longest main-thread task that ended after `markAttack`, in ms; 0 when there was none (none over 50 ms). */
export async function longestTaskSinceMark(page: Page): Promise<number> {
  // Long tasks are reported just after they end: give the observer a moment to hear of the last one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  return page.evaluate(
    ([tasksKey, sinceKey]) => {
      const since = Number(sessionStorage.getItem(sinceKey) ?? 0);
      const tasks = JSON.parse(sessionStorage.getItem(tasksKey) || '[]') as [number, number][];
      return tasks.filter(([start, duration]) => start + duration >= since).reduce((longest, [, duration]) => Math.max(longest, duration), 0);
    },
    [TASKS_KEY, SINCE_KEY] as const,
  );
}

/**
 * Runs one attack in `page` (a fresh context: storage empty) and judges what
 * every class is judged on. Never throws: a crash, a freeze past `wait` or a
 * missing button is part of the result.
 */
export async function runAttack(page: Page, attack: Attack, wait: number): Promise<AttackRun> {
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.addInitScript({ content: OBSERVE_LONG_TASKS });
  const started = performance.now();
  let answer: AttackAnswer = { message: null, facts: {} };
  let failure: string | null = null;
  try {
    answer = await attack.run(page, wait);
  } catch (error) {
    failure = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
  const seconds = (performance.now() - started) / 1000;
  let responds = false;
  let longestTaskMs: number | null = null;
  if (!crashed) {
    responds = await Promise.race([
      page.evaluate(() => 1 + 1).then((two) => two === 2, () => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    // A page frozen past `wait` answers when its task ends: wait for it once more to read the task it ran.
    if (!responds && !crashed) responds = await page.evaluate(() => true, undefined).catch(() => false);
    if (responds) longestTaskMs = await longestTaskSinceMark(page).catch(() => null);
  }
  return { id: attack.id, ...answer, crashed, responds, longestTaskMs, seconds, failure: crashed ? failure ?? 'the tab crashed' : failure };
}

// ---------------------------------------------------------------------------
// The player's own progress: what no attack may take.

const CAMPAIGN_KEY = 'the-long-game:campaign';

/** The campaign's save as stored: pointer and both slots. */
export interface CampaignSlots {
  current: string | null;
  a: string | null;
  b: string | null;
}

export const campaignSlots = (page: Page): Promise<CampaignSlots> =>
  page.evaluate(
    (key) => ({ current: localStorage.getItem(`${key}.current`), a: localStorage.getItem(`${key}.slot-a`), b: localStorage.getItem(`${key}.slot-b`) }),
    CAMPAIGN_KEY,
  );

/** A campaign with one choice made and saved (seed 7, two quarters): the player's progress the attack must leave alone. */
export async function playOneChoice(page: Page, wait: number): Promise<CampaignSlots> {
  await page.goto('./?seed=7&quarters=2');
  await page.getByRole('button', { name: 'Start the campaign' }).click({ timeout: wait });
  await page.getByRole('group', { name: 'Your accounts' }).getByRole('button').first().click({ timeout: wait });
  const choices = page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
  await choices.first().click({ timeout: wait });
  await choices.first().or(page.getByRole('button', { name: 'Leave the meeting' })).first().waitFor({ timeout: wait });
  const slots = await campaignSlots(page);
  if (slots.current === null) throw new Error('the campaign was not saved');
  return slots;
}

const sameSlots = (a: CampaignSlots, b: CampaignSlots) => a.current === b.current && a.a === b.a && a.b === b.b;

// ---------------------------------------------------------------------------
// The title screen's tools: a story pack, a session file.

export interface UploadFile {
  name: string;
  text: string;
}

/**
 * The file on disk, for the file picker: Playwright hands a file given as a
 * buffer to the page as base64 that the page decodes in one task (1.6 s for
 * 4 MB here), which would be measured as the game's; a path Chromium reads itself.
 */
let filesDir: string | null = null;
function onDisk(file: UploadFile): string {
  if (filesDir === null) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    filesDir = dir;
  }
  const at = path.join(filesDir, file.name);
  writeFileSync(at, file.text);
  return at;
}

/** The title's notice (role status) once it says one of `patterns`, or an alert (a question put to the player). */
async function titleAnswer(page: Page, pattern: RegExp, wait: number): Promise<string | null> {
  const notice = page.getByRole('status').filter({ hasText: pattern });
  const asked = page.getByRole('alert');
  try {
    await notice.or(asked).first().waitFor({ timeout: wait });
  } catch {
    return null;
  }
  return notice.or(asked).first().innerText();
}

const IMPORT_ANSWER = /Imported \d+ conversations?|could not be imported/;

/**
 * Imports a story pack from the title screen, over a saved campaign; reads
 * the notice, and whether the campaign is still there, byte for byte.
 */
export async function importPack(page: Page, pack: UploadFile, wait: number): Promise<AttackAnswer> {
  const before = await playOneChoice(page, wait);
  await page.goto('./');
  await page.getByText('Or practise one conversation').click({ timeout: wait });
  await markAttack(page);
  await page.getByLabel('Import a story pack…').setInputFiles(onDisk(pack));
  const message = await titleAnswer(page, IMPORT_ANSWER, wait);
  return { message, facts: { bytes: pack.text.length, saveKept: sameSlots(before, await campaignSlots(page)) } };
}

/** Opens a session file from the title screen, over a saved campaign. */
export async function openSession(page: Page, file: UploadFile, wait: number): Promise<AttackAnswer> {
  const before = await playOneChoice(page, wait);
  await page.goto('./');
  await page.getByText('Or practise one conversation').click({ timeout: wait });
  await markAttack(page);
  await page.getByLabel('Open a saved session…').setInputFiles(onDisk(file));
  const opened = page.getByRole('group', { name: 'Your accounts' }).or(page.getByRole('heading', { name: /^Quarter \d/ }));
  const message = await titleAnswer(page, /could not be opened/, wait);
  const facts: Record<string, unknown> = { bytes: file.text.length, saveKept: sameSlots(before, await campaignSlots(page)) };
  if (message === null && (await opened.count()) > 0) return { message: 'opened: the session plays', facts };
  return { message, facts };
}

/**
 * Imports a pack holding one story, then plays it from the practice list and
 * makes its first choice: where a bomb set after the first choice goes off.
 * The message is the page's alert, or what the conversation showed instead.
 */
export async function playImported(page: Page, pack: UploadFile, title: string, wait: number): Promise<AttackAnswer> {
  const imported = await importPack(page, pack, wait);
  if (!imported.message?.startsWith('Imported')) return { message: `not imported: ${imported.message}`, facts: imported.facts };
  await page.getByText('Or practise one conversation').click({ timeout: wait });
  await page.getByRole('button', { name: new RegExp(title) }).click({ timeout: wait });
  const choices = page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
  await choices.first().waitFor({ timeout: wait });
  await markAttack(page);
  await choices.first().click();
  const alert = page.getByRole('alert');
  const after = alert.or(choices.first()).or(page.getByRole('button', { name: 'Leave the meeting' }));
  try {
    await after.first().waitFor({ timeout: wait });
  } catch {
    return { message: null, facts: imported.facts };
  }
  // What the last line said cost the page: its length, and the elements it was built of (none shown: an error screen).
  const line = await page.evaluate(() => {
    const lines = document.querySelectorAll('.log p');
    const last = lines[lines.length - 1];
    const text = last?.textContent ?? '';
    return last ? { chars: text.length, elements: last.querySelectorAll('*').length, tail: text.slice(-160) } : null;
  });
  const facts = { ...imported.facts, lineChars: line?.chars ?? null, lineElements: line?.elements ?? null };
  if ((await alert.count()) > 0) return { message: await alert.first().innerText(), facts };
  return { message: `played on, no alert; the last line ends: ${line?.tail ?? '(no line)'}`, facts };
}

// ---------------------------------------------------------------------------
// Storage another page of the site can write: saves and settings.

/**
 * Plays one choice, then lets `tamper` rewrite the campaign's stored save
 * (given the current slot's text; it returns the new text and any other keys
 * to set), reloads and presses Continue. The message is the alert, or what
 * the game did instead; `saveKept` is whether the tampered save is still
 * stored as it was (the player's to download), not replaced.
 */
export async function continueTamperedSave(
  page: Page,
  tamper: (slot: string) => { slot: string; extra?: Record<string, string> },
  wait: number,
): Promise<AttackAnswer> {
  const saved = await playOneChoice(page, wait);
  const slotKey = `${CAMPAIGN_KEY}.slot-${saved.current}`;
  const { slot, extra = {} } = tamper(saved[saved.current as 'a' | 'b']!);
  await page.evaluate(
    (items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    },
    { ...extra, [slotKey]: slot },
  );
  await markAttack(page);
  await page.goto('./?seed=7&quarters=2');
  const resume = page.getByRole('button', { name: /^Continue your campaign/ });
  await resume.or(page.getByRole('alert')).first().waitFor({ timeout: wait });
  // The page's boot reads the save too, but its own long tasks (the game's code, Phaser) are there with any save: measured apart.
  const bootTaskMs = await longestTaskSinceMark(page);
  if ((await resume.count()) === 0) return { message: `no Continue: ${await page.getByRole('alert').first().innerText()}`, facts: { bootTaskMs } };
  await markAttack(page);
  await resume.click();
  const alert = page.getByRole('alert');
  const resumed = page.getByRole('group', { name: 'Your accounts' }).or(page.getByRole('group', { name: 'What do you say?' }));
  let message: string | null;
  try {
    await alert.or(resumed).first().waitFor({ timeout: wait });
    message = (await alert.count()) > 0 ? await alert.first().innerText() : 'resumed: no message';
  } catch {
    message = null;
  }
  const facts = { bootTaskMs, storedBytes: slot.length + Object.values(extra).reduce((n, v) => n + v.length, 0), saveKept: (await page.evaluate((key) => localStorage.getItem(key), slotKey)) === slot };
  return { message, facts };
}

/** What another page wrote over the campaign's save: a pointer (null: the key removed) and both slots. */
export interface PointerDamage {
  pointer: string | null;
  slots: { a: string; b: string };
}

/**
 * Plays one choice, then lets `damage` write a pointer that names neither
 * slot in front of two slots made from the save (the newer one whole), and
 * opens the title: is the campaign still offered, and does it resume?
 */
export async function continueBehindDamagedPointer(page: Page, damage: (envelope: string) => PointerDamage, wait: number): Promise<AttackAnswer> {
  const saved = await playOneChoice(page, wait);
  const { pointer, slots } = damage(saved[saved.current as 'a' | 'b']!);
  await page.evaluate(
    ([key, written]) => {
      if (written.pointer === null) localStorage.removeItem(`${key}.current`);
      else localStorage.setItem(`${key}.current`, written.pointer);
      localStorage.setItem(`${key}.slot-a`, written.slots.a);
      localStorage.setItem(`${key}.slot-b`, written.slots.b);
    },
    [CAMPAIGN_KEY, { pointer, slots }] as const,
  );
  await markAttack(page);
  await page.goto('./?seed=7&quarters=2');
  const resume = page.getByRole('button', { name: /^Continue your campaign/ });
  await resume.or(page.getByRole('button', { name: 'Start the campaign' })).first().waitFor({ timeout: wait });
  const bootTaskMs = await longestTaskSinceMark(page);
  await markAttack(page);
  const slotsKept = async () => {
    const now = await campaignSlots(page);
    return now.a === slots.a && now.b === slots.b;
  };
  const facts = { pointer: pointer === null ? null : pointer.slice(0, 20), bootTaskMs };
  if ((await resume.count()) === 0) return { message: 'no Continue: the title says nothing of the saved campaign', facts: { ...facts, saveKept: await slotsKept() } };
  const label = await resume.textContent();
  await resume.click();
  await page.getByRole('group', { name: 'Your accounts' }).or(page.getByRole('group', { name: 'What do you say?' })).first().waitFor({ timeout: wait });
  return { message: `offered and resumed: ${label}`, facts: { ...facts, saveKept: await slotsKept(), resumed: true } };
}

/** The settings a page of the site can write that a player sets with buttons: text size (facilitator mode) and two volumes. */
export const SETTING_KEYS = ['text-scale', 'volume-music', 'volume-effects'] as const;

/** One reading of the facilitator's meeting with a stored value. */
export interface SettingReading {
  value: string | null;
  /** The first line's font size; null when it was not shown. */
  shownPx: number | null;
  choicesInView: boolean;
  /** The volume sliders' values, as the menu shows them; null when there were none. */
  music: string | null;
  effects: string | null;
}

/**
 * A facilitator's meeting opened with each of `values` stored as every
 * setting at once (null: none stored), and how it looked: the size of its
 * text against the size with nothing stored, the choices, the volume
 * sliders. The longest task counts every boot.
 */
export async function readWithSettings(page: Page, values: readonly (string | null)[], wait: number): Promise<AttackAnswer> {
  const firstLine = page.locator('.log p .text').first();
  const choices = page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
  await page.goto('./?mode=facilitator&story=first-meeting');
  await choices.first().waitFor({ timeout: wait });
  const size = () => firstLine.evaluate((el) => parseFloat(getComputedStyle(el).fontSize), undefined, { timeout: wait });
  const normalPx = await size();
  await markAttack(page);
  const readings: SettingReading[] = [];
  for (const value of values) {
    await page.evaluate(
      ([keys, stored]) => {
        for (const key of keys) {
          if (stored === null) localStorage.removeItem(`the-long-game:${key}`);
          else localStorage.setItem(`the-long-game:${key}`, stored);
        }
      },
      [SETTING_KEYS, value] as const,
    );
    await page.reload();
    const reading: SettingReading = { value, shownPx: null, choicesInView: false, music: null, effects: null };
    try {
      await choices.first().waitFor({ state: 'visible', timeout: wait });
      reading.shownPx = await size();
      reading.choicesInView = await choices.first().evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top < innerHeight && box.left < innerWidth;
      });
    } catch {
      // Not shown: the reading says so.
    }
    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog', { name: 'Paused' });
    try {
      await menu.waitFor({ timeout: 5000 });
      reading.music = await menu.getByRole('slider', { name: 'Music volume' }).inputValue({ timeout: 2000 });
      reading.effects = await menu.getByRole('slider', { name: 'Effects volume' }).inputValue({ timeout: 2000 });
      await page.keyboard.press('Escape');
    } catch {
      // An old build without the sliders, or a screen without the menu: the text size still tells.
    }
    readings.push(reading);
  }
  // Grouped by what was shown, so a page that shrugged every value off says so in one line.
  const shown = new Map<string, string[]>();
  for (const r of readings) {
    const look = `text ${r.shownPx === null ? 'not shown' : `${+(r.shownPx / normalPx).toFixed(2)}x`}${r.choicesInView ? '' : ', choices off screen'}, music ${r.music ?? '?'}, effects ${r.effects ?? '?'}`;
    shown.set(look, [...(shown.get(look) ?? []), JSON.stringify(r.value)]);
  }
  const message = [...shown].map(([look, stored]) => `${look} for ${stored.length > 3 ? `${stored.length} values` : stored.join(', ')}`).join('; ');
  return { message, facts: { normalPx, readings } };
}

// ---------------------------------------------------------------------------
// Names.

/** Fills team B's name with `name` in a new team session's setup and starts it: refused, or started? */
export async function nameATeam(page: Page, name: string, wait: number): Promise<AttackAnswer> {
  await page.goto('./?mode=facilitator&seed=7&quarters=2');
  await page.getByRole('button', { name: 'Run a team session' }).click({ timeout: wait });
  await markAttack(page);
  await page.getByLabel('Team B').fill(name, { timeout: wait });
  await page.getByRole('button', { name: 'Start the team session' }).click({ timeout: wait });
  const refused = page.getByRole('alert');
  const started = page.getByRole('group', { name: 'Locks' });
  await refused.or(started).first().waitFor({ timeout: wait });
  if ((await refused.count()) > 0) return { message: await refused.first().innerText(), facts: { started: false } };
  return { message: 'accepted: the session started', facts: { started: true } };
}

// ---------------------------------------------------------------------------
// The writer's desk.

/** The desk's answer for a file: its state in the file list, the status line, and the problems it lists. */
async function deskVerdict(page: Page, wait: number) {
  const state = page.locator('.desk-file-state').first();
  await state.filter({ hasNotText: /waiting|compiling|checking balance/ }).waitFor({ timeout: wait });
  const problems = page.locator('.desk-problems .problem');
  return {
    state: (await state.textContent()) ?? '',
    status: (await page.locator('.desk-status').textContent()) ?? '',
    problemsShown: await problems.count(),
    firstProblem: (await problems.count()) > 0 ? ((await problems.first().textContent()) ?? '') : '',
    problemsText: (await page.locator('.desk-problems').count()) > 0 ? ((await page.locator('.desk-problems').first().textContent()) ?? '') : '',
  };
}

/**
 * Loads an .ink file into the writer's desk, waits for its checks, then plays
 * it from the top and makes the first choice. The message: the file's
 * problems, then what playing it said.
 */
export async function playInDesk(page: Page, file: UploadFile, wait: number): Promise<AttackAnswer> {
  await page.goto('./?mode=writer');
  await page.getByRole('heading', { name: "Writer's desk" }).waitFor({ timeout: wait });
  await markAttack(page);
  await page.getByLabel('Choose .ink files…').setInputFiles(onDisk(file));
  const verdict = await deskVerdict(page, wait);
  const checked = `${verdict.state}: ${verdict.firstProblem || verdict.status}`;
  await page.getByRole('button', { name: 'Play', exact: true }).click({ timeout: wait });
  const choices = page.getByRole('group', { name: 'What do you say?' }).getByRole('button');
  const alert = page.getByRole('alert');
  await choices.first().or(alert).first().waitFor({ timeout: wait });
  if ((await alert.count()) === 0) {
    await choices.first().click();
    try {
      await alert.or(page.getByText('The conversation ended here.')).first().waitFor({ timeout: wait });
    } catch {
      return { message: `${checked} | played: no answer`, facts: verdict };
    }
  }
  const played = (await alert.count()) > 0 ? await alert.first().innerText() : 'played to its end';
  return { message: `${checked} | ${played}`, facts: verdict };
}

/** Loads an .ink file into the desk and reads what the desk lists for it: how many problems it shows, and the words about the rest. */
export async function checkInDesk(page: Page, file: UploadFile, wait: number): Promise<AttackAnswer> {
  await page.goto('./?mode=writer');
  await page.getByRole('heading', { name: "Writer's desk" }).waitFor({ timeout: wait });
  await markAttack(page);
  await page.getByLabel('Choose .ink files…').setInputFiles(onDisk(file));
  const verdict = await deskVerdict(page, wait);
  const more = /(\d[\d,]*) more/.exec(verdict.problemsText)?.[0] ?? null;
  return { message: `${verdict.state}; ${verdict.problemsShown} problems listed${more ? `, "${more}"` : ''}`, facts: { ...verdict, more } };
}

// ---------------------------------------------------------------------------
// The classes, each with its data: what the spec judges and the bench times.

/** One seed: every run builds the same inputs, so a before-and-after compares like with like. */
const SEED = 15;
const random = (key: string) => stream(SEED, 'hostile-page', key);
const CONTRACT = readFileSync(path.join(ROOT, 'stories/include/contract.ink'), 'utf8');
const header = (title: string) => `INCLUDE include/contract.ink\n# title: ${title}\n# stage: discovery`;
const MB = 1024 * 1024;

/** Compiles ink as the desk would, the contract included; throws on an error. */
function compiled(id: string, source: string): CompiledParts {
  const { json, fileTags, diagnostics } = compileInk({ fileName: `${id}.ink`, source, readInclude: () => CONTRACT });
  if (json === null) throw new Error(`${id} did not compile: ${diagnostics.map((d) => d.message).join('; ')}`);
  return { json, fileTags, source, hash: createHash('sha256').update(source).digest('hex').slice(0, 16) };
}

const packFile = (text: string): UploadFile => ({ name: 'hostile.longgame.json', text });
/** A pack of one story. */
const onePack = (name: string, parts: CompiledParts, id: string, title: string) => packFile(JSON.stringify(makePack(name, [packStoryOf(parts, id, title)])));
/** A pack of one story from an ink bomb set off after the first choice: it passes the import's first turn. */
function bombPack(kind: BombKind, size: number, title: string) {
  const bomb = inkBomb(kind, size, 'after-choice', header(title));
  return { title, file: onePack(title, compiled(bomb.id, bomb.source), bomb.id, title) };
}

/**
 * Huge JSON (hostile-data's) of just under `bytes` in all once set in `wrap`,
 * its first value a long string: the case where a refusal that quotes what it
 * got quotes kilobytes of the file.
 */
function hugeIn(wrap: (json: string) => string, bytes: number): string {
  // hugeJson overshoots by up to one of its values (4 KB).
  const room = bytes - wrap('').length - 8192;
  for (let k = 0; ; k++) {
    const json = hugeJson(room, random(`huge-${k}`));
    if (json.startsWith('["')) return wrap(json);
  }
}

/** The list of imported stories another page may have left in storage: 100 stories of 8 KB each (the shelf is read per name looked up). */
function importedShelf(): string {
  const story = { id: '', hash: '0123456789abcdef', json: 'x'.repeat(8000), fileTags: ['title: Imported', 'stage: discovery'], title: 'Imported', pack: 'Shelf', importedAt: '2026-12-01T00:00:00.000Z' };
  return JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ ...story, id: `imported-${i}` })));
}

/** An .ink file with `count` problems (an unknown line tag on each of its lines), well under the desk's 512 KB. */
const manyProblems = (count: number): UploadFile => ({ name: 'many-problems.ink', text: `${header('Many problems')}\n${'a #m:x\n'.repeat(count)}-> END\n` });

/** The longest line the runner lets through (a text of 20,000 characters): 3,999 words. */
const LONG_LINE_WORDS = 3999;
const PACK_STORIES = 40;
const DEPTH = 100_000;
const CHANGED = 100_000;
const PROBLEMS = 12_000;

const mb = (text: string) => `${(text.length / MB).toFixed(1)} MB`;

/** The classes, in the order the bench prints them. Built on call: a few seconds of compiling and generating. */
export function hostileAttacks(): Attack[] {
  const small = compiled('small-talk', `${header('Small Talk')}\nHello.\n* [Listen # move: relate # principle: other-focus]\n  -> END\n* [Close # move: close # principle: long-term]\n  -> END\n`);
  const many = packFile(manyStoryPack(PACK_STORIES, compiled('counting', countingStoryInk(500)), 'Many conversations'));
  const slow = packFile(manyStoryPack(PACK_STORIES, compiled('counting', countingStoryInk(30_000)), 'Slow conversations'));
  const hugePack = packFile(hugeIn((json) => `{"format":"the-long-game/story-pack","version":1,"name":"Huge","exportedAt":"","stories":${json}}`, 4 * MB));
  const hugeSession: UploadFile = {
    name: 'huge-session.json',
    text: hugeIn((json) => `{"format":"the-long-game/session","version":1,"record":{"version":1,"settings":{"seed":7,"quarters":2,"returnLikelihood":0.5},"meetings":${json},"quartersEnded":0}}`, 2 * MB),
  };
  const deep = deepJson(DEPTH, random('deep'));
  const shelf = importedShelf();
  const names = hostileNames(random('names'));
  const invisible = names.find((n) => n.visible === null && n.raw !== '')!;
  const turned = names.find((n) => n.visible?.includes('\u202E'))!;
  const settings = badSettings(random('settings'));
  const deskBomb = inkBomb('string-doubling', 26, 'after-choice', header('String bomb'));
  const playedBomb = bombPack('string-doubling', 26, 'String bomb');
  const wordFlood = bombPack('word-flood', 1_000_000, 'Word flood');
  const longLine = {
    title: 'Long line',
    file: onePack('Long line', compiled('long-line', `${header('Long line')}\nHello.\n* [Go on # move: relate # principle: other-focus]\n  ${'blah '.repeat(LONG_LINE_WORDS).trim()}\n  -> END\n`), 'long-line', 'Long line'),
  };
  return [
    { id: 'pack-many-stories', what: `a pack of ${PACK_STORIES} stories, each about 14,000 steps of ink to its first choice`, run: (page, wait) => importPack(page, many, wait) },
    { id: 'pack-slow-stories', what: `a pack of ${PACK_STORIES} stories, each counting about a second before its first choice`, run: (page, wait) => importPack(page, slow, wait) },
    { id: 'pack-huge-json', what: `a pack of ${mb(hugePack.text)} (the limit is 4 MB) whose stories are a huge list`, run: (page, wait) => importPack(page, hugePack, wait) },
    { id: 'pack-deep-json', what: `a pack nested ${DEPTH.toLocaleString('en')} deep`, run: (page, wait) => importPack(page, packFile(deep), wait) },
    { id: 'session-huge-json', what: `a session file of ${mb(hugeSession.text)} (the limit is 2 MB) whose meetings are a huge list`, run: (page, wait) => openSession(page, hugeSession, wait) },
    { id: 'session-deep-json', what: `a session file nested ${DEPTH.toLocaleString('en')} deep`, run: (page, wait) => openSession(page, { name: 'deep-session.json', text: deep }, wait) },
    {
      id: 'save-changed-stories',
      what: `a checksum-valid save listing ${CHANGED.toLocaleString('en')} changed stories beside ${mb(shelf)} of imported stories, then Continue`,
      run: (page, wait) =>
        continueTamperedSave(page, (slot) => ({ slot: manyStoriesSave(slot, CHANGED, random('changed')), extra: { 'the-long-game:imported-stories': shelf } }), wait),
    },
    {
      id: 'save-damaged-pointer',
      what: 'a save pointer that names neither slot, in front of two slots (the newer one whole)',
      run: (page, wait) => continueBehindDamagedPointer(page, (envelope) => damagedPointer(random('pointer'), [envelope]), wait),
    },
    { id: 'settings-stored', what: `${settings.length} stored values no button writes, as text size and both volumes`, run: (page, wait) => readWithSettings(page, settings, wait) },
    { id: 'name-rtl-pack', what: 'a pack whose name holds a right-to-left override', run: (page, wait) => importPack(page, onePack(turned.raw, small, 'small-talk', 'Small Talk'), wait) },
    { id: 'name-invisible-team', what: 'a team named with zero-width spaces only', run: (page, wait) => nameATeam(page, invisible.raw, wait) },
    { id: 'desk-string-bomb', what: "a string doubled 26 times after the first choice, in the writer's desk", run: (page, wait) => playInDesk(page, { name: `${deskBomb.id}.ink`, text: deskBomb.source }, wait) },
    { id: 'desk-many-problems', what: `an .ink file with ${PROBLEMS.toLocaleString('en')} problems, in the writer's desk`, run: (page, wait) => checkInDesk(page, manyProblems(PROBLEMS), wait) },
    { id: 'played-string-bomb', what: 'a pack story that doubles a string 26 times after the first choice, played', run: (page, wait) => playImported(page, playedBomb.file, playedBomb.title, wait) },
    { id: 'played-word-flood', what: 'a pack story that glues 1,000,000 words into a line after the first choice, played', run: (page, wait) => playImported(page, wordFlood.file, wordFlood.title, wait) },
    {
      id: 'played-long-line',
      what: `a pack story with a line of ${LONG_LINE_WORDS.toLocaleString('en')} words (the longest the runner lets through), played`,
      run: (page, wait) => playImported(page, longLine.file, longLine.title, wait),
    },
  ];
}
