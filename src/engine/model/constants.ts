/**
 * Every constant of the model, in one place, each tagged `sourced` (with its
 * citation) or `assumption` (with its reason). No constant is tuned per story.
 * The sensitivity sweep (`npm run -s simulate -- --sweep`) varies every
 * assumption by ±50% and reports where the lesson stops holding; the "About
 * this model" page lists them all.
 */

export interface ModelConstant {
  value: number;
  kind: 'sourced' | 'assumption';
  /** What it means, in a sentence a facilitator can read out. */
  meaning: string;
  /** For `sourced`: the citation. For `assumption`: why this value. */
  basis: string;
  /** Whether the sweep varies it (structural counts are not swept). */
  sweep: boolean;
}

const assumption = (value: number, meaning: string, basis: string, sweep = true): ModelConstant => ({
  value,
  kind: 'assumption',
  meaning,
  basis,
  sweep,
});
const sourced = (value: number, meaning: string, basis: string): ModelConstant => ({
  value,
  kind: 'sourced',
  meaning,
  basis,
  sweep: false,
});

export const CONSTANTS = {
  // --- The trust equation and the contract
  askReadyTrust: sourced(
    2,
    'Trust at which an honest ask stops feeling like pressure (the contract ASK_READY).',
    'Maister, Green & Galford, The Trusted Advisor (2000): trust = (C + R + I) / S; with the default ranges a buyer at 2 has more trust than self-orientation can divide away. The threshold itself is the authoring contract\'s ASK_READY.',
  ),

  // --- Campaign shape
  quarters: assumption(8, 'Quarters in a default campaign.', 'Two years: long enough for a renewal cycle and referrals to show.', false),
  meetingsYearOne: assumption(2, 'Meetings a seller can hold per quarter in the first year.', 'A default campaign must fit 20-40 minutes: 12 meetings of about 90 seconds.', false),
  meetingsLater: assumption(1, 'Meetings per quarter from the second year on.', 'A growing book of accounts eats selling time; with year one this gives 12 meetings in 8 quarters.', false),
  startingProspects: assumption(3, 'Prospects in the territory at the start.', 'Enough to choose between, few enough to know each.', false),
  coldLeadsPerQuarter: assumption(1, 'New cold leads arriving each quarter.', 'A territory is finite; marketing supplies a trickle.', false),
  territoryShare: assumption(0.67, 'Share of the world\'s buyers a territory\'s cold leads come from; the others are met only through a referral.', 'Some buyers never answer a cold call but will take a call from a peer: a referral opens doors marketing cannot.', false),
  maxOpenAccounts: assumption(7, 'Most accounts on the agenda at once.', 'Keeps the agenda readable on one screen.', false),
  staleQuarters: assumption(3, 'Quarters a prospect waits without a meeting before going quiet for good.', 'Leads nobody calls go elsewhere.', false),
  defaultReturn: assumption(0.85, 'How likely a buyer is to come back for more (renewals, referrals, repeat business).', 'B2B software renews most contracts when the buyer is satisfied; the ?return flag shows what changes when buyers rarely come back.'),

  // --- Deals
  baseDeal: assumption(100, 'Value of a full first contract, in thousands.', 'A unit that keeps quota and revenue readable.', false),
  closeFloor: assumption(30, 'Deal momentum below which a deal cannot close this quarter.', 'A buyer needs some momentum to sign at all.'),
  closeSpan: assumption(55, 'Momentum above the floor at which closing becomes certain.', 'Momentum of 90 or more closes in the quarter.'),
  closeOddsAtZeroTrust: assumption(0.6, 'Share of its closing odds a deal keeps when the buyer has no trust at all.', 'Deals close by momentum and trust: a pushed buyer signs less often than the momentum suggests.'),
  closeOddsPerTrust: assumption(0.2, 'Closing odds regained per point of trust, up to full odds.', 'At trust 2 a buyer signs whenever the momentum is there.'),
  trustPull: assumption(5, 'Deal momentum a buyer adds on their own each quarter you meet them, per point of trust above the ask threshold.', 'A buyer who trusts you champions the deal inside their company between meetings.'),
  trustPullMax: assumption(20, 'Most momentum a buyer adds on their own in a quarter.', 'Internal sign-off still takes time.'),
  earlyStageValue: assumption(0.3, 'Share of a full contract signed when a deal closes at a first meeting.', 'A deal pushed to signature before the problem is understood is small: a module, a trial.'),
  stageValueStep: assumption(0.2, 'Extra share of a full contract for each later stage a deal reaches before closing.', 'Diagnosis widens the scope the buyer is willing to commit to.'),
  priceAtZeroTrust: assumption(0.75, 'Price multiplier when trust is zero.', 'Distrusted sellers discount to win.'),
  pricePerTrust: assumption(0.1, 'Price multiplier gained per point of trust.', 'Trusted advisors are less price-compared; capped below.'),
  priceCap: assumption(1.3, 'Highest price multiplier.', 'Even a trusted advisor is compared eventually.'),
  acquisitionCostCold: assumption(0.3, 'Share of a new cold account\'s first contract spent winning it.', 'Acquisition costs more than retention: pre-sales, travel, discounts to switch.'),
  acquisitionCostWarm: assumption(0.1, 'Share of a referred account\'s first contract spent winning it.', 'A referral arrives half-sold.'),
  recurringRate: assumption(0.25, 'Share of a client\'s contract paid each quarter while it is retained.', 'A yearly subscription paid quarterly.'),
  expansionValue: assumption(0.5, 'Share of a full contract added when a client expands.', 'Expansions are smaller than first deals.'),
  expansionTrust: assumption(1.5, 'Trust a client needs before buying more.', 'Nobody widens a contract with a seller they distrust.'),

  // --- Renewal, churn, tender, referral
  renewalTrust: assumption(2.5, 'Trust at which a client renews whenever they come back at all.', 'Below it, renewal odds fall in proportion.'),
  renewalFloor: assumption(0.05, 'Lowest renewal odds for a returning client.', 'Inertia keeps a few distrusted contracts alive.'),
  tenderTrust: assumption(1.2, 'Trust below which a client puts the renewal out to tender.', 'Distrusted buyers go to tender; you rarely win those.'),
  unhappyChurn: assumption(0.2, 'Odds per quarter that a client who distrusts you (below the tender threshold) walks away before the renewal.', 'Unhappy clients find the exit clause.'),
  tenderWin: assumption(0.2, 'Odds of winning your own account back in a tender.', 'You are one of several bidders, and the incumbent with a grudge.'),
  referralTrust: assumption(2, 'Trust a client needs before recommending you.', 'People recommend sellers they trust, not sellers they bought from.'),
  referralRate: assumption(0.35, 'Odds per quarter that a trusting, returning client refers a new account.', 'Satisfied buyers talk; most do not every quarter.'),
  borrowedReliability: assumption(2, 'Reliability a referred account starts with.', 'A referral lends you the referrer\'s experience of your reliability.'),
  warmDeal: assumption(25, 'Deal momentum a referred account starts with.', 'A referral arrives with a problem already named.'),

  // --- Neglect and memory
  driftIntimacy: assumption(0.5, 'Intimacy an account loses in a quarter you do not meet it.', 'Neglect costs a little trust.'),
  driftDeal: assumption(0.85, 'Share of deal momentum kept through a quarter without a meeting.', 'Stalled deals cool.'),
  grudgePenalty: assumption(2, 'Self-orientation an unforgiving buyer adds, for good, after a pressure close.', 'Some buyers never forget being pushed.'),
  mirrorShare: assumption(0.5, 'How much a mirroring buyer answers your balance of relating over closing, in intimacy per move.', 'Reciprocity: people give what they get.'),
  exploiterTender: assumption(0.6, 'Odds that a buyer who exploits giving takes your free work to a tender, each quarter you have not asked for anything.', 'Unconditional giving invites free-riding.'),

  // --- Quota and the manager
  quota: assumption(90, 'Quarterly quota, in thousands.', 'About one full contract a quarter: reachable by either style early on.', false),
  commissionRate: assumption(0.1, 'Commission on revenue.', 'A common rate for software sellers.', false),
  warningAttainment: assumption(0.5, 'Attainment below which the manager warns you.', 'Half of quota is a visible miss.', false),
  planCommissionCut: assumption(0.5, 'Share of commission kept while on a performance plan: from the quarter after two quarters in a row under half of quota, until a quarter reaches half again.', 'Two quarters below half of quota puts you on a plan that costs you; recovering ends it.', false),

  // --- Events
  quarterEndPushOdds: assumption(0.35, 'Odds that your manager turns the last meeting of a quarter into a quarter-end push when last quarter missed quota.', 'Managers push when the number is short.', false),
  competitorPriceOdds: assumption(0.3, 'Odds that a prospect in proposal or negotiation arrives with a competitor\'s lower price.', 'Competitors bid on live deals.', false),
  referralAskOdds: assumption(0.35, 'Odds that a meeting with a trusting client becomes a chance to ask for a referral.', 'Good moments to ask come up, not always.', false),
} as const satisfies Record<string, ModelConstant>;

export type ConstantName = keyof typeof CONSTANTS;
/** The model's numbers: the constants' values, overridable for the sweep. */
export type Params = Record<ConstantName, number>;

export function defaultParams(): Params {
  return Object.fromEntries(Object.entries(CONSTANTS).map(([k, c]) => [k, c.value])) as Params;
}
