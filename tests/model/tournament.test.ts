/**
 * The tournament behind `npm run simulate` (DESIGN.md, "The lesson is a
 * checked property" and the simulate command line), rule by rule and fast:
 * how a campaign is played for a bot (its agenda each quarter, its pick at
 * each numbered choice point, the same campaign from the same seed), how the
 * meeting memo reuses a meeting only when the model would answer as it did,
 * and what the summary reports: cumulative revenue, attainment, the mean
 * trust of the accounts met, quantiles, each bot's spread, the share of
 * seeds the advisor wins, the crossover quarter and the lesson's four checks.
 * The library-wide lesson test plays thousands of seeds and is left out of
 * mutation runs; these tests play a few seeds of a few quarters on the
 * shipped stories, and compute every summary on a tiny input whose answer is
 * worked out by hand in the test.
 */
import { describe, expect, it } from 'vitest';
import { POLICIES, type Policy } from '../../src/engine/bots/policies';
import {
  type CampaignSummary,
  type StrategyStats,
  type TournamentResult,
  MeetingMemo,
  lessonChecks,
  quantile,
  runCampaign,
  statsOf,
  summarise,
  tournamentResult,
} from '../../src/engine/bots/tournament';
import { type CampaignState, NO_DECLARATIONS, STARTING_METERS, newCampaign } from '../../src/engine/model/campaign';
import { defaultParams } from '../../src/engine/model/constants';
import type { DecisionAsked } from '../../src/engine/model/meeting';
import type { PlayedMeeting } from '../../src/engine/model/session';
import type { Meters } from '../../src/engine/narrative/meters';
import { loadWorld } from '../../scripts/lib/world';

const { world, lookup } = loadWorld();
const params = defaultParams();
const settings = (seed: number, quarters = 2) => ({ seed, quarters, returnLikelihood: params.defaultReturn });

/** Plays like `bot`, writing down every agenda and every pick with the choice point it was told. */
function recording(bot: Policy) {
  const agendas: string[][] = [];
  const picks: { quarter: number; accountId: string; point: number; index: number; text: string }[] = [];
  const policy: Policy = {
    ...bot,
    agenda: (state, p, w) => {
      const agenda = bot.agenda(state, p, w);
      agendas.push(agenda);
      return agenda;
    },
    choose: (options, context, p) => {
      const picked = bot.choose(options, context, p);
      picks.push({ quarter: context.state.quarter, accountId: context.account.id, point: context.point, index: picked.index, text: picked.text });
      return picked;
    },
  };
  return { policy, agendas, picks };
}

describe('playing a campaign for a bot', () => {
  it('meets each quarter’s agenda in order, asks the bot at every choice point (numbered from 0 in each meeting) and takes its pick', () => {
    const { policy, agendas, picks } = recording(POLICIES.advisor);
    const session = runCampaign(policy, settings(2), world, lookup, params);
    expect(session.isOver).toBe(true);
    expect(session.state.results).toHaveLength(2);
    expect(agendas).toHaveLength(2); // one agenda a quarter
    const meetings = session.record.meetings;
    expect(meetings.map((m) => m.accountId)).toEqual(agendas.flat());
    expect(meetings.every((m) => m.finished)).toBe(true);
    // The picks, split into meetings where the point starts again at 0.
    const byMeeting: (typeof picks)[] = [];
    for (const p of picks) {
      if (p.point === 0) byMeeting.push([]);
      byMeeting.at(-1)!.push(p);
    }
    expect(byMeeting).toHaveLength(meetings.length);
    byMeeting.forEach((mine, m) => {
      expect(mine.map((p) => p.point)).toEqual(mine.map((_, i) => i));
      expect(mine.every((p) => p.accountId === meetings[m]!.accountId && p.quarter === meetings[m]!.quarter)).toBe(true);
      expect(mine.map((p) => ({ index: p.index, text: p.text }))).toEqual(meetings[m]!.choices);
    });
  });

  it('plays the same campaign for a bot named or given as a policy, and for the same seed again', () => {
    const named = runCampaign('closer', settings(3), world, lookup, params);
    expect(runCampaign(POLICIES.closer, settings(3), world, lookup, params).state).toEqual(named.state);
    expect(runCampaign('closer', settings(3), world, lookup).record).toEqual(named.record);
    expect(runCampaign('closer', settings(4), world, lookup, params).record).not.toEqual(named.record);
  });

  it('holds the meetings the params allow', () => {
    const oneAQuarter = runCampaign('advisor', settings(2), world, lookup, { ...params, meetingsYearOne: 1 });
    expect(oneAQuarter.state.meetingsHeld).toBe(2);
    expect(oneAQuarter.record.meetings.map((m) => m.quarter)).toEqual([1, 2]);
  });
});

describe('the meeting memo', () => {
  const question = (offer: string, answer: boolean): DecisionAsked => ({ offer, meters: { ...STARTING_METERS }, answer });
  const played = (text: string, asked: DecisionAsked[]): PlayedMeeting => ({
    choices: [{ index: 0, text }],
    meters: { ...STARTING_METERS },
    ledger: { promised: [], kept: [], broken: [] },
    moves: ['relate'],
    declarations: NO_DECLARATIONS,
    lastMood: null,
    asked,
  });

  it('gives back a meeting only under its key, and only when the model would answer every question as it did then', () => {
    const memo = new MeetingMemo();
    expect(memo.get('k', () => true)).toBeUndefined();
    const signed = played('signed', [question('trial', true), question('module', false)]);
    memo.set('k', signed);
    expect(memo.get('other', () => true)).toBeUndefined();
    expect(memo.get('k', (a) => a.offer === 'trial')).toBe(signed);
    expect(memo.get('k', () => true)).toBeUndefined(); // the module would now be agreed: another path
    expect(memo.get('k', () => false)).toBeUndefined(); // the trial would now be refused
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: 1, misses: 4 });
  });

  it('keeps every path played under one key and gives back the one whose answers still hold; a meeting that asked nothing always fits', () => {
    const memo = new MeetingMemo();
    const refused = played('refused', [question('trial', false)]);
    const signed = played('signed', [question('trial', true)]);
    memo.set('k', refused);
    memo.set('k', signed);
    expect(memo.get('k', () => true)).toBe(signed);
    expect(memo.get('k', () => false)).toBe(refused);
    const quiet = played('quiet', []);
    memo.set('q', quiet);
    expect(memo.get('q', () => false)).toBe(quiet);
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: 3, misses: 0 });
  });

  it('plays a campaign played before entirely from the memo: the bot is asked nothing, and the campaign is the same', () => {
    const memo = new MeetingMemo();
    const first = runCampaign('closer', settings(4, 3), world, lookup, params, { memo });
    const meetings = first.state.meetingsHeld;
    expect(meetings).toBeGreaterThan(0);
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: 0, misses: meetings });
    let asked = 0;
    const counting: Policy = {
      ...POLICIES.closer,
      choose: (o, c, p) => {
        asked += 1;
        return POLICIES.closer.choose(o, c, p);
      },
    };
    const again = runCampaign(counting, settings(4, 3), world, lookup, params, { memo });
    expect(asked).toBe(0);
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: meetings, misses: meetings });
    expect(again.state).toEqual(first.state);
    expect(again.record).toEqual(first.record);
  });

  it('is not used for a bot whose choices cannot be memoised (random)', () => {
    const memo = new MeetingMemo();
    runCampaign('random', settings(4), world, lookup, params, { memo });
    expect(memo.hits + memo.misses).toBe(0);
  });
});

/** A real state whose accounts, results and meeting count are set by hand. */
function stateWith(accounts: { meters: Meters; meetings: number; grudge?: boolean }[], results: { revenue: number; attainment: number }[], meetingsHeld: number): CampaignState {
  const state = newCampaign(settings(11, 3), world, params);
  const template = state.accounts[0]!;
  state.accounts = accounts.map((a, i) => ({ ...structuredClone(template), id: `a${i + 1}`, meters: a.meters, meetings: a.meetings, grudge: a.grudge ?? false }));
  state.results = results.map((r, i) => ({ ...realResult, quarter: i + 1, ...r }));
  state.meetingsHeld = meetingsHeld;
  return state;
}
const realResult = runCampaign('advisor', settings(5, 1), world, lookup, params).state.results[0]!;
const meters = (credibility: number, reliability: number, intimacy: number, self_orientation: number): Meters => ({ credibility, reliability, intimacy, self_orientation, deal: 10 });

describe('a campaign’s summary', () => {
  it('reports the seed, cumulative revenue, attainment, meetings held and the mean trust of the accounts met, to two places', () => {
    const state = stateWith(
      [
        { meters: meters(3, 3, 2, 4), meetings: 2 }, // trust 8 / 4 = 2
        { meters: meters(1, 0, 0, 3), meetings: 1 }, // trust 1 / 3
        { meters: meters(10, 10, 10, 1), meetings: 0 }, // trust 30, never met: not counted
      ],
      [
        { revenue: 10, attainment: 0.5 },
        { revenue: 5, attainment: 0.25 },
        { revenue: 20, attainment: 1.1 },
      ],
      3,
    );
    // (2 + 1/3) / 2 = 1.1666...
    expect(summarise(state)).toEqual({ seed: 11, cumulativeRevenue: [10, 15, 35], attainment: [0.5, 0.25, 1.1], finalTrust: 1.17, meetings: 3 });
  });

  it('counts trust as the buyer feels it: a grudge adds the params’ penalty to self-orientation', () => {
    const state = stateWith([{ meters: meters(3, 3, 2, 4), meetings: 1 }, { meters: meters(1, 0, 0, 3), meetings: 1, grudge: true }], [], 2);
    // Penalty 1: the second buyer's trust is 1 / (3 + 1) = 0.25; (2 + 0.25) / 2 = 1.125, rounded up.
    expect(summarise(state, { ...params, grudgePenalty: 1 }).finalTrust).toBe(1.13);
  });

  it('reports trust 0 and empty series before anyone is met or any quarter ends', () => {
    const state = stateWith([{ meters: meters(5, 5, 5, 1), meetings: 0 }], [], 0);
    expect(summarise(state)).toEqual({ seed: 11, cumulativeRevenue: [], attainment: [], finalTrust: 0, meetings: 0 });
  });
});

describe('quantiles', () => {
  it('is 0 for no values, and the value itself for one', () => {
    for (const q of [0, 0.1, 0.5, 1]) {
      expect(quantile([], q)).toBe(0);
      expect(quantile([7], q)).toBe(7);
    }
  });

  it('sorts by number, whatever the order given', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
    expect(quantile([10, 9, 100], 0.5)).toBe(10); // not "100", as a sort by text would give
    expect(quantile([5, 4, 3, 2, 1], 0.25)).toBe(2);
  });

  it('interpolates between neighbours and rounds to one place', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.1)).toBe(11);
    expect(quantile([20, 10], 0.9)).toBe(19);
    expect(quantile([0, 1], 0.34)).toBe(0.3);
    expect(quantile([0, 1], 0.36)).toBe(0.4);
    expect(quantile([0, 10, 30], 0.75)).toBe(20);
  });
});

const run = (seed: number, cumulativeRevenue: number[], extra: Partial<CampaignSummary> = {}): CampaignSummary => ({
  seed,
  cumulativeRevenue,
  attainment: cumulativeRevenue.map(() => 1),
  finalTrust: 1,
  meetings: 4,
  ...extra,
});

describe('a bot’s spread over many worlds', () => {
  it('gives the median, p10 and p90 per quarter, 0 for quarters a campaign did not reach, the median trust and the meetings', () => {
    const runs = [
      run(1, [10, 30], { attainment: [0.5, 1], finalTrust: 2, meetings: 4 }),
      run(2, [0, 50], { attainment: [0, 1.5], finalTrust: 3, meetings: 5 }),
      run(3, [20, 10], { attainment: [1, 0.2], finalTrust: 1, meetings: 5 }),
    ];
    // Quarter 1 sorted: 0, 10, 20; quarter 2: 10, 30, 50. p10 sits 0.2 of the way from the first to the second; p90 0.8 from the second to the third.
    expect(statsOf(runs, 3)).toEqual({
      cumulativeRevenue: { median: [10, 30, 0], p10: [2, 14, 0], p90: [18, 46, 0] },
      quotaAttainment: { median: [0.5, 1, 0] },
      finalTrust: { median: 2 },
      meetings: { max: 5, mean: 4.67 },
    });
  });

  it('is all zeros with no campaigns', () => {
    expect(statsOf([], 2)).toEqual({
      cumulativeRevenue: { median: [0, 0], p10: [0, 0], p90: [0, 0] },
      quotaAttainment: { median: [0, 0] },
      finalTrust: { median: 0 },
      meetings: { max: 0, mean: 0 },
    });
  });
});

describe('the tournament’s summary', () => {
  it('gives each bot its stats and passes the settings through', () => {
    const runs = { closer: [run(1, [5, 6]), run(2, [7, 8])], 'never-asks': [run(1, [1, 2])] };
    const t = tournamentResult(runs, 2, 0.4);
    expect(Object.keys(t.strategies)).toEqual(['closer', 'never-asks']);
    expect(t.strategies.closer!.cumulativeRevenue.median).toEqual([6, 7]);
    expect(t.strategies['never-asks']!.cumulativeRevenue.median).toEqual([1, 2]);
    expect(t).toMatchObject({ quarters: 2, returnLikelihood: 0.4 });
  });

  it('counts the seeds played by the advisor, else by the closer, and 0 in an empty tournament', () => {
    expect(tournamentResult({ advisor: [run(1, [1]), run(2, [1])], closer: [run(1, [1])] }, 1, 0.85).seeds).toBe(2);
    expect(tournamentResult({ advisor: [run(1, [1]), run(2, [1])] }, 1, 0.85).seeds).toBe(2);
    expect(tournamentResult({ closer: [run(1, [1]), run(2, [1]), run(3, [1])] }, 1, 0.85).seeds).toBe(3);
    expect(tournamentResult({}, 2, 0.5)).toEqual({
      seeds: 0,
      quarters: 2,
      returnLikelihood: 0.5,
      strategies: {},
      pairwise: { advisorBeatsCloser: [0, 0] },
      crossoverQuarter: 0,
    });
  });

  it('gives the share of seeds where the advisor is strictly ahead of the closer in the same world, per quarter, to three places', () => {
    const runs = {
      advisor: [run(1, [0, 50]), run(2, [5, 40]), run(3, [10, 11]), run(9, [99, 99])], // seed 9: the closer never played it
      closer: [run(1, [10, 40]), run(2, [5, 60]), run(3, [0, 10]), run(4, [1, 1])], // seed 4: the advisor never played it
    };
    // Quarter 1: only seed 3 (seed 2 is a tie); quarter 2: seeds 1 and 3; quarter 3: nobody has any revenue.
    expect(tournamentResult(runs, 3, 0.85).pairwise.advisorBeatsCloser).toEqual([0.333, 0.667, 0]);
  });

  it('gives 0 for every quarter when no seed was played by both', () => {
    expect(tournamentResult({ advisor: [run(9, [5, 5])], closer: [run(4, [1, 1])] }, 2, 0.85).pairwise.advisorBeatsCloser).toEqual([0, 0]);
  });

  it('finds the crossover: the first quarter after which the advisor’s median leads the closer’s and stays ahead', () => {
    const crossover = (advisor: number[], closer: number[]) =>
      tournamentResult({ advisor: [run(1, advisor)], closer: [run(1, closer)] }, advisor.length, 0.85).crossoverQuarter;
    expect(crossover([4, 5, 6], [1, 2, 3])).toBe(1);
    expect(crossover([1, 5, 6], [2, 3, 4])).toBe(2);
    expect(crossover([0, 5, 3, 8], [1, 4, 4, 6])).toBe(4); // ahead after quarter 2, behind again after 3
    expect(crossover([5, 5], [5, 4])).toBe(2); // a tie is not a lead
    expect(crossover([3, 3], [1, 3])).toBe(0); // a lead lost to a tie
    expect(crossover([1, 2, 3], [2, 3, 4])).toBe(0);
    expect(crossover([-1, -1], [-2, -3])).toBe(1); // losing less is leading
  });

  it('finds no crossover without an advisor', () => {
    expect(tournamentResult({ closer: [run(1, [0, 10])] }, 2, 0.85).crossoverQuarter).toBe(0);
  });

  it('summarises a small real tournament as its rules say (3 seeds, 2 quarters)', () => {
    const seeds = [1, 2, 3];
    const runs = {
      closer: seeds.map((s) => summarise(runCampaign('closer', settings(s), world, lookup, params).state)),
      advisor: seeds.map((s) => summarise(runCampaign('advisor', settings(s), world, lookup, params).state)),
    };
    const t = tournamentResult(runs, 2, params.defaultReturn);
    const middle = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    for (const q of [0, 1]) {
      for (const name of ['closer', 'advisor'] as const) {
        expect(t.strategies[name]!.cumulativeRevenue.median[q]).toBeCloseTo(middle(runs[name].map((r) => r.cumulativeRevenue[q]!)), 1);
      }
      const wins = seeds.filter((_, i) => runs.advisor[i]!.cumulativeRevenue[q]! > runs.closer[i]!.cumulativeRevenue[q]!).length;
      expect(t.pairwise.advisorBeatsCloser[q]).toBe(Math.round((wins / 3) * 1000) / 1000);
    }
    expect(t.seeds).toBe(3);
    expect(t.strategies.advisor!.meetings.max).toBeLessThanOrEqual(4); // two a quarter in year one
  });
});

/** A tournament by hand: each bot's median cumulative revenue, and the advisor's share of wins per quarter. */
function tournament(medians: Record<string, number[]>, beats: number[]): TournamentResult {
  const stats = (median: number[]): StrategyStats => ({
    cumulativeRevenue: { median, p10: median, p90: median },
    quotaAttainment: { median: median.map(() => 1) },
    finalTrust: { median: 1 },
    meetings: { max: 4, mean: 4 },
  });
  const strategies = Object.fromEntries(Object.entries(medians).map(([name, median]) => [name, stats(median)]));
  return { seeds: 10, quarters: beats.length, returnLikelihood: 0.85, strategies, pairwise: { advisorBeatsCloser: beats }, crossoverQuarter: 0 };
}

describe('the lesson’s checks', () => {
  it('all hold where the lesson holds, each on its boundary', () => {
    // Closer ahead after quarters 1 and 2; the advisor ends at exactly 1.5x, ahead in exactly 90% of seeds, and just above never-asks.
    const t = tournament({ closer: [10, 20, 30], advisor: [5, 15, 45], 'never-asks': [1, 2, 44] }, [0, 0.2, 0.9]);
    expect(lessonChecks(t)).toEqual({
      'closer leads after quarters 1 and 2': true,
      'advisor ends at least 1.5x the closer': true,
      'advisor ahead in 90% of seeds': true,
      'advisor beats never-asks': true,
    });
  });

  it('all fail just past each boundary', () => {
    const t = tournament({ closer: [10, 20, 30], advisor: [10, 15, 44.9], 'never-asks': [1, 2, 44.9] }, [0, 0.2, 0.899]);
    expect(lessonChecks(t)).toEqual({
      'closer leads after quarters 1 and 2': false, // level after quarter 1
      'advisor ends at least 1.5x the closer': false,
      'advisor ahead in 90% of seeds': false,
      'advisor beats never-asks': false, // level
    });
  });

  it('the closer must lead after quarter 2 as well as after quarter 1, unless the campaign has one quarter', () => {
    const leads = (closer: number[], advisor: number[]) =>
      lessonChecks(tournament({ closer, advisor, 'never-asks': closer.map(() => 0) }, closer.map(() => 0)))['closer leads after quarters 1 and 2'];
    expect(leads([10, 20], [5, 15])).toBe(true);
    expect(leads([10, 20], [5, 25])).toBe(false);
    expect(leads([10, 25], [5, 25])).toBe(false);
    expect(leads([10, 30], [10, 25])).toBe(false);
    expect(leads([10], [5])).toBe(true);
    expect(leads([10], [15])).toBe(false);
  });

  it('reads the last quarter, and cannot hold for a bot that did not play', () => {
    const t = tournament({ closer: [10, 10, 10], advisor: [30, 30, 10] }, [1, 1, 0.5]);
    expect(lessonChecks(t)['advisor ends at least 1.5x the closer']).toBe(false);
    expect(lessonChecks(t)['advisor ahead in 90% of seeds']).toBe(false);
    expect(lessonChecks(t)['advisor beats never-asks']).toBe(false);
    expect(lessonChecks(tournament({ closer: [10, 20], advisor: [40, 40] }, [1, 1]))['advisor ends at least 1.5x the closer']).toBe(true);
  });
});
