/**
 * The long game: accounts with hidden meters, quarters, meetings and the
 * seeded quarter-end simulation that turns meters into outcomes. Pure data in,
 * data out: the browser game, the bots and the tools all drive it the same way.
 *
 * The campaign never reads its own length: quarter q's draws and rules depend
 * only on q, so a 2-quarter campaign is exactly the first two quarters of an
 * 8-quarter one.
 */
import type { Meters } from '../narrative/meters';
import type { Ledger } from '../narrative/runner';
import { type Move, STAGES, type Stage, type StoryEvent, type Temperament } from '../narrative/tags';
import { type Persona, personaVariables } from '../personas';
import { type Params, defaultParams } from './constants';
import { chance, pick, stream } from './random';

export interface Settings {
  seed: number;
  /** Campaign length; the simulation itself never reads it. */
  quarters: number;
  /** 0..1: how likely buyers are to come back (renewals, referrals, repeat business). */
  returnLikelihood: number;
}

/** What the campaign knows about a conversation file. */
export interface StoryInfo {
  id: string;
  persona?: string;
  stage?: Stage;
  event?: StoryEvent;
}

/** The fixed world a campaign runs in: buyers and conversations. */
export interface World {
  personas: readonly Persona[];
  stories: readonly StoryInfo[];
}

export type AccountStatus = 'prospect' | 'client' | 'lost';

/** One moment in an account's life, for the debrief's timeline. */
export interface AccountEvent {
  quarter: number;
  kind: 'arrived' | 'meeting' | 'signed' | 'expanded' | 'renewed' | 'churned' | 'tender-lost' | 'tender-won' | 'referred' | 'drifted';
  text: string;
  /** The meters after the event. */
  meters: Meters;
  /** The story played, for meetings. */
  storyId?: string;
  moves?: Move[];
}

export interface Account {
  id: string;
  personaId: string;
  temperament: Temperament;
  meters: Meters;
  /** The stage of the next meeting. */
  stage: Stage;
  status: AccountStatus;
  /** Value of the retained contract (recurring base); 0 when there is none. */
  contract: number;
  signedQuarter: number | null;
  ledger: Ledger;
  meetings: number;
  moves: Record<Move, number>;
  /** A closing move was made on this buyer at the last meeting (what `pressured_before` tells the next one). */
  pressured: boolean;
  /** A forgiving buyer has used up their one pardon. */
  forgiven: boolean;
  /** An unforgiving buyer will not forget a pressure close. */
  grudge: boolean;
  /** Arrived by referral. */
  warm: boolean;
  arrivedQuarter: number;
  metThisQuarter: boolean;
  /** Quarters in a row without an `ask` or a `close` (for the exploiting temperament). */
  quartersWithoutAsking: number;
  /** Quarters in a row without a meeting. */
  quartersUnmet: number;
  history: AccountEvent[];
}

/** What the seller sees at the end of a quarter: money and buyers' visible reactions. */
export interface QuarterResult {
  quarter: number;
  revenue: number;
  newBusiness: number;
  recurring: number;
  expansion: number;
  acquisitionCost: number;
  commission: number;
  quota: number;
  attainment: number;
  onPlan: boolean;
  manager: { tone: 'praise' | 'steady' | 'warning' | 'plan'; text: string };
  /** Visible outcomes, in words a seller would hear. */
  news: string[];
}

export interface CampaignState {
  settings: Settings;
  /** The quarter being played, 1-based. */
  quarter: number;
  accounts: Account[];
  results: QuarterResult[];
  meetingsHeld: number;
  meetingsThisQuarter: number;
  belowHalfStreak: number;
  planQuartersLeft: number;
  nextAccount: number;
}

/** Stages in the order a deal moves through them (the tag grammar lists them in order). */
export const STAGE_ORDER: readonly Stage[] = STAGES;
const SELLING_STAGES = STAGE_ORDER.slice(0, 5);

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Meters a new account starts with: the contract's defaults. */
export const STARTING_METERS: Meters = { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 4, deal: 10 };

function clampMeters(m: Meters): Meters {
  return {
    credibility: round(clamp(m.credibility, 0, 10)),
    reliability: round(clamp(m.reliability, 0, 10)),
    intimacy: round(clamp(m.intimacy, 0, 10)),
    self_orientation: round(clamp(m.self_orientation, 1, 10)),
    deal: round(clamp(m.deal, 0, 100)),
  };
}

/** Trust as the model feels it: an unforgiving buyer's grudge divides it further. */
export function accountTrust(account: Account, params: Params = defaultParams()): number {
  const m = account.meters;
  const s = account.grudge ? Math.min(10, m.self_orientation + params.grudgePenalty) : m.self_orientation;
  return (m.credibility + m.reliability + m.intimacy) / s;
}

/** Meetings the seller may hold in quarter q. */
export function meetingAllowance(quarter: number, params: Params = defaultParams()): number {
  return quarter <= 4 ? params.meetingsYearOne : params.meetingsLater;
}

function newAccount(state: CampaignState, persona: Persona, warm: boolean, params: Params): Account {
  const meters = { ...STARTING_METERS };
  if (warm) {
    meters.reliability += params.borrowedReliability;
    meters.deal = params.warmDeal;
  }
  const account: Account = {
    id: `a${state.nextAccount++}`,
    personaId: persona.id,
    temperament: persona.temperament,
    meters: clampMeters(meters),
    stage: 'first-meeting',
    status: 'prospect',
    contract: 0,
    signedQuarter: null,
    ledger: { promised: [], kept: [], broken: [] },
    meetings: 0,
    moves: { close: 0, relate: 0, ask: 0, neutral: 0 },
    pressured: false,
    forgiven: false,
    grudge: false,
    warm,
    arrivedQuarter: state.quarter,
    metThisQuarter: false,
    quartersWithoutAsking: 0,
    quartersUnmet: 0,
    history: [],
  };
  account.history.push({
    quarter: state.quarter,
    kind: 'arrived',
    text: warm ? 'Arrived as a referral.' : 'Arrived as a cold lead.',
    meters: { ...account.meters },
  });
  return account;
}

/**
 * A buyer for a new lead: one not already on the books. A company is one
 * account: a second "new lead" from a company you are already selling to
 * would be two salespeople's worth of confusion. None left means no lead.
 */
function leadPersona(state: CampaignState, world: World, ...keys: (string | number)[]): Persona | undefined {
  // A company that went quiet or left does not come straight back as a "new lead": give it a quarter,
  // unless the seller would otherwise have nobody at all to meet.
  const recentlyLost = (a: Account) => a.status === 'lost' && (a.history.at(-1)?.quarter ?? 0) >= state.quarter - 1;
  const taken = (rested: boolean) => new Set(state.accounts.filter((a) => a.status !== 'lost' || (rested && recentlyLost(a))).map((a) => a.personaId));
  let fresh = world.personas.filter((p) => !taken(true).has(p.id));
  // An empty territory leaves the seller nobody to meet: then a company may come back at once.
  if (fresh.length === 0 && openAccounts(state).length === 0) fresh = world.personas.filter((p) => !taken(false).has(p.id));
  return fresh.length > 0 ? pick(fresh, stream(state.settings.seed, ...keys)) : undefined;
}

export function newCampaign(settings: Settings, world: World, params: Params = defaultParams()): CampaignState {
  if (world.personas.length === 0) throw new Error('a campaign needs at least one persona');
  const state: CampaignState = {
    settings: { ...settings },
    quarter: 1,
    accounts: [],
    results: [],
    meetingsHeld: 0,
    meetingsThisQuarter: 0,
    belowHalfStreak: 0,
    planQuartersLeft: 0,
    nextAccount: 1,
  };
  for (let i = 0; i < params.startingProspects; i++) {
    const persona = leadPersona(state, world, 'start', i);
    if (persona) state.accounts.push(newAccount(state, persona, false, params));
  }
  return state;
}

/** Accounts the seller can meet this quarter. */
export function openAccounts(state: CampaignState): Account[] {
  return state.accounts.filter((a) => a.status !== 'lost');
}

export function meetingsLeft(state: CampaignState, params: Params = defaultParams()): number {
  return Math.max(0, meetingAllowance(state.quarter, params) - state.meetingsThisQuarter);
}

/** A meeting as scheduled: which conversation plays, and whether an event took it over. */
export interface ScheduledMeeting {
  accountId: string;
  storyId: string;
  stage: Stage;
  event: StoryEvent | null;
}

function storiesFor(world: World, persona: string, match: (s: StoryInfo) => boolean): StoryInfo[] {
  const own = world.stories.filter((s) => s.persona === persona && match(s));
  return own.length > 0 ? own : world.stories.filter((s) => !s.persona && match(s));
}

/** Which event, if any, takes over this meeting (seeded per account and quarter). */
function eventFor(state: CampaignState, account: Account, params: Params): StoryEvent | null {
  const { seed } = state.settings;
  const q = state.quarter;
  const behind = (state.results.at(-1)?.attainment ?? 1) < 1;
  const lastMeeting = state.meetingsThisQuarter + 1 >= meetingAllowance(q, params);
  // The push needs a proposal on the table: a first meeting cannot be rushed to a signature.
  const dealOnTable = account.stage === 'proposal' || account.stage === 'negotiation';
  if (account.status === 'prospect' && dealOnTable && behind && lastMeeting && chance(params.quarterEndPushOdds, seed, account.id, q, 'event:push')) {
    return 'quarter-end-push';
  }
  if (
    account.status === 'prospect' &&
    (account.stage === 'proposal' || account.stage === 'negotiation') &&
    chance(params.competitorPriceOdds, seed, account.id, q, 'event:competitor')
  ) {
    return 'competitor-price';
  }
  if (
    account.status === 'client' &&
    accountTrust(account, params) >= params.referralTrust &&
    chance(params.referralAskOdds, seed, account.id, q, 'event:referral')
  ) {
    return 'referral-ask';
  }
  return null;
}

/** Picks the conversation for a meeting with an account. Deterministic for a world and seed. */
export function scheduleMeeting(state: CampaignState, accountId: string, world: World, params: Params = defaultParams()): ScheduledMeeting {
  const account = state.accounts.find((a) => a.id === accountId);
  if (!account || account.status === 'lost') throw new Error(`no open account "${accountId}"`);
  const random = stream(state.settings.seed, account.id, state.quarter, 'story');
  const event = eventFor(state, account, params);
  if (event) {
    const candidates = storiesFor(world, account.personaId, (s) => s.event === event);
    if (candidates.length > 0) return { accountId, storyId: pick(candidates, random).id, stage: account.stage, event };
  }
  const candidates = storiesFor(world, account.personaId, (s) => s.stage === account.stage);
  if (candidates.length === 0) throw new Error(`no conversation for stage "${account.stage}" and persona "${account.personaId}"`);
  return { accountId, storyId: pick(candidates, random).id, stage: account.stage, event: null };
}

/** The values a conversation is told before it starts (declared in the contract). */
export function storyVariables(state: CampaignState, account: Account, world: World): Record<string, string | number | boolean> {
  const persona = world.personas.find((p) => p.id === account.personaId);
  return {
    ...(persona ? personaVariables(persona) : {}),
    quarter: state.quarter,
    meetings_before: account.meetings,
    pressured_before: account.pressured,
    is_client: account.status === 'client',
    referred: account.warm,
  };
}

/** What a played meeting hands back: the meters and ledger the story left, and the moves chosen. */
export interface MeetingOutcome {
  storyId: string;
  event: StoryEvent | null;
  meters: Meters;
  ledger: Ledger;
  moves: Move[];
}

/** Applies a played meeting to its account: the buyer's temperament answers the moves. */
export function applyMeeting(state: CampaignState, accountId: string, outcome: MeetingOutcome, params: Params = defaultParams()): void {
  const account = state.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`no account "${accountId}"`);
  const before = account.meters;
  const m = { ...outcome.meters };
  const closes = outcome.moves.filter((x) => x === 'close').length;
  const relates = outcome.moves.filter((x) => x === 'relate').length;
  switch (account.temperament) {
    case 'mirror':
      m.intimacy += (relates - closes) * params.mirrorShare;
      break;
    case 'unforgiving':
      if (closes > 0) account.grudge = true;
      break;
    case 'forgiving':
      if (closes > 0 && !account.forgiven) {
        // One slip is pardoned: the self-orientation it cost is given back, once.
        m.self_orientation = Math.max(before.self_orientation, m.self_orientation - closes);
        account.forgiven = true;
      }
      break;
    case 'exploiter':
      break;
  }
  account.meters = clampMeters(m);
  account.ledger = { promised: [...outcome.ledger.promised], kept: [...outcome.ledger.kept], broken: [...outcome.ledger.broken] };
  account.meetings += 1;
  for (const move of outcome.moves) account.moves[move] += 1;
  // Buyers remember how the last meeting felt: a patient meeting after a pushy one clears it.
  account.pressured = closes > 0;
  if (outcome.moves.some((x) => x === 'ask' || x === 'close')) account.quartersWithoutAsking = 0;
  account.metThisQuarter = true;
  account.quartersUnmet = 0;
  // An event meeting still moves the relationship on, like the meeting it took over.
  const next = STAGE_ORDER.indexOf(account.stage) + 1;
  if (account.status === 'prospect') account.stage = SELLING_STAGES[Math.min(next, SELLING_STAGES.length - 1)]!;
  else account.stage = account.stage === 'implementation' ? 'renewal' : account.stage;
  account.history.push({
    quarter: state.quarter,
    kind: 'meeting',
    text: outcome.event ? `Meeting (${outcome.event})` : 'Meeting',
    meters: { ...account.meters },
    storyId: outcome.storyId,
    moves: [...outcome.moves],
  });
  state.meetingsHeld += 1;
  state.meetingsThisQuarter += 1;
}

function priceMultiplier(trust: number, params: Params): number {
  return clamp(params.priceAtZeroTrust + params.pricePerTrust * trust, params.priceAtZeroTrust, params.priceCap);
}

/** Deals close by momentum and trust. */
function closeOdds(deal: number, trust: number, params: Params): number {
  const byMomentum = clamp((deal - params.closeFloor) / params.closeSpan, 0, 1);
  return byMomentum * clamp(params.closeOddsAtZeroTrust + params.closeOddsPerTrust * trust, 0, 1);
}

function note(account: Account, state: CampaignState, kind: AccountEvent['kind'], text: string): void {
  account.history.push({ quarter: state.quarter, kind, text, meters: { ...account.meters } });
}

/** What the manager says about a quarter: the number, against the last one, the plan and the calendar. */
function managerSays(
  attainment: number,
  context: { onPlan: boolean; startsPlan: boolean; planEnds: boolean; previous: number | null },
): QuarterResult['manager'] {
  const { onPlan, startsPlan, planEnds, previous } = context;
  if (startsPlan) {
    return { tone: 'plan', text: 'Two quarters in a row under half of quota. You are on a performance plan: half commission until you recover.' };
  }
  if (attainment >= 1) {
    return { tone: 'praise', text: planEnds ? 'Quota made, and the plan is closed: full commission from next quarter.' : 'Quota made. Whatever you are doing, keep doing it.' };
  }
  if (attainment >= 0.5) {
    if (planEnds) return { tone: 'steady', text: 'The plan is closed: full commission from next quarter. Short of quota, though. I need more.' };
    if (onPlan) {
      const better = previous !== null && attainment > previous;
      return { tone: 'steady', text: better ? 'Better. Stay on it: the plan is still open.' : 'Short of quota, and the plan is still open. I need more next quarter.' };
    }
    return { tone: 'steady', text: 'Short of quota. I need more next quarter.' };
  }
  if (onPlan) return { tone: 'warning', text: 'Under half of quota while on a plan. This is serious.' };
  return { tone: 'warning', text: 'Under half of quota. Two quarters like this in a row means a performance plan.' };
}

/**
 * Ends the quarter: deals close by momentum, at a price set by trust; clients
 * pay, renew or churn by trust; distrusted clients go to tender; trusting ones
 * refer new accounts; neglected accounts drift; new leads arrive.
 */
export function endQuarter(state: CampaignState, world: World, params: Params = defaultParams()): QuarterResult {
  const { seed, returnLikelihood } = state.settings;
  const q = state.quarter;
  const news: string[] = [];
  let newBusiness = 0;
  let recurring = 0;
  let expansion = 0;
  let acquisitionCost = 0;
  const referrals: Account[] = [];
  const personaName = (a: Account) => world.personas.find((p) => p.id === a.personaId)?.company ?? a.personaId;

  for (const account of state.accounts) {
    if (account.status === 'lost') continue;
    const trust = accountTrust(account, params);
    const price = priceMultiplier(trust, params);
    const draw = (what: string) => stream(seed, account.id, q, what)();

    if (!account.metThisQuarter) {
      account.meters = clampMeters({
        ...account.meters,
        intimacy: account.meters.intimacy - params.driftIntimacy,
        deal: account.meters.deal * params.driftDeal,
      });
      note(account, state, 'drifted', 'Not met this quarter: the relationship cooled a little.');
      account.quartersUnmet += 1;
      if (account.status === 'prospect' && account.quartersUnmet >= params.staleQuarters) {
        account.status = 'lost';
        news.push(`${personaName(account)} went quiet: nobody had called for ${account.quartersUnmet} quarters.`);
        note(account, state, 'churned', 'Went quiet after quarters without a meeting.');
        continue;
      }
    }
    if (account.status === 'prospect' && account.metThisQuarter) {
      // A trusting buyer pulls the deal forward between meetings.
      const pull = Math.min(params.trustPullMax, params.trustPull * Math.max(0, trust - params.askReadyTrust));
      account.meters = clampMeters({ ...account.meters, deal: account.meters.deal + pull });
    }
    if (account.status === 'prospect') {
      const askedNothing = account.moves.ask + account.moves.close === 0;
      if (account.temperament === 'exploiter' && askedNothing && account.meetings > 0) {
        account.quartersWithoutAsking += 1;
        if (draw('exploit') < params.exploiterTender) {
          account.status = 'lost';
          news.push(`${personaName(account)} thanked you for the advice and put the work out to tender. You were not shortlisted.`);
          note(account, state, 'tender-lost', 'Took the free diagnosis to a tender.');
          continue;
        }
      }
      if (draw('close') < closeOdds(account.meters.deal, trust, params)) {
        const stageIndex = Math.min(STAGE_ORDER.indexOf(account.stage), SELLING_STAGES.length - 1);
        // The stage a deal reached: the next meeting's stage is one past the last one held.
        const reached = Math.max(0, stageIndex - 1);
        const share = Math.min(1, params.earlyStageValue + params.stageValueStep * reached);
        const value = round(params.baseDeal * share * price, 1);
        const cost = round(value * (account.warm ? params.acquisitionCostWarm : params.acquisitionCostCold), 1);
        newBusiness += value;
        acquisitionCost += cost;
        account.status = 'client';
        account.contract = value;
        account.signedQuarter = q;
        account.stage = 'implementation';
        account.meters = clampMeters({ ...account.meters, deal: 10 });
        news.push(`${personaName(account)} signed: ${value.toFixed(0)}k.`);
        note(account, state, 'signed', `Signed for ${value.toFixed(0)}k.`);
      } else if (account.metThisQuarter && draw('come-back') >= returnLikelihood) {
        // The shadow of the future: a buyer who does not come back for another
        // meeting takes the relationship you invested in with them.
        account.status = 'lost';
        news.push(`${personaName(account)} moved on: the project went elsewhere before a next meeting.`);
        note(account, state, 'churned', 'Did not come back for another meeting.');
        continue;
      }
    } else if (account.status === 'client') {
      const yearsIn = (q - (account.signedQuarter ?? q)) / 4;
      if (q !== account.signedQuarter && trust < params.tenderTrust && draw('unhappy') < params.unhappyChurn) {
        account.status = 'lost';
        news.push(`${personaName(account)} used the exit clause and left.`);
        note(account, state, 'churned', 'Left early, unhappy.');
        continue;
      }
      if (q !== account.signedQuarter) {
        recurring += round(account.contract * params.recurringRate, 1);
      }
      if (q !== account.signedQuarter && Number.isInteger(yearsIn)) {
        // A year on: the renewal. Distrusted clients put it out to tender.
        const comesBack = draw('return') < returnLikelihood;
        if (comesBack && trust < params.tenderTrust) {
          if (draw('tender') < params.tenderWin) {
            account.contract = round(account.contract * priceMultiplier(0, params), 1);
            news.push(`${personaName(account)} ran a tender for the renewal. You kept it, at a lower price.`);
            note(account, state, 'tender-won', 'Renewal went to tender; kept at a discount.');
          } else {
            account.status = 'lost';
            news.push(`${personaName(account)} ran a tender for the renewal and chose someone else.`);
            note(account, state, 'tender-lost', 'Renewal went to tender and was lost.');
            continue;
          }
        } else if (comesBack && draw('renew') < Math.max(params.renewalFloor, Math.min(1, trust / params.renewalTrust))) {
          news.push(`${personaName(account)} renewed.`);
          note(account, state, 'renewed', 'Renewed for another year.');
        } else {
          account.status = 'lost';
          news.push(`${personaName(account)} did not renew.`);
          note(account, state, 'churned', 'Did not renew.');
          continue;
        }
      }
      if (account.metThisQuarter && trust >= params.expansionTrust && draw('expand') < closeOdds(account.meters.deal, trust, params)) {
        const value = round(params.baseDeal * params.expansionValue * price, 1);
        expansion += value;
        account.contract = round(account.contract + value * params.recurringRate, 1);
        account.meters = clampMeters({ ...account.meters, deal: 10 });
        news.push(`${personaName(account)} expanded: ${value.toFixed(0)}k.`);
        note(account, state, 'expanded', `Expanded by ${value.toFixed(0)}k.`);
      }
      if (trust >= params.referralTrust && draw('refer') < params.referralRate * returnLikelihood) {
        const persona = leadPersona(state, world, account.id, q, 'referral');
        if (persona && !referrals.some((r) => r.personaId === persona.id)) {
          referrals.push(newAccount(state, persona, true, params));
          news.push(`${personaName(account)} recommended you to ${persona.company}.`);
          note(account, state, 'referred', `Recommended you to ${persona.company}.`);
        }
      }
    }
  }

  // Referrals first: a warm lead is worth more than a cold one.
  for (const lead of referrals) {
    if (openAccounts(state).length < params.maxOpenAccounts) state.accounts.push(lead);
  }
  for (let i = 0; i < params.coldLeadsPerQuarter; i++) {
    if (openAccounts(state).length >= params.maxOpenAccounts) break;
    const persona = leadPersona(state, world, 'lead', q, i);
    if (!persona) break;
    state.accounts.push(newAccount(state, persona, false, params));
    news.push(`New lead: ${persona.company}.`);
  }

  const revenue = round(newBusiness + recurring + expansion - acquisitionCost, 1);
  const attainment = round(revenue / params.quota, 3);
  const onPlan = state.planQuartersLeft > 0;
  const previous = state.results.at(-1)?.attainment ?? null;
  state.belowHalfStreak = attainment < params.warningAttainment ? state.belowHalfStreak + 1 : 0;
  const startsPlan = !onPlan && state.belowHalfStreak >= 2;
  const commission = round(Math.max(0, revenue) * params.commissionRate * (onPlan ? params.planCommissionCut : 1), 2);
  const result: QuarterResult = {
    quarter: q,
    revenue,
    newBusiness: round(newBusiness, 1),
    recurring: round(recurring, 1),
    expansion: round(expansion, 1),
    acquisitionCost: round(acquisitionCost, 1),
    commission,
    quota: params.quota,
    attainment,
    onPlan,
    manager: managerSays(attainment, { onPlan, startsPlan, planEnds: onPlan && state.planQuartersLeft === 1, previous }),
    news,
  };
  state.results.push(result);
  if (startsPlan) {
    state.planQuartersLeft = params.planQuarters;
    state.belowHalfStreak = 0;
  } else if (onPlan) {
    state.planQuartersLeft -= 1;
  }
  for (const account of state.accounts) account.metThisQuarter = false;
  state.quarter += 1;
  state.meetingsThisQuarter = 0;
  return result;
}

/** Cumulative revenue after each quarter. */
export function cumulativeRevenue(state: CampaignState): number[] {
  let sum = 0;
  return state.results.map((r) => round((sum += r.revenue), 1));
}

/** The campaign is over once its quarters are played. */
export function isOver(state: CampaignState): boolean {
  return state.quarter > state.settings.quarters;
}
