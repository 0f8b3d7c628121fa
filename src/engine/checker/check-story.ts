/**
 * The writer's checker for one conversation: compiles it, lints the authoring
 * contract on the source (with lines), then plays every path and many seeded
 * random walks to check structure, move effects and temptation. Pure: runs in
 * Node and, later, in a browser Worker. Every play is bounded by the runner.
 */
import { type InkDiagnostic, codeLines, compileInk } from '../narrative/compile';
import { METER_NAMES, METER_RANGES, type Meters, trustOf } from '../narrative/meters';
import { type ChoiceOption, type CompiledStory, type RunawayLimit, type RunnerOptions, type RunnerSnapshot, StoryCache, StoryRunaway, StoryRunner } from '../narrative/runner';
import { type Move, type TagPlace, isKeyOf, parseTags, splitTag } from '../narrative/tags';
import { stream } from '../model/random';
import { MAX_STORY_CHARS } from './limits';

export interface Problem {
  file: string;
  /** 1-based; 0 when the problem belongs to the whole file. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** How one kind of move moved the meters, averaged over every time it was taken. */
export type MoveEffects = Record<Move, { taken: number; mean: Record<keyof Meters | 'trust', number> }>;

export interface StoryReport {
  file: string;
  id: string;
  problems: Problem[];
  /** Null when the file did not compile. */
  compiled: CompiledStory | null;
  fileTags: Record<string, string>;
  choicePoints: number;
  endings: number;
  paths: number;
  effects: MoveEffects;
  /** Distinct choice points (default meters) where the best close option leaves more deal momentum than the best relate option. */
  temptation: { tempting: number; of: number };
  /** Promises made and hooks opened in this file, each where it is made: a later meeting should pick it up. */
  promisesMade: CarriedThread[];
  /** Promises kept or broken and hooks read or closed here, as `promise:id` and `hook:id`. */
  promisesResolved: string[];
}

/** A promise or a hook a conversation leaves for a later meeting with the same buyer. */
export interface CarriedThread {
  kind: 'promise' | 'hook';
  id: string;
  line: number;
}

export interface CheckInput {
  file: string;
  source: string;
  readInclude: (name: string) => string;
  hash?: string;
  /** Random walks from random starting meters (default 500). */
  walks?: number;
  /** The persona ids of personas.ink; when given, a `# persona:` tag must name one of them. */
  personas?: readonly string[];
}

/** The walk of every path stops after this many paths. */
export const MAX_PATHS = 4000;
/**
 * The walk goes no deeper than this many choices along one path. A path of a
 * real conversation takes a few dozen; an option that always leads back to the
 * same choices makes one without end.
 */
export const MAX_PATH_CHOICES = 4000;

/** Where the checker's own walk stops short, by the bound it reached. */
export type WalkLimit = 'paths' | 'path-choices';

/** What a walk that stopped short means to the writer, by the bound it reached. */
const WALK_PROBLEMS: Record<WalkLimit, (bound: number) => string> = {
  paths: (n) => `more than ${n} paths: only the first were walked`,
  'path-choices': (n) =>
    `the story is too deep to check: a path goes on for more than ${n} choices without an end, and only its first ${n} were walked (an option that always leads back to the same choices does this too)`,
};

/** What a runaway turn means to the writer, by the bound it broke: a loop, or something that grows without end. */
const RUNAWAY_PROBLEMS: Record<RunawayLimit, (bound: number) => string> = {
  lines: () => 'a loop never reaches a choice or an end',
  steps: () => 'a loop never reaches a choice or an end',
  time: () => 'a loop never reaches a choice or an end',
  'turn-text': (n) => `a turn says more than ${n} characters before its choice`,
  text: (n) => `a text grows past ${n} characters`,
  pieces: (n) => `a line is glued together from more than ${n} pieces`,
  list: (n) => `a list grows past ${n} items`,
  depth: (n) => `calls or threads nest more than ${n} deep (a function that calls itself without end?)`,
  choices: (n) => `a choice point gathers more than ${n} choices`,
};
const METER_ASSIGNMENT = new RegExp(`^\\s*~\\s*(?:temp\\s+)?(${METER_NAMES.join('|')})\\s*(=|\\+=|-=|\\+\\+|--)`);
const CHOICE_LINE = /^\s*([*+]\s*)+/;

function problem(file: string, line: number, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file, line, severity, message };
}

/** Lints the source text: tags, choice tags, meter assignments. Lines are 1-based. */
export function lintSource(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  let atTop = true;
  codeLines(source).forEach((line, i) => {
    const n = i + 1;
    const trimmed = line.trim();
    if (trimmed === '' || /^INCLUDE\b/.test(trimmed)) return;
    if (METER_ASSIGNMENT.test(line)) {
      const meter = METER_ASSIGNMENT.exec(line)![1];
      problems.push(problem(file, n, `meter "${meter}" is changed directly: use the contract's functions (close_move, earn_intimacy, serve_self, ...)`));
    }
    const isTagLine = trimmed.startsWith('#');
    const place: TagPlace = atTop && isTagLine ? 'file' : 'line';
    if (!isTagLine) atTop = false;
    if (CHOICE_LINE.test(line)) {
      problems.push(...lintChoice(file, n, line));
      return;
    }
    const hash = line.indexOf('#');
    if (hash === -1) return;
    for (const tag of line.slice(hash + 1).split('#').map((t) => t.trim()).filter(Boolean)) {
      const key = splitTag(tag)?.key;
      const knownElsewhere = key !== undefined && (['line', 'choice', 'file'] as const).some((p) => p !== place && isKeyOf(p, key));
      for (const p of parseTags([tag], place).problems) {
        const hint = knownElsewhere ? ` ("${key}" belongs ${key && isKeyOf('choice', key) ? 'inside a choice\'s brackets' : key && isKeyOf('file', key) ? 'at the top of the file' : 'on a line'})` : '';
        problems.push(problem(file, n, p.message + hint));
      }
    }
  });
  return problems;
}

function lintChoice(file: string, n: number, line: string): Problem[] {
  const problems: Problem[] = [];
  const open = line.indexOf('[');
  const close = line.indexOf(']', open);
  const inside = open !== -1 && close !== -1 ? line.slice(open + 1, close) : line.replace(CHOICE_LINE, '');
  const after = open !== -1 && close !== -1 ? line.slice(close + 1) : '';
  if (after.includes('#')) {
    problems.push(problem(file, n, 'a tag after the "]" lands on an empty line, not on the choice: put choice tags inside the brackets'));
  }
  const hash = inside.indexOf('#');
  const rawTags = hash === -1 ? [] : inside.slice(hash + 1).split('#').map((t) => t.trim()).filter(Boolean);
  const { tags, problems: tagProblems } = parseTags(rawTags, 'choice');
  problems.push(...tagProblems.map((p) => problem(file, n, p.message)));
  const text = (hash === -1 ? inside : inside.slice(0, hash)).trim();
  if (!tags.move && !tagProblems.some((p) => p.message.includes('move'))) {
    problems.push(problem(file, n, `choice "${text}" has no move tag (# move: close, relate, ask or neutral)`));
  }
  if (tags.move && tags.move !== 'neutral' && !tags.principle) {
    problems.push(problem(file, n, `choice "${text}" has no principle tag (# principle: other-focus, collaboration, long-term or transparency)`));
  }
  return problems;
}

/** The source line of a choice, found by its text; 0 if it cannot be found. */
function lineOfChoice(source: string, text: string): number {
  const lines = source.split(/\r?\n/);
  const needle = text.trim().slice(0, 40);
  const i = lines.findIndex((l) => CHOICE_LINE.test(l) && l.includes(needle));
  return i === -1 ? 0 : i + 1;
}

/** A knot or stitch of the source, where a writer can start playing. */
export interface KnotInfo {
  /** `knot` or `knot.stitch`, as ink's divert names it. */
  path: string;
  line: number;
  kind: 'knot' | 'stitch' | 'function';
}

const KNOT_LINE = /^\s*={2,}\s*(function\s+)?(\w+)/;
const STITCH_LINE = /^\s*=\s*(\w+)/;

/** The knots and stitches of one file, in source order (comments ignored). */
export function knotsOf(source: string): KnotInfo[] {
  const knots: KnotInfo[] = [];
  let knot: string | null = null;
  codeLines(source).forEach((line, i) => {
    const k = KNOT_LINE.exec(line);
    if (k) {
      knot = k[1] ? null : k[2]!;
      knots.push({ path: k[2]!, line: i + 1, kind: k[1] ? 'function' : 'knot' });
      return;
    }
    const st = STITCH_LINE.exec(line);
    if (st && knot) knots.push({ path: `${knot}.${st[1]}`, line: i + 1, kind: 'stitch' });
  });
  return knots;
}

/** Knots no divert in the file ever names: nobody can reach them. */
function unreachableKnots(file: string, source: string): Problem[] {
  const code = codeLines(source).join('\n');
  return knotsOf(source)
    .filter((k) => k.kind === 'knot' && !new RegExp(`->\\s*${k.path}(?!\\w)`).test(code))
    .map((k) => problem(file, k.line, `knot "${k.path}" is never diverted to: no player can reach it`, 'warning'));
}

/** The line a knot or function starts on (0 when the source has none by that name). */
function lineOfKnot(source: string, knot: string): number {
  return knotsOf(source).find((k) => k.path === knot)?.line ?? 0;
}

const emptyMean = () => ({ credibility: 0, reliability: 0, intimacy: 0, self_orientation: 0, deal: 0, trust: 0 });

/** Random starting meters within their ranges, so walks see low- and high-trust branches. */
function randomMeters(random: () => number): Meters {
  const pickIn = ([lo, hi]: readonly [number, number]) => Math.round(lo + random() * (hi - lo));
  return {
    credibility: pickIn(METER_RANGES.credibility),
    reliability: pickIn(METER_RANGES.reliability),
    intimacy: pickIn(METER_RANGES.intimacy),
    self_orientation: pickIn([1, 8]),
    deal: pickIn([0, 60]),
  };
}

/**
 * Checks one conversation: the lint phase, then (when it compiled and includes
 * the contract) the balance phase.
 */
export function checkStory(input: CheckInput): StoryReport {
  const report = lintStory(input);
  return canBalance(report) ? balanceStory(report, input) : report;
}

/** The balance phase needs a compiled story that includes the contract. */
export function canBalance(report: StoryReport): boolean {
  return report.compiled !== null && !report.problems.some((p) => p.severity === 'error' && /does not include the contract/.test(p.message));
}

/**
 * The quick phase: compiles the file and lints its source and tags. The report
 * carries the compiled story when it compiled, so a writer can play at once.
 */
export function lintStory(input: CheckInput): StoryReport {
  const { file } = input;
  const id = file.replace(/^.*[\\/]/, '').replace(/\.ink$/, '');
  const report: StoryReport = {
    file,
    id,
    problems: [],
    compiled: null,
    fileTags: {},
    choicePoints: 0,
    endings: 0,
    paths: 0,
    effects: { close: { taken: 0, mean: emptyMean() }, relate: { taken: 0, mean: emptyMean() }, ask: { taken: 0, mean: emptyMean() }, neutral: { taken: 0, mean: emptyMean() } },
    temptation: { tempting: 0, of: 0 },
    promisesMade: [],
    promisesResolved: [],
  };
  const fail = (line: number, message: string) => report.problems.push(problem(file, line, message));

  if (!file.endsWith('.ink')) fail(0, 'not an ink file: conversations are .ink files');
  if (input.source.length > MAX_STORY_CHARS) {
    fail(0, `the file is ${Math.round(input.source.length / 1024)} KB; the limit is ${MAX_STORY_CHARS / 1024} KB`);
    return report;
  }
  if (input.source.includes('\u0000')) {
    fail(0, 'not an ink file: it contains binary data');
    return report;
  }
  const content = codeLines(input.source).map((l) => l.trim()).filter((l) => l && !/^INCLUDE\b/.test(l) && !l.startsWith('#'));
  if (content.length === 0) {
    fail(0, 'the file is empty: no text, choices or knots');
    return report;
  }
  if (!/^\s*INCLUDE\s+(?:\S*\/)?include\/contract\.ink\s*$/m.test(input.source)) {
    report.problems.push(problem(file, 1, 'the file does not include the contract: start it with "INCLUDE include/contract.ink"'));
  }

  const compiled = compileInk({ fileName: file.replace(/^.*[\\/]/, ''), source: input.source, readInclude: input.readInclude });
  report.problems.push(...compiled.diagnostics.filter((d) => d.severity !== 'todo').map((d: InkDiagnostic) => problem(d.file === file.replace(/^.*[\\/]/, '') ? file : d.file, d.line, d.message, d.severity === 'error' ? 'error' : 'warning')));
  report.problems.push(...lintSource(file, input.source), ...unreachableKnots(file, input.source));
  const fileTags = parseTags(compiled.fileTags, 'file');
  report.fileTags = fileTags.tags as Record<string, string>;
  if (compiled.json !== null) {
    if (!fileTags.tags.stage && !fileTags.tags.event) fail(0, 'the file has neither a "# stage:" nor an "# event:" tag at its top');
    if (!fileTags.tags.title) report.problems.push(problem(file, 0, 'the file has no "# title:" tag at its top', 'warning'));
    const persona = fileTags.tags.persona;
    if (persona && input.personas && !input.personas.includes(persona)) {
      fail(lineOfFileTag(input.source, 'persona'), `no persona "${persona}" in personas.ink (there are: ${input.personas.join(', ')})`);
    }
    report.compiled = { id, hash: input.hash ?? '', json: compiled.json, fileTags: compiled.fileTags };
  }
  report.problems = dedupe(report.problems);
  return report;
}

/**
 * The slow phase: plays every path and many seeded random walks from the
 * linted report's compiled story, adding what it finds to the report.
 */
export function balanceStory(report: StoryReport, input: CheckInput): StoryReport {
  const story = report.compiled;
  if (!story) return report;
  const promises = promisesIn(input.source);
  report.promisesMade = promises.made;
  report.promisesResolved = promises.resolved;
  walkAll(story, input.source, report);
  const memory = rememberingBuyer(input.source);
  if (memory) walkAll(story, input.source, report, memory);
  // A story that runs away would spend the runner's whole time limit on every walk into the loop.
  const ranAway = report.problems.some((p) => p.message.startsWith('a loop never reaches'));
  if (!ranAway) randomWalks(story, report, input.walks ?? 500);
  const { tempting, of } = report.temptation;
  if (of > 0 && tempting < 0.8 * of) {
    report.problems.push(
      problem(report.file, 0, `the temptation is not real: the close option beats the relate option on this meeting's deal momentum at ${tempting} of ${of} choice points (at least 80% needed)`),
    );
  }
  report.problems = dedupe(report.problems);
  return report;
}

function lineOfFileTag(source: string, key: string): number {
  const i = source.split(/\r?\n/).findIndex((l) => new RegExp(`^\\s*#.*\\b${key}\\s*:`).test(l));
  return i === -1 ? 0 : i + 1;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A choice just taken, whose effect is read once the story has played on from it. */
interface Taken {
  option: ChoiceOption;
  before: Meters;
  first: boolean;
  point: Partial<Record<Move, number>>;
}

/** A choice point on the path being walked, with the options still to try from it. */
interface ChoicePoint {
  saved: RunnerSnapshot;
  before: Meters;
  /** The first time the walk meets these options: only then are their effects checked and counted. */
  first: boolean;
  /** The best deal momentum each kind of move reached from here. */
  point: Partial<Record<Move, number>>;
  options: readonly ChoiceOption[];
  next: number;
}

/**
 * A remembering buyer: every promise the file asks about outstanding, pushed
 * before, a client, met three times. The walk from the defaults never takes
 * those branches; this one does, so they are checked too.
 */
function rememberingBuyer(source: string): { options: RunnerOptions; label: string } | null {
  const items = [...new Set([...codeLines(source).join('\n').matchAll(/promised\s*\?\s*\(?\s*(\w+)/g)].map((m) => m[1]!))];
  const reads = /\b(pressured_before|is_client|meetings_before)\b/.test(source);
  if (items.length === 0 && !reads) return null;
  return {
    options: {
      variables: { pressured_before: true, is_client: true, meetings_before: 3 },
      ledger: { promised: items, kept: [], broken: [] },
    },
    label: `pushed before, a client, 3 meetings before${items.length ? `, promised ${items.join(', ')}` : ''}`,
  };
}

/**
 * Every path: structure and move effects, and from the default meters the
 * counts and the temptation. With `memory`, the same walk for a buyer with a
 * history: its problems say so, and it counts nothing.
 */
function walkAll(story: CompiledStory, source: string, report: StoryReport, memory: { options: RunnerOptions; label: string } | null = null): void {
  const seenPoints = new Set<string>();
  let paths = 0;
  const tally = memory === null;
  // One Story for the whole walk: depth first, every branch starts by loading its saved state,
  // which costs far less than building a Story from the compiled JSON per branch.
  const cache = new StoryCache();
  const found = (line: number, message: string, severity: Problem['severity'] = 'error') => {
    if (tally) report.problems.push(problem(report.file, line, message, severity));
    else if (!report.problems.some((p) => p.line === line && p.message === message)) {
      report.problems.push(problem(report.file, line, `${message} (with a buyer who remembers: ${memory.label})`, severity));
    }
  };
  /** Plays one turn after `taken` (`depth` choices from the start); the choice point it reaches, when the walk goes on from there. */
  const play = (runner: StoryRunner, taken: Taken | null, depth: number): ChoicePoint | null => {
    let turn;
    try {
      turn = runner.turnSync();
    } catch (error) {
      const e = error as Error & { knot?: string };
      const line = e.knot ? lineOfKnot(source, e.knot) : 0;
      const message =
        error instanceof StoryRunaway
          ? `${RUNAWAY_PROBLEMS[error.limit](error.bound)} (${e.message})`
          : /ran out of content/.test(e.message)
            ? `a path runs out of content without "-> END" in knot "${e.knot}"`
            : e.message;
      found(line, message);
      paths += 1;
      return null;
    }
    if (taken) {
      const after = runner.meters();
      if (taken.first) {
        const bad = moveEffectProblem(taken.option, taken.before, after);
        if (bad) found(lineOfChoice(source, taken.option.text), bad);
      }
      const move = taken.option.tags.move;
      if (move) taken.point[move] = Math.max(taken.point[move] ?? -Infinity, after.deal);
    }
    const last = turn.at(-1)!;
    if (last.kind === 'end') {
      if (tally) report.endings += 1;
      paths += 1;
      return null;
    }
    if (last.kind !== 'choices') return null;
    const key = last.choices.map((c) => c.text).join('|');
    const first = !seenPoints.has(key);
    seenPoints.add(key);
    const line = () => lineOfChoice(source, last.choices[0]?.text ?? '');
    if (first) {
      if (tally) report.choicePoints += 1;
      for (const message of choicePointProblems(last.choices)) found(line(), message);
    }
    if (depth >= MAX_PATH_CHOICES) {
      found(line(), WALK_PROBLEMS['path-choices'](MAX_PATH_CHOICES), 'warning');
      paths += 1;
      return null;
    }
    // Without the choice log: the walk never reads it, and a copy per choice point would grow with the path.
    return { saved: { ...runner.snapshot(), log: [] }, before: runner.meters(), first, point: {}, options: last.choices, next: 0 };
  };
  // Depth first with a stack of its own: a path can be thousands of choices long, deeper than the call stack goes.
  const path: ChoicePoint[] = [];
  const start = play(new StoryRunner(story, { ...memory?.options, cache }), null, 0);
  if (start) path.push(start);
  while (path.length > 0) {
    const at = path.at(-1)!;
    const option = at.options[at.next];
    at.next += 1;
    if (option === undefined) {
      path.pop();
      // The temptation: does the close option pay more on this meeting's deal than the relate option?
      if (tally && at.first && at.point.close !== undefined && at.point.relate !== undefined) {
        report.temptation.of += 1;
        if (at.point.close > at.point.relate) report.temptation.tempting += 1;
      }
      continue;
    }
    if (paths >= MAX_PATHS) continue;
    const next = StoryRunner.restore(story, at.saved, { cache });
    next.choose(option.index);
    const reached = play(next, { option, before: at.before, first: at.first, point: at.point }, path.length);
    if (reached) path.push(reached);
  }
  if (tally) report.paths = paths;
  if (paths >= MAX_PATHS) found(0, WALK_PROBLEMS.paths(MAX_PATHS), 'warning');
}

/** What is wrong with a choice point's options, if anything. */
function choicePointProblems(choices: readonly ChoiceOption[]): string[] {
  const problems: string[] = [];
  if (choices.length > 9) problems.push(`a choice point offers ${choices.length} options: at most 9`);
  const moves = new Set(choices.map((c) => c.tags.move));
  if (!moves.has('close') || !moves.has('relate')) {
    problems.push(`a choice point needs at least one close and one relate option (it has ${[...moves].filter(Boolean).join(', ') || 'no moves'})`);
  }
  return problems;
}

/** Why a choice's move tag disagrees with what it did to the meters, or null. */
function moveEffectProblem(option: ChoiceOption, before: Meters, after: Meters): string | null {
  const move = option.tags.move;
  if (!move) return null;
  const d = (k: keyof Meters) => after[k] - before[k];
  const trustUp = d('credibility') + d('reliability') + d('intimacy') > 0 || d('self_orientation') < 0;
  const bad =
    move === 'close'
      ? !(d('deal') > 0 || d('self_orientation') > 0)
        ? 'it neither moves the deal nor serves the seller (call close_move)'
        : null
      : move === 'relate'
        ? !trustUp
          ? 'it raises no part of trust and lowers no self-orientation (call earn_credibility, earn_intimacy, serve_self(-1), ...)'
          : null
        : move === 'ask'
          ? !(d('deal') > 0)
            ? 'it does not move the deal (call ask_move)'
            : null
          : null;
  return bad ? `choice "${option.text}" is tagged ${move}, but ${bad}` : null;
}

/** Seeded random walks from random starting meters: how each move kind moves the meters. */
function randomWalks(story: CompiledStory, report: StoryReport, walks: number): void {
  const sums: Record<Move, { taken: number; sum: ReturnType<typeof emptyMean> }> = {
    close: { taken: 0, sum: emptyMean() },
    relate: { taken: 0, sum: emptyMean() },
    ask: { taken: 0, sum: emptyMean() },
    neutral: { taken: 0, sum: emptyMean() },
  };
  const cache = new StoryCache();
  for (let w = 0; w < walks; w++) {
    const random = stream(w, story.id, 'walk');
    let runner: StoryRunner;
    try {
      runner = new StoryRunner(story, { meters: randomMeters(random), cache });
    } catch {
      return;
    }
    let pending: { move: Move; before: Meters } | null = null;
    for (let step = 0; step < 50; step++) {
      let last;
      try {
        last = runner.turnSync().at(-1);
      } catch {
        break;
      }
      if (pending) {
        const after = runner.meters();
        const s = sums[pending.move];
        s.taken += 1;
        for (const k of METER_NAMES) s.sum[k] += after[k] - pending.before[k];
        s.sum.trust += trustOf(after) - trustOf(pending.before);
      }
      if (last?.kind !== 'choices') break;
      const option = last.choices[Math.floor(random() * last.choices.length)]!;
      pending = { move: option.tags.move ?? 'neutral', before: runner.meters() };
      runner.choose(option.index);
    }
  }
  for (const move of Object.keys(sums) as Move[]) {
    const { taken, sum } = sums[move];
    const mean = emptyMean();
    for (const k of Object.keys(mean) as (keyof typeof mean)[]) mean[k] = taken ? Math.round((sum[k] / taken) * 100) / 100 : 0;
    report.effects[move] = { taken, mean };
  }
}

/** Promises the source makes, and those it keeps or breaks. */
/** Promises and hooks a source makes (with their lines) and picks up. */
export function promisesIn(source: string): { made: CarriedThread[]; resolved: string[] } {
  const made: CarriedThread[] = [];
  const seen = new Set<string>();
  source.split('\n').forEach((text, i) => {
    const code = text.replace(/\/\/.*$/, '');
    for (const [re, kind] of [[/make_promise\(\s*(\w+)\s*\)/g, 'promise'], [/open_hook\(\s*"(\w+)"\s*\)/g, 'hook']] as const) {
      for (const m of code.matchAll(re)) {
        const key = `${kind}:${m[1]!}`;
        if (seen.has(key)) continue;
        seen.add(key);
        made.push({ kind, id: m[1]!, line: i + 1 });
      }
    }
  });
  const all = (re: RegExp, kind: string) => [...source.matchAll(re)].map((m) => `${kind}:${m[1]!}`);
  const resolved = [...all(/(?:keep|break)_promise\(\s*(\w+)\s*\)/g, 'promise'), ...all(/(?:has_hook|close_hook)\(\s*"(\w+)"\s*\)/g, 'hook')];
  return { made, resolved: [...new Set(resolved)] };
}
