/**
 * The debrief's report, as facts: you, the closer and the advisor in the same
 * world, quarter by quarter (cumulative revenue, attainment, the quarters
 * paid on the performance plan); every company you met, with its trust on the
 * readable scale beside the raw Trust Equation, its meters and its history;
 * and the choices that moved trust most, the biggest rises and the biggest
 * costs both. Pure: the scene asks it, the UI words it.
 */
import { type Account, type AccountEvent, type AccountStatus, type CampaignState, accountTrust, cumulativeRevenue } from '../model/campaign';
import { type Params, defaultParams } from '../model/constants';
import { trustFrom } from '../model/decisions';
import type { ChoiceEffect } from '../model/session';
import { TRUST_BANDS, type TrustBand, readableTrust, trustScore } from '../model/trust-scale';
import type { Meters } from '../narrative/meters';
import type { Move } from '../narrative/tags';

/** Trust as the model has it (the raw ratio, two decimals) and as a person reads it. */
export interface TrustReading {
  raw: number;
  band: TrustBand;
  /** 0-10, one decimal. */
  score: number;
}

export const RUNNERS = ['you', 'closer', 'advisor'] as const;
export type Runner = (typeof RUNNERS)[number];

export interface QuarterFacts {
  quarter: number;
  /** Revenue since the start, after this quarter. */
  cumulative: number;
  /** This quarter's revenue as a share of quota. */
  attainment: number;
  /** This quarter was paid on the performance plan. */
  onPlan: boolean;
}

export interface RunFacts {
  quarters: QuarterFacts[];
  /** Quarters paid on the performance plan, in all. */
  planQuarters: number;
}

/** An event in a company's history, with trust as it stood just after it. */
export type HistoryFacts = AccountEvent & { trust: TrustReading };

/** One company, whatever happened to it: one entry even if it left and came back. */
export interface CompanyFacts {
  accountId: string;
  personaId: string;
  status: AccountStatus;
  meetings: number;
  /** An unforgiving buyer who was pushed: its trust is divided further, for good. */
  grudge: boolean;
  /** Trust now, as the model acts on it. */
  trust: TrustReading;
  meters: Meters;
  history: HistoryFacts[];
}

/** One choice of yours and what it did to the buyer's trust. */
export interface TrustMoveFacts {
  quarter: number;
  accountId: string;
  personaId: string | null;
  storyId: string;
  /** The choice as the player saw it. */
  text: string;
  move: Move;
  principle: string | null;
  before: TrustReading;
  after: TrustReading;
  /** After minus before: on the 10-point scale (one decimal) and as the raw ratio (two decimals). */
  change: { score: number; raw: number };
}

export interface DebriefReport {
  quarters: number;
  runs: Record<Runner, RunFacts>;
  /** Every company you met, in the order they first arrived. */
  companies: CompanyFacts[];
  /** The company (or companies, tied on the readable score) that trusts you most now. */
  mostTrusting: string[];
  /** The biggest rises, biggest first, and the biggest costs, biggest first. */
  topChoices: { rises: TrustMoveFacts[]; costs: TrustMoveFacts[] };
  /** Where each band starts on the 10-point scale, lowest first: the key to the words. */
  trustScale: { band: TrustBand; from: number }[];
}

export interface DebriefInput {
  you: CampaignState;
  /** Every choice of yours, in order (the session's choiceEffects). */
  choiceEffects: readonly ChoiceEffect[];
  closer: CampaignState;
  advisor: CampaignState;
}

/** How many choices the report picks: the largest rises, the largest costs; a short side's places go to the other. */
export interface TopChoiceLimits {
  rises: number;
  costs: number;
}

export const TOP_CHOICES: TopChoiceLimits = { rises: 3, costs: 2 };

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** A raw trust ratio on both scales. */
export function trustReading(raw: number, params: Params = defaultParams()): TrustReading {
  return { raw: round(raw, 2), ...readableTrust(raw, params) };
}

/** Where each band starts on the 10-point scale: the model's own thresholds, read on that scale. */
export function trustScale(params: Params = defaultParams()): { band: TrustBand; from: number }[] {
  const floors: Record<TrustBand, number> = { distrust: 0, doubtful: params.tenderTrust, open: params.expansionTrust, trusts: params.referralTrust, advocate: params.renewalTrust };
  return TRUST_BANDS.map((band) => ({ band, from: trustScore(floors[band]) }));
}

function runFacts(state: CampaignState): RunFacts {
  const cumulative = cumulativeRevenue(state);
  return {
    quarters: state.results.map((r, i) => ({ quarter: r.quarter, cumulative: cumulative[i]!, attainment: r.attainment, onPlan: r.onPlan })),
    planQuarters: state.results.filter((r) => r.onPlan).length,
  };
}

/**
 * Trust after each event, as the model felt it then: an unforgiving buyer's
 * grudge counts from the first meeting you pushed them in (the campaign sets
 * it as that meeting is applied).
 */
function historyFacts(account: Account, params: Params): HistoryFacts[] {
  let grudge = false;
  return account.history.map((event) => {
    if (event.kind === 'meeting' && account.temperament === 'unforgiving' && event.moves.includes('close')) grudge = true;
    return { ...event, meters: { ...event.meters }, trust: trustReading(trustFrom(event.meters, grudge, params), params) };
  });
}

function companyFacts(state: CampaignState, params: Params): CompanyFacts[] {
  return state.accounts
    .filter((a) => a.meetings > 0)
    .map((a) => ({
      accountId: a.id,
      personaId: a.personaId,
      status: a.status,
      meetings: a.meetings,
      grudge: a.grudge,
      trust: trustReading(accountTrust(a, params), params),
      meters: { ...a.meters },
      history: historyFacts(a, params),
    }));
}

function moveFacts(effect: ChoiceEffect, state: CampaignState, params: Params): TrustMoveFacts {
  const before = trustReading(effect.trustBefore, params);
  const after = trustReading(effect.trustAfter, params);
  return {
    quarter: effect.quarter,
    accountId: effect.accountId,
    personaId: state.accounts.find((a) => a.id === effect.accountId)?.personaId ?? null,
    storyId: effect.storyId,
    text: effect.text,
    move: effect.move,
    principle: effect.principle,
    before,
    after,
    change: { score: round(after.score - before.score, 1), raw: round(effect.trustAfter - effect.trustBefore, 2) },
  };
}

/**
 * The choices that moved trust most, on the scale the player reads: the
 * largest rises and the largest costs, so a costly choice is shown even when
 * several rises were bigger. A choice that moved nothing on the 10-point
 * scale is neither. When one side has fewer than its share, the other side
 * fills the places.
 */
export function topChoices(moves: readonly TrustMoveFacts[], limits: TopChoiceLimits = TOP_CHOICES): { rises: TrustMoveFacts[]; costs: TrustMoveFacts[] } {
  // Biggest on the readable scale first, then on the raw ratio; earlier first when equal.
  const bySize = (a: TrustMoveFacts, b: TrustMoveFacts) => Math.abs(b.change.score) - Math.abs(a.change.score) || Math.abs(b.change.raw) - Math.abs(a.change.raw);
  const rising = moves.filter((m) => m.change.score > 0).sort(bySize);
  const costing = moves.filter((m) => m.change.score < 0).sort(bySize);
  const total = limits.rises + limits.costs;
  const costs = Math.min(costing.length, Math.max(limits.costs, total - Math.min(rising.length, limits.rises)));
  const rises = Math.min(rising.length, total - costs);
  return { rises: rising.slice(0, rises), costs: costing.slice(0, costs) };
}

/** The debrief's report: you and the two bots in the same world, your companies, and your choices that moved trust most. */
export function debriefReport(input: DebriefInput, params: Params = defaultParams(), limits: TopChoiceLimits = TOP_CHOICES): DebriefReport {
  const companies = companyFacts(input.you, params);
  const best = Math.max(...companies.map((c) => c.trust.score));
  return {
    quarters: input.you.settings.quarters,
    runs: { you: runFacts(input.you), closer: runFacts(input.closer), advisor: runFacts(input.advisor) },
    companies,
    mostTrusting: companies.filter((c) => c.trust.score === best).map((c) => c.accountId),
    topChoices: topChoices(
      input.choiceEffects.map((e) => moveFacts(e, input.you, params)),
      limits,
    ),
    trustScale: trustScale(params),
  };
}
