/**
 * The calendar: which kind of meeting an account is due, and which
 * conversation plays it. No account hears the same conversation twice in a
 * campaign; a renewal conversation plays in the renewal quarter only; a
 * client between milestones gets a review; a company that came back gets a
 * win-back; events cool down; the scheduler prefers conversations this
 * campaign has not played yet. An account with nothing new to play this
 * quarter is not offered a meeting.
 */
import type { Stage, StoryEvent } from '../narrative/tags';
import type { Params } from './constants';
import { type Account, type CampaignState, type ScheduledMeeting, type StoryInfo, type World, accountTrust, meetingAllowance, referralCandidates } from './campaign';
import { defaultParams } from './constants';
import { chance, pick, stream } from './random';

/** Quarters an event waits, campaign-wide, before it can take over another meeting. */
export const EVENT_COOLDOWN_QUARTERS = 2;

/** The kind of meeting an account is due this quarter. */
export function meetingKind(state: CampaignState, account: Account): Stage {
  if (account.status === 'client' && account.contract?.renewalQuarter === state.quarter) return 'renewal';
  if (account.status === 'client') return account.stage === 'implementation' ? 'implementation' : 'review';
  return account.stage;
}

/** Conversations for a kind, the persona's own first (a general one only where it has none), less those this account has heard. */
function unplayed(world: World, account: Account, match: (s: StoryInfo) => boolean): StoryInfo[] {
  const own = world.stories.filter((s) => s.persona === account.personaId && match(s));
  const pool = own.length > 0 ? own : world.stories.filter((s) => !s.persona && match(s));
  return pool.filter((s) => !account.played.includes(s.id));
}

/** A seeded pick that prefers what this campaign has not played yet. */
function choose(state: CampaignState, account: Account, candidates: StoryInfo[]): StoryInfo {
  const fresh = candidates.filter((s) => !state.storiesPlayed.includes(s.id));
  return pick(fresh.length > 0 ? fresh : candidates, stream(state.settings.seed, account.id, state.quarter, 'story'));
}

/** Which event, if any, takes over this meeting (seeded per account and quarter; each cools down campaign-wide). */
function eventFor(state: CampaignState, account: Account, w: World, params: Params): StoryEvent | null {
  const { seed } = state.settings;
  const q = state.quarter;
  const cooled = (event: StoryEvent) => (state.eventPlayed[event] ?? -Infinity) <= q - 1 - EVENT_COOLDOWN_QUARTERS;
  const behind = (state.results.at(-1)?.attainment ?? 1) < 1;
  const lastMeeting = state.meetingsThisQuarter + 1 >= meetingAllowance(q, params);
  // The push and a competitor's price need a proposal on the table: a first meeting cannot be rushed to a signature.
  const dealOnTable = account.status === 'prospect' && (account.stage === 'proposal' || account.stage === 'negotiation');
  if (dealOnTable && behind && lastMeeting && cooled('quarter-end-push') && chance(params.quarterEndPushOdds, seed, account.id, q, 'event:push')) {
    return 'quarter-end-push';
  }
  if (dealOnTable && cooled('competitor-price') && chance(params.competitorPriceOdds, seed, account.id, q, 'event:competitor')) {
    return 'competitor-price';
  }
  if (
    account.status === 'client' &&
    cooled('referral-ask') &&
    referralCandidates(state, w, params).length > 0 &&
    accountTrust(account, params) >= params.referralTrust &&
    chance(params.referralAskOdds, seed, account.id, q, 'event:referral')
  ) {
    return 'referral-ask';
  }
  return null;
}

/** The meeting an account would have now, or null when it has nothing new to play this quarter. */
export function nextMeeting(state: CampaignState, account: Account, w: World, params: Params = defaultParams()): ScheduledMeeting | null {
  if (account.status === 'lost') return null;
  const kind = meetingKind(state, account);
  const event = eventFor(state, account, w, params);
  if (event) {
    const candidates = unplayed(w, account, (s) => s.event === event);
    if (candidates.length > 0) {
      const referral = event === 'referral-ask' ? pick(referralCandidates(state, w, params), stream(state.settings.seed, account.id, state.quarter, 'referral-ask')) : null;
      return { accountId: account.id, storyId: choose(state, account, candidates).id, stage: kind, event, referralPersonaId: referral?.id ?? null };
    }
  }
  const candidates = unplayed(w, account, (s) => s.stage === kind && !s.event);
  if (candidates.length === 0) return null;
  return { accountId: account.id, storyId: choose(state, account, candidates).id, stage: kind, event: null, referralPersonaId: null };
}

/** Picks the conversation for a meeting with an account; throws when there is none to play. */
export function scheduleMeeting(state: CampaignState, accountId: string, w: World, params: Params = defaultParams()): ScheduledMeeting {
  const account = state.accounts.find((a) => a.id === accountId);
  if (!account || account.status === 'lost') throw new Error(`no open account "${accountId}"`);
  const meeting = nextMeeting(state, account, w, params);
  if (!meeting) throw new Error(`account "${accountId}" has no ${meetingKind(state, account)} conversation left to play`);
  return meeting;
}

/** Accounts the seller can meet this quarter: open, not met yet this quarter, with something new to play. */
export function meetableAccounts(state: CampaignState, w: World, params: Params = defaultParams()): Account[] {
  return state.accounts.filter((a) => !a.metThisQuarter && nextMeeting(state, a, w, params) !== null);
}
