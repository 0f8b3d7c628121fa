/**
 * Starting a meeting's story with the account written in, and what a bot may
 * look at when it chooses.
 */
import type { Meters } from '../narrative/meters';
import { type CompiledStory, type StoryCache, StoryRunner } from '../narrative/runner';
import type { Account, CampaignState, ScheduledMeeting, World } from './campaign';
import { storyVariables } from './campaign';

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

/** Starts a runner for a meeting, with the account's meters, ledger and history written in. */
export function meetingRunner(
  state: CampaignState,
  world: World,
  meeting: ScheduledMeeting,
  lookup: StoryLookup,
  cache?: StoryCache,
): StoryRunner {
  const account = state.accounts.find((a) => a.id === meeting.accountId);
  if (!account) throw new Error(`no account "${meeting.accountId}"`);
  return new StoryRunner(lookup(meeting.storyId), {
    meters: account.meters,
    ledger: account.ledger,
    variables: storyVariables(state, account, world),
    cache,
  });
}
