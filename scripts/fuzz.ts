/**
 * The fuzzer: seeded cases of three kinds, every one against the shipped stories.
 *   - playthrough: a random campaign (and a random practice conversation),
 *     saved and restored at every choice: the restored game must show exactly
 *     the text and choices the uninterrupted one does;
 *   - damaged save: a real save's envelope, mutated (bytes flipped, cut short,
 *     values swapped for hostile ones, prototype keys, the checksum sometimes
 *     made to match): reading it must give a save or a reason, and resuming
 *     it a game or a ReplayError, never another exception;
 *   - damaged session file: the same for exported session files, solo and team.
 * Prints a summary; exits 1 with every failing case's seed on any failure.
 * `npm run fuzz` runs 100,000 cases; `npm test` runs 2,000 in a child process
 * that is killed if it hangs (tests/model/fuzz.test.ts).
 * Options: --cases N (default 100000), --seed S (default 1)
 */
import { parseArgs } from 'node:util';
import { runCampaign } from '../src/engine/bots/tournament';
import { defaultParams } from '../src/engine/model/constants';
import { type Random, stream } from '../src/engine/model/random';
import { type CampaignRecord, CampaignSession, ReplayError } from '../src/engine/model/session';
import { type Step, StoryRunner } from '../src/engine/narrative/runner';
import { personaVariables } from '../src/engine/personas';
import { TeamSession } from '../src/engine/teams/team-session';
import { CampaignRecordSchema } from '../src/platform/record-schema';
import { SaveStore, checksum, storiesPlayed } from '../src/platform/save-store';
import { sessionJson, teamSessionJson } from '../src/platform/session-export';
import { parseImportedJson } from '../src/platform/safe-json';
import { SessionFileError, readSessionFile } from '../src/platform/session-import';
import { carelessMerge } from './lib/careless-merge';
import { loadWorld } from './lib/world';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } } });
const cases = Math.max(1, Number(values.cases));
const baseSeed = Number(values.seed);
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

const counts = { playthrough: 0, practice: 0, 'damaged save': 0, 'damaged session file': 0 };
const failures: string[] = [];
const started = Date.now();
for (let i = 0; i < cases; i++) {
  const random = stream(baseSeed, 'fuzz', i);
  const kind = i % 20 === 0 ? 'playthrough' : i % 20 === 1 ? 'practice' : i % 2 === 0 ? 'damaged save' : 'damaged session file';
  try {
    if (kind === 'playthrough') playthrough(random, Math.floor(random() * 2 ** 31));
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
  counts[kind] += 1;
  // Progress, so that if a case hangs and the run is killed, the last line says where.
  if ((i + 1) % 500 === 0) console.log(`  ... ${i + 1} cases`);
}
const seconds = (Date.now() - started) / 1000;
console.log(`fuzz: ${cases} cases in ${seconds.toFixed(1)} s (seed ${baseSeed})`);
for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind.padEnd(36)} ${n}`);
for (const [name, n] of [...outcomes].sort()) console.log(`    ${name.padEnd(34)} ${n}`);
if (failures.length) {
  console.log(`${failures.length} failed:`);
  for (const f of failures.slice(0, 50)) console.log(`  ${f}`);
  process.exit(1);
}
console.log('no crash, no hang, every restore identical');
