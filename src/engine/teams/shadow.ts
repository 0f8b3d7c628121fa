/**
 * The shadow of the future, after a team session: every team's style and the
 * two bots replayed over many worlds under two settings (the one played and
 * another the facilitator picks), so the room sees what the horizon does to
 * the winner: short horizon, closing tends to win; long horizon, trust does.
 * A generator, so a page can hand the browser back its turn between campaigns.
 */
import type { Settings, World } from '../model/campaign';
import type { Params } from '../model/constants';
import type { CompiledStory } from '../narrative/runner';
import { POLICIES, type Policy } from '../bots/policies';
import { quantile, runCampaign, summarise } from '../bots/tournament';

/** A horizon: how many quarters, and how likely buyers are to come back. */
export type Horizon = Pick<Settings, 'quarters' | 'returnLikelihood'>;

export interface ShadowEntry {
  name: string;
  kind: 'team' | 'bot';
  /** Per horizon, in the order given: the median final revenue (thousands) and median final trust over the worlds. */
  revenue: number[];
  trust: number[];
}

export interface ShadowResult {
  horizons: Horizon[];
  worlds: number;
  entries: ShadowEntry[];
}

/** The bots every rerun includes beside the teams. */
export const SHADOW_BOTS = ['closer', 'advisor'] as const;

/** Plays each contestant over `worlds` seeded worlds per horizon; yields after every campaign. */
export function* shadowOfTheFuture(
  teams: readonly Policy[],
  horizons: readonly Horizon[],
  worlds: number,
  firstSeed: number,
  world: World,
  lookup: (id: string) => CompiledStory,
  params: Params,
): Generator<number, ShadowResult> {
  const contestants: { policy: Policy; kind: ShadowEntry['kind'] }[] = [
    ...teams.map((policy) => ({ policy, kind: 'team' as const })),
    ...SHADOW_BOTS.map((name) => ({ policy: POLICIES[name], kind: 'bot' as const })),
  ];
  const total = contestants.length * horizons.length * worlds;
  let done = 0;
  const entries: ShadowEntry[] = contestants.map(({ policy, kind }) => ({ name: policy.name, kind, revenue: [], trust: [] }));
  for (const horizon of horizons) {
    for (const [c, { policy }] of contestants.entries()) {
      const revenue: number[] = [];
      const trust: number[] = [];
      for (let w = 0; w < worlds; w++) {
        const state = runCampaign(policy, { seed: firstSeed + w, ...horizon }, world, lookup, params).state;
        const summary = summarise(state, params);
        revenue.push(summary.cumulativeRevenue.at(-1) ?? 0);
        trust.push(summary.finalTrust);
        done += 1;
        yield done / total;
      }
      entries[c]!.revenue.push(quantile(revenue, 0.5));
      entries[c]!.trust.push(quantile(trust, 0.5));
    }
  }
  return { horizons: [...horizons], worlds, entries };
}

/** The other horizon a facilitator is offered first: the opposite of the one played. */
export function contrastingHorizon(played: Horizon, params: Params): Horizon {
  return played.quarters >= 5 ? { quarters: 2, returnLikelihood: 0.3 } : { quarters: params.quarters, returnLikelihood: params.defaultReturn };
}
