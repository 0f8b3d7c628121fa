/**
 * The bots' rules, one at a time, on hand-built inputs (DESIGN.md, "The
 * lesson is a checked property"): which accounts each bot meets (the closer
 * the nearest money, the others the deals furthest along, both within the
 * meetings left), which option each bot picks from a constructed choice list
 * (the closer closes, the advisor relates and asks once trust reaches the ask
 * threshold, never-asks never asks, the quota-chaser closes after a missed
 * quarter, the random bot is seeded and uniform), and how a team's style is
 * read from its choices and replayed. The campaign-level tests judge the
 * bots only through thousands of seeds; here each rule has its own small,
 * fast test, so a change to one rule fails a test named after it. The states
 * are the real engine's (newCampaign on the shipped world), with accounts set
 * by hand; every expected value is worked out from the rule, not the code.
 */
import { describe, expect, it } from 'vitest';
import { POLICIES, POLICY_NAMES, type Policy, byProgress } from '../../src/engine/bots/policies';
import { type Style, styleOf, stylePolicy } from '../../src/engine/bots/style-policy';
import { runCampaign } from '../../src/engine/bots/tournament';
import { type Account, type AccountStatus, type CampaignState, STARTING_METERS, newCampaign } from '../../src/engine/model/campaign';
import { defaultParams } from '../../src/engine/model/constants';
import type { ChoiceContext } from '../../src/engine/model/meeting';
import type { ChoiceEffect } from '../../src/engine/model/session';
import type { Meters } from '../../src/engine/narrative/meters';
import type { ChoiceOption } from '../../src/engine/narrative/runner';
import type { Move, Stage } from '../../src/engine/narrative/tags';
import { loadWorld } from '../../scripts/lib/world';

const { world, lookup } = loadWorld();
const params = defaultParams();
/** Enough meetings to see a bot's whole order of preference, not only its first two. */
const roomy = { ...params, meetingsYearOne: 10 };

interface AccountSpec {
  id: string;
  status?: AccountStatus;
  stage?: Stage;
  deal?: number;
  metThisQuarter?: boolean;
}

/** A real quarter-1 campaign state whose accounts are exactly these (in this order), each with its own buyer. */
function stateWith(specs: AccountSpec[]): CampaignState {
  const state = newCampaign({ seed: 7, quarters: 8, returnLikelihood: params.defaultReturn }, world, params);
  const template = state.accounts[0]!;
  state.accounts = specs.map((spec, i) => ({
    ...structuredClone(template),
    id: spec.id,
    personaId: world.personas[i % world.personas.length]!.id,
    status: spec.status ?? 'prospect',
    stage: spec.stage ?? (spec.status === 'client' ? 'implementation' : 'first-meeting'),
    metThisQuarter: spec.metThisQuarter ?? false,
    meters: { ...STARTING_METERS, deal: spec.deal ?? STARTING_METERS.deal },
  }));
  return state;
}

/** Meters whose trust (C + R + I) / S is exactly `trust` (S = 1). */
const metersAt = (trust: number): Meters => ({ credibility: trust, reliability: 0, intimacy: 0, self_orientation: 1, deal: 10 });
const READY = metersAt(params.askReadyTrust);
const NOT_READY = metersAt(params.askReadyTrust - 0.1);

const baseState = stateWith([{ id: 'a1' }]);
function contextOf(meters: Meters, options: { state?: CampaignState; point?: number; stage?: Stage } = {}): ChoiceContext {
  const state = options.state ?? baseState;
  const account = { ...state.accounts[0]!, stage: options.stage ?? state.accounts[0]!.stage };
  return { meters, account, state, point: options.point ?? 0 };
}

/** A choice list with these moves in this order; `undefined` is an option with no move tag. */
function choices(...moves: (Move | undefined)[]): ChoiceOption[] {
  return moves.map((move, index) => ({ index, text: `option ${index}: ${move ?? 'untagged'}`, tags: move ? { move } : {}, problems: [] }));
}

/** The index of the option the policy picks from a list with these moves. */
function pick(policy: Policy, moves: (Move | undefined)[], context: ChoiceContext = contextOf(READY)): number {
  return policy.choose(choices(...moves), context, params).index;
}

/** The indices a policy picks at choice points 0..n-1 of one meeting. */
function picksOver(policy: Policy, moves: (Move | undefined)[], n: number, meters: Meters = READY, stage?: Stage): number[] {
  return Array.from({ length: n }, (_, point) => pick(policy, moves, contextOf(meters, { point, stage })));
}

// One short real campaign gives real quarter results to set attainment on.
const played = runCampaign('advisor', { seed: 3, quarters: 3, returnLikelihood: params.defaultReturn }, world, lookup, params).state.results;
/** A state whose past quarters ended with these attainments, in order. */
function stateAfter(...attainments: number[]): CampaignState {
  const state = stateWith([{ id: 'a1' }]);
  state.results = attainments.map((attainment, i) => ({ ...played[i]!, attainment }));
  state.quarter = attainments.length + 1;
  return state;
}

describe('which accounts each bot meets', () => {
  // In state order: a client with the biggest deal, prospects at different stages, a tie on deal, and two that cannot be met.
  const accounts: AccountSpec[] = [
    { id: 'a2', status: 'client', deal: 95 },
    { id: 'a5', stage: 'first-meeting', deal: 40 },
    { id: 'a3', stage: 'proposal', deal: 20 },
    { id: 'a6', stage: 'negotiation', deal: 99, metThisQuarter: true },
    { id: 'a4', stage: 'discovery', deal: 60 },
    { id: 'a1', stage: 'first-meeting', deal: 40 },
    { id: 'a7', status: 'lost', deal: 80 },
  ];

  it('the closer meets prospects by momentum (biggest deal first, ties by id), clients last', () => {
    expect(POLICIES.closer.agenda(stateWith(accounts), roomy, world)).toEqual(['a4', 'a1', 'a5', 'a3', 'a2']);
  });

  it('ranks prospects above clients whatever the deal, and breaks a tie on deal by id', () => {
    const state = stateWith([
      { id: 'b2', status: 'client', deal: 90 },
      { id: 'b1', status: 'client', deal: 30 },
      { id: 'b9', deal: 10 },
      { id: 'b8', deal: 10 },
    ]);
    expect(POLICIES.closer.agenda(state, roomy, world)).toEqual(['b8', 'b9', 'b2', 'b1']);
  });

  // Deals at different stages, a client with the biggest deal, and two that cannot be met. No new lead (first meeting)
  // here: README and the facilitator guide put new leads after clients, byProgress puts them before; until that is
  // settled neither order is pinned.
  const deals: AccountSpec[] = [
    { id: 'a2', status: 'client', deal: 95 },
    { id: 'a3', stage: 'proposal', deal: 20 },
    { id: 'a6', stage: 'negotiation', deal: 99, metThisQuarter: true },
    { id: 'a4', stage: 'discovery', deal: 60 },
    { id: 'a8', stage: 'discovery', deal: 80 },
    { id: 'a7', status: 'lost', deal: 80 },
  ];

  it.each(['advisor', 'never-asks', 'random', 'quota-chaser'] as const)('%s meets the deals furthest along first, then by deal, then clients', (name) => {
    expect(POLICIES[name].agenda(stateWith(deals), roomy, world)).toEqual(['a3', 'a8', 'a4', 'a2']);
  });

  it('a team style meets accounts as the advisor does', () => {
    const style = styleOf([]);
    expect(stylePolicy('Team Harbour', style).agenda(stateWith(deals), roomy, world)).toEqual(['a3', 'a8', 'a4', 'a2']);
    expect(stylePolicy('Team Harbour', style).agenda(stateWith(deals), params, world)).toEqual(['a3', 'a8']);
  });

  it('takes no more accounts than the meetings left this quarter', () => {
    const state = stateWith(accounts);
    expect(POLICIES.closer.agenda(state, params, world)).toEqual(['a4', 'a1']); // two meetings a quarter in year one
    expect(POLICIES.advisor.agenda(stateWith(deals), params, world)).toEqual(['a3', 'a8']);
    state.meetingsThisQuarter = 1;
    expect(POLICIES.closer.agenda(state, params, world)).toEqual(['a4']);
    state.meetingsThisQuarter = 2;
    expect(POLICIES.advisor.agenda(state, params, world)).toEqual([]);
  });

  it('byProgress puts the bigger deal first at the same stage, whichever came first', () => {
    const [low, high] = stateWith([{ id: 'x1', stage: 'value', deal: 30 }, { id: 'x2', stage: 'value', deal: 70 }]).accounts as [Account, Account];
    expect([low, high].sort(byProgress).map((a) => a.id)).toEqual(['x2', 'x1']);
    expect([high, low].sort(byProgress).map((a) => a.id)).toEqual(['x2', 'x1']);
    expect(byProgress(low, high)).toBeGreaterThan(0);
    expect(byProgress(high, low)).toBeLessThan(0);
    expect(byProgress(low, low)).toBe(0);
  });
});

describe('what each bot says', () => {
  it('the closer takes the closing move, else an ask, else a neutral line, else the first option', () => {
    const closer = POLICIES.closer;
    expect(pick(closer, ['relate', 'neutral', 'ask', 'close'])).toBe(3);
    expect(pick(closer, ['relate', 'neutral', 'ask'])).toBe(2);
    expect(pick(closer, ['relate', 'neutral'])).toBe(1);
    expect(pick(closer, ['relate', 'relate'])).toBe(0);
    // Trust does not matter to it.
    expect(pick(closer, ['relate', 'ask', 'close'], contextOf(NOT_READY))).toBe(2);
  });

  it('the advisor relates while trust is below the ask threshold: relate, else neutral, else ask', () => {
    const advisor = POLICIES.advisor;
    const notReady = contextOf(NOT_READY);
    expect(pick(advisor, ['close', 'ask', 'neutral', 'relate'], notReady)).toBe(3);
    expect(pick(advisor, ['close', 'ask', 'neutral'], notReady)).toBe(2);
    expect(pick(advisor, ['close', 'ask'], notReady)).toBe(1);
    expect(pick(advisor, ['close', 'close'], notReady)).toBe(0);
  });

  it('the advisor asks once trust reaches the threshold (exactly at it counts): ask, else relate, else neutral', () => {
    const advisor = POLICIES.advisor;
    expect(pick(advisor, ['close', 'neutral', 'relate', 'ask'])).toBe(3);
    expect(pick(advisor, ['close', 'neutral', 'relate'])).toBe(2);
    expect(pick(advisor, ['close', 'neutral'])).toBe(1);
    expect(pick(advisor, ['close'])).toBe(0);
  });

  it('never-asks relates, else says something neutral, else the first option: trust makes no difference', () => {
    const never = POLICIES['never-asks'];
    for (const meters of [READY, NOT_READY]) {
      expect(pick(never, ['close', 'ask', 'neutral', 'relate'], contextOf(meters))).toBe(3);
      expect(pick(never, ['close', 'ask', 'neutral'], contextOf(meters))).toBe(2);
      expect(pick(never, ['ask', 'close'], contextOf(meters))).toBe(0);
    }
  });

  it('the quota-chaser plays the advisor until a quarter misses quota, then closes', () => {
    const chaser = POLICIES['quota-chaser'];
    const moves: Move[] = ['neutral', 'relate', 'close', 'ask'];
    const at = (state: CampaignState, meters = READY) => pick(chaser, moves, contextOf(meters, { state }));
    expect(at(stateAfter())).toBe(3); // no quarter played yet: nothing missed, so the advisor's ask
    expect(at(stateAfter(), NOT_READY)).toBe(1);
    expect(at(stateAfter(1))).toBe(3); // exactly on quota is not a miss
    expect(at(stateAfter(0.5))).toBe(2);
    expect(at(stateAfter(0))).toBe(2);
    // Only the last quarter counts.
    expect(at(stateAfter(0.5, 1.2))).toBe(3);
    expect(at(stateAfter(1.2, 0.5))).toBe(2);
    expect(at(stateAfter(1.2, 0.5, 1.1))).toBe(3);
    expect(at(stateAfter(1.2, 1.1, 0.4))).toBe(2);
  });

  it('the quota-chaser’s memo key tells a missed quarter from a met one, as its choices do', () => {
    const key = POLICIES['quota-chaser'].memoKey!;
    expect(key(stateAfter(0.5))).toBe(key(stateAfter(1.2, 0.2)));
    expect(key(stateAfter(1))).toBe(key(stateAfter()));
    expect(key(stateAfter(0.5))).not.toBe(key(stateAfter(1)));
  });

  it('every bot but the random one can be memoised, and each says who it is', () => {
    for (const name of POLICY_NAMES) {
      expect(POLICIES[name].name).toBe(name);
      expect(POLICIES[name].description.length).toBeGreaterThan(20);
      expect(POLICIES[name].memoKey === undefined, name).toBe(name === 'random');
    }
  });

  it('the random bot is seeded: the same choice point gives the same pick, and the seed, account, quarter and point move it', () => {
    const random = POLICIES.random;
    const moves: Move[] = ['close', 'relate', 'ask', 'neutral'];
    const sequence = (state: CampaignState) => Array.from({ length: 24 }, (_, point) => pick(random, moves, contextOf(READY, { state, point })));
    const base = sequence(baseState);
    expect(sequence(baseState)).toEqual(base);
    expect(new Set(base).size).toBeGreaterThan(1);
    const otherSeed = stateWith([{ id: 'a1' }]);
    otherSeed.settings.seed = 8;
    expect(sequence(otherSeed)).not.toEqual(base);
    const otherAccount = stateWith([{ id: 'a9' }]);
    expect(sequence(otherAccount)).not.toEqual(base);
    const otherQuarter = stateWith([{ id: 'a1' }]);
    otherQuarter.quarter = 2;
    expect(sequence(otherQuarter)).not.toEqual(base);
  });

  it('the random bot picks every option of a list, each about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (const seed of [1, 2, 3, 4, 5]) {
      const state = stateWith([{ id: 'a1' }]);
      state.settings.seed = seed;
      for (let point = 0; point < 40; point++) counts[pick(POLICIES.random, ['close', 'relate', 'ask', 'neutral'], contextOf(READY, { state, point }))]! += 1;
    }
    // 200 draws of 4: each option expects 50; 25 is more than 5 standard deviations away.
    for (const count of counts) expect(count).toBeGreaterThan(25);
  });
});

/** One choice a team made, as the session records it. */
function effect(stage: Stage, move: Move, offered: Move[], trustBefore: number): ChoiceEffect {
  const meters = { ...STARTING_METERS };
  return { quarter: 1, accountId: 'a1', storyId: 'x', stage, text: move, move, offered, principle: null, trustBefore, trustAfter: trustBefore, metersBefore: meters, metersAfter: meters };
}
const shares = (close: number, relate: number, ask: number, neutral: number) => ({ close, relate, ask, neutral });

describe('a team’s style, read from its choices', () => {
  const effects = [
    effect('discovery', 'close', ['close', 'relate'], 1),
    effect('discovery', 'relate', ['close', 'relate', 'ask'], 2), // exactly at the threshold: ready
    effect('value', 'ask', ['close', 'relate', 'ask'], 3),
    effect('value', 'relate', ['close', 'relate'], 0.5),
  ];

  it('counts each move’s share overall and at each stage', () => {
    const style = styleOf(effects, 2);
    expect(style.choices).toBe(4);
    expect(style.overall).toEqual(shares(0.25, 0.5, 0.25, 0));
    expect(style.byStage).toEqual({ discovery: shares(0.5, 0.5, 0, 0), value: shares(0, 0.5, 0.5, 0) });
  });

  it('splits what the team did when it could by readiness (trust at least the threshold) and stage: taken / offered, null when never offered', () => {
    const { ready, notReady } = styleOf(effects, 2).byReadiness;
    expect(ready).toEqual({
      overall: { close: 0, relate: 0.5, ask: 0.5, neutral: null },
      discovery: { close: 0, relate: 1, ask: 0, neutral: null },
      value: { close: 0, relate: 0, ask: 1, neutral: null },
    });
    expect(notReady).toEqual({
      overall: { close: 0.5, relate: 0.5, ask: null, neutral: null },
      discovery: { close: 1, relate: 0, ask: null, neutral: null },
      value: { close: 0, relate: 1, ask: null, neutral: null },
    });
  });

  it('reads readiness at the ask threshold of the model by default', () => {
    expect(styleOf(effects)).toEqual(styleOf(effects, params.askReadyTrust));
  });

  it('leaves a side empty when the team never chose on it, and has all-zero shares when it never chose', () => {
    const allUnready = styleOf([effect('value', 'relate', ['close', 'relate'], 0.5)], 2);
    expect(allUnready.byReadiness.ready).toEqual({});
    expect(Object.keys(allUnready.byReadiness.notReady)).toEqual(['overall', 'value']);
    expect(styleOf([])).toEqual({ overall: shares(0, 0, 0, 0), byStage: {}, byReadiness: { ready: {}, notReady: {} }, choices: 0 });
  });
});

/** A style by hand: shares overall and by stage, and propensities on each side. */
function styleBy(parts: Partial<Style>): Style {
  return { overall: shares(0, 0, 0, 0), byStage: {}, byReadiness: { ready: {}, notReady: {} }, choices: 10, ...parts };
}
const only = (move: Move) => ({ close: 0, relate: 0, ask: 0, neutral: 0, [move]: 1 });
const moveAt = (picked: number[], moves: (Move | undefined)[]) => picked.map((i) => moves[i] ?? 'untagged');

describe('a team’s style, replayed as a bot', () => {
  const all: Move[] = ['close', 'relate', 'ask', 'neutral'];

  it('says who it plays', () => {
    const policy = stylePolicy('Team Harbour', styleOf([]));
    expect(policy.name).toBe('Team Harbour');
    expect(policy.description).toContain('Team Harbour');
  });

  it('plays the ready side once trust reaches the ask threshold (exactly at it counts), the other below it', () => {
    const policy = stylePolicy('T', styleBy({ byReadiness: { ready: { overall: only('ask') }, notReady: { overall: only('relate') } } }));
    expect(new Set(moveAt(picksOver(policy, all, 12, READY), all))).toEqual(new Set(['ask']));
    expect(new Set(moveAt(picksOver(policy, all, 12, NOT_READY), all))).toEqual(new Set(['relate']));
  });

  it('prefers what the team did at this stage to what it did overall', () => {
    const policy = stylePolicy('T', styleBy({ byReadiness: { ready: { discovery: only('relate'), overall: only('close') }, notReady: {} } }));
    expect(new Set(moveAt(picksOver(policy, all, 12, READY, 'discovery'), all))).toEqual(new Set(['relate']));
    expect(new Set(moveAt(picksOver(policy, all, 12, READY, 'value'), all))).toEqual(new Set(['close']));
  });

  it('falls back to the side overall for a move never offered at this stage, and to the plain shares where the side has nothing', () => {
    const never = { close: null, relate: null, ask: null, neutral: null };
    const policy = stylePolicy('T', styleBy({ byReadiness: { ready: { discovery: { ...never, relate: 0 }, overall: { ...never, close: 1, relate: 1 } }, notReady: {} }, overall: only('ask') }));
    // close: never offered at discovery, 1 overall; relate: 0 at discovery; ask: nothing on the side, share 1; neutral: share 0.
    const seen = new Set(moveAt(picksOver(policy, all, 30, READY, 'discovery'), all));
    expect(seen).toEqual(new Set(['close', 'ask']));
    // A side with nothing at all: the stage's shares, else the overall shares.
    const plain = stylePolicy('T', styleBy({ byStage: { discovery: only('relate') }, overall: only('close') }));
    expect(new Set(moveAt(picksOver(plain, all, 12, NOT_READY, 'discovery'), all))).toEqual(new Set(['relate']));
    expect(new Set(moveAt(picksOver(plain, all, 12, NOT_READY, 'value'), all))).toEqual(new Set(['close']));
  });

  it('draws among the moves on offer in proportion to their weights, never a move of weight 0', () => {
    const policy = stylePolicy('T', styleBy({ overall: shares(0.5, 0.5, 0, 0) }));
    const picked = moveAt(picksOver(policy, all, 40, NOT_READY), all);
    expect(new Set(picked)).toEqual(new Set(['close', 'relate']));
    const closes = picked.filter((m) => m === 'close').length;
    expect(closes).toBeGreaterThan(8);
    expect(closes).toBeLessThan(32);
    // A move the team favours but that is not on offer does not count.
    const asker = stylePolicy('T', styleBy({ overall: shares(0.1, 0, 0.9, 0) }));
    expect(new Set(moveAt(picksOver(asker, ['relate', 'close'], 12, NOT_READY), ['relate', 'close']))).toEqual(new Set(['close']));
  });

  it('is seeded by world, account, quarter and choice point: the same point gives the same pick', () => {
    const policy = stylePolicy('T', styleBy({ overall: shares(0.25, 0.25, 0.25, 0.25) }));
    const first = picksOver(policy, all, 20, NOT_READY);
    expect(picksOver(policy, all, 20, NOT_READY)).toEqual(first);
    const other = stateWith([{ id: 'a1' }]);
    other.settings.seed = 99;
    expect(Array.from({ length: 20 }, (_, point) => pick(policy, all, contextOf(NOT_READY, { state: other, point })))).not.toEqual(first);
  });

  it('picks uniformly among all options when the team never chose any move on offer', () => {
    const policy = stylePolicy('T', styleOf([]));
    const picked = picksOver(policy, ['close', 'relate', 'ask'], 30, NOT_READY);
    expect(new Set(picked)).toEqual(new Set([0, 1, 2]));
  });

  it('treats an option without a move tag as neutral', () => {
    const policy = stylePolicy('T', styleBy({ overall: only('neutral') }));
    const moves: (Move | undefined)[] = ['close', undefined];
    expect(new Set(picksOver(policy, moves, 12, NOT_READY))).toEqual(new Set([1]));
  });
});
