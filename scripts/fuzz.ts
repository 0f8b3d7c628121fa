/**
 * The fuzzer: seeded cases of three kinds, every one against the shipped stories.
 *   - playthrough: a random campaign (and a random practice conversation),
 *     saved and restored at every choice: the restored game must show exactly
 *     the text and choices the uninterrupted one does;
 *   - damaged save: a real save's envelope, mutated (bytes flipped, cut short,
 *     values swapped for hostile ones, prototype keys, the checksum sometimes
 *     made to match): reading it must give a save or a reason, and resuming
 *     it a game or a ReplayError, never another exception;
 *   - damaged session file: the same for exported session files, solo and team;
 *   - hostile input (one case in --hostile-every, the classes in turn): ink
 *     bombs (scripts/lib/hostile-ink.ts) played, imported in a pack and
 *     checked; packs of many or slow stories, too many, too large or badly
 *     named; huge and deeply nested JSON; saves behind a damaged pointer or
 *     listing thousands of stories, checksums valid; stored settings no
 *     button writes; names that hide or reverse text
 *     (scripts/lib/hostile-data.ts). Each must end in the bound, budget or
 *     typed refusal it should, with a clear message, and lose nothing.
 * Prints a summary; exits 1 with every failing case's seed on any failure.
 * `npm run fuzz` runs 100,000 cases; `npm test` runs 2,000 in a child process
 * that is killed if it hangs (tests/model/fuzz.test.ts).
 * Options: --cases N (default 100000), --seed S (default 1),
 *   --hostile-every N (default 50: one case in N is hostile input)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkStory } from '../src/engine/checker/check-story';
import { runCampaign } from '../src/engine/bots/tournament';
import { defaultParams } from '../src/engine/model/constants';
import { rehearsalRunner } from '../src/engine/model/meeting';
import { type Random, stream } from '../src/engine/model/random';
import { type CampaignRecord, CampaignSession, ReplayError } from '../src/engine/model/session';
import { compileInk } from '../src/engine/narrative/compile';
import { type CompiledStory, type Step, StoryRunaway, StoryRunner } from '../src/engine/narrative/runner';
import { personaVariables } from '../src/engine/personas';
import { TeamSession } from '../src/engine/teams/team-session';
import { type ImportedStory, importedShelf } from '../src/platform/imported-stories';
import { cleanName, isolate } from '../src/platform/names';
import { CampaignRecordSchema } from '../src/platform/record-schema';
import { SaveStore, checksum, storiesPlayed } from '../src/platform/save-store';
import { sessionJson, teamSessionJson } from '../src/platform/session-export';
import { ImportedJsonError, MAX_JSON_DEPTH, parseImportedJson } from '../src/platform/safe-json';
import { MAX_SESSION_BYTES, SessionFileError, readSessionFile } from '../src/platform/session-import';
import { MAX_SESSION_MS, TEXT_SCALES, parseSessionStart, parseTextScale, stepTextScale } from '../src/platform/settings';
import { MAX_PACK_BYTES, MAX_PACK_STORIES, PACK_CHECK_STEPS, PackError, STORY_CHECK_STEPS, makePack, readPack } from '../src/platform/writer/story-pack';
import { carelessMerge } from './lib/careless-merge';
import { type CompiledParts, badSettings, countingStoryInk, damagedPointer, deepJson, hostileNames, hugeJson, manyStoriesSave, manyStoryPack, packStoryOf } from './lib/hostile-data';
import { type InkBomb, allInkBombs, playBombTurns } from './lib/hostile-ink';
import { STORIES_DIR, loadWorld } from './lib/world';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, 'hostile-every': { type: 'string', default: '50' } },
});
const cases = Math.max(1, Number(values.cases));
const baseSeed = Number(values.seed);
const hostileEvery = Math.max(2, Number(values['hostile-every']));

/**
 * Web Storage in memory, with a browser's quota (about 5 MiB of text per
 * origin): the saves are read and written here as a page would.
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  private static readonly QUOTA = 5 * 1024 * 1024;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > MemoryStorage.QUOTA) throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}
globalThis.localStorage ??= new MemoryStorage();
const { world, lookup } = loadWorld();
const params = defaultParams();
const store = new SaveStore<CampaignRecord>('campaign', CampaignRecordSchema, 'campaign');
const storiesOf = (record: CampaignRecord) => storiesPlayed([record]);

/** What a screen shows at a turn: every line's text and tags, and the choices offered. */
const shown = (steps: readonly Step[]) =>
  JSON.stringify(steps.map((s) => (s.kind === 'line' ? [s.text, s.tags] : s.kind === 'choices' ? s.choices.map((c) => [c.index, c.text]) : 'end')));

class CaseFailure extends Error {}

/** A random campaign, saved and restored at every choice point. */
function playthrough(random: Random, seed: number): void {
  const settings = { seed, quarters: 1 + Math.floor(random() * 3), returnLikelihood: Math.round(random() * 100) / 100 };
  const session = new CampaignSession(settings, world, lookup, params);
  while (!session.isOver) {
    const open = session.state.accounts.filter((a) => a.status !== 'lost' && !a.metThisQuarter);
    while (session.meetingsLeft() > 0 && open.length > 0) {
      const account = open.splice(Math.floor(random() * open.length), 1)[0]!;
      session.startMeeting(account.id);
      for (;;) {
        const turn = session.continueMeeting();
        // Save here and restore: the restored game must be at exactly this screen.
        const read = store.parse(store.envelope(session.record, storiesOf(session.record)));
        if (!('payload' in read)) throw new CaseFailure(`a fresh save did not read back: ${read.message}`);
        const restored = CampaignSession.replay(read.payload, world, lookup, params);
        const again = restored.continueMeeting();
        if (shown(again) !== shown(turn)) throw new CaseFailure(`restored at choice ${session.record.meetings.at(-1)!.choices.length} of ${session.record.meetings.at(-1)!.storyId}, the screen differs`);
        const last = turn.at(-1)!;
        if (last.kind !== 'choices') break;
        session.choose(last.choices[Math.floor(random() * last.choices.length)]!.index);
      }
      session.finishMeeting();
    }
    session.endQuarter();
  }
  const replayed = CampaignSession.replay(JSON.parse(JSON.stringify(session.record)), world, lookup, params);
  if (JSON.stringify(replayed.state.results) !== JSON.stringify(session.state.results)) throw new CaseFailure('the replayed campaign ended with different results');
}

/** A random practice conversation, restored from its choice log at every choice point. */
function practice(random: Random): void {
  const info = world.stories[Math.floor(random() * world.stories.length)]!;
  const persona = world.personas.find((p) => p.id === info.persona) ?? world.personas[Math.floor(random() * world.personas.length)]!;
  const options = { variables: personaVariables(persona) };
  const runner = new StoryRunner(lookup(info.id), options);
  for (;;) {
    const turn = runner.turnSync();
    const { runner: restored } = StoryRunner.replay(lookup(info.id), JSON.parse(JSON.stringify(runner.choiceLog)), options);
    if (shown(restored.turnSync()) !== shown(turn)) throw new CaseFailure(`practice "${info.id}" restored at choice ${runner.choiceLog.length} differs`);
    const last = turn.at(-1)!;
    if (last.kind !== 'choices') return;
    runner.choose(last.choices[Math.floor(random() * last.choices.length)]!.index);
  }
}

// Real material to damage: saves and session files from bot campaigns, and a team session.
const sources = [1, 2, 3].map((s) => runCampaign(s === 2 ? 'closer' : 'advisor', { seed: s, quarters: 2, returnLikelihood: 0.85 }, world, lookup, params));
const saves = sources.map((s) => store.envelope(s.record, storiesOf(s.record)));
const team = new TeamSession({ seed: 4, quarters: 1, returnLikelihood: 0.85 }, ['Harbour', 'Summit'], world, lookup, params);
while (team.startMeetings()) {
  while (!team.meetingsEnded) team.choose(new Map(team.waiting().map((i) => [i, team.offered(i)[i % team.offered(i).length]!.index])));
  team.finishMeetings();
}
team.endQuarter();
const sessionFiles = [...sources.map((s) => sessionJson(s, world.personas)), teamSessionJson(team, world.personas)];

const HOSTILE: unknown[] = [null, -1, 0, 2 ** 53, 1e308, -0.5, '', 'x'.repeat(2000), '../../etc/passwd', '<img src=x onerror=alert(1)>', [], {}, true, { __proto__: { polluted: true } }];

/** Replaces one value somewhere in a JSON value (a random path), returning the new value. */
function mutateValue(value: unknown, random: Random, depth = 0): unknown {
  if (depth > 0 && random() < 0.3) return HOSTILE[Math.floor(random() * HOSTILE.length)];
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.1) return [...value, HOSTILE[Math.floor(random() * HOSTILE.length)]];
    const copy = [...value];
    const i = Math.floor(random() * copy.length);
    if (random() < 0.15) copy.splice(i, 1);
    else copy[i] = mutateValue(copy[i], random, depth + 1);
    return copy;
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (keys.length === 0) return HOSTILE[Math.floor(random() * HOSTILE.length)];
    const key = keys[Math.floor(random() * keys.length)]!;
    if (random() < 0.1) delete copy[key];
    else copy[key] = mutateValue(copy[key], random, depth + 1);
    return copy;
  }
  return HOSTILE[Math.floor(random() * HOSTILE.length)];
}

/** One to three damages to a file's text: bytes, cuts, hostile keys, or a value swapped (the checksum sometimes made to match). */
function damage(text: string, random: Random, save: boolean): string {
  let out = text;
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const pick = random();
    if (pick < 0.2) {
      const at = Math.floor(random() * out.length);
      out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + out.slice(at + 1);
    } else if (pick < 0.35) {
      out = out.slice(0, Math.floor(random() * out.length));
    } else if (pick < 0.45) {
      out = out.replace('{', `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},`);
    } else {
      try {
        const parsed = mutateValue(JSON.parse(out), random) as Record<string, unknown>;
        if (save && parsed && typeof parsed === 'object' && random() < 0.6) parsed.checksum = checksum(JSON.stringify(parsed.payload));
        out = JSON.stringify(parsed) ?? 'null';
      } catch {
        out = out.slice(1);
      }
    }
  }
  return out;
}

/** How the damaged files ended: refused (and why), resumed, or refused by the replay. Shows the fuzzing reaches past the first check. */
const outcomes = new Map<string, number>();
const outcome = (name: string) => outcomes.set(name, (outcomes.get(name) ?? 0) + 1);

/**
 * What the reader makes of a damaged file, passed through a careless deep
 * merge: the prototype check after each case then fails if the reader ever
 * lets a hostile key through (the schemas behind it would hide that).
 */
function mergeCarelessly(text: string): void {
  let value: unknown;
  try {
    value = parseImportedJson(text);
  } catch {
    return;
  }
  carelessMerge({}, value);
}

/** A damaged save: read it, and resume it if it reads: a save or a reason, a game or a ReplayError. */
function damagedSave(random: Random): void {
  const text = damage(saves[Math.floor(random() * saves.length)]!, random, true);
  mergeCarelessly(text);
  const read = store.parse(text);
  if (!('payload' in read)) return void outcome(`save refused: ${read.kind}`);
  try {
    CampaignSession.replayUpToChange(read.payload, world, lookup, params);
    outcome('save read and resumed');
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    outcome('save read, replay refused');
  }
}

/** A damaged session file: opened, validated and replayed, or refused with a reason. */
function damagedSession(random: Random): void {
  const text = damage(sessionFiles[Math.floor(random() * sessionFiles.length)]!, random, false);
  mergeCarelessly(text);
  let opened;
  try {
    opened = readSessionFile(text);
  } catch (error) {
    if (error instanceof SessionFileError) return void outcome('session file refused');
    throw error;
  }
  try {
    if (opened.kind === 'team') TeamSession.replay(opened.record, world, lookup, params);
    else CampaignSession.replay(opened.record, world, lookup, params);
    outcome('session file opened and replayed');
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    outcome('session file read, replay refused');
  }
}



const CONTRACT = readFileSync(path.join(STORIES_DIR, 'include/contract.ink'), 'utf8');
const readInclude = (name: string) => {
  if (!/(?:^|\/)contract\.ink$/.test(name)) throw new CaseFailure(`a hostile story includes "${name}"`);
  return CONTRACT;
};
const expect = (ok: boolean, what: () => string) => {
  if (!ok) throw new CaseFailure(what());
};

/** Compiled once per source: the compiler with the contract takes a large part of a second. */
const compiledSources = new Map<string, CompiledParts>();
function compiled(source: string, id: string): CompiledParts {
  let parts = compiledSources.get(source);
  if (!parts) {
    const result = compileInk({ fileName: `${id}.ink`, source, readInclude });
    if (result.json === null) throw new CaseFailure(`${id} did not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
    parts = { json: result.json, fileTags: result.fileTags, hash: checksum(source), source };
    compiledSources.set(source, parts);
  }
  return parts;
}
const storyOf = (parts: CompiledParts, id: string): CompiledStory => ({ id, hash: parts.hash, json: parts.json, fileTags: parts.fileTags });

/** A pack's refusal (its PackError's message) or 'accepted' and the pack; any other error is a failure. */
async function importPack(text: string): Promise<{ refused: string } | { pack: Awaited<ReturnType<typeof readPack>> }> {
  try {
    return { pack: await readPack(text, world.personas.map((p) => p.id), new Set(world.stories.map((st) => st.id))) };
  } catch (error) {
    if (error instanceof PackError) return { refused: error.message };
    throw error;
  }
}

const BOMB_HEADER = 'INCLUDE include/contract.ink\n# title: Bomb\n# stage: discovery';
const BOMBS = allInkBombs(BOMB_HEADER);
const BOMB_PLACES = ['play', 'play in slices', 'pack import', 'checker'] as const;

/** A bomb's first turn (and, after its first choice, its second), the clock taken out: how it ended, or the runaway that stopped it. */
async function playBomb(bomb: InkBomb, story: CompiledStory, sliced: boolean): Promise<{ end: string } | { runaway: StoryRunaway }> {
  try {
    const steps = await playBombTurns(bomb, new StoryRunner(story, { now: () => 0 }), sliced);
    return { end: steps.at(-1)!.kind };
  } catch (error) {
    if (error instanceof StoryRunaway) return { runaway: error };
    throw error;
  }
}

/** The runaway's reason without where it happened: `Story "x" built a text longer than 20000 characters`. */
const reasonOf = (runaway: StoryRunaway) => runaway.message.slice(0, runaway.message.indexOf(' in knot "'));

/** An ink bomb where story code runs: played whole or in slices, imported in a pack, or checked. */
async function inkBombCase(random: Random, k: number): Promise<void> {
  // Four cases of bombs that go off, one in each place, then four of harmless sizes, and so on.
  const harmless = Math.floor(k / BOMB_PLACES.length) % 2 === 1;
  const choices = BOMBS.filter((b) => (b.stopsAt === null) === harmless);
  const bomb = choices[Math.floor(random() * choices.length)]!;
  const place = BOMB_PLACES[k % BOMB_PLACES.length]!;
  const parts = compiled(bomb.source, bomb.id);
  const story = storyOf(parts, bomb.id);
  const played = await playBomb(bomb, story, place === 'play in slices');
  if (bomb.stopsAt === null) {
    const end = bomb.kind === 'choice-flood' ? 'choices' : 'end';
    expect('end' in played && played.end === end, () => `${bomb.id} is harmless and should play to its ${end}; it ${'runaway' in played ? `ran away: ${played.runaway.message}` : `ended in ${played.end}`}`);
  } else {
    expect('runaway' in played && played.runaway.limit === bomb.stopsAt, () => `${bomb.id} should stop at its ${bomb.stopsAt} bound; it ${'runaway' in played ? `stopped at ${played.runaway.limit}` : 'played to its end'}`);
    expect('runaway' in played && played.runaway.message.startsWith(`Story "${bomb.id}" `), () => `${bomb.id}'s runaway does not name the story`);
  }
  if (place === 'play' || place === 'play in slices') return void outcome(bomb.stopsAt ? `bomb stopped at its bound (${place})` : `bomb played to its end (${place})`);

  if (place === 'pack import') {
    const read = await importPack(JSON.stringify(makePack('Bombs', [packStoryOf(parts, bomb.id, 'Bomb')])));
    if (bomb.phase === 'first-turn' && bomb.stopsAt !== null) {
      // The import plays the first turn as a first meeting with its step budget: exactly the cause, in the pack's words.
      let cause: unknown = null;
      try {
        rehearsalRunner(story, { maxSteps: STORY_CHECK_STEPS, maxMillis: Number.POSITIVE_INFINITY }).turnSync();
      } catch (error) {
        cause = error;
      }
      expect(cause instanceof StoryRunaway && cause.limit === bomb.stopsAt, () => `${bomb.id} as a first meeting should stop at ${bomb.stopsAt}`);
      const wanted = `"Bomb" (${bomb.id}) does not play: ${(cause as StoryRunaway).message}`;
      expect('refused' in read && read.refused === wanted, () => `${bomb.id} in a pack: wanted the refusal "${wanted}", got ${'refused' in read ? `"${read.refused}"` : 'accepted'}`);
      return void outcome('bomb pack refused at its bound');
    }
    // A harmless bomb, or one that goes off after the first choice: the import plays only the first turn, and keeps the story whole.
    expect('pack' in read && read.pack.stories[0]?.json === parts.json, () => `${bomb.id} in a pack should be accepted whole; ${'refused' in read ? read.refused : 'it changed'}`);
    return void outcome(bomb.phase === 'after-choice' && bomb.stopsAt ? 'bomb pack accepted (goes off after the choice)' : 'bomb pack accepted (harmless)');
  }

  const report = checkStory({ file: `${bomb.id}.ink`, source: bomb.source, readInclude, walks: 0 });
  const runaways = report.problems.filter((p) => p.message.includes(`(Story "${bomb.id}" `));
  if (bomb.stopsAt === null) {
    expect(runaways.length === 0, () => `the checker calls harmless ${bomb.id} a runaway: ${runaways[0]?.message}`);
    return void outcome('bomb checked: harmless');
  }
  const reason = reasonOf((played as { runaway: StoryRunaway }).runaway);
  if (runaways.some((p) => p.severity === 'error' && p.message.includes(`(${reason} in knot "`))) return void outcome('bomb checked: stopped at its bound');
  // The checker's runner keeps its clock (2 s a turn); on a starved machine that bound may come first. Counted, not failed.
  expect(runaways.some((p) => /ran for more than \d+ ms/.test(p.message)), () => `the checker should report ${bomb.id} as "${reason}"; it said: ${report.problems.map((p) => p.message).join(' | ') || 'nothing'}`);
  outcome('bomb checked: stopped by its clock');
}

/** Steps of ink a counting story's first turn takes as a first meeting, measured once per size. */
const stepsOfCounting = new Map<number, number>();
function countingStory(passes: number): { parts: CompiledParts; steps: number } {
  const parts = compiled(countingStoryInk(passes), `counting-${passes}`);
  let steps = stepsOfCounting.get(passes);
  if (steps === undefined) {
    const runner = rehearsalRunner(storyOf(parts, 'counting'), { maxSteps: 10_000_000, maxMillis: Number.POSITIVE_INFINITY });
    runner.turnSync();
    steps = runner.stepsTaken;
    stepsOfCounting.set(passes, steps);
  }
  return { parts, steps };
}

const PACK_VARIANTS = ['over budget', 'within budget', 'one slow story', 'too many', 'huge or deep', 'hostile names'] as const;

/** A hostile story pack: its budget spent or not, a slow story, too many stories, too many bytes, too deep, badly named. */
async function hostilePackCase(random: Random, k: number): Promise<void> {
  const variant = PACK_VARIANTS[k % PACK_VARIANTS.length]!;
  if (variant === 'over budget' || variant === 'within budget') {
    const { parts, steps } = countingStory(variant === 'over budget' ? [200, 350, 500, 700][Math.floor(random() * 4)]! : [10, 50, 200, 500][Math.floor(random() * 4)]!);
    expect(steps <= STORY_CHECK_STEPS, () => `a counting story meant to fit takes ${steps} steps`);
    // Story n is opened with what is left of the budget: the first whose steps do not fit is where it runs out.
    const fit = Math.floor(PACK_CHECK_STEPS / steps);
    const count = variant === 'over budget' ? fit + 1 + Math.floor(random() * (MAX_PACK_STORIES - fit)) : 1 + Math.floor(random() * Math.min(MAX_PACK_STORIES, fit));
    const read = await importPack(manyStoryPack(count, parts));
    if (count > fit) {
      const wanted = `the pack takes more than ${PACK_CHECK_STEPS.toLocaleString('en')} steps of ink to open; "Story ${fit + 1}" (story-${fit + 1}) is where it ran out: split the pack`;
      expect('refused' in read && read.refused === wanted, () => `${count} stories of ${steps} steps: wanted "${wanted}", got ${'refused' in read ? `"${read.refused}"` : 'accepted'}`);
      return void outcome('pack refused: over the budget');
    }
    expect('pack' in read && read.pack.stories.length === count && read.pack.stories.every((st, i) => st.id === `story-${i + 1}` && st.json === parts.json), () => `${count} stories of ${steps} steps should be accepted whole`);
    return void outcome('pack accepted within the budget');
  }
  if (variant === 'one slow story') {
    const fast = countingStory(10);
    const slow = countingStory([800, 2000][Math.floor(random() * 2)]!);
    expect(slow.steps > STORY_CHECK_STEPS, () => `a slow story takes only ${slow.steps} steps`);
    const count = 1 + Math.floor(random() * 10);
    const at = 1 + Math.floor(random() * count);
    const stories = Array.from({ length: count }, (_, i) => packStoryOf(i + 1 === at ? slow.parts : fast.parts, `story-${i + 1}`, `Story ${i + 1}`));
    const read = await importPack(JSON.stringify(makePack('Slow', stories)));
    const wanted = `"Story ${at}" (story-${at}) does not play: Story "story-${at}" took more than ${STORY_CHECK_STEPS} steps of work without a choice`;
    expect('refused' in read && read.refused.startsWith(wanted), () => `wanted a refusal starting "${wanted}", got ${'refused' in read ? `"${read.refused}"` : 'accepted'}`);
    return void outcome('pack refused: a story over its own budget');
  }
  if (variant === 'too many') {
    const { parts } = countingStory(10);
    // Mostly as many as still fit in the file's size, so the count is what is refused; now and then more.
    const fits = Math.floor(MAX_PACK_BYTES / (JSON.stringify(packStoryOf(parts, 'story-100', 'Story 100')).length + 1));
    const count = MAX_PACK_STORIES + 1 + Math.floor(random() * (random() < 0.8 ? Math.max(1, fits - MAX_PACK_STORIES - 1) : 200));
    const text = manyStoryPack(count, parts);
    const read = await importPack(text);
    const wanted =
      text.length > MAX_PACK_BYTES
        ? `the file is ${Math.round(text.length / 1024)} KB; a story pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB`
        : `stories: Invalid length: Expected <=${MAX_PACK_STORIES} but received ${count}`;
    expect('refused' in read && read.refused === wanted, () => `${count} stories: wanted "${wanted}", got ${'refused' in read ? `"${read.refused}"` : 'accepted'}`);
    return void outcome(text.length > MAX_PACK_BYTES ? 'pack refused: too large' : 'pack refused: too many stories');
  }
  if (variant === 'huge or deep') {
    const deep = random() < 0.5;
    const text = deep ? deepJson(MAX_JSON_DEPTH + 1 + Math.floor(random() * 100_000), random) : hugeJson(Math.floor(random() * 2 * MAX_PACK_BYTES), random);
    const read = await importPack(text);
    const wanted = deep
      ? `the file is not a story pack: its data is nested more than ${MAX_JSON_DEPTH} levels deep`
      : text.length > MAX_PACK_BYTES
        ? `the file is ${Math.round(text.length / 1024)} KB; a story pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB`
        : 'this is not a story pack from The Long Game';
    expect('refused' in read && read.refused === wanted, () => `wanted "${wanted}", got ${'refused' in read ? `"${read.refused}"` : 'accepted'}`);
    return void outcome(deep ? 'pack refused: too deep' : text.length > MAX_PACK_BYTES ? 'pack refused: too large' : 'pack refused: not a pack');
  }
  const names = hostileNames(random);
  const name = names[Math.floor(random() * names.length)]!;
  const title = names[Math.floor(random() * names.length)]!;
  const read = await importPack(JSON.stringify(makePack(name.raw, [packStoryOf(countingStory(10).parts, 'named', title.raw)])));
  // An empty title fails the pack's shape before any name is cleaned.
  const wanted =
    title.raw === ''
      ? 'conversation 1, title: Invalid length: Expected >=1 but received 0'
      : name.visible === null
        ? 'the pack has no name with a visible character in it'
        : title.visible === null
          ? 'conversation 1, title: it has no visible character'
          : null;
  if (wanted) {
    expect('refused' in read && read.refused === wanted, () => `pack ${JSON.stringify(name.raw)}, title ${JSON.stringify(title.raw)}: wanted "${wanted}", got ${'refused' in read ? `"${read.refused}"` : 'accepted'}`);
    return void outcome('pack refused: no visible name');
  }
  expect('pack' in read && read.pack.name === name.visible && read.pack.stories[0]?.title === title.visible, () => `pack ${JSON.stringify(name.raw)}, title ${JSON.stringify(title.raw)} should read as ${JSON.stringify([name.visible, title.visible])}`);
  outcome('pack accepted, names trimmed');
}

const JSON_VARIANTS = ['deep within the bound', 'deeper than the bound', 'huge'] as const;

/** Huge and deep JSON, read as a story pack's, a session file's and a save's text are. */
function hostileJsonCase(random: Random, k: number): void {
  const variant = JSON_VARIANTS[k % JSON_VARIANTS.length]!;
  const text =
    variant === 'deep within the bound'
      ? deepJson(1 + Math.floor(random() * MAX_JSON_DEPTH), random)
      : variant === 'deeper than the bound'
        ? deepJson(MAX_JSON_DEPTH + 1 + Math.floor(random() * 200_000), random)
        : hugeJson(Math.floor(random() * 8 * 1024 * 1024), random);
  let problem: string | null = null;
  try {
    const value = parseImportedJson(text);
    // Nothing lost: the same value a plain parse gives (these texts carry no hostile keys).
    expect(JSON.stringify(value) === JSON.stringify(JSON.parse(text)), () => `${variant} JSON read back different`);
  } catch (error) {
    if (!(error instanceof ImportedJsonError)) throw error;
    problem = error.problem;
  }
  expect(problem === (variant === 'deeper than the bound' ? 'too-deep' : null), () => `${variant} JSON (${text.length} characters) read as ${problem ?? 'JSON'}`);
  let session: string;
  try {
    readSessionFile(text);
    throw new CaseFailure(`${variant} JSON opened as a session file`);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    session = error.message;
  }
  const wanted =
    variant === 'deeper than the bound'
      ? `the file is not a session file: its data is nested more than ${MAX_JSON_DEPTH} levels deep`
      : text.length > MAX_SESSION_BYTES
        ? `the file is ${Math.round(text.length / 1024)} KB; a session file may be at most 2 MB`
        : 'this is not a session file from The Long Game';
  expect(session === wanted, () => `${variant} JSON as a session file: wanted "${wanted}", got "${session}"`);
  const read = store.parse(text);
  expect(!('payload' in read), () => `${variant} JSON read as a save`);
  outcome(`json ${variant}: ${problem ?? 'read'}`);
  outcome(`json ${variant} as a save: ${'kind' in read ? read.kind : ''}`);
}

const SAVE_VARIANTS = ['damaged pointer', 'thousands of stories'] as const;
const SAVE_KEYS = { pointer: 'the-long-game:campaign.current', a: 'the-long-game:campaign.slot-a', b: 'the-long-game:campaign.slot-b' };

/** Saves in storage with valid checksums: behind a damaged pointer, or listing thousands of stories beside a large imported list. */
function hostileSaveCase(random: Random, k: number): void {
  const variant = SAVE_VARIANTS[k % SAVE_VARIANTS.length]!;
  localStorage.clear();
  if (variant === 'damaged pointer') {
    const { pointer, slots, newest } = damagedPointer(random, saves);
    if (pointer !== null) localStorage.setItem(SAVE_KEYS.pointer, pointer);
    localStorage.setItem(SAVE_KEYS.a, slots.a);
    localStorage.setItem(SAVE_KEYS.b, slots.b);
    const wanted = store.parse(slots[newest]);
    expect('payload' in wanted, () => 'the newer slot should hold a whole save');
    const read = store.read();
    expect(read.state === 'ok' && JSON.stringify(read.save) === JSON.stringify(wanted), () => `pointer ${JSON.stringify(pointer?.slice(0, 20))}: the newer save in slot ${newest} was not recovered (${read.state === 'problem' ? read.message : read.state})`);
    // The next save goes beside it, not over it.
    const payload = (wanted as { payload: CampaignRecord }).payload;
    expect(store.put(payload, storiesOf(payload)), () => 'the next save was not written');
    expect(localStorage.getItem(newest === 'a' ? SAVE_KEYS.a : SAVE_KEYS.b) === slots[newest], () => `the next save overwrote the recovered save in slot ${newest}`);
    return void outcome('save recovered from a damaged pointer, kept by the next save');
  }
  const count = 1 + Math.floor(random() * 100_000);
  const text = manyStoriesSave(saves[Math.floor(random() * saves.length)]!, count, random);
  // Beside it, a large list of imported stories, as another page of the site could leave it.
  const imported: ImportedStory[] = Array.from({ length: 1 + Math.floor(random() * 400) }, (_, i) => ({ id: `imported-${i}`, hash: '0123abcd', json: 'x'.repeat(2000), fileTags: [], title: `Imported ${i}`, pack: 'Many', importedAt: '2026-01-01T00:00:00.000Z' }));
  localStorage.setItem('the-long-game:imported-stories', JSON.stringify(imported));
  localStorage.setItem(SAVE_KEYS.a, text);
  localStorage.setItem(SAVE_KEYS.pointer, 'a');
  const read = store.read();
  expect(read.state === 'ok' && Object.keys(read.save.stories).length >= count, () => `a save listing ${count} more stories, its checksum valid, did not read back whole`);
  const shelf = importedShelf();
  expect(shelf.stories.length === imported.length && !shelf.damaged, () => `the imported list of ${imported.length} read back as ${shelf.stories.length}`);
  try {
    CampaignSession.replayUpToChange((read as { save: { payload: CampaignRecord } }).save.payload, world, lookup, params);
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
  }
  outcome('save listing thousands of stories read and resumed');
}

/** Stored settings no button writes: read back as one of the values the game offers. */
function badSettingsCase(random: Random): void {
  const now = Date.UTC(2026, 5, 1);
  for (const stored of badSettings(random)) {
    const scale = parseTextScale(stored);
    expect(TEXT_SCALES.includes(scale), () => `text scale ${JSON.stringify(stored)} read as ${scale}`);
    expect(TEXT_SCALES.includes(Number(stored)) || scale === 1, () => `text scale ${JSON.stringify(stored)} should fall back to 1, read as ${scale}`);
    for (const steps of [-10, -1, 1, 10]) {
      expect(TEXT_SCALES.includes(stepTextScale(scale, steps)) && TEXT_SCALES.includes(stepTextScale(Number(stored), steps)), () => `text scale ${JSON.stringify(stored)} stepped ${steps} leaves the sizes`);
    }
    const started = parseSessionStart(stored, now);
    expect(started === null || (Number.isInteger(started) && started <= now && now - started <= MAX_SESSION_MS), () => `session start ${JSON.stringify(stored)} read as ${started}`);
    outcome(scale === 1 && Number(stored) !== 1 ? 'setting refused, default used' : 'setting read');
  }
  // A clock started within the last day is kept, to the millisecond.
  const recent = now - Math.floor(random() * MAX_SESSION_MS);
  expect(parseSessionStart(String(recent), now) === recent, () => `a session start of ${recent} was lost`);
}

/** Names with invisible ends and hidden direction controls: trimmed at the ends only, refused when nothing shows, isolated in sentences. */
function hostileNameCase(random: Random): void {
  for (const { raw, visible } of hostileNames(random)) {
    const cleaned = cleanName(raw);
    expect(cleaned === visible, () => `the name ${JSON.stringify(raw)} cleaned to ${JSON.stringify(cleaned)}, not ${JSON.stringify(visible)}`);
    if (cleaned === null) {
      outcome('name refused: nothing visible');
      continue;
    }
    expect(cleanName(cleaned) === cleaned, () => `cleaning ${JSON.stringify(cleaned)} again changed it`);
    expect(isolate(cleaned) === `\u2068${cleaned}\u2069`, () => `${JSON.stringify(cleaned)} is not isolated`);
    outcome('name kept, ends trimmed');
  }
}

const HOSTILE_CLASSES = ['ink bomb', 'hostile pack', 'hostile json', 'hostile save', 'bad settings', 'hostile name'] as const;
type HostileClass = (typeof HOSTILE_CLASSES)[number];
/** How many cases of each hostile class have run: each class steps through its variants in turn, so a short run meets them all. */
const hostileRun: Record<HostileClass, number> = { 'ink bomb': 0, 'hostile pack': 0, 'hostile json': 0, 'hostile save': 0, 'bad settings': 0, 'hostile name': 0 };

async function hostileCase(kind: HostileClass, random: Random): Promise<void> {
  const k = hostileRun[kind]++;
  if (kind === 'ink bomb') await inkBombCase(random, k);
  else if (kind === 'hostile pack') await hostilePackCase(random, k);
  else if (kind === 'hostile json') hostileJsonCase(random, k);
  else if (kind === 'hostile save') hostileSaveCase(random, k);
  else if (kind === 'bad settings') badSettingsCase(random);
  else hostileNameCase(random);
}

const counts: Record<string, number> = { playthrough: 0, practice: 0, 'damaged save': 0, 'damaged session file': 0, ...Object.fromEntries(HOSTILE_CLASSES.map((c) => [c, 0])) };
const failures: string[] = [];
const started = Date.now();
/** Seconds spent on each kind of case, so a slow class shows. */
const spent: Record<string, number> = {};
for (let i = 0; i < cases; i++) {
  const random = stream(baseSeed, 'fuzz', i);
  const kind =
    i % hostileEvery === Math.min(3, hostileEvery - 1)
      ? HOSTILE_CLASSES[Math.floor(i / hostileEvery) % HOSTILE_CLASSES.length]!
      : i % 20 === 0
        ? 'playthrough'
        : i % 20 === 1
          ? 'practice'
          : i % 2 === 0
            ? 'damaged save'
            : 'damaged session file';
  const caseStarted = performance.now();
  try {
    if ((HOSTILE_CLASSES as readonly string[]).includes(kind)) await hostileCase(kind as HostileClass, random);
    else if (kind === 'playthrough') playthrough(random, Math.floor(random() * 2 ** 31));
    else if (kind === 'practice') practice(random);
    else if (kind === 'damaged save') damagedSave(random);
    else damagedSession(random);
    if (Object.hasOwn(Object.prototype, 'polluted')) {
      delete (Object.prototype as Record<string, unknown>).polluted; // so the next case starts clean and the report names only the cases that polluted
      throw new CaseFailure('Object.prototype was polluted');
    }
  } catch (error) {
    failures.push(`case ${i} (${kind}, --seed ${baseSeed}): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  counts[kind] = (counts[kind] ?? 0) + 1;
  spent[kind] = (spent[kind] ?? 0) + (performance.now() - caseStarted) / 1000;
  // Progress, so that if a case hangs and the run is killed, the last line says where.
  if ((i + 1) % 500 === 0) console.log(`  ... ${i + 1} cases`);
}
const seconds = (Date.now() - started) / 1000;
console.log(`fuzz: ${cases} cases in ${seconds.toFixed(1)} s (seed ${baseSeed})`);
for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind.padEnd(36)} ${String(n).padStart(6)}  ${(spent[kind] ?? 0).toFixed(1).padStart(6)} s`);
for (const [name, n] of [...outcomes].sort()) console.log(`    ${name.padEnd(34)} ${n}`);
if (failures.length) {
  console.log(`${failures.length} failed:`);
  for (const f of failures.slice(0, 50)) console.log(`  ${f}`);
  process.exit(1);
}
console.log('no crash, no hang, every restore identical, every hostile input refused or bounded as it should be');
