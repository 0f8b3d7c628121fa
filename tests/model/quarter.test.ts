import { describe, expect, it } from 'vitest';
import {
  type Account,
  type CampaignState,
  type World,
  accountTrust,
  applyMeeting,
  endQuarter,
  STARTING_METERS,
  NO_DECLARATIONS,
  meetingAllowance,
  newCampaign,
} from '../../src/engine/model/campaign';
import { defaultParams } from '../../src/engine/model/constants';
import { StoryRunner } from '../../src/engine/narrative/runner';
import { madeUpPersona as persona } from '../helpers/model-fixtures';
import { fixture } from '../helpers/stories';

const world: World = {
  personas: [persona('mirror', 'mirror'), persona('grudge', 'unforgiving'), persona('pardon', 'forgiving'), persona('taker', 'exploiter')],
  stories: [],
};
const params = defaultParams();

function campaign(seed = 1, returnLikelihood = 0.85): CampaignState {
  return newCampaign({ seed, quarters: 8, returnLikelihood }, world, params);
}
function trusted(a: Account): void {
  a.meters = { credibility: 7, reliability: 6, intimacy: 7, self_orientation: 2, deal: a.meters.deal };
}
/** Makes an account a client whose contract (value 50) was signed in `start` for `years`. */
function client(a: Account, start: number, years = 1): void {
  Object.assign(a, { status: 'client', wasClient: true, contract: { value: 50, startQuarter: start, years, renewalQuarter: start + 4 * years } });
}
function distrusted(a: Account): void {
  a.meters = { credibility: 2, reliability: 2, intimacy: 1, self_orientation: 8, deal: a.meters.deal };
}

describe('the quarter simulation', () => {
  it('gives a campaign 12 meetings over 8 quarters: two a quarter in year one, one after', () => {
    const total = Array.from({ length: 8 }, (_, q) => meetingAllowance(q + 1, params)).reduce((a, b) => a + b, 0);
    expect(total).toBe(12);
  });

  it('closes a deal with full momentum, at a premium when trust is high and a discount when low', () => {
    const values: number[] = [];
    for (const shape of [trusted, distrusted]) {
      const state = campaign();
      const account = state.accounts[0]!;
      shape(account);
      account.meters.deal = 100;
      account.stage = 'negotiation';
      endQuarter(state, world, params);
      expect(account.status).toBe('client');
      values.push(account.contract!.value);
    }
    const [high, low] = values as [number, number];
    expect(high).toBeGreaterThan(low);
    // Reaching proposal before closing: share 0.3 + 3 x 0.2 = 0.9 of 100k, times the trust price.
    expect(high).toBeCloseTo(100 * 0.9 * params.priceCap, 1);
    expect(low).toBeCloseTo(100 * 0.9 * (params.priceAtZeroTrust + params.pricePerTrust * (5 / 8)), 1);
  });

  it('does not close a deal without momentum', () => {
    const state = campaign();
    for (const a of state.accounts) a.meters.deal = params.closeFloor - 1;
    const result = endQuarter(state, world, params);
    expect(state.accounts.filter((a) => a.status === 'client')).toEqual([]);
    expect(result.newBusiness).toBe(0);
  });

  it('renews high-trust clients more often than low-trust ones', () => {
    const renewed = { high: 0, low: 0 };
    for (let seed = 1; seed <= 300; seed++) {
      for (const [key, shape] of [['high', trusted], ['low', distrusted]] as const) {
        const state = campaign(seed);
        const a = state.accounts[0]!;
        shape(a);
        client(a, 1);
        state.quarter = 5; // a year on: renewal time
        endQuarter(state, world, params);
        if (a.status === 'client') renewed[key] += 1;
      }
    }
    expect(renewed.high).toBeGreaterThan(200);
    expect(renewed.low).toBeLessThan(renewed.high / 3);
  });

  it('puts distrusted clients\' renewals out to tender', () => {
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 50; seed++) {
      const state = campaign(seed, 1);
      const a = state.accounts[0]!;
      distrusted(a);
      client(a, 1);
      state.quarter = 5;
      for (const line of endQuarter(state, world, params).lines) {
        if ('accountId' in line && line.accountId === a.id && (line.kind === 'tender-won' || line.kind === 'lost' || line.kind === 'renewed')) outcomes.add(line.kind === 'lost' ? line.reason : line.kind);
      }
    }
    // Returning every time, a distrusted client never simply renews: it tenders, and sometimes you keep it.
    expect([...outcomes].sort()).toEqual(['tender', 'tender-won']);
  });

  it('lets trusting clients refer new accounts, which arrive with borrowed reliability', () => {
    let referred: Account | undefined;
    for (let seed = 1; seed <= 50 && !referred; seed++) {
      const state = campaign(seed, 1);
      const a = state.accounts[0]!;
      trusted(a);
      client(a, 1);
      state.quarter = 2;
      endQuarter(state, world, params);
      referred = state.accounts.find((x) => x.warm);
    }
    expect(referred).toBeDefined();
    expect(referred!.meters.reliability).toBe(3 + params.borrowedReliability);
    expect(referred!.meters.deal).toBe(params.warmDeal);
  });

  it('refers nobody when buyers never come back', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const state = campaign(seed, 0);
      const a = state.accounts[0]!;
      trusted(a);
      client(a, 1);
      state.quarter = 2;
      endQuarter(state, world, params);
      expect(state.accounts.some((x) => x.warm)).toBe(false);
    }
  });

  it('lets an account you do not meet drift: a little trust lost, the deal stalled', () => {
    const state = campaign();
    const a = state.accounts[0]!;
    a.meters.deal = 30;
    endQuarter(state, world, params);
    expect(a.meters.intimacy).toBe(2 - params.driftIntimacy);
    expect(a.meters.deal).toBeCloseTo(30 * params.driftDeal, 1);
  });

  it('warns under half of quota, and a second such quarter starts a plan that halves commission', () => {
    const state = campaign();
    const first = endQuarter(state, world, params);
    expect(first.manager.tone).toBe('warning');
    const second = endQuarter(state, world, params);
    expect(second.manager.tone).toBe('plan');
    // The plan starts the quarter after it is announced: the second quarter itself is paid in full.
    expect(second.onPlan).toBe(false);
    expect(state.onPlan).toBe(true);
    const a = state.accounts[0]!;
    client(a, 1);
    a.contract!.value = 400;
    const third = endQuarter(state, world, params);
    expect(third.onPlan).toBe(true);
    expect(third.commissionShare).toBe(params.planCommissionCut);
    expect(third.commission).toBeCloseTo(third.revenue * params.commissionRate * params.planCommissionCut, 2);
    // 100k of recurring revenue is over half of quota: the plan closes, and says so, and the next quarter pays in full.
    expect(third.manager.situation).toBe('plan-closed');
    expect(state.onPlan).toBe(false);
    const fourth = endQuarter(state, world, params);
    expect(fourth.onPlan).toBe(false);
    expect(fourth.commission).toBeCloseTo(fourth.revenue * params.commissionRate, 2);
  });
});

describe('temperaments', () => {
  const meeting = (moves: ('close' | 'relate' | 'ask')[], meters: Account['meters']) => ({
    storyId: 'x',
    event: null,
    meters,
    ledger: { promised: [], kept: [], broken: [] },
    moves,
    referralPersonaId: null,
    declarations: NO_DECLARATIONS,
    lastMood: null,
  });

  it('an unforgiving buyer never forgets a pressure close', () => {
    const state = campaign();
    const a = Object.assign(state.accounts[0]!, { temperament: 'unforgiving' as const });
    trusted(a);
    const before = accountTrust(a, params);
    applyMeeting(state, a.id, meeting(['close'], { ...a.meters }), params);
    expect(a.grudge).toBe(true);
    expect(accountTrust(a, params)).toBeLessThan(before);
    applyMeeting(state, a.id, meeting(['relate', 'relate'], { ...a.meters }), params);
    expect(accountTrust(a, params)).toBeLessThan(before);
  });

  it('a forgiving buyer pardons one slip, and only one', () => {
    const state = campaign();
    const a = Object.assign(state.accounts[0]!, { temperament: 'forgiving' as const });
    const s = a.meters.self_orientation;
    applyMeeting(state, a.id, meeting(['close'], { ...a.meters, self_orientation: s + 1 }), params);
    expect(a.meters.self_orientation).toBe(s);
    applyMeeting(state, a.id, meeting(['close'], { ...a.meters, self_orientation: s + 1 }), params);
    expect(a.meters.self_orientation).toBe(s + 1);
  });

  it('a mirroring buyer answers relating with intimacy and closing with coolness', () => {
    const state = campaign();
    const a = Object.assign(state.accounts[0]!, { temperament: 'mirror' as const });
    const i = a.meters.intimacy;
    applyMeeting(state, a.id, meeting(['relate', 'relate'], { ...a.meters }), params);
    expect(a.meters.intimacy).toBe(i + 2 * params.mirrorShare);
    applyMeeting(state, a.id, meeting(['close', 'close'], { ...a.meters }), params);
    expect(a.meters.intimacy).toBe(i);
  });

  it('a buyer who exploits giving takes free work to a tender unless you ask for something', () => {
    let lost = 0;
    let lostWhenAsked = 0;
    for (let seed = 1; seed <= 100; seed++) {
      for (const moves of [['relate', 'relate'], ['relate', 'ask']] as const) {
        const state = campaign(seed);
        const a = Object.assign(state.accounts[0]!, { temperament: 'exploiter' as const });
        trusted(a);
        applyMeeting(state, a.id, meeting([...moves], { ...a.meters, deal: 20 }), params);
        endQuarter(state, world, params);
        const exploited = a.history.some((e) => e.kind === 'lost' && e.reason === 'took-the-work');
        if (exploited && moves[1] === 'ask') lostWhenAsked += 1;
        else if (exploited) lost += 1;
      }
    }
    expect(lost).toBeGreaterThan(40);
    expect(lostWhenAsked).toBe(0);
  });
});

describe('new accounts', () => {
  it('start from the meters the authoring contract declares, so a story played alone and in a campaign agree', () => {
    expect(new StoryRunner(fixture('two-choices.ink')).meters()).toEqual(STARTING_METERS);
  });
});
