/**
 * The bots: policies that choose which accounts to meet and what to say,
 * playing the same seeded worlds as the player. They read the move tags; the
 * advisor also reads whether the buyer is ready to be asked.
 */
import type { ChoiceOption } from '../narrative/runner';
import type { Move } from '../narrative/tags';
import { trustOf } from '../narrative/meters';
import { type Account, type CampaignState, type World, meetingsLeft, stageRank } from '../model/campaign';
import { meetableAccounts } from '../model/calendar';
import type { Params } from '../model/constants';
import type { ChoiceContext } from '../model/meeting';
import { stream } from '../model/random';

export interface Policy {
  /** A built-in bot's name, or a team's style ("Team Harbour's style"). */
  name: string;
  /** A one-line description for tables and the debrief. */
  description: string;
  /** Account ids to meet this quarter, at most the meetings left, among those with something new to play. */
  agenda(state: CampaignState, params: Params, world: World): string[];
  choose(options: readonly ChoiceOption[], context: ChoiceContext, params: Params): ChoiceOption;
  /**
   * What, besides the story's own variables, this policy's choices depend on,
   * for the memo; undefined when its choices cannot be memoised (random).
   */
  memoKey?(state: CampaignState): string;
}

export const POLICY_NAMES = ['closer', 'advisor', 'never-asks', 'random', 'quota-chaser'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

const first = (options: readonly ChoiceOption[], ...moves: Move[]): ChoiceOption | undefined => {
  for (const move of moves) {
    const found = options.find((o) => o.tags.move === move);
    if (found) return found;
  }
  return undefined;
};

/** Deals furthest along first; then clients; then the newest leads. */
export function byProgress(a: Account, b: Account): number {
  const rank = (x: Account) => (x.status === 'prospect' ? 0 : 1);
  return rank(a) - rank(b) || stageRank(b.stage) - stageRank(a.stage) || b.meters.deal - a.meters.deal;
}

/** Prospects with the most momentum first: the nearest money. */
function byMomentum(a: Account, b: Account): number {
  const rank = (x: Account) => (x.status === 'prospect' ? 0 : 1);
  return rank(a) - rank(b) || b.meters.deal - a.meters.deal || a.id.localeCompare(b.id);
}

function take(state: CampaignState, params: Params, sorted: Account[]): string[] {
  return sorted.slice(0, meetingsLeft(state, params)).map((a) => a.id);
}

const relateFirst = (options: readonly ChoiceOption[], ready: boolean) =>
  (ready ? first(options, 'ask', 'relate', 'neutral') : first(options, 'relate', 'neutral', 'ask')) ?? options[0]!;

const closeFirst = (options: readonly ChoiceOption[]) => first(options, 'close', 'ask', 'neutral') ?? options[0]!;

const ready = (context: ChoiceContext, params: Params) => trustOf(context.meters) >= params.askReadyTrust;

const missedQuota = (state: CampaignState) => (state.results.at(-1)?.attainment ?? 1) < 1;

export const POLICIES: Record<PolicyName, Policy> = {
  closer: {
    name: 'closer',
    description: 'Always takes the short-term closing move, and meets the deals nearest to signing.',
    agenda: (state, params, world) => take(state, params, meetableAccounts(state, world, params).sort(byMomentum)),
    choose: (options) => closeFirst(options),
    // Stryker disable next-line StringLiteral: a constant key, whatever its text, memoises the same meetings (the key also holds the name)
    memoKey: () => '',
  },
  advisor: {
    name: 'advisor',
    description: 'Relates first, and asks for commitment when the buyer is ready.',
    agenda: (state, params, world) => take(state, params, meetableAccounts(state, world, params).sort(byProgress)),
    choose: (options, context, params) => relateFirst(options, ready(context, params)),
    // Stryker disable next-line StringLiteral: a constant key, whatever its text, memoises the same meetings (the key also holds the name)
    memoKey: () => '',
  },
  'never-asks': {
    name: 'never-asks',
    description: 'Always relates and never asks for anything.',
    agenda: (state, params, world) => take(state, params, meetableAccounts(state, world, params).sort(byProgress)),
    choose: (options) => first(options, 'relate', 'neutral') ?? options[0]!,
    // Stryker disable next-line StringLiteral: a constant key, whatever its text, memoises the same meetings (the key also holds the name)
    memoKey: () => '',
  },
  random: {
    name: 'random',
    description: 'Says something at random at every choice; meets accounts as the advisor does, so only the words differ.',
    agenda: (state, params, world) => take(state, params, meetableAccounts(state, world, params).sort(byProgress)),
    choose: (options, context) => {
      const random = stream(context.state.settings.seed, context.account.id, context.state.quarter, 'bot:choice', context.point);
      return options[Math.floor(random() * options.length)]!;
    },
  },
  'quota-chaser': {
    name: 'quota-chaser',
    description: 'Relates like the advisor, but closes hard whenever last quarter missed quota.',
    agenda: (state, params, world) => take(state, params, meetableAccounts(state, world, params).sort(byProgress)),
    choose: (options, context, params) => {
      return missedQuota(context.state) ? closeFirst(options) : relateFirst(options, ready(context, params));
    },
    memoKey: (state) => String(missedQuota(state)),
  },
};
