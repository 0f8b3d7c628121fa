/**
 * The consistency audit: plays bots' campaigns through the shipped stories,
 * keeping what each meeting showed and declared, and counts every place where
 * the story and the numbers disagree (an agreement nobody booked, a booking
 * nobody narrated, a referral that never arrives, a promise settled
 * off-screen, a first meeting with someone already met, a manager's line or a
 * conversation heard twice, passages two conversations share).
 *
 * Pure: inkjs and the engine only. `auditCampaign` reads a trace, not a
 * session, so each rule can be tested on a hand-made campaign.
 */
import type { Ledger, RoomDeclarations, StoryCache } from '../narrative/runner';
import type { Stage } from '../narrative/tags';
import { POLICIES, type Policy, type PolicyName } from '../bots/policies';
import { quantile } from '../bots/tournament';
import {
  type Account,
  type AccountEvent,
  type PendingReferral,
  type QuarterLine,
  type QuarterResult,
  type Settings,
  type World,
  LOST_REASONS,
  MONEY_LINES,
  cumulativeRevenue,
} from '../model/campaign';
import { type Params, defaultParams } from '../model/constants';
import type { StoryLookup } from '../model/meeting';
import { CampaignSession } from '../model/session';

/** One meeting as it was played: what it showed, what it declared, and the ledger around each turn. */
export interface AuditedMeeting {
  quarter: number;
  accountId: string;
  storyId: string;
  /** The conversation's own `# stage:` (null for one without, such as an event). */
  storyStage: Stage | null;
  /** In a referral-ask: the persona the buyer could introduce. */
  referralPersonaId: string | null;
  /** The account's history as the meeting started. */
  historyBefore: AccountEvent[];
  /** The text of every line shown, in order (variables already substituted). */
  lines: string[];
  /** What the story declared by its end (the runner's, before the model filters it). */
  declarations: Pick<RoomDeclarations, 'asked' | 'agreed' | 'walkedAway' | 'gaveReferral'>;
  /** The ledger just before and just after each turn; turn 0 runs before any choice. */
  turns: { before: Ledger; after: Ledger }[];
}

/** A whole campaign as the audit reads it. */
export interface AuditedCampaign {
  seed: number;
  meetings: AuditedMeeting[];
  results: Pick<QuarterResult, 'quarter' | 'lines' | 'manager'>[];
  accounts: Pick<Account, 'id' | 'personaId'>[];
  pendingReferrals: Pick<PendingReferral, 'personaId'>[];
  /** Cumulative revenue after the last quarter played. */
  finalRevenue: number;
}

/** The counts, in the order the table prints them. */
export const AUDIT_COUNTS = [
  'declaredNotBooked',
  'bookedNotNarrated',
  'linesWithoutReason',
  'firstMeetingWithHistory',
  'referralsNeverOnAgenda',
  'referralsStillWaiting',
  'promisesSettledWithoutChoice',
  'managerRepeats',
  'storyTwiceForOneAccount',
  'storyTwiceInCampaign',
] as const;
export type AuditCount = (typeof AUDIT_COUNTS)[number];

/** The counts that must stay at 0 (storyTwiceInCampaign is allowed for now; a referral still waiting is not a broken one). */
export const MUST_BE_ZERO: readonly AuditCount[] = [
  'declaredNotBooked',
  'bookedNotNarrated',
  'linesWithoutReason',
  'firstMeetingWithHistory',
  'referralsNeverOnAgenda',
  'promisesSettledWithoutChoice',
  'managerRepeats',
  'storyTwiceForOneAccount',
];

/** One broken rule, where: enough to find the meeting again. */
export interface AuditFinding {
  rule: AuditCount;
  seed: number;
  quarter: number;
  accountId: string | null;
  storyId: string | null;
  detail: string;
}

/** The longest run of words two meetings of different conversations share. */
export interface SharedPassage {
  words: number;
  seed: number;
  storyIds: [string, string];
  /** The passage's first 12 words. */
  opening: string;
}

/** How much each rule had to look at: a count of 0 means something only beside these. */
export const AUDIT_CHECKED = ['agreementsDeclared', 'bookedInRoom', 'moneyLines', 'firstMeetings', 'referralsGiven', 'promisesOpenAtStart'] as const;
export type AuditChecked = (typeof AUDIT_CHECKED)[number];

export interface CampaignAudit {
  counts: Record<AuditCount, number>;
  checked: Record<AuditChecked, number>;
  findings: AuditFinding[];
  longestSharedPassage: SharedPassage | null;
}

/** A line kind an agreed offer is booked as. */
const BOOKED_AS: Record<string, QuarterLine['kind']> = {
  trial: 'signed',
  module: 'signed',
  full_contract: 'signed',
  expansion: 'expanded',
  renewal: 'renewed',
};

/** The offer an in-room line says was agreed in the room (a signature names its own). */
function offerOfLine(line: QuarterLine): string | null {
  if (line.kind === 'signed') return line.offer;
  if (line.kind === 'expanded') return 'expansion';
  if (line.kind === 'renewed') return 'renewal';
  return null;
}

const zeroCounts = (): Record<AuditCount, number> => Object.fromEntries(AUDIT_COUNTS.map((c) => [c, 0])) as Record<AuditCount, number>;

/** Audits one campaign trace. */
export function auditCampaign(c: AuditedCampaign): CampaignAudit {
  const findings: AuditFinding[] = [];
  const counts = zeroCounts();
  const checked = Object.fromEntries(AUDIT_CHECKED.map((k) => [k, 0])) as Record<AuditChecked, number>;
  const found = (rule: AuditCount, quarter: number, accountId: string | null, storyId: string | null, detail: string) => {
    counts[rule] += 1;
    findings.push({ rule, seed: c.seed, quarter, accountId, storyId, detail });
  };
  const resultOf = (quarter: number) => c.results.find((r) => r.quarter === quarter);
  const accountIds = new Set(c.accounts.map((a) => a.id));
  const personaOf = new Map(c.accounts.map((a) => [a.id, a.personaId]));

  // 1. Agreements declared and booked: each one both ways.
  for (const m of c.meetings) {
    const result = resultOf(m.quarter);
    if (!result || m.declarations.agreed.length === 0) continue;
    checked.agreementsDeclared += 1;
    const booked = m.declarations.agreed.some((offer) => result.lines.some((l) => 'accountId' in l && l.accountId === m.accountId && l.kind === BOOKED_AS[offer]));
    if (!booked) found('declaredNotBooked', m.quarter, m.accountId, m.storyId, `agreed ${m.declarations.agreed.join(', ')}; the quarter booked nothing for it`);
  }
  for (const result of c.results) {
    for (const line of result.lines) {
      if (!('inRoom' in line) || !line.inRoom) continue;
      checked.bookedInRoom += 1;
      const offer = offerOfLine(line);
      const meeting = c.meetings.find((m) => m.quarter === result.quarter && m.accountId === line.accountId && offer !== null && m.declarations.agreed.includes(offer));
      if (!meeting) found('bookedNotNarrated', result.quarter, line.accountId, null, `${line.kind} in the room (${offer}) with no meeting that agreed it`);
    }
  }

  // 2. Every loss has a reason; every money line an amount and an account.
  for (const result of c.results) {
    for (const line of result.lines) {
      if (line.kind === 'lost' && !LOST_REASONS.includes(line.reason)) {
        found('linesWithoutReason', result.quarter, line.accountId, null, `lost with reason "${String(line.reason)}"`);
      } else if ((MONEY_LINES as readonly string[]).includes(line.kind)) {
        const money = line as Extract<QuarterLine, { kind: (typeof MONEY_LINES)[number] }>;
        checked.moneyLines += 1;
        if (!Number.isFinite(money.amount) || !accountIds.has(money.accountId)) {
          found('linesWithoutReason', result.quarter, money.accountId, null, `${money.kind} of ${money.amount} for account "${money.accountId}"`);
        }
      }
    }
  }

  // 3. A first meeting only with someone never met, never a client, never lost.
  for (const m of c.meetings) {
    if (m.storyStage !== 'first-meeting') continue;
    checked.firstMeetings += 1;
    const earlier = m.historyBefore.find(
      (e) => e.kind === 'meeting' || e.kind === 'lost' || e.kind === 'signed' || (e.kind === 'arrived' && e.winBack),
    );
    if (earlier) found('firstMeetingWithHistory', m.quarter, m.accountId, m.storyId, `a first meeting after "${earlier.kind}" in quarter ${earlier.quarter}`);
  }

  // 4. Every referral given arrives by the campaign's end (or is still waiting, visibly).
  const given: { personaId: string | null; quarter: number; accountId: string; storyId: string | null }[] = [];
  for (const result of c.results) {
    for (const line of result.lines) if (line.kind === 'referred') given.push({ personaId: line.personaId, quarter: result.quarter, accountId: line.accountId, storyId: null });
  }
  for (const m of c.meetings) {
    if (m.declarations.gaveReferral) given.push({ personaId: m.referralPersonaId, quarter: m.quarter, accountId: m.accountId, storyId: m.storyId });
  }
  const arrived = new Set<string>(c.accounts.map((a) => a.personaId));
  for (const result of c.results) {
    for (const line of result.lines) if (line.kind === 'new-lead' && personaOf.has(line.accountId)) arrived.add(personaOf.get(line.accountId)!);
  }
  const waiting = new Set(c.pendingReferrals.map((r) => r.personaId));
  checked.referralsGiven = given.length;
  for (const g of given) {
    if (g.personaId !== null && arrived.has(g.personaId)) continue;
    if (g.personaId !== null && waiting.has(g.personaId)) counts.referralsStillWaiting += 1;
    else found('referralsNeverOnAgenda', g.quarter, g.accountId, g.storyId, g.personaId === null ? 'the story gave a referral to nobody in particular' : `referred "${g.personaId}", who never arrived`);
  }

  // 5. A promise is kept or broken on screen: never in the turn before the first choice.
  for (const m of c.meetings) {
    const first = m.turns[0];
    if (!first) continue;
    checked.promisesOpenAtStart += first.before.promised.length;
    for (const promise of first.before.promised) {
      const settled = (first.after.kept.includes(promise) && !first.before.kept.includes(promise)) || (first.after.broken.includes(promise) && !first.before.broken.includes(promise));
      if (settled) found('promisesSettledWithoutChoice', m.quarter, m.accountId, m.storyId, `"${promise}" settled before any choice`);
    }
  }

  // 6. The manager never says the same line twice: 8 lines per situation.
  const said = new Set<string>();
  for (const result of c.results) {
    const key = `${result.manager.situation}:${result.manager.repeat % 8}`;
    if (said.has(key)) found('managerRepeats', result.quarter, null, null, `"${result.manager.situation}" said for the ${result.manager.repeat + 1}th time`);
    said.add(key);
  }

  // 7. No account hears a conversation twice; a conversation heard by a second account is counted apart.
  const heardBy = new Map<string, Set<string>>();
  const byAccount = new Set<string>();
  for (const m of c.meetings) {
    const key = `${m.accountId}\u0000${m.storyId}`;
    if (byAccount.has(key)) found('storyTwiceForOneAccount', m.quarter, m.accountId, m.storyId, `"${m.storyId}" played again for ${m.accountId}`);
    byAccount.add(key);
    const accounts = heardBy.get(m.storyId) ?? new Set<string>();
    if (accounts.size > 0 && !accounts.has(m.accountId)) counts.storyTwiceInCampaign += 1;
    accounts.add(m.accountId);
    heardBy.set(m.storyId, accounts);
  }

  return { counts, checked, findings, longestSharedPassage: longestSharedPassage(c.seed, c.meetings) };
}

/** A meeting's shown text as words: lower-case, punctuation stripped. */
export function wordsOf(lines: readonly string[]): string[] {
  return lines
    .join(' ')
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const HASH_MOD = 2147483647;
const HASH_BASE = 1000003;

/**
 * The longest run of consecutive words shared by two meetings of different
 * conversations (a conversation played for two accounts shares all of itself;
 * that is counted by storyTwiceInCampaign). A run of k words shared means one
 * of every shorter length is too, so a binary search over k with rolling
 * hashes of every k-word window finds it in O(words × log words).
 */
export function longestSharedPassage(seed: number, meetings: readonly Pick<AuditedMeeting, 'storyId' | 'lines'>[]): SharedPassage | null {
  const vocabulary = new Map<string, number>();
  const texts = meetings.map((m) => {
    const words = wordsOf(m.lines);
    const ids = words.map((w) => {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size + 1));
      return id;
    });
    return { storyId: m.storyId, words, ids };
  });
  const sameRun = (a: number[], i: number, b: number[], j: number, k: number) => {
    for (let x = 0; x < k; x++) if (a[i + x] !== b[j + x]) return false;
    return true;
  };
  /** A run of k words two different conversations share, or null. */
  const sharedOf = (k: number): { a: number; i: number; b: number; j: number } | null => {
    let power = 1;
    for (let x = 0; x < k - 1; x++) power = (power * HASH_BASE) % HASH_MOD;
    const seen = new Map<number, { m: number; at: number }[]>();
    for (const [m, text] of texts.entries()) {
      const { ids } = text;
      if (ids.length < k) continue;
      let h = 0;
      for (let x = 0; x < ids.length; x++) {
        if (x >= k) h = (h - ((ids[x - k]! * power) % HASH_MOD) + HASH_MOD) % HASH_MOD;
        h = (h * HASH_BASE + ids[x]!) % HASH_MOD;
        if (x < k - 1) continue;
        const at = x - k + 1;
        const earlier = seen.get(h);
        if (earlier) {
          const match = earlier.find((e) => texts[e.m]!.storyId !== text.storyId && sameRun(texts[e.m]!.ids, e.at, ids, at, k));
          if (match) return { a: match.m, i: match.at, b: m, j: at };
          // One window per conversation is enough to be found again.
          if (!earlier.some((e) => texts[e.m]!.storyId === text.storyId && sameRun(texts[e.m]!.ids, e.at, ids, at, k))) earlier.push({ m, at });
        } else {
          seen.set(h, [{ m, at }]);
        }
      }
    }
    return null;
  };
  let lo = 0;
  let hi = Math.max(0, ...texts.map((t) => t.ids.length));
  let best: { a: number; i: number; b: number; j: number } | null = null;
  while (lo < hi) {
    const k = Math.ceil((lo + hi) / 2);
    const hit = sharedOf(k);
    if (hit) {
      lo = k;
      best = hit;
    } else {
      hi = k - 1;
    }
  }
  if (!best || lo === 0) return null;
  const a = texts[best.a]!;
  return {
    words: lo,
    seed,
    storyIds: [a.storyId, texts[best.b]!.storyId],
    opening: a.words.slice(best.i, best.i + Math.min(12, lo)).join(' '),
  };
}

/**
 * Plays one campaign as `runCampaign` does (without the memo: every meeting
 * really plays), keeping what the audit reads.
 */
export function playAudited(
  policyOrName: PolicyName | Policy,
  settings: Settings,
  world: World,
  lookup: StoryLookup,
  params: Params = defaultParams(),
  cache?: StoryCache,
): AuditedCampaign {
  const policy = typeof policyOrName === 'string' ? POLICIES[policyOrName] : policyOrName;
  const session = new CampaignSession(settings, world, lookup, params, cache);
  const { state } = session;
  const stageOf = new Map(world.stories.map((s) => [s.id, s.stage ?? null]));
  const meetings: AuditedMeeting[] = [];
  while (!session.isOver) {
    for (const accountId of policy.agenda(state, params, world)) {
      const account = state.accounts.find((a) => a.id === accountId)!;
      const historyBefore = [...account.history];
      const quarter = state.quarter;
      const schedule = session.startMeeting(accountId);
      const lines: string[] = [];
      const turns: AuditedMeeting['turns'] = [];
      for (let point = 0; ; point++) {
        const before = session.runner.ledger();
        const steps = session.continueMeeting();
        turns.push({ before, after: session.runner.ledger() });
        for (const step of steps) if (step.kind === 'line' && step.text !== '') lines.push(step.text);
        const last = steps.at(-1)!;
        if (last.kind !== 'choices') break;
        const option = policy.choose(last.choices, { meters: session.runner.meters(), account, state, point }, params);
        session.choose(option.index);
      }
      const { asked, agreed, walkedAway, gaveReferral } = session.runner.declarations();
      meetings.push({
        quarter,
        accountId,
        storyId: schedule.storyId,
        storyStage: stageOf.get(schedule.storyId) ?? null,
        referralPersonaId: schedule.referralPersonaId,
        historyBefore,
        lines,
        declarations: { asked, agreed, walkedAway, gaveReferral },
        turns,
      });
      session.finishMeeting();
    }
    session.endQuarter();
  }
  return {
    seed: settings.seed,
    meetings,
    results: state.results,
    accounts: state.accounts,
    pendingReferrals: state.pendingReferrals,
    finalRevenue: cumulativeRevenue(state).at(-1) ?? 0,
  };
}

/** One bot's campaigns, summed. */
export interface BotAudit {
  campaigns: number;
  meetings: number;
  /** Median cumulative revenue after the last quarter. */
  medianRevenue: number;
  /** The rules' counts, summed over campaigns; and the longest shared passage in words, the most over campaigns. */
  counts: Record<AuditCount | 'longestSharedPassage', number>;
  /** What the rules looked at, summed. */
  checked: Record<AuditChecked, number>;
  /** Where the longest shared passage is (null when no two conversations share a word). */
  longestSharedPassageExample: SharedPassage | null;
  /** The first few findings of each rule broken, to find them again. */
  examples: AuditFinding[];
}

/** What one campaign contributes to its bot's line: small enough to pass between processes. */
export interface CampaignAuditSummary {
  seed: number;
  meetings: number;
  finalRevenue: number;
  audit: CampaignAudit;
}

export function summariseCampaign(c: AuditedCampaign): CampaignAuditSummary {
  return { seed: c.seed, meetings: c.meetings.length, finalRevenue: c.finalRevenue, audit: auditCampaign(c) };
}

/** Sums one bot's campaigns; keeps up to `examplesPerRule` findings of each rule. */
export function botAudit(campaigns: readonly CampaignAuditSummary[], examplesPerRule = 3): BotAudit {
  const counts = zeroCounts();
  const checked = Object.fromEntries(AUDIT_CHECKED.map((k) => [k, 0])) as Record<AuditChecked, number>;
  const examples: AuditFinding[] = [];
  let longest: SharedPassage | null = null;
  for (const c of [...campaigns].sort((a, b) => a.seed - b.seed)) {
    for (const name of AUDIT_COUNTS) counts[name] += c.audit.counts[name];
    for (const name of AUDIT_CHECKED) checked[name] += c.audit.checked[name];
    for (const f of c.audit.findings) if (examples.filter((e) => e.rule === f.rule).length < examplesPerRule) examples.push(f);
    const p = c.audit.longestSharedPassage;
    if (p && (!longest || p.words > longest.words)) longest = p;
  }
  return {
    campaigns: campaigns.length,
    meetings: campaigns.reduce((sum, c) => sum + c.meetings, 0),
    medianRevenue: quantile(campaigns.map((c) => c.finalRevenue), 0.5),
    counts: { ...counts, longestSharedPassage: longest?.words ?? 0 },
    checked,
    longestSharedPassageExample: longest,
    examples,
  };
}

export interface AuditReport {
  seeds: number;
  quarters: number;
  returnLikelihood: number;
  bots: Record<string, BotAudit>;
}

/** Plays and audits every bot over seeds 1..`seeds` in this thread. */
export function auditBots(
  policies: readonly PolicyName[],
  seeds: number,
  settings: Omit<Settings, 'seed'>,
  world: World,
  lookup: StoryLookup,
  params: Params = defaultParams(),
  cache?: StoryCache,
): AuditReport {
  const bots: Record<string, BotAudit> = {};
  for (const policy of policies) {
    const runs = Array.from({ length: seeds }, (_, i) => summariseCampaign(playAudited(policy, { ...settings, seed: i + 1 }, world, lookup, params, cache)));
    bots[policy] = botAudit(runs);
  }
  return { seeds, quarters: settings.quarters, returnLikelihood: settings.returnLikelihood, bots };
}

/** The report as a table to read beside the simulator's. */
export function auditTable(report: AuditReport): string {
  const names = Object.keys(report.bots);
  const width = Math.max(30, ...AUDIT_COUNTS.map((c) => c.length + 6));
  const col = Math.max(13, ...names.map((n) => n.length + 2));
  const row = (label: string, cells: (string | number)[]) => label.padEnd(width) + cells.map((c) => String(c).padStart(col)).join('');
  const lines: string[] = [];
  lines.push(`${report.seeds} seeds, ${report.quarters} quarters, return ${report.returnLikelihood}`);
  lines.push('');
  lines.push(row('', names));
  lines.push(row('campaigns', names.map((n) => report.bots[n]!.campaigns)));
  lines.push(row('meetings played', names.map((n) => report.bots[n]!.meetings)));
  lines.push(row(`median revenue Q${report.quarters} (k)`, names.map((n) => report.bots[n]!.medianRevenue.toFixed(0))));
  lines.push('');
  for (const count of AUDIT_COUNTS) {
    const label = MUST_BE_ZERO.includes(count) ? `${count} (0)` : count;
    lines.push(row(label, names.map((n) => report.bots[n]!.counts[count])));
  }
  lines.push(row('longestSharedPassage (words)', names.map((n) => report.bots[n]!.counts.longestSharedPassage)));
  lines.push('');
  lines.push('what the rules looked at:');
  for (const name of AUDIT_CHECKED) lines.push(row(`  ${name}`, names.map((n) => report.bots[n]!.checked[name])));
  lines.push('');
  lines.push('longest shared passage, per bot:');
  for (const n of names) {
    const p = report.bots[n]!.longestSharedPassageExample;
    lines.push(p ? `  ${n}: ${p.words} words, seed ${p.seed}, ${p.storyIds[0]} / ${p.storyIds[1]}: "${p.opening}..."` : `  ${n}: none`);
  }
  const broken = names.flatMap((n) => report.bots[n]!.examples.filter((e) => MUST_BE_ZERO.includes(e.rule)).map((e) => ({ bot: n, ...e })));
  lines.push('');
  if (broken.length === 0) lines.push('every count marked (0) is 0');
  else {
    lines.push('broken (first examples):');
    for (const e of broken) {
      lines.push(`  ${e.rule}: ${e.bot}, seed ${e.seed}, quarter ${e.quarter}${e.accountId ? `, ${e.accountId}` : ''}${e.storyId ? `, ${e.storyId}` : ''}: ${e.detail}`);
    }
  }
  return lines.join('\n');
}
