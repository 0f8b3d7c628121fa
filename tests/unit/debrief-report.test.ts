/**
 * The debrief's report, on hand-made campaigns: every expected value is
 * written out here (worked by hand from the Trust Equation and the model's
 * thresholds: tender 1.2, expansion 1.5, referral 2, renewal 2.5; the score is
 * the ratio doubled, capped at 10), not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { type Account, type AccountEvent, type CampaignState, type QuarterResult, newCampaign } from '../../src/engine/model/campaign';
import { defaultParams } from '../../src/engine/model/constants';
import type { ChoiceEffect } from '../../src/engine/model/session';
import type { Meters } from '../../src/engine/narrative/meters';
import { debriefReport } from '../../src/engine/report/debrief';
import { DEBRIEF } from '../../src/ui/strings';

const settings = { seed: 3, quarters: 3, returnLikelihood: 0.85 };
const meters = (credibility: number, reliability: number, intimacy: number, self_orientation: number, deal = 10): Meters => ({ credibility, reliability, intimacy, self_orientation, deal });

function result(quarter: number, revenue: number, attainment: number, onPlan: boolean): QuarterResult {
  return {
    quarter,
    revenue,
    newBusiness: revenue,
    recurring: 0,
    expansion: 0,
    acquisitionCost: 0,
    commission: 0,
    commissionShare: onPlan ? 0.5 : 1,
    quota: 90,
    attainment,
    onPlan,
    manager: { tone: 'steady', situation: 'steady', repeat: 0, planQuarter: 0 },
    lines: [],
  };
}

function account(id: string, personaId: string, more: Partial<Account>): Account {
  return {
    id,
    personaId,
    temperament: 'mirror',
    meters: meters(3, 3, 2, 4),
    stage: 'discovery',
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
    warm: false,
    referralsGiven: 0,
    arrivedQuarter: 1,
    metThisQuarter: false,
    room: null,
    quartersWithoutAsking: 0,
    quartersUnmet: 0,
    history: [],
    ...more,
  };
}

/** A campaign state as the engine makes it, with these results and accounts in place of its own. */
function campaign(results: QuarterResult[], accounts: Account[] = []): CampaignState {
  const nobody = { personas: [{ id: 'x', name: 'X Y', role: '', company: 'X', industry: '', temperament: 'mirror' as const, people: '', vehicles: '', jobs: '' }], stories: [] };
  const state = newCampaign(settings, nobody, { ...defaultParams(), startingProspects: 0 });
  return { ...state, quarter: results.length + 1, accounts, results, nextAccount: accounts.length + 1 };
}

function effect(n: number, trustBefore: number, trustAfter: number, more: Partial<ChoiceEffect> = {}): ChoiceEffect {
  return {
    quarter: 1,
    accountId: 'a1',
    storyId: 'first-meeting-x',
    stage: 'first-meeting',
    text: `choice ${n}`,
    move: 'relate',
    offered: ['close', 'relate'],
    principle: null,
    trustBefore,
    trustAfter,
    metersBefore: meters(3, 3, 2, 4),
    metersAfter: meters(3, 3, 2, 4),
    ...more,
  };
}

const noBots = { closer: campaign([]), advisor: campaign([]) };

describe('the debrief report: you and the bots, quarter by quarter', () => {
  it('gives each one cumulative revenue, attainment, the plan quarters and their total', () => {
    const you = campaign([result(1, 30, 0.333, false), result(2, 10, 0.111, false), result(3, 50, 0.556, false)]);
    const closer = campaign([result(1, 80, 0.889, false), result(2, 20, 0.222, false), result(3, 25, 0.278, false)]);
    const advisor = campaign([result(1, 20, 0.222, false), result(2, 30, 0.333, true), result(3, 100, 1.111, true)]);
    const report = debriefReport({ you, choiceEffects: [], closer, advisor });
    expect(report.quarters).toBe(3);
    expect(report.runs.you).toEqual({
      quarters: [
        { quarter: 1, cumulative: 30, attainment: 0.333, onPlan: false },
        { quarter: 2, cumulative: 40, attainment: 0.111, onPlan: false },
        { quarter: 3, cumulative: 90, attainment: 0.556, onPlan: false },
      ],
      planQuarters: 0,
    });
    expect(report.runs.closer.quarters.map((q) => q.cumulative)).toEqual([80, 100, 125]);
    expect(report.runs.closer.planQuarters).toBe(0);
    expect(report.runs.advisor.quarters.map((q) => q.onPlan)).toEqual([false, true, true]);
    expect(report.runs.advisor.quarters.map((q) => q.cumulative)).toEqual([20, 50, 150]);
    expect(report.runs.advisor.planQuarters).toBe(2);
    // The key to the words: the model's thresholds (tender 1.2, expansion 1.5, referral 2, renewal 2.5) doubled.
    expect(report.trustScale).toEqual([
      { band: 'distrust', from: 0 },
      { band: 'doubtful', from: 2.4 },
      { band: 'open', from: 3 },
      { band: 'trusts', from: 4 },
      { band: 'advocate', from: 5 },
    ]);
  });
});

describe('the debrief report: one entry per company', () => {
  const arrived = (quarter: number, m: Meters, winBack = false): AccountEvent => ({ quarter, kind: 'arrived', warm: false, winBack, referredBy: null, meters: m });
  const meeting = (quarter: number, m: Meters, moves: ('close' | 'relate' | 'ask')[]): AccountEvent => ({ quarter, kind: 'meeting', storyId: `s${quarter}`, event: null, moves, meters: m });

  it('keeps a company that left and came back as one entry, with its whole history and its status now', () => {
    const history: AccountEvent[] = [
      arrived(1, meters(3, 3, 2, 4)),
      meeting(1, meters(4, 3, 2, 4), ['relate']),
      { quarter: 1, kind: 'signed', offer: 'trial', value: 20, years: 1, inRoom: true, meters: meters(4, 3, 2, 4) },
      { quarter: 2, kind: 'lost', reason: 'exit', meters: meters(2, 2, 1, 5) },
      arrived(3, meters(2, 2, 1, 6), true),
      meeting(3, meters(3, 3, 3, 6), ['ask']),
    ];
    const back = account('a1', 'nadia', { meetings: 2, status: 'prospect', wasClient: true, lost: { quarter: 2, reason: 'exit' }, meters: meters(3, 3, 3, 6), history });
    const neverMet = account('a2', 'gareth', { meetings: 0, history: [arrived(1, meters(3, 3, 2, 4))] });
    const report = debriefReport({ you: campaign([result(1, 0, 0, false)], [back, neverMet]), choiceEffects: [], ...noBots });
    expect(report.companies).toHaveLength(1);
    const [nadia] = report.companies;
    expect(nadia!.accountId).toBe('a1');
    expect(nadia!.personaId).toBe('nadia');
    expect(nadia!.status).toBe('prospect');
    expect(nadia!.history.map((e) => `${e.quarter} ${e.kind}`)).toEqual(['1 arrived', '1 meeting', '1 signed', '2 lost', '3 arrived', '3 meeting']);
    // 9/6 = 1.5: open to more, 3.0 out of 10.
    expect(nadia!.trust).toEqual({ raw: 1.5, band: 'open', score: 3 });
    // (2+2+1)/5 = 1.0 when it left: distrust, 2.0; (2+2+1)/6 = 0.83 on its return: distrust, 1.7.
    expect(nadia!.history[3]!.trust).toEqual({ raw: 1, band: 'distrust', score: 2 });
    expect(nadia!.history[4]!.trust).toEqual({ raw: 0.83, band: 'distrust', score: 1.7 });
    expect(report.mostTrusting).toEqual(['a1']);
  });

  it('reads trust as the model does: an unforgiving buyer pushed once divides it further from that meeting on', () => {
    const history: AccountEvent[] = [arrived(1, meters(3, 3, 2, 4)), meeting(1, meters(4, 3, 2, 4), ['relate']), meeting(2, meters(4, 3, 2, 4), ['relate', 'close'])];
    const grudging = account('a1', 'ray', { temperament: 'unforgiving', grudge: true, meetings: 2, meters: meters(4, 3, 2, 4), history });
    const warm = account('a2', 'jo', { meetings: 1, meters: meters(6, 5, 5, 2), history: [arrived(1, meters(3, 3, 2, 4)), meeting(2, meters(6, 5, 5, 2), ['relate'])] });
    const report = debriefReport({ you: campaign([result(1, 0, 0, false), result(2, 0, 0, false)], [grudging, warm]), choiceEffects: [], ...noBots });
    const [ray, jo] = report.companies;
    // 8/4 = 2.0 trusts you 4.0; 9/4 = 2.25 trusts you 4.5; then S + 2: 9/6 = 1.5, open to more, 3.0.
    expect(ray!.history.map((e) => e.trust)).toEqual([
      { raw: 2, band: 'trusts', score: 4 },
      { raw: 2.25, band: 'trusts', score: 4.5 },
      { raw: 1.5, band: 'open', score: 3 },
    ]);
    expect(ray!.trust).toEqual({ raw: 1.5, band: 'open', score: 3 });
    expect(ray!.grudge).toBe(true);
    // 16/2 = 8: would vouch for you, capped at 10.
    expect(jo!.trust).toEqual({ raw: 8, band: 'advocate', score: 10 });
    expect(report.mostTrusting).toEqual(['a2']);
  });
});

describe('the debrief report: the choices that moved trust most', () => {
  it('takes the three largest rises and the two largest costs, each with its change on both scales', () => {
    const effects = [
      effect(1, 1, 1.5), // +1.0
      effect(2, 1, 2), // +2.0
      effect(3, 2, 1.9), // −0.2
      effect(4, 1, 1.8), // +1.6
      effect(5, 2, 2.3), // +0.6
      effect(6, 2, 1.4), // −1.2
      effect(7, 2, 1.7), // −0.6
      effect(8, 2, 2.7), // +1.4
    ];
    const { rises, costs } = debriefReport({ you: campaign([]), choiceEffects: effects, ...noBots }).topChoices;
    expect(rises.map((m) => m.text)).toEqual(['choice 2', 'choice 4', 'choice 8']);
    expect(rises.map((m) => m.change)).toEqual([
      { score: 2, raw: 1 },
      { score: 1.6, raw: 0.8 },
      { score: 1.4, raw: 0.7 },
    ]);
    expect(costs.map((m) => m.text)).toEqual(['choice 6', 'choice 7']);
    expect(costs.map((m) => m.change)).toEqual([
      { score: -1.2, raw: -0.6 },
      { score: -0.6, raw: -0.3 },
    ]);
    // 2.7 is 5.4 out of 10: would vouch for you (at or over 2.5).
    expect(rises[2]!.before).toEqual({ raw: 2, band: 'trusts', score: 4 });
    expect(rises[2]!.after).toEqual({ raw: 2.7, band: 'advocate', score: 5.4 });
  });

  it('includes the biggest cost even when several rises are larger, and gives its place to a rise when there is no second cost', () => {
    const effects = [
      effect(1, 1, 2), // +2.0
      effect(2, 1, 1.9), // +1.8
      effect(3, 1, 1.8), // +1.6
      effect(4, 1, 1.7), // +1.4
      effect(5, 1, 1.6), // +1.2
      effect(6, 2, 1.9, { quarter: 4, accountId: 'a7', text: 'Push for the signature today', move: 'close', principle: 'long-term' }), // −0.2
    ];
    const { rises, costs } = debriefReport({ you: campaign([]), choiceEffects: effects, ...noBots }).topChoices;
    expect(rises.map((m) => m.text)).toEqual(['choice 1', 'choice 2', 'choice 3', 'choice 4']);
    expect(costs).toHaveLength(1);
    expect(costs[0]).toMatchObject({ quarter: 4, accountId: 'a7', text: 'Push for the signature today', move: 'close', principle: 'long-term', change: { score: -0.2, raw: -0.1 } });
    // And the other way round: one rise among many costs leaves four places to the costs.
    const many = [effect(1, 1, 2), effect(2, 2, 1.9), effect(3, 2, 1.8), effect(4, 2, 1.7), effect(5, 2, 1.6), effect(6, 2, 1.5)];
    const picked = debriefReport({ you: campaign([]), choiceEffects: many, ...noBots }).topChoices;
    expect(picked.rises.map((m) => m.text)).toEqual(['choice 1']);
    expect(picked.costs.map((m) => m.text)).toEqual(['choice 6', 'choice 5', 'choice 4', 'choice 3']);
  });

  it('leaves out a choice that moved only the raw ratio above the scale’s top, and ranks equal changes by the raw ratio', () => {
    const effects = [
      effect(1, 6, 14), // +8 raw, 10.0 to 10.0: nothing a person can read
      effect(2, 1, 1.5), // +1.0, raw +0.5
      effect(3, 4.5, 6), // 9.0 to 10.0: +1.0, raw +1.5
    ];
    const { rises, costs } = debriefReport({ you: campaign([]), choiceEffects: effects, ...noBots }).topChoices;
    expect(rises.map((m) => m.text)).toEqual(['choice 3', 'choice 2']);
    expect(costs).toEqual([]);
    // Limits of one each: the largest of each side, and nothing else.
    const one = debriefReport({ you: campaign([]), choiceEffects: [...effects, effect(4, 2, 1)], ...noBots }, undefined, { rises: 1, costs: 1 }).topChoices;
    expect(one.rises.map((m) => m.text)).toEqual(['choice 3']);
    expect(one.costs.map((m) => m.text)).toEqual(['choice 4']);
  });
});

describe('the debrief’s words for the report', () => {
  it('say how many quarters each one spent on the plan', () => {
    expect(DEBRIEF.planSentence({ you: 0, closer: 0, advisor: 2 })).toBe('You spent no quarter on a performance plan; the closer none; the advisor 2.');
    expect(DEBRIEF.planSentence({ you: 1, closer: 3, advisor: 0 })).toBe('You spent 1 quarter on a performance plan; the closer 3; the advisor none.');
  });

  it('show a change on the readable scale, signed', () => {
    expect(DEBRIEF.scoreChange(1.2)).toBe('+1.2 on the 10-point scale');
    expect(DEBRIEF.scoreChange(-0.6)).toBe('\u22120.6 on the 10-point scale');
  });
});
