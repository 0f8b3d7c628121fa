/**
 * Starting a meeting's story with the account written in and the model bound
 * to answer what the story asks, and what a bot may look at when it chooses.
 */
import type { Meters } from '../narrative/meters';
import { type CompiledStory, type RoomDeclarations, type StoryCache, StoryRunner } from '../narrative/runner';
import type { Account, CampaignState, Declarations, ScheduledMeeting, World } from './campaign';
import { storyVariables } from './campaign';
import type { Params } from './constants';
import { type DecisionContext, type Offer, decideInRoom, isOffer } from './decisions';

/** What a chooser may look at: the options, and the buyer as the story holds them now. */
export interface ChoiceContext {
  meters: Meters;
  account: Account;
  state: CampaignState;
  /** 0-based index of this choice point within the meeting. */
  point: number;
}

/** Finds a compiled conversation by id. */
export type StoryLookup = (id: string) => CompiledStory;

/** One question a story put to the model, and its answer (the bots' memo checks them again before reusing a meeting). */
export interface DecisionAsked {
  offer: string;
  meters: Meters;
  answer: boolean;
}

/** What the model knows, in the room, about the account asked about. */
export function decisionContext(state: CampaignState, account: Account): DecisionContext {
  return {
    seed: state.settings.seed,
    accountId: account.id,
    quarter: state.quarter,
    status: account.status,
    grudge: account.grudge,
    returnLikelihood: state.settings.returnLikelihood,
    renewalQuarter: account.status === 'client' ? (account.contract?.renewalQuarter ?? null) : null,
  };
}

/**
 * Starts a runner for a meeting, with the account's meters, ledger and
 * history written in, and the model answering `agrees_to`; each question and
 * answer goes into `asked`.
 */
export function meetingRunner(
  state: CampaignState,
  world: World,
  meeting: ScheduledMeeting,
  lookup: StoryLookup,
  params: Params,
  asked: DecisionAsked[],
  cache?: StoryCache,
): StoryRunner {
  const account = state.accounts.find((a) => a.id === meeting.accountId);
  if (!account) throw new Error(`no account "${meeting.accountId}"`);
  const context = decisionContext(state, account);
  return new StoryRunner(lookup(meeting.storyId), {
    meters: account.meters,
    ledger: account.ledger,
    variables: storyVariables(state, account, world, meeting),
    decide: (offer, _years, meters) => {
      const answer = decideInRoom(offer, meters, context, params);
      asked.push({ offer, meters, answer });
      return answer;
    },
    cache,
  });
}

/** The story's declarations in the model's terms: only offers from the closed set count; the first one agreed is booked. */
export function declarationsOf(room: RoomDeclarations): Declarations {
  const offers = (names: string[]) => names.filter(isOffer) as Offer[];
  return {
    asked: offers(room.asked),
    agreed: offers(room.agreed)[0] ?? null,
    years: Math.min(3, Math.max(0, Math.round(room.years))),
    walkedAway: room.walkedAway,
    gaveReferral: room.gaveReferral,
    openedHooks: room.openedHooks,
    closedHooks: room.closedHooks,
  };
}
