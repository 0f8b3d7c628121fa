/**
 * Runs bots through seeded campaigns and summarises them: the evidence that
 * the lesson holds (or where it stops holding).
 */
import type { CompiledStory, StoryCache } from '../narrative/runner';
import { type CampaignState, type Settings, type World, accountTrust, cumulativeRevenue, storyVariables } from '../model/campaign';
import { scheduleMeeting } from '../model/calendar';
import { type Params, defaultParams } from '../model/constants';
import { CampaignSession, type PlayedMeeting } from '../model/session';
import { type DecisionAsked, decisionContext } from '../model/meeting';
import { decideInRoom } from '../model/decisions';
import { POLICIES, type Policy, type PolicyName } from './policies';

/**
 * Remembers meetings already played: keyed by the story's content hash, the
 * policy, and every value written into the story (meters, ledger and the
 * account variables), so a hit is exactly what playing again would give.
 */
export class MeetingMemo {
  private readonly played = new Map<string, PlayedMeeting[]>();
  hits = 0;
  misses = 0;

  /**
   * A meeting played with these inputs whose every question to the model
   * gets the same answer here (`answers`): the path the story took then is
   * the path it would take now.
   */
  get(key: string, answers: (asked: DecisionAsked) => boolean): PlayedMeeting | undefined {
    const found = this.played.get(key)?.find((p) => p.asked.every((a) => answers(a) === a.answer));
    if (found) this.hits += 1;
    else this.misses += 1;
    return found;
  }

  set(key: string, played: PlayedMeeting): void {
    const variants = this.played.get(key) ?? [];
    variants.push(played);
    this.played.set(key, variants);
  }
}

export interface RunOptions {
  cache?: StoryCache;
  memo?: MeetingMemo;
}

/** Plays one whole campaign with one policy (a bot's name, or a policy such as a team's style), through the same session a player uses. */
export function runCampaign(
  policyOrName: PolicyName | Policy,
  settings: Settings,
  world: World,
  lookup: (id: string) => CompiledStory,
  params: Params = defaultParams(),
  options: RunOptions = {},
): CampaignSession {
  const policy = typeof policyOrName === 'string' ? POLICIES[policyOrName] : policyOrName;
  const session = new CampaignSession(settings, world, lookup, params, options.cache);
  const { state } = session;
  while (!session.isOver) {
    for (const accountId of policy.agenda(state, params, world)) {
      const account = state.accounts.find((a) => a.id === accountId)!;
      let key: string | undefined;
      if (options.memo && policy.memoKey) {
        const meeting = scheduleMeeting(state, accountId, world, params);
        const { storyId } = meeting;
        key = JSON.stringify([
          storyId,
          lookup(storyId).hash,
          policy.name,
          policy.memoKey(state),
          account.meters,
          account.ledger,
          storyVariables(state, account, world, meeting),
        ]);
        const context = decisionContext(state, account);
        const played = options.memo.get(key, (a) => decideInRoom(a.offer, a.meters, context, params));
        if (played) {
          session.applyPlayedMeeting(accountId, played);
          continue;
        }
      }
      session.startMeeting(accountId);
      for (let point = 0; ; point++) {
        const last = session.continueMeeting().at(-1)!;
        if (last.kind !== 'choices') break;
        const option = policy.choose(last.choices, { meters: session.runner.meters(), account, state, point }, params);
        session.choose(option.index);
      }
      if (key !== undefined) options.memo!.set(key, session.playedMeeting());
      session.finishMeeting();
    }
    session.endQuarter();
  }
  return session;
}

/** The numbers one campaign contributes to a tournament. */
export interface CampaignSummary {
  seed: number;
  cumulativeRevenue: number[];
  attainment: number[];
  finalTrust: number;
  meetings: number;
}

export function summarise(state: CampaignState, params: Params = defaultParams()): CampaignSummary {
  const open = state.accounts.filter((a) => a.meetings > 0);
  const trusts = open.map((a) => accountTrust(a, params));
  return {
    seed: state.settings.seed,
    cumulativeRevenue: cumulativeRevenue(state),
    attainment: state.results.map((r) => r.attainment),
    finalTrust: trusts.length ? Math.round((trusts.reduce((s, t) => s + t, 0) / trusts.length) * 100) / 100 : 0,
    meetings: state.meetingsHeld,
  };
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return Math.round((sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo)) * 10) / 10;
}

export interface StrategyStats {
  cumulativeRevenue: { median: number[]; p10: number[]; p90: number[] };
  quotaAttainment: { median: number[] };
  finalTrust: { median: number };
  meetings: { max: number; mean: number };
}

export interface TournamentResult {
  seeds: number;
  quarters: number;
  returnLikelihood: number;
  strategies: Record<string, StrategyStats>;
  pairwise: { advisorBeatsCloser: number[] };
  /** First quarter after which the advisor's median cumulative revenue leads the closer's; 0 if never. */
  crossoverQuarter: number;
}

export function statsOf(runs: readonly CampaignSummary[], quarters: number): StrategyStats {
  const perQuarter = (pick: (r: CampaignSummary) => number[], q: number) => runs.map((r) => pick(r)[q] ?? 0);
  const series = (pick: (r: CampaignSummary) => number[], p: number) =>
    Array.from({ length: quarters }, (_, q) => quantile(perQuarter(pick, q), p));
  return {
    cumulativeRevenue: {
      median: series((r) => r.cumulativeRevenue, 0.5),
      p10: series((r) => r.cumulativeRevenue, 0.1),
      p90: series((r) => r.cumulativeRevenue, 0.9),
    },
    quotaAttainment: { median: series((r) => r.attainment, 0.5) },
    finalTrust: { median: quantile(runs.map((r) => r.finalTrust), 0.5) },
    meetings: {
      max: Math.max(0, ...runs.map((r) => r.meetings)),
      mean: runs.length ? Math.round((runs.reduce((sum, r) => sum + r.meetings, 0) / runs.length) * 100) / 100 : 0,
    },
  };
}

/** Builds the tournament's summary from each policy's campaigns, paired by seed. */
export function tournamentResult(
  runs: Partial<Record<PolicyName, CampaignSummary[]>>,
  quarters: number,
  returnLikelihood: number,
): TournamentResult {
  const strategies: Record<string, StrategyStats> = {};
  for (const [name, list] of Object.entries(runs)) strategies[name] = statsOf(list!, quarters);
  const advisor = runs.advisor ?? [];
  const closer = runs.closer ?? [];
  const bySeed = new Map(closer.map((r) => [r.seed, r]));
  const advisorBeatsCloser = Array.from({ length: quarters }, (_, q) => {
    const pairs = advisor.filter((a) => bySeed.has(a.seed));
    if (pairs.length === 0) return 0;
    const wins = pairs.filter((a) => (a.cumulativeRevenue[q] ?? 0) > (bySeed.get(a.seed)!.cumulativeRevenue[q] ?? 0)).length;
    return Math.round((wins / pairs.length) * 1000) / 1000;
  });
  const a = strategies.advisor?.cumulativeRevenue.median ?? [];
  const c = strategies.closer?.cumulativeRevenue.median ?? [];
  let crossoverQuarter = 0;
  for (let q = 0; q < quarters; q++) {
    if ((a[q] ?? 0) > (c[q] ?? 0) && a.slice(q).every((v, i) => v > (c[q + i] ?? 0))) {
      crossoverQuarter = q + 1;
      break;
    }
  }
  return {
    seeds: advisor.length || closer.length,
    quarters,
    returnLikelihood,
    strategies,
    pairwise: { advisorBeatsCloser },
    crossoverQuarter,
  };
}

/** The lesson's checks on one tournament, by name (DESIGN.md, "The lesson is a checked property"). */
export function lessonChecks(t: TournamentResult): Record<string, boolean> {
  const med = (name: string) => t.strategies[name]?.cumulativeRevenue.median ?? [];
  const last = t.quarters - 1;
  return {
    'closer leads after quarters 1 and 2': med('closer')[0]! > med('advisor')[0]! && (t.quarters < 2 || med('closer')[1]! > med('advisor')[1]!),
    'advisor ends at least 1.5x the closer': med('advisor')[last]! >= 1.5 * med('closer')[last]!,
    'advisor ahead in 90% of seeds': (t.pairwise.advisorBeatsCloser[last] ?? 0) >= 0.9,
    'advisor beats never-asks': med('advisor')[last]! > med('never-asks')[last]!,
  };
}

