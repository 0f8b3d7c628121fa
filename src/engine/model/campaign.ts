/**
 * The long game: accounts with hidden meters and a history, quarters,
 * meetings, and the seeded quarter-end simulation that turns meters into
 * outcomes. Pure data in, data out: the browser game, the bots and the tools
 * all drive it the same way. It returns facts (typed lines, reasons, codes);
 * the UI chooses the words.
 *
 * The campaign never reads its own length: quarter q's draws and rules depend
 * only on q, so a 2-quarter campaign is exactly the first two quarters of an
 * 8-quarter one.
 */
import type { Meters } from '../narrative/meters';
import type { Ledger } from '../narrative/runner';
import type { Mood, Move, Stage, StoryEvent, Temperament } from '../narrative/tags';
import { type Persona, personaVariables } from '../personas';
import { type Params, defaultParams } from './constants';
import {
  type Offer,
  SIGNING_OFFERS,
  clamp,
  closeOdds,
  expansionOdds,
  offerShare,
  priceMultiplier,
  quarterDraw,
  renewalOdds,
  round,
  trustFrom,
  trustPull,
} from './decisions';
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

/** Why an account left: shown wherever the loss is. */
export const LOST_REASONS = ['went-quiet', 'moved-on', 'walked-away', 'took-the-work', 'exit', 'tender', 'not-renewed'] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/** What was signed or renewed, and when it comes up again. */
export interface Contract {
  /** Value of the retained contract (the recurring base). */
  value: number;
  /** The quarter this term started (signature or renewal). */
  startQuarter: number;
  years: number;
  /** The quarter the contract comes up for renewal: start + 4 × years. */
  renewalQuarter: number;
}

/** One moment in an account's life, for the debrief's timeline: a fact, worded by the UI. */
export type AccountEvent = { quarter: number; meters: Meters } & (
  | { kind: 'arrived'; warm: boolean; winBack: boolean; referredBy: string | null }
  | { kind: 'meeting'; storyId: string; event: StoryEvent | null; moves: Move[] }
  | { kind: 'signed'; offer: Offer | 'drawn'; value: number; years: number; inRoom: boolean }
  | { kind: 'expanded'; value: number; inRoom: boolean }
  | { kind: 'renewed'; years: number; inRoom: boolean }
  | { kind: 'tender-won'; value: number }
  | { kind: 'lost'; reason: LostReason }
  | { kind: 'referred'; personaId: string }
  | { kind: 'drifted' }
  | { kind: 'promise-lapsed'; promise: string }
);

export interface Account {
  id: string;
  personaId: string;
  temperament: Temperament;
  meters: Meters;
  /** The stage of the next selling meeting (clients: implementation, then review; renewal comes by the calendar). */
  stage: Stage;
  status: AccountStatus;
  /** The contract in force (or the last one, once lost); null before any signature. */
  contract: Contract | null;
  /** Ever signed with you. */
  wasClient: boolean;
  /** Why it last left you; null if it never has. */
  lost: { quarter: number; reason: LostReason } | null;
  ledger: Ledger;
  /** Quarter by which each open promise must be settled, or the model breaks it. */
  promiseDue: Record<string, number>;
  /** Hooks opened in meetings and not yet picked up (the contract's open_hook). */
  hooks: string[];
  /** Conversations this account has heard: none plays twice for one account. */
  played: string[];
  meetings: number;
  moves: Record<Move, number>;
  /** A closing move was made on this buyer at the last meeting (what `pressured_before` tells the next one). */
  pressured: boolean;
  /** The buyer's mood as the last meeting ended. */
  lastImpression: Mood | null;
  /** A forgiving buyer has used up their one pardon. */
  forgiven: boolean;
  /** An unforgiving buyer will not forget a pressure close. */
  grudge: boolean;
  /** Arrived by referral. */
  warm: boolean;
  referralsGiven: number;
  arrivedQuarter: number;
  metThisQuarter: boolean;
  /** What the buyer answered in the room this quarter (asked offers, the one agreed); it replaces the quarter-end draw. */
  room: { asked: Offer[]; agreed: Offer | null; years: number; walkedAway: boolean } | null;
  /** Quarters in a row without an `ask` or a `close` (for the exploiting temperament). */
  quartersWithoutAsking: number;
  /** Quarters in a row without a meeting. */
  quartersUnmet: number;
  history: AccountEvent[];
}

/** A referral waiting for room on the agenda: a person not yet in the territory. */
export interface PendingReferral {
  personaId: string;
  fromAccountId: string;
  quarter: number;
}

/** One line of a quarter's results: an account, what happened, the amount, and why. */
export type QuarterLine =
  | { kind: 'signed'; accountId: string; offer: Offer | 'drawn'; amount: number; years: number; inRoom: boolean; quarterly: number }
  | { kind: 'acquisition-cost'; accountId: string; amount: number; warm: boolean }
  | { kind: 'recurring'; accountId: string; amount: number }
  | { kind: 'expanded'; accountId: string; amount: number; inRoom: boolean }
  | { kind: 'renewed'; accountId: string; years: number; inRoom: boolean; trust: number }
  | { kind: 'tender-won'; accountId: string; value: number; trust: number }
  | { kind: 'declined'; accountId: string; offer: Offer }
  | { kind: 'lost'; accountId: string; reason: LostReason; trust: number; quartersUnmet: number }
  | { kind: 'referred'; accountId: string; personaId: string }
  | { kind: 'promise-lapsed'; accountId: string; promise: string }
  | { kind: 'new-lead'; accountId: string; warm: boolean; winBack: boolean; referredBy: string | null }
  | { kind: 'referral-waiting'; personaId: string; fromAccountId: string };

/** The lines that carry money, in the order a seller reads them. */
export const MONEY_LINES = ['signed', 'recurring', 'expanded', 'acquisition-cost'] as const;

/** Where the manager stands, as a fact; the UI words it (with a different line each time a situation recurs). */
export type ManagerSituation =
  | 'praise'
  | 'steady'
  | 'better-on-plan'
  | 'warning'
  | 'warning-on-plan'
  | 'plan-starts'
  | 'plan-closed';

export interface ManagerLine {
  tone: 'praise' | 'steady' | 'warning' | 'plan';
  situation: ManagerSituation;
  /** How many times this situation was said before in this campaign: 0 the first time. */
  repeat: number;
  /** Quarters in a row on the plan, counting this one (0 when not on it). */
  planQuarter: number;
}

/** What the seller sees at the end of a quarter: money, with a line per account, and the manager. */
export interface QuarterResult {
  quarter: number;
  revenue: number;
  newBusiness: number;
  recurring: number;
  expansion: number;
  acquisitionCost: number;
  commission: number;
  /** Share of commission paid this quarter: 1, or the plan's cut. */
  commissionShare: number;
  quota: number;
  attainment: number;
  /** This quarter was paid under a performance plan. */
  onPlan: boolean;
  manager: ManagerLine;
  lines: QuarterLine[];
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
  /** On a performance plan: commission is cut until a quarter reaches half of quota. */
  onPlan: boolean;
  /** Quarters in a row paid on the plan so far. */
  planQuarters: number;
  /** Referrals given and not yet on the agenda (it was full). */
  pendingReferrals: PendingReferral[];
  /** Conversations played in this campaign, in order (the scheduler prefers new ones). */
  storiesPlayed: string[];
  /** The last quarter each event played, campaign-wide (events cool down). */
  eventPlayed: Partial<Record<StoryEvent, number>>;
  /** How often each manager situation has been said. */
  managerSaid: Partial<Record<ManagerSituation, number>>;
  nextAccount: number;
}

/** Stages a prospect moves through, in order; win-back leads into discovery. */
export const SELLING_STAGES: readonly Stage[] = ['first-meeting', 'discovery', 'value', 'proposal', 'negotiation'];

/** How far along a deal is: selling stages by their order, a win-back as a start. */
export function stageRank(stage: Stage): number {
  const i = SELLING_STAGES.indexOf(stage);
  return i >= 0 ? i : stage === 'win-back' ? 0 : SELLING_STAGES.length;
}

/** Meters a new account starts with: the contract's defaults. */
export const STARTING_METERS: Meters = { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 4, deal: 10 };

export function clampMeters(m: Meters): Meters {
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
  return trustFrom(account.meters, account.grudge, params);
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
  return {
    id: `a${state.nextAccount++}`,
    personaId: persona.id,
    temperament: persona.temperament,
    meters: clampMeters(meters),
    stage: 'first-meeting',
    status: 'prospect',
    contract: null,
    wasClient: false,
    lost: null,
    ledger: { promised: [], kept: [], broken: [] },
    promiseDue: {},
    hooks: [],
    played: [],
    meetings: 0,
    moves: { close: 0, relate: 0, ask: 0, neutral: 0 },
    pressured: false,
    lastImpression: null,
    forgiven: false,
    grudge: false,
    warm,
    referralsGiven: 0,
    arrivedQuarter: state.quarter,
    metThisQuarter: false,
    room: null,
    quartersWithoutAsking: 0,
    quartersUnmet: 0,
    history: [],
  };
}

/** Reasons that leave a grudge: the buyer left unhappy with you, not merely elsewhere. */
const UNHAPPY_REASONS: readonly LostReason[] = ['walked-away', 'exit', 'tender', 'not-renewed'];

/**
 * A company that left comes back as the same account (a win-back): its
 * credibility, reliability and intimacy as they were, its self-orientation a
 * point worse if it left unhappy, an unforgiving buyer's grudge kept, deal
 * momentum cold (or a referral's warmth), and a win-back meeting first.
 */
function reopen(account: Account, state: CampaignState, warm: boolean, params: Params): void {
  const unhappy = account.lost !== null && UNHAPPY_REASONS.includes(account.lost.reason);
  account.meters = clampMeters({
    ...account.meters,
    self_orientation: account.meters.self_orientation + (unhappy ? 1 : 0),
    deal: warm ? params.warmDeal : STARTING_METERS.deal,
  });
  account.status = 'prospect';
  account.stage = 'win-back';
  account.warm = warm;
  account.room = null;
  account.quartersUnmet = 0;
  account.quartersWithoutAsking = 0;
  account.arrivedQuarter = state.quarter;
}

/** Brings a persona into the territory: a new account, or the old one reopened for a win-back. */
function arrive(state: CampaignState, persona: Persona, referredBy: string | null, params: Params): Account {
  const warm = referredBy !== null;
  const old = state.accounts.find((a) => a.personaId === persona.id);
  const account = old ?? newAccount(state, persona, warm, params);
  if (old) reopen(old, state, warm, params);
  else state.accounts.push(account);
  account.history.push({ quarter: state.quarter, kind: 'arrived', warm, winBack: old !== undefined, referredBy, meters: { ...account.meters } });
  return account;
}

/** Personas never in the territory and not already referred: the people a referral can name. */
export function newPeople(state: CampaignState, world: World): Persona[] {
  const known = new Set([...state.accounts.map((a) => a.personaId), ...state.pendingReferrals.map((r) => r.personaId)]);
  return world.personas.filter((p) => !known.has(p.id));
}

/**
 * The buyers a territory's cold leads come from: a seeded share of the
 * world's. The others answer only a peer's introduction.
 */
export function territory(state: CampaignState, world: World, params: Params): Persona[] {
  const random = stream(state.settings.seed, 'territory');
  const order = world.personas.map((p) => ({ p, key: random() })).sort((a, b) => a.key - b.key);
  const size = Math.max(1, Math.ceil(world.personas.length * params.territoryShare));
  const chosen = new Set(order.slice(0, size).map((o) => o.p.id));
  return world.personas.filter((p) => chosen.has(p.id));
}

/** People a referral can name: someone new, those a cold call cannot reach first. */
export function referralCandidates(state: CampaignState, world: World, params: Params): Persona[] {
  const people = newPeople(state, world);
  const inTerritory = new Set(territory(state, world, params).map((p) => p.id));
  const beyond = people.filter((p) => !inTerritory.has(p.id));
  return beyond.length > 0 ? beyond : people;
}

/**
 * A buyer for a cold lead: someone new in the territory, or a company that
 * left at least a quarter ago (it comes back as a win-back). None left means
 * no lead.
 */
function coldLeadPersona(state: CampaignState, world: World, params: Params, ...keys: (string | number)[]): Persona | undefined {
  const { seed, returnLikelihood } = state.settings;
  const lostAccount = (p: Persona) => state.accounts.find((x) => x.personaId === p.id && x.status === 'lost');
  // A company that left decides once, when it leaves, whether it would ever come back: as often as buyers come back at all.
  const willing = (p: Persona) => chance(returnLikelihood, seed, lostAccount(p)!.id, lostAccount(p)!.lost?.quarter ?? 0, 'win-back');
  const rested = (p: Persona) => {
    const a = lostAccount(p);
    // Stryker disable next-line OptionalChaining: every lost account has its lost record (lose() sets both at once), so the chain never meets null here
    return a !== undefined && (a.lost?.quarter ?? state.quarter) < state.quarter - 1 && willing(p);
  };
  const fresh = new Set(newPeople(state, world).map((p) => p.id));
  let candidates = [...territory(state, world, params).filter((p) => fresh.has(p.id)), ...world.personas.filter(rested)];
  // An empty territory leaves the seller nobody to meet: then a company that left may come back at once, if it comes back at all.
  if (candidates.length === 0 && openAccounts(state).length === 0) candidates = world.personas.filter((p) => lostAccount(p) !== undefined && willing(p));
  return candidates.length > 0 ? pick(candidates, stream(seed, ...keys)) : undefined;
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
    onPlan: false,
    planQuarters: 0,
    pendingReferrals: [],
    storiesPlayed: [],
    eventPlayed: {},
    managerSaid: {},
    nextAccount: 1,
  };
  for (let i = 0; i < params.startingProspects; i++) {
    const persona = coldLeadPersona(state, world, params, 'start', i);
    if (persona) arrive(state, persona, null, params);
  }
  return state;
}

/** Accounts in the territory (not lost). */
export function openAccounts(state: CampaignState): Account[] {
  return state.accounts.filter((a) => a.status !== 'lost');
}

export function meetingsLeft(state: CampaignState, params: Params = defaultParams()): number {
  return Math.max(0, meetingAllowance(state.quarter, params) - state.meetingsThisQuarter);
}

/** A meeting as scheduled: which conversation plays, of what kind, and whether an event took it over. */
export interface ScheduledMeeting {
  accountId: string;
  storyId: string;
  stage: Stage;
  event: StoryEvent | null;
  /** In a referral-ask: the persona the buyer could introduce. */
  referralPersonaId: string | null;
}

/** The values a conversation is told before it starts (declared in the contract). */
export function storyVariables(state: CampaignState, account: Account, world: World, meeting?: ScheduledMeeting): Record<string, string | number | boolean> {
  const persona = world.personas.find((p) => p.id === account.personaId);
  const referral = meeting?.referralPersonaId ? world.personas.find((p) => p.id === meeting.referralPersonaId) : undefined;
  const current = account.status === 'client' ? account.contract : null;
  return {
    ...(persona ? personaVariables(persona) : {}),
    quarter: state.quarter,
    meetings_before: account.meetings,
    pressured_before: account.pressured,
    is_client: account.status === 'client',
    referred: account.warm,
    was_client: account.wasClient,
    signed_quarter: account.contract?.startQuarter ?? 0,
    term_years: current?.years ?? 0,
    renewal_quarter: current?.renewalQuarter ?? 0,
    was_lost: account.lost !== null,
    lost_reason: account.lost?.reason ?? '',
    last_impression: account.lastImpression ?? '',
    referrals_given: account.referralsGiven,
    hooks: account.hooks.map((h) => `,${h},`).join(''),
    ...(referral ? { referral_name: referral.name, referral_company: referral.company } : {}),
  };
}

/** What the story declared in the room (read from the contract's variables at the end). */
export interface Declarations {
  asked: Offer[];
  agreed: Offer | null;
  years: number;
  walkedAway: boolean;
  gaveReferral: boolean;
  openedHooks: string[];
  closedHooks: string[];
}

export const NO_DECLARATIONS: Declarations = { asked: [], agreed: null, years: 0, walkedAway: false, gaveReferral: false, openedHooks: [], closedHooks: [] };

/** What a played meeting hands back: the meters and ledger the story left, the moves chosen and what was declared. */
export interface MeetingOutcome {
  storyId: string;
  event: StoryEvent | null;
  referralPersonaId: string | null;
  meters: Meters;
  ledger: Ledger;
  moves: Move[];
  declarations: Declarations;
  /** The buyer's last mood in the meeting. */
  lastMood: Mood | null;
}

/** Applies a played meeting to its account: the buyer's temperament answers the moves; what was declared is kept for the quarter's end. */
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
  const promisedBefore = new Set(account.ledger.promised);
  account.ledger = { promised: [...outcome.ledger.promised], kept: [...outcome.ledger.kept], broken: [...outcome.ledger.broken] };
  // A promise made now is due by the end of next quarter; settled ones leave the calendar.
  for (const item of outcome.ledger.promised) if (!promisedBefore.has(item)) account.promiseDue[item] = state.quarter + 1;
  for (const item of Object.keys(account.promiseDue)) if (!outcome.ledger.promised.includes(item)) delete account.promiseDue[item];
  const d = outcome.declarations;
  account.hooks = [...new Set([...account.hooks, ...d.openedHooks])].filter((h) => !d.closedHooks.includes(h));
  if (d.asked.length > 0 || d.walkedAway) {
    const earlier = account.room;
    account.room = {
      asked: [...new Set([...(earlier?.asked ?? []), ...d.asked])],
      agreed: d.agreed ?? earlier?.agreed ?? null,
      years: d.agreed ? d.years : (earlier?.years ?? 0),
      walkedAway: d.walkedAway || (earlier?.walkedAway ?? false),
    };
  }
  if (d.gaveReferral && outcome.referralPersonaId && !state.pendingReferrals.some((r) => r.personaId === outcome.referralPersonaId)) {
    state.pendingReferrals.push({ personaId: outcome.referralPersonaId, fromAccountId: account.id, quarter: state.quarter });
    account.referralsGiven += 1;
    account.history.push({ quarter: state.quarter, kind: 'referred', personaId: outcome.referralPersonaId, meters: { ...account.meters } });
  }
  account.meetings += 1;
  for (const move of outcome.moves) account.moves[move] += 1;
  // Buyers remember how the last meeting felt: a patient meeting after a pushy one clears it.
  account.pressured = closes > 0;
  account.lastImpression = outcome.lastMood ?? account.lastImpression;
  if (outcome.moves.some((x) => x === 'ask' || x === 'close')) account.quartersWithoutAsking = 0;
  account.metThisQuarter = true;
  account.quartersUnmet = 0;
  account.played.push(outcome.storyId);
  state.storiesPlayed.push(outcome.storyId);
  if (outcome.event) state.eventPlayed[outcome.event] = state.quarter;
  // An event meeting still moves the relationship on, like the meeting it took over.
  if (account.status === 'prospect') {
    account.stage = account.stage === 'win-back' ? 'discovery' : SELLING_STAGES[Math.min(stageRank(account.stage) + 1, SELLING_STAGES.length - 1)]!;
  } else if (account.status === 'client' && account.stage === 'implementation') {
    account.stage = 'review';
  }
  account.history.push({
    quarter: state.quarter,
    kind: 'meeting',
    storyId: outcome.storyId,
    event: outcome.event,
    moves: [...outcome.moves],
    meters: { ...account.meters },
  });
  state.meetingsHeld += 1;
  state.meetingsThisQuarter += 1;
}

/** The manager's situation after a quarter, before it is counted. */
function managerSituation(attainment: number, previous: number | null, wasOnPlan: boolean, startsPlan: boolean, planCloses: boolean, params: Params): ManagerSituation {
  if (startsPlan) return 'plan-starts';
  if (planCloses) return 'plan-closed';
  if (attainment >= 1) return 'praise';
  if (attainment >= params.warningAttainment) return 'steady';
  // Still under half on a plan (at half it would have closed above): climbing on last quarter earns a kinder word.
  if (wasOnPlan) return previous !== null && attainment > previous ? 'better-on-plan' : 'warning-on-plan';
  return 'warning';
}

const TONES: Record<ManagerSituation, ManagerLine['tone']> = {
  praise: 'praise',
  steady: 'steady',
  'better-on-plan': 'steady',
  warning: 'warning',
  'warning-on-plan': 'warning',
  'plan-starts': 'plan',
  'plan-closed': 'praise',
};

/**
 * Ends the quarter: what was agreed in the room is booked; deals nobody asked
 * about close by momentum, at a price set by trust; clients pay, renew in
 * their renewal quarter or leave, with the reason; trusting ones refer new
 * people; promises left open past their quarter lapse; neglected accounts
 * drift; referrals, then new leads, arrive.
 */
export function endQuarter(state: CampaignState, world: World, params: Params = defaultParams()): QuarterResult {
  const { seed, returnLikelihood } = state.settings;
  const q = state.quarter;
  const lines: QuarterLine[] = [];
  let newBusiness = 0;
  let recurring = 0;
  let expansion = 0;
  let acquisitionCost = 0;
  const note = (account: Account, event: AccountEvent) => account.history.push(event);
  const lose = (account: Account, reason: LostReason, trust: number) => {
    account.status = 'lost';
    account.lost = { quarter: q, reason };
    lines.push({ kind: 'lost', accountId: account.id, reason, trust: round(trust), quartersUnmet: account.quartersUnmet });
    note(account, { quarter: q, kind: 'lost', reason, meters: { ...account.meters } });
  };

  for (const account of state.accounts) {
    if (account.status === 'lost') continue;
    const draw = (what: Parameters<typeof quarterDraw>[3]) => quarterDraw(seed, account.id, q, what);
    const room = account.room;
    // Trust as the quarter found it: drift and lapses below weigh from next quarter.
    const trust = accountTrust(account, params);

    // Promises left open past their quarter: the model breaks them.
    for (const [promise, due] of Object.entries(account.promiseDue)) {
      if (due > q || !account.ledger.promised.includes(promise)) continue;
      account.ledger = {
        promised: account.ledger.promised.filter((p) => p !== promise),
        kept: account.ledger.kept,
        broken: [...new Set([...account.ledger.broken, promise])],
      };
      delete account.promiseDue[promise];
      account.meters = clampMeters({ ...account.meters, reliability: account.meters.reliability - 3, self_orientation: account.meters.self_orientation + 1 });
      lines.push({ kind: 'promise-lapsed', accountId: account.id, promise });
      note(account, { quarter: q, kind: 'promise-lapsed', promise, meters: { ...account.meters } });
    }

    if (!account.metThisQuarter) {
      account.meters = clampMeters({
        ...account.meters,
        intimacy: account.meters.intimacy - params.driftIntimacy,
        deal: account.meters.deal * params.driftDeal,
      });
      note(account, { quarter: q, kind: 'drifted', meters: { ...account.meters } });
      account.quartersUnmet += 1;
      if (account.status === 'prospect' && account.quartersUnmet >= params.staleQuarters) {
        lose(account, 'went-quiet', trust);
        continue;
      }
    }
    if (room?.walkedAway) {
      lose(account, 'walked-away', trust);
      continue;
    }
    if (account.status === 'prospect' && account.metThisQuarter) {
      // A trusting buyer pulls the deal forward between meetings.
      account.meters = clampMeters({ ...account.meters, deal: account.meters.deal + trustPull(trust, params) });
    }
    const price = priceMultiplier(trust, params);
    if (account.status === 'prospect') {
      const askedNothing = account.moves.ask + account.moves.close === 0;
      // A buyer who agreed in the room has committed: the room's yes stands over the exploiter's tender.
      const agreedInRoom = room?.agreed != null && SIGNING_OFFERS.includes(room.agreed);
      if (account.temperament === 'exploiter' && askedNothing && account.meetings > 0 && !agreedInRoom) {
        account.quartersWithoutAsking += 1;
        if (draw('exploit') < params.exploiterTender) {
          lose(account, 'took-the-work', trust);
          continue;
        }
      }
      // A signature asked about in the room was decided there; otherwise the model draws.
      const askedToSign = room?.asked.some((o) => SIGNING_OFFERS.includes(o)) ?? false;
      const agreed = room?.agreed && SIGNING_OFFERS.includes(room.agreed) ? room.agreed : null;
      const signs = askedToSign ? agreed !== null : draw('close') < closeOdds(account.meters.deal, trust, params);
      if (signs) {
        const offer = agreed ?? 'drawn';
        const years = agreed ? Math.max(1, room!.years) : 1;
        // The stage a deal reached: the next meeting's stage is one past the last one held.
        const reached = Math.max(0, stageRank(account.stage) - 1);
        const value = round(params.baseDeal * offerShare(offer, reached, params) * price, 1);
        const cost = round(value * (account.warm ? params.acquisitionCostWarm : params.acquisitionCostCold), 1);
        newBusiness += value;
        acquisitionCost += cost;
        account.status = 'client';
        account.wasClient = true;
        account.contract = { value, startQuarter: q, years, renewalQuarter: q + 4 * years };
        account.stage = 'implementation';
        account.meters = clampMeters({ ...account.meters, deal: 10 });
        lines.push({ kind: 'signed', accountId: account.id, offer, amount: value, years, inRoom: agreed !== null, quarterly: round(value * params.recurringRate, 1) });
        lines.push({ kind: 'acquisition-cost', accountId: account.id, amount: cost, warm: account.warm });
        note(account, { quarter: q, kind: 'signed', offer, value, years, inRoom: agreed !== null, meters: { ...account.meters } });
      } else {
        if (askedToSign) lines.push({ kind: 'declined', accountId: account.id, offer: room!.asked.find((o) => SIGNING_OFFERS.includes(o))! });
        if (account.metThisQuarter && draw('come-back') >= returnLikelihood) {
          // The shadow of the future: a buyer who does not come back for another
          // meeting takes the relationship you invested in with them.
          lose(account, 'moved-on', trust);
          continue;
        }
      }
    } else if (account.status === 'client' && account.contract) {
      const contract = account.contract;
      const renewalDue = q === contract.renewalQuarter;
      // The exit clause opens after a term's first year, and never in the renewal quarter (the renewal decides then).
      if (!renewalDue && q >= contract.startQuarter + 4 && trust < params.tenderTrust && draw('unhappy') < params.unhappyChurn) {
        lose(account, 'exit', trust);
        continue;
      }
      if (q !== contract.startQuarter) {
        const amount = round(contract.value * params.recurringRate, 1);
        recurring += amount;
        lines.push({ kind: 'recurring', accountId: account.id, amount });
      }
      if (renewalDue) {
        const askedToRenew = room?.asked.includes('renewal') ?? false;
        const comesBack = draw('return') < returnLikelihood;
        const renews = askedToRenew ? room!.agreed === 'renewal' : comesBack && trust >= params.tenderTrust && draw('renew') < renewalOdds(trust, params);
        if (renews) {
          const years = askedToRenew ? Math.max(1, room!.years) : 1;
          account.contract = { ...contract, startQuarter: q, years, renewalQuarter: q + 4 * years };
          lines.push({ kind: 'renewed', accountId: account.id, years, inRoom: askedToRenew, trust: round(trust) });
          note(account, { quarter: q, kind: 'renewed', years, inRoom: askedToRenew, meters: { ...account.meters } });
        } else if (comesBack && trust < params.tenderTrust && draw('tender') < params.tenderWin) {
          const value = round(contract.value * priceMultiplier(0, params), 1);
          account.contract = { value, startQuarter: q, years: 1, renewalQuarter: q + 4 };
          lines.push({ kind: 'tender-won', accountId: account.id, value, trust: round(trust) });
          note(account, { quarter: q, kind: 'tender-won', value, meters: { ...account.meters } });
        } else {
          lose(account, comesBack && trust < params.tenderTrust ? 'tender' : 'not-renewed', trust);
          continue;
        }
      }
      const askedToExpand = room?.asked.includes('expansion') ?? false;
      const expands = askedToExpand
        ? room!.agreed === 'expansion'
        : account.metThisQuarter && trust >= params.expansionTrust && draw('expand') < expansionOdds(account.meters.deal, trust, returnLikelihood, params);
      if (expands) {
        const value = round(params.baseDeal * params.expansionValue * price, 1);
        expansion += value;
        account.contract = { ...account.contract!, value: round(account.contract!.value + value * params.recurringRate, 1) };
        account.meters = clampMeters({ ...account.meters, deal: 10 });
        lines.push({ kind: 'expanded', accountId: account.id, amount: value, inRoom: askedToExpand });
        note(account, { quarter: q, kind: 'expanded', value, inRoom: askedToExpand, meters: { ...account.meters } });
      } else if (askedToExpand) {
        lines.push({ kind: 'declined', accountId: account.id, offer: 'expansion' });
      }
      if (trust >= params.referralTrust && draw('refer') < params.referralRate * returnLikelihood) {
        const people = referralCandidates(state, world, params);
        const persona = people.length > 0 ? pick(people, stream(seed, account.id, q, 'referral')) : undefined;
        if (persona) {
          state.pendingReferrals.push({ personaId: persona.id, fromAccountId: account.id, quarter: q });
          account.referralsGiven += 1;
          lines.push({ kind: 'referred', accountId: account.id, personaId: persona.id });
          note(account, { quarter: q, kind: 'referred', personaId: persona.id, meters: { ...account.meters } });
        }
      }
    }
  }

  // Referrals first, oldest first: a warm lead is worth more than a cold one. The rest wait, visibly.
  const waiting: PendingReferral[] = [];
  for (const referral of state.pendingReferrals) {
    const persona = world.personas.find((p) => p.id === referral.personaId);
    if (!persona) continue;
    if (openAccounts(state).length < params.maxOpenAccounts) {
      const account = arrive(state, persona, referral.fromAccountId, params);
      lines.push({ kind: 'new-lead', accountId: account.id, warm: true, winBack: account.lost !== null, referredBy: referral.fromAccountId });
    } else {
      waiting.push(referral);
      lines.push({ kind: 'referral-waiting', personaId: referral.personaId, fromAccountId: referral.fromAccountId });
    }
  }
  state.pendingReferrals = waiting;
  for (let i = 0; i < params.coldLeadsPerQuarter; i++) {
    if (openAccounts(state).length >= params.maxOpenAccounts) break;
    const persona = coldLeadPersona(state, world, params, 'lead', q, i);
    if (!persona) break;
    const account = arrive(state, persona, null, params);
    lines.push({ kind: 'new-lead', accountId: account.id, warm: false, winBack: account.lost !== null, referredBy: null });
  }

  const revenue = round(newBusiness + recurring + expansion - acquisitionCost, 1);
  const attainment = round(revenue / params.quota, 3);
  const previous = state.results.at(-1)?.attainment ?? null;
  const paidOnPlan = state.onPlan;
  const commissionShare = paidOnPlan ? params.planCommissionCut : 1;
  const commission = round(Math.max(0, revenue) * params.commissionRate * commissionShare, 2);
  state.belowHalfStreak = attainment < params.warningAttainment ? state.belowHalfStreak + 1 : 0;
  // The plan starts after two quarters under half (cut from next quarter) and closes after a plan quarter at half or more.
  const startsPlan = !paidOnPlan && state.belowHalfStreak >= 2;
  const planCloses = paidOnPlan && attainment >= params.warningAttainment;
  const situation = managerSituation(attainment, previous, paidOnPlan, startsPlan, planCloses, params);
  const repeat = state.managerSaid[situation] ?? 0;
  state.managerSaid[situation] = repeat + 1;
  if (paidOnPlan) state.planQuarters += 1;
  const result: QuarterResult = {
    quarter: q,
    revenue,
    newBusiness: round(newBusiness, 1),
    recurring: round(recurring, 1),
    expansion: round(expansion, 1),
    acquisitionCost: round(acquisitionCost, 1),
    commission,
    commissionShare,
    quota: params.quota,
    attainment,
    onPlan: paidOnPlan,
    manager: { tone: TONES[situation], situation, repeat, planQuarter: paidOnPlan ? state.planQuarters : 0 },
    lines,
  };
  state.results.push(result);
  if (startsPlan) {
    state.onPlan = true;
    state.planQuarters = 0;
    state.belowHalfStreak = 0;
  } else if (planCloses) {
    state.onPlan = false;
    state.planQuarters = 0;
  }
  for (const account of state.accounts) {
    account.metThisQuarter = false;
    account.room = null;
  }
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
