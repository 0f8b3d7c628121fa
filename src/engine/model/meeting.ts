/**
 * Starting a meeting's story with the account written in and the model bound
 * to answer what the story asks, and what a bot may look at when it chooses.
 */
import type { Meters } from '../narrative/meters';
import { type CompiledStory, type RoomDeclarations, type StoryCache, StoryRunner, type TurnLimits } from '../narrative/runner';
import type { Persona } from '../personas';
import type { Account, CampaignState, Declarations, ScheduledMeeting, World } from './campaign';
import { newCampaign, storyVariables } from './campaign';
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

/** A stand-in buyer for a rehearsal: the values do not matter, only that every variable a meeting writes is written. */
const STAND_IN: Persona = {
  id: 'stand_in',
  name: 'Sam Example',
  role: 'Buyer',
  company: 'Example Ltd',
  industry: 'example',
  temperament: 'mirror',
  people: 'people',
  vehicles: 'vans',
  jobs: 'jobs',
};

/**
 * A runner that opens `compiled` as a first meeting would, with no campaign
 * around it (a pack's check at import): a new account's meters and ledger,
 * every variable a meeting writes, and the model saying no to any offer. A
 * story without the contract fails here, naming what it lacks, instead of
 * when a player reaches it.
 */
export function rehearsalRunner(compiled: CompiledStory, limits?: Partial<TurnLimits>): StoryRunner {
  const world: World = { personas: [STAND_IN], stories: [] };
  const state = newCampaign({ seed: 1, quarters: 1, returnLikelihood: 1 }, world);
  const account = state.accounts[0]!;
  return new StoryRunner(compiled, {
    meters: account.meters,
    ledger: account.ledger,
    variables: storyVariables(state, account, world),
    decide: () => false,
    limits,
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
