/**
 * The model's commercial decisions: the odds that a deal closes, renews or
 * grows, and what a signature is worth. The quarter's end draws on them, and
 * so does a story that asks the model in the room (the contract's
 * `agrees_to`): both use the same seeded draw for the account and quarter, so
 * asking only moves the moment of the decision, never its luck.
 */
import type { Meters } from '../narrative/meters';
import type { Params } from './constants';
import { stream } from './random';

/** What a buyer can agree to (the contract's `offers` LIST). */
export const OFFERS = ['trial', 'module', 'full_contract', 'expansion', 'renewal'] as const;
export type Offer = (typeof OFFERS)[number];
/** The offers that make a prospect a client. */
export const SIGNING_OFFERS: readonly Offer[] = ['trial', 'module', 'full_contract'];

export const isOffer = (value: string): value is Offer => (OFFERS as readonly string[]).includes(value);

export const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Trust as the model feels it: an unforgiving buyer's grudge divides it further. */
export function trustFrom(meters: Meters, grudge: boolean, params: Params): number {
  const s = grudge ? Math.min(10, meters.self_orientation + params.grudgePenalty) : meters.self_orientation;
  return (meters.credibility + meters.reliability + meters.intimacy) / s;
}

export function priceMultiplier(trust: number, params: Params): number {
  return clamp(params.priceAtZeroTrust + params.pricePerTrust * trust, params.priceAtZeroTrust, params.priceCap);
}

/** Deal momentum a trusting buyer adds on their own: they champion the deal inside their company. */
export function trustPull(trust: number, params: Params): number {
  return Math.min(params.trustPullMax, params.trustPull * Math.max(0, trust - params.askReadyTrust));
}

/** Deals close by momentum and trust. */
export function closeOdds(deal: number, trust: number, params: Params): number {
  const byMomentum = clamp((deal - params.closeFloor) / params.closeSpan, 0, 1);
  return byMomentum * clamp(params.closeOddsAtZeroTrust + params.closeOddsPerTrust * trust, 0, 1);
}

/** A client buys more by the closing odds, as often as buyers come back for more at all (repeat business is coming back). */
export function expansionOdds(deal: number, trust: number, returnLikelihood: number, params: Params): number {
  return closeOdds(deal, trust, params) * returnLikelihood;
}

/** Renewal odds for a client who comes back to the table and trusts you enough not to run a tender. */
export function renewalOdds(trust: number, params: Params): number {
  return Math.max(params.renewalFloor, Math.min(1, trust / params.renewalTrust));
}

/**
 * Share of a full contract a signature is worth: a trial or a module is
 * small; a full contract covers the scope diagnosed so far (`reached`: how
 * many selling stages the deal went through before this one).
 */
export function offerShare(offer: Offer | 'drawn', reached: number, params: Params): number {
  if (offer === 'trial') return params.earlyStageValue;
  if (offer === 'module') return Math.min(1, params.earlyStageValue + params.stageValueStep);
  return Math.min(1, params.earlyStageValue + params.stageValueStep * reached);
}

/** One account's draws for one quarter, keyed by purpose: the same number whether asked in the room or at the quarter's end. */
export function quarterDraw(seed: number, accountId: string, quarter: number, purpose: 'close' | 'expand' | 'return' | 'renew' | 'tender' | 'come-back' | 'unhappy' | 'exploit' | 'refer'): number {
  return stream(seed, accountId, quarter, purpose)();
}

/** What the model needs to know about the account asked about. */
export interface DecisionContext {
  seed: number;
  accountId: string;
  quarter: number;
  status: 'prospect' | 'client' | 'lost';
  grudge: boolean;
  returnLikelihood: number;
  /** The quarter the client's contract comes up for renewal; null for a prospect. */
  renewalQuarter: number | null;
}

/**
 * The answer to "does the buyer agree to this now?", from the meters as they
 * stand at that line. A prospect signs by the closing odds; a client expands
 * by the same odds once trust allows it; a client renews in its renewal
 * quarter if it comes back to the table, trusts you above the tender line and
 * the renewal draw falls its way. Anything else is a no.
 */
export function decideInRoom(offer: string, meters: Meters, context: DecisionContext, params: Params): boolean {
  if (!isOffer(offer)) return false;
  const trust = trustFrom(meters, context.grudge, params);
  const draw = (purpose: Parameters<typeof quarterDraw>[3]) => quarterDraw(context.seed, context.accountId, context.quarter, purpose);
  if (SIGNING_OFFERS.includes(offer)) {
    // The buyer's own championing counts at the moment of decision as it would by the quarter's end: asking never costs the pull.
    return context.status === 'prospect' && draw('close') < closeOdds(Math.min(100, meters.deal + trustPull(trust, params)), trust, params);
  }
  if (context.status !== 'client') return false;
  if (offer === 'expansion') return trust >= params.expansionTrust && draw('expand') < expansionOdds(meters.deal, trust, context.returnLikelihood, params);
  return (
    context.renewalQuarter === context.quarter &&
    draw('return') < context.returnLikelihood &&
    trust >= params.tenderTrust &&
    draw('renew') < renewalOdds(trust, params)
  );
}
