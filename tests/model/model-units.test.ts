/**
 * The small modules of the model, rule by rule: the trust scale, the seeded
 * streams, the calendar, the commercial decisions and what a meeting tells the
 * model. Each expected value is written out from the rule (DESIGN.md,
 * constants.ts, the module's own doc comments), never computed by the code
 * under test; the streams' values come from an independent implementation of
 * FNV-1a and mulberry32. A small made-up world (four buyers, a handful of
 * conversation headers) keeps these tests away from the ink compiler.
 */
import { describe, expect, it } from 'vitest';
import { meetableAccounts, meetingKind, nextMeeting, scheduleMeeting } from '../../src/engine/model/calendar';
import { type Account, type CampaignState, type QuarterResult, type StoryInfo, type World, newCampaign, territory } from '../../src/engine/model/campaign';
import { type Params, defaultParams } from '../../src/engine/model/constants';
import {
  clamp,
  closeOdds,
  decideInRoom,
  type DecisionContext,
  expansionOdds,
  isOffer,
  offerShare,
  priceMultiplier,
  quarterDraw,
  renewalOdds,
  round,
  trustFrom,
  trustPull,
} from '../../src/engine/model/decisions';
import { decisionContext, declarationsOf } from '../../src/engine/model/meeting';
import { chance, pick, stream } from '../../src/engine/model/random';
import { readableTrust, trustBand, trustScore } from '../../src/engine/model/trust-scale';
import { metersOf as meters } from '../helpers/model-fixtures';
import type { Meters } from '../../src/engine/narrative/meters';
import type { Persona } from '../../src/engine/personas';

const params = defaultParams();
/** No event ever takes over a meeting. */
const quiet: Params = { ...params, quarterEndPushOdds: 0, competitorPriceOdds: 0, referralAskOdds: 0 };


describe('the trust scale', () => {
  it('puts each threshold at the start of its band: tender 1.2, expansion 1.5, referral 2, renewal 2.5', () => {
    const cases: [number, string][] = [
      [0, 'distrust'],
      [1.19, 'distrust'],
      [1.2, 'doubtful'],
      [1.49, 'doubtful'],
      [1.5, 'open'],
      [1.99, 'open'],
      [2, 'trusts'],
      [2.49, 'trusts'],
      [2.5, 'advocate'],
      [30, 'advocate'],
    ];
    expect(cases.map(([t]) => trustBand(t))).toEqual(cases.map(([, band]) => band));
  });

  it('reads the bands from the parameters it is given', () => {
    const shifted = { ...params, tenderTrust: 3, expansionTrust: 4, referralTrust: 5, renewalTrust: 6 };
    expect([2.9, 3, 4, 5, 6].map((t) => trustBand(t, shifted))).toEqual(['distrust', 'doubtful', 'open', 'trusts', 'advocate']);
    expect(readableTrust(2.9, shifted)).toEqual({ band: 'distrust', score: 5.8 });
  });

  it('scores trust as the ratio doubled, to one decimal, from 0 to at most 10', () => {
    expect(trustScore(0)).toBe(0);
    expect(trustScore(-1)).toBe(0);
    expect(trustScore(0.22)).toBe(0.4);
    expect(trustScore(0.23)).toBe(0.5);
    expect(trustScore(1.234)).toBe(2.5);
    expect(trustScore(2.5)).toBe(5);
    expect(trustScore(4.9)).toBe(9.8);
    expect(trustScore(5)).toBe(10);
    expect(trustScore(30)).toBe(10);
  });

  it('gives band and score together', () => {
    expect(readableTrust(2)).toEqual({ band: 'trusts', score: 4 });
    expect(readableTrust(1)).toEqual({ band: 'distrust', score: 2 });
  });
});

describe('seeded streams', () => {
  // Values from an independent FNV-1a + mulberry32 over the keys joined by "|".
  it('draws the values FNV-1a and mulberry32 give for the joined keys', () => {
    const r = stream(1, 'a1', 3, 'close');
    expect(r()).toBeCloseTo(0.8609958649612963, 12);
    expect(r()).toBeCloseTo(0.09317870251834393, 12);
    expect(r()).toBeCloseTo(0.7036299684550613, 12);
    const t = stream(7, 'territory');
    expect(t()).toBeCloseTo(0.7041827931534499, 12);
    expect(t()).toBeCloseTo(0.36449403478764, 12);
    expect(stream(42)()).toBeCloseTo(0.1135629778727889, 12);
  });

  it('keys a stream by every key in order, with a separator between them', () => {
    expect(stream(1, 'ab')()).not.toBe(stream(1, 'a', 'b')());
    expect(stream(1, 'a', 'b')()).not.toBe(stream(1, 'b', 'a')());
    expect(stream(12, 3)()).not.toBe(stream(1, 23)());
    expect(stream(5, 'x')()).toBe(stream(5, 'x')());
  });

  it('draws numbers in [0, 1), spread over the whole range', () => {
    const r = stream(9, 'spread');
    const draws = Array.from({ length: 2000 }, () => r());
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(Math.min(...draws)).toBeLessThan(0.01);
    expect(Math.max(...draws)).toBeGreaterThan(0.99);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(new Set(draws).size).toBe(draws.length);
  });

  it('says yes exactly when the draw is below p', () => {
    const draw = 0.8609958649612963; // stream(1, 'a1', 3, 'close')'s first draw
    expect(chance(draw, 1, 'a1', 3, 'close')).toBe(false);
    expect(chance(draw + 1e-9, 1, 'a1', 3, 'close')).toBe(true);
    expect(chance(draw - 1e-9, 1, 'a1', 3, 'close')).toBe(false);
    expect(chance(0, 1, 'a1', 3, 'close')).toBe(false);
    expect(chance(1, 1, 'a1', 3, 'close')).toBe(true);
  });

  it('picks the item the draw lands on, by equal slices', () => {
    const items = ['a', 'b', 'c'] as const;
    expect(pick(items, () => 0)).toBe('a');
    expect(pick(items, () => 0.33)).toBe('a');
    expect(pick(items, () => 0.34)).toBe('b');
    expect(pick(items, () => 0.5)).toBe('b');
    expect(pick(items, () => 0.67)).toBe('c');
    expect(pick(items, () => 0.999)).toBe('c');
  });
});

describe('the commercial decisions', () => {
  it('knows the closed set of offers', () => {
    expect(['trial', 'module', 'full_contract', 'expansion', 'renewal'].every(isOffer)).toBe(true);
    expect(['', 'drawn', 'Trial', 'discount'].some(isOffer)).toBe(false);
  });

  it('rounds to two places unless told, and clamps into a range', () => {
    expect(round(12.3456)).toBe(12.35);
    expect(round(12.3456, 1)).toBe(12.3);
    expect(round(12.3456, 0)).toBe(12);
    expect(round(-1.256)).toBe(-1.26);
    expect([clamp(5, 0, 10), clamp(-1, 0, 10), clamp(11, 0, 10)]).toEqual([5, 0, 10]);
  });

  it('feels trust as (C + R + I) / S, a grudge adding 2 to S up to 10', () => {
    expect(trustFrom(meters(3, 3, 2, 4), false, params)).toBe(2);
    expect(trustFrom(meters(3, 3, 2, 4), true, params)).toBeCloseTo(8 / 6, 10);
    // S 9 with a grudge is capped at 10, not 11.
    expect(trustFrom(meters(3, 3, 2, 9), true, params)).toBeCloseTo(0.8, 10);
    expect(trustFrom(meters(3, 3, 2, 9), false, params)).toBeCloseTo(8 / 9, 10);
  });

  it('prices from 0.75 at no trust, 0.1 more per point, capped at 1.3 and never under 0.75', () => {
    expect(priceMultiplier(0, params)).toBeCloseTo(0.75, 10);
    expect(priceMultiplier(2, params)).toBeCloseTo(0.95, 10);
    expect(priceMultiplier(5.5, params)).toBeCloseTo(1.3, 10);
    expect(priceMultiplier(10, params)).toBeCloseTo(1.3, 10);
    expect(priceMultiplier(-1, params)).toBeCloseTo(0.75, 10);
  });

  it('lets a trusting buyer pull 5 momentum per point of trust above 2, at most 20', () => {
    expect([0, 1, 2, 3, 5, 6, 10].map((t) => trustPull(t, params))).toEqual([0, 0, 0, 5, 15, 20, 20]);
  });

  it('closes by momentum from 30 (nothing) to 85 (certain), times 0.6 + 0.2 per point of trust', () => {
    expect(closeOdds(30, 2, params)).toBe(0);
    expect(closeOdds(0, 2, params)).toBe(0);
    expect(closeOdds(85, 2, params)).toBeCloseTo(1, 10);
    expect(closeOdds(100, 2, params)).toBeCloseTo(1, 10);
    expect(closeOdds(57.5, 0, params)).toBeCloseTo(0.3, 10);
    expect(closeOdds(57.5, 1, params)).toBeCloseTo(0.4, 10);
    expect(closeOdds(100, 5, params)).toBeCloseTo(1, 10);
    expect(closeOdds(100, -5, params)).toBe(0);
  });

  it('grows a client by the closing odds times how often buyers come back', () => {
    expect(expansionOdds(57.5, 0, 0.5, params)).toBeCloseTo(0.15, 10);
    expect(expansionOdds(100, 2, 0.85, params)).toBeCloseTo(0.85, 10);
  });

  it('renews a returning client by trust over 2.5, never below 5% nor above certainty', () => {
    expect(renewalOdds(0, params)).toBeCloseTo(0.05, 10);
    expect(renewalOdds(0.1, params)).toBeCloseTo(0.05, 10);
    expect(renewalOdds(1.25, params)).toBeCloseTo(0.5, 10);
    expect(renewalOdds(2.5, params)).toBe(1);
    expect(renewalOdds(5, params)).toBe(1);
  });

  it('values a trial at 0.3 and a module at 0.5 of a full contract; a full contract by the stages reached, at most 1', () => {
    expect(offerShare('trial', 4, params)).toBeCloseTo(0.3, 10);
    expect(offerShare('module', 0, params)).toBeCloseTo(0.5, 10);
    expect(offerShare('module', 4, params)).toBeCloseTo(0.5, 10);
    expect(offerShare('full_contract', 0, params)).toBeCloseTo(0.3, 10);
    expect(offerShare('full_contract', 3, params)).toBeCloseTo(0.9, 10);
    expect(offerShare('full_contract', 4, params)).toBe(1);
    expect(offerShare('drawn', 2, params)).toBeCloseTo(0.7, 10);
    expect(offerShare('module', 0, { ...params, earlyStageValue: 0.9 })).toBe(1);
  });

  it('draws each account\'s quarter from the stream keyed seed, account, quarter, purpose', () => {
    expect(quarterDraw(1, 'a1', 3, 'close')).toBeCloseTo(0.8609958649612963, 12);
    expect(quarterDraw(4, 'a1', 3, 'close')).toBeCloseTo(0.3477777678053826, 12);
  });

  describe('in the room', () => {
    const context = (over: Partial<DecisionContext> = {}): DecisionContext => ({
      seed: 1,
      accountId: 'a1',
      quarter: 3,
      status: 'prospect',
      grudge: false,
      returnLikelihood: 1,
      renewalQuarter: null,
      ...over,
    });
    const seeds = Array.from({ length: 60 }, (_, i) => i + 1);
    const yeses = (offer: string, m: Meters, over: Partial<DecisionContext>) => seeds.filter((seed) => decideInRoom(offer, m, context({ ...over, seed }), params)).length;

    it('says no to anything that is not an offer', () => {
      expect(decideInRoom('discount', meters(9, 9, 9, 1, 100), context(), params)).toBe(false);
    });

    it('signs a prospect with momentum and trust, whatever the signing offer; never a client or a lost account', () => {
      for (const offer of ['trial', 'module', 'full_contract']) {
        expect(yeses(offer, meters(3, 3, 2, 4, 100), {})).toBe(60);
        expect(yeses(offer, meters(3, 3, 2, 4, 100), { status: 'client' })).toBe(0);
        expect(yeses(offer, meters(3, 3, 2, 4, 100), { status: 'lost' })).toBe(0);
      }
      // Without momentum (under the floor of 30) nobody signs.
      expect(yeses('trial', meters(3, 3, 2, 4, 29), {})).toBe(0);
    });

    it('signs with the seed\'s closing draw, against the odds after the buyer\'s own pull', () => {
      // Trust 6 pulls 20: momentum 30 becomes 50, odds 20 / 55 with full trust. Without the pull the odds are 0.
      const m = meters(10, 10, 10, 5, 30);
      const answers = seeds.map((seed) => decideInRoom('trial', m, context({ seed }), params));
      expect(answers).toEqual(seeds.map((seed) => quarterDraw(seed, 'a1', 3, 'close') < 20 / 55));
      expect(answers.filter(Boolean).length).toBeGreaterThan(5);
      expect(answers.filter((a) => !a).length).toBeGreaterThan(5);
      // Seed 1's closing draw is 0.861; seed 4's is 0.348, just under 20 / 55 = 0.364.
      expect(decideInRoom('trial', m, context({ seed: 1 }), params)).toBe(false);
      expect(decideInRoom('trial', m, context({ seed: 4 }), params)).toBe(true);
    });

    it('caps momentum with the pull at 100', () => {
      // Trust 0.9 keeps 0.78 of the odds; momentum 100 plus a pull of 0 stays 100, and 95 + 0 is still certain momentum.
      const low = meters(3, 3, 3, 10, 100);
      expect(yeses('trial', low, {})).toBe(seeds.filter((seed) => quarterDraw(seed, 'a1', 3, 'close') < 0.78).length);
    });

    it('weighs a grudge: the same meters sign less often with one', () => {
      // Trust 2 keeps full odds; with a grudge 8 / 6 = 1.33 keeps 0.867 of them, at momentum 85 (certain).
      const m = meters(3, 3, 2, 4, 85);
      expect(yeses('trial', m, {})).toBe(60);
      expect(yeses('trial', m, { grudge: true })).toBe(seeds.filter((seed) => quarterDraw(seed, 'a1', 3, 'close') < 0.6 + 0.2 * (8 / 6)).length);
      expect(yeses('trial', m, { grudge: true })).toBeLessThan(60);
    });

    it('expands a client only from trust 1.5, by the expansion draw', () => {
      // Trust 9 / 6 = 1.5: odds 0.9 at full momentum. Trust 8.9 / 6 = 1.48: never.
      expect(yeses('expansion', meters(3, 3, 3, 6, 100), { status: 'client' })).toBe(
        seeds.filter((seed) => quarterDraw(seed, 'a1', 3, 'expand') < 0.9).length,
      );
      expect(yeses('expansion', meters(3, 3, 3, 6, 100), { status: 'client' })).toBeGreaterThan(40);
      expect(yeses('expansion', meters(3, 3, 2.9, 6, 100), { status: 'client' })).toBe(0);
      expect(yeses('expansion', meters(9, 9, 9, 1, 100), { status: 'prospect' })).toBe(0);
      // Buyers who never come back never buy more.
      expect(yeses('expansion', meters(9, 9, 9, 1, 100), { status: 'client', returnLikelihood: 0 })).toBe(0);
    });

    it('renews only a client in its renewal quarter, who comes back, above the tender line, by the renewal draw', () => {
      const renewing = { status: 'client' as const, renewalQuarter: 3 };
      // Trust 2.5: certain once the buyer comes back.
      expect(yeses('renewal', meters(4, 4, 2, 4), renewing)).toBe(60);
      expect(yeses('renewal', meters(4, 4, 2, 4), { ...renewing, returnLikelihood: 0.5 })).toBe(seeds.filter((seed) => quarterDraw(seed, 'a1', 3, 'return') < 0.5).length);
      expect(yeses('renewal', meters(4, 4, 2, 4), { ...renewing, returnLikelihood: 0 })).toBe(0);
      expect(yeses('renewal', meters(4, 4, 2, 4), { ...renewing, renewalQuarter: 7 })).toBe(0);
      expect(yeses('renewal', meters(4, 4, 2, 4), { ...renewing, status: 'prospect' })).toBe(0);
      // Trust 6 / 5 = 1.2, on the tender line: odds 1.2 / 2.5 = 0.48. Just under it (5.9 / 5): never.
      expect(yeses('renewal', meters(2, 2, 2, 5), renewing)).toBe(seeds.filter((seed) => quarterDraw(seed, 'a1', 3, 'renew') < 0.48).length);
      expect(yeses('renewal', meters(2, 2, 2, 5), renewing)).toBeGreaterThan(10);
      expect(yeses('renewal', meters(2, 2, 1.9, 5), renewing)).toBe(0);
    });
  });
});

describe('what a meeting tells the model', () => {
  const people = ['p1', 'p2', 'p3', 'p4'].map(
    (id): Persona => ({ id, name: `${id} Buyer`, role: 'Head of Operations', company: `${id} Ltd`, industry: 'logistics', temperament: 'mirror', people: 'drivers', vehicles: 'vans', jobs: 'drops' }),
  );
  const state = newCampaign({ seed: 11, quarters: 8, returnLikelihood: 0.4 }, { personas: people, stories: [] }, params);

  it('gives the room the seed, the account, the quarter, the temperament\'s grudge and how often buyers come back', () => {
    const a = state.accounts[0]!;
    a.grudge = true;
    expect(decisionContext(state, a)).toEqual({ seed: 11, accountId: a.id, quarter: 1, status: 'prospect', grudge: true, returnLikelihood: 0.4, renewalQuarter: null });
    a.grudge = false;
  });

  it('gives a client\'s renewal quarter, and none for a prospect still holding an old contract or a client without one', () => {
    const a = structuredClone(state.accounts[1]!);
    a.contract = { value: 50, startQuarter: 1, years: 2, renewalQuarter: 9 };
    expect(decisionContext(state, a).renewalQuarter).toBeNull();
    a.status = 'client';
    expect(decisionContext(state, a).renewalQuarter).toBe(9);
    expect(decisionContext(state, a).status).toBe('client');
    a.contract = null;
    expect(decisionContext(state, a).renewalQuarter).toBeNull();
  });

  it('keeps only offers of the closed set, books the first one agreed, and holds the term to 0-3 whole years', () => {
    const room = { asked: ['trial', 'discount', 'renewal'], agreed: ['discount', 'module', 'trial'], years: 2.6, walkedAway: true, gaveReferral: true, openedHooks: ['x'], closedHooks: ['y'] };
    expect(declarationsOf(room)).toEqual({ asked: ['trial', 'renewal'], agreed: 'module', years: 3, walkedAway: true, gaveReferral: true, openedHooks: ['x'], closedHooks: ['y'] });
    expect(declarationsOf({ ...room, agreed: ['discount'], years: 1.4 })).toMatchObject({ agreed: null, years: 1 });
    expect(declarationsOf({ ...room, agreed: [], years: 7 }).years).toBe(3);
    expect(declarationsOf({ ...room, years: -2 }).years).toBe(0);
    expect(declarationsOf({ ...room, walkedAway: false, gaveReferral: false })).toMatchObject({ walkedAway: false, gaveReferral: false });
  });
});

describe('the calendar', () => {
  const people = ['p1', 'p2', 'p3', 'p4'].map(
    (id): Persona => ({ id, name: `${id} Buyer`, role: 'Head of Operations', company: `${id} Ltd`, industry: 'logistics', temperament: 'mirror', people: 'drivers', vehicles: 'vans', jobs: 'drops' }),
  );

  /** A campaign over the four buyers (three start in the territory), and its first account. */
  function setup(seed = 1): { state: CampaignState; account: Account; beyond: string } {
    const state = newCampaign({ seed, quarters: 8, returnLikelihood: 0.85 }, { personas: people, stories: [] }, params);
    const known = new Set(state.accounts.map((a) => a.personaId));
    return { state, account: state.accounts[0]!, beyond: people.find((p) => !known.has(p.id))!.id };
  }
  const world = (stories: StoryInfo[]): World => ({ personas: people, stories });
  const asClient = (a: Account, renewalQuarter = 9, stage: Account['stage'] = 'review') =>
    Object.assign(a, { status: 'client', wasClient: true, stage, contract: { value: 50, startQuarter: renewalQuarter - 4, years: 1, renewalQuarter } });
  const picks = (w: World, p: Params, setupAccount: (s: { state: CampaignState; account: Account }) => void, seeds = 20) =>
    new Set(
      Array.from({ length: seeds }, (_, i) => {
        const s = setup(i + 1);
        setupAccount(s);
        return nextMeeting(s.state, s.account, w, p)?.storyId ?? null;
      }),
    );

  it('says which kind of meeting an account is due', () => {
    const { state, account } = setup();
    account.stage = 'value';
    expect(meetingKind(state, account)).toBe('value');
    asClient(account, 1, 'implementation');
    expect(meetingKind(state, account)).toBe('renewal');
    account.contract!.renewalQuarter = 5;
    expect(meetingKind(state, account)).toBe('implementation');
    account.stage = 'review';
    expect(meetingKind(state, account)).toBe('review');
    account.stage = 'discovery';
    expect(meetingKind(state, account)).toBe('review');
    account.contract = null;
    expect(meetingKind(state, account)).toBe('review');
  });

  it('plays the buyer\'s own conversations, a general one only where the buyer has none, never another buyer\'s', () => {
    const chosen = Array.from({ length: 20 }, (_, i) => {
      const { state, account } = setup(i + 1);
      const own = world([
        { id: 'general', stage: 'first-meeting' },
        { id: 'own', persona: account.personaId, stage: 'first-meeting' },
        { id: 'other', persona: 'nobody', stage: 'first-meeting' },
      ]);
      return nextMeeting(state, account, own, quiet)?.storyId;
    });
    expect(new Set(chosen)).toEqual(new Set(['own']));
    const general = world([
      { id: 'g1', stage: 'first-meeting' },
      { id: 'g2', stage: 'first-meeting' },
      { id: 'other', persona: 'nobody', stage: 'first-meeting' },
      { id: 'wrong-stage', stage: 'discovery' },
    ]);
    expect(picks(general, quiet, () => {})).toEqual(new Set(['g1', 'g2']));
  });

  it('never plays an account a conversation it has heard, and when its own are used up offers no meeting rather than a general one', () => {
    const { account } = setup();
    const w = world([
      { id: 'own', persona: account.personaId, stage: 'first-meeting' },
      { id: 'g1', stage: 'first-meeting' },
      { id: 'g2', stage: 'first-meeting' },
    ]);
    const s = setup();
    s.account.played = ['own'];
    expect(nextMeeting(s.state, s.account, w, quiet)).toBeNull();
    expect(meetableAccounts(s.state, w, quiet).map((a) => a.id)).not.toContain(s.account.id);
    expect(() => scheduleMeeting(s.state, s.account.id, w, quiet)).toThrow(`account "${s.account.id}" has no first-meeting conversation left to play`);
    const general = world([
      { id: 'g1', stage: 'first-meeting' },
      { id: 'g2', stage: 'first-meeting' },
    ]);
    expect(picks(general, quiet, ({ account: a }) => (a.played = ['g1']))).toEqual(new Set(['g2']));
  });

  it('prefers conversations this campaign has not played, and replays one only when all were played', () => {
    const general = world([
      { id: 'g1', stage: 'first-meeting' },
      { id: 'g2', stage: 'first-meeting' },
    ]);
    expect(picks(general, quiet, ({ state }) => (state.storiesPlayed = ['g1']))).toEqual(new Set(['g2']));
    expect(picks(general, quiet, ({ state }) => (state.storiesPlayed = ['g2', 'g1']))).toEqual(new Set(['g1', 'g2']));
  });

  it('never plays an event conversation as an ordinary meeting', () => {
    const w = world([
      { id: 'event', stage: 'first-meeting', event: 'competitor-price' },
      { id: 'plain', stage: 'first-meeting' },
    ]);
    expect(picks(w, quiet, () => {})).toEqual(new Set(['plain']));
    const s = setup();
    expect(nextMeeting(s.state, s.account, world([{ id: 'event', stage: 'first-meeting', event: 'competitor-price' }]), quiet)).toBeNull();
  });

  it('offers a lost account nothing, and refuses to schedule it or an unknown one', () => {
    const w = world([{ id: 'g1', stage: 'first-meeting' }]);
    const s = setup();
    expect(nextMeeting(s.state, s.account, w, quiet)).toEqual({ accountId: s.account.id, storyId: 'g1', stage: 'first-meeting', event: null, referralPersonaId: null });
    expect(scheduleMeeting(s.state, s.account.id, w, quiet).storyId).toBe('g1');
    s.account.status = 'lost';
    expect(nextMeeting(s.state, s.account, w, quiet)).toBeNull();
    expect(() => scheduleMeeting(s.state, s.account.id, w, quiet)).toThrow(`no open account "${s.account.id}"`);
    expect(() => scheduleMeeting(s.state, 'a99', w, quiet)).toThrow('no open account "a99"');
  });

  it('lists for meeting the open accounts not met this quarter that have something to play', () => {
    const w = world([{ id: 'g1', stage: 'first-meeting' }]);
    const s = setup();
    const [a, b, c] = s.state.accounts as [Account, Account, Account];
    expect(meetableAccounts(s.state, w, quiet).map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    a.metThisQuarter = true;
    c.played = ['g1'];
    expect(meetableAccounts(s.state, w, quiet).map((x) => x.id)).toEqual([b.id]);
  });

  describe('events', () => {
    const dealStories = world([
      { id: 'push', event: 'quarter-end-push' },
      { id: 'price', event: 'competitor-price' },
      { id: 'refer', event: 'referral-ask' },
      { id: 'first', stage: 'first-meeting' },
      { id: 'value', stage: 'value' },
      { id: 'proposal', stage: 'proposal' },
      { id: 'negotiation', stage: 'negotiation' },
      { id: 'review', stage: 'review' },
      { id: 'implementation', stage: 'implementation' },
    ]);
    const competitor: Params = { ...quiet, competitorPriceOdds: 1 };
    const push: Params = { ...quiet, quarterEndPushOdds: 1 };
    const referralAsk: Params = { ...quiet, referralAskOdds: 1 };
    const behind = (state: CampaignState, attainment: number) => state.results.push({ attainment } as QuarterResult);

    it('brings a competitor\'s price only to a prospect with a proposal on the table', () => {
      const s = setup();
      s.account.stage = 'proposal';
      expect(nextMeeting(s.state, s.account, dealStories, competitor)).toEqual({ accountId: s.account.id, storyId: 'price', stage: 'proposal', event: 'competitor-price', referralPersonaId: null });
      s.account.stage = 'negotiation';
      expect(nextMeeting(s.state, s.account, dealStories, competitor)?.event).toBe('competitor-price');
      s.account.stage = 'value';
      expect(nextMeeting(s.state, s.account, dealStories, competitor)?.storyId).toBe('value');
      asClient(s.account, 9, 'implementation');
      expect(nextMeeting(s.state, s.account, dealStories, competitor)?.storyId).toBe('implementation');
    });

    it('lets an event wait two quarters after it played before it takes over another meeting', () => {
      const s = setup();
      s.account.stage = 'proposal';
      s.state.eventPlayed['competitor-price'] = 1;
      s.state.quarter = 3;
      expect(nextMeeting(s.state, s.account, dealStories, competitor)?.storyId).toBe('proposal');
      s.state.quarter = 4;
      expect(nextMeeting(s.state, s.account, dealStories, competitor)?.storyId).toBe('price');
      s.state.eventPlayed['competitor-price'] = 2;
      expect(nextMeeting(s.state, s.account, dealStories, competitor)?.storyId).toBe('proposal');
    });

    it('falls back to the ordinary meeting when the event has nothing left for the account', () => {
      const s = setup();
      s.account.stage = 'proposal';
      s.account.played = ['price'];
      expect(nextMeeting(s.state, s.account, dealStories, competitor)).toMatchObject({ storyId: 'proposal', event: null });
    });

    it('turns the last meeting of a quarter into a push only when last quarter missed quota and a proposal is on the table', () => {
      const s = setup();
      s.account.stage = 'proposal';
      s.state.meetingsThisQuarter = 1; // the second of two in year one: the last
      expect(nextMeeting(s.state, s.account, dealStories, push)?.storyId).toBe('proposal'); // no quarter yet: not behind
      behind(s.state, 0.99);
      expect(nextMeeting(s.state, s.account, dealStories, push)).toMatchObject({ storyId: 'push', event: 'quarter-end-push', stage: 'proposal' });
      // Only the last quarter counts.
      behind(s.state, 1);
      expect(nextMeeting(s.state, s.account, dealStories, push)?.storyId).toBe('proposal');
      behind(s.state, 0.99);
      expect(nextMeeting(s.state, s.account, dealStories, push)).toMatchObject({ storyId: 'push', event: 'quarter-end-push', stage: 'proposal' });
      s.state.meetingsThisQuarter = 0; // the first of two: not the last
      expect(nextMeeting(s.state, s.account, dealStories, push)?.storyId).toBe('proposal');
      s.state.quarter = 5; // one meeting a quarter from year two: the first is the last
      expect(nextMeeting(s.state, s.account, dealStories, push)?.storyId).toBe('push');
      s.account.stage = 'value';
      expect(nextMeeting(s.state, s.account, dealStories, push)?.storyId).toBe('value');
    });

    it('puts the push before a competitor, and lets a cooling push leave room for the competitor', () => {
      const s = setup();
      s.account.stage = 'negotiation';
      s.state.quarter = 5;
      behind(s.state, 0.2);
      const both = { ...quiet, quarterEndPushOdds: 1, competitorPriceOdds: 1 };
      expect(nextMeeting(s.state, s.account, dealStories, both)?.storyId).toBe('push');
      s.state.eventPlayed['quarter-end-push'] = 4;
      expect(nextMeeting(s.state, s.account, dealStories, both)?.storyId).toBe('price');
    });

    it('offers a trusting client the chance to ask for a referral to someone beyond the territory', () => {
      const s = setup();
      asClient(s.account);
      s.account.meters = meters(3, 3, 2, 4); // trust 2, the referral line
      expect(nextMeeting(s.state, s.account, dealStories, referralAsk)).toEqual({
        accountId: s.account.id,
        storyId: 'refer',
        stage: 'review',
        event: 'referral-ask',
        referralPersonaId: s.beyond,
      });
      s.account.meters = meters(3, 3, 1.96, 4); // trust 1.99
      expect(nextMeeting(s.state, s.account, dealStories, referralAsk)?.storyId).toBe('review');
      s.account.meters = meters(3, 3, 2, 4);
      s.account.grudge = true; // 8 / 6
      expect(nextMeeting(s.state, s.account, dealStories, referralAsk)?.storyId).toBe('review');
    });

    it('asks for no referral when nobody new is left to name, nor of a prospect, nor while the event cools', () => {
      const s = setup();
      asClient(s.account);
      s.account.meters = meters(9, 9, 9, 1);
      s.state.pendingReferrals.push({ personaId: s.beyond, fromAccountId: s.account.id, quarter: 1 });
      expect(nextMeeting(s.state, s.account, dealStories, referralAsk)?.storyId).toBe('review');
      const t = setup();
      t.account.meters = meters(9, 9, 9, 1);
      expect(nextMeeting(t.state, t.account, dealStories, referralAsk)).toMatchObject({ storyId: 'first', event: null });
      asClient(t.account);
      t.state.eventPlayed['referral-ask'] = 1;
      t.state.quarter = 3;
      expect(nextMeeting(t.state, t.account, dealStories, referralAsk)?.storyId).toBe('review');
      t.state.quarter = 4;
      expect(nextMeeting(t.state, t.account, dealStories, referralAsk)?.storyId).toBe('refer');
    });

    it('draws each event and each conversation from its own keyed stream', () => {
      // The streams' values are pinned above; here each choice follows the stream keyed for its purpose.
      const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
      const draw = (seed: number, account: Account, key: string) => stream(seed, account.id, 5, key)();
      const general = world([
        { id: 'g1', stage: 'negotiation' },
        { id: 'g2', stage: 'negotiation' },
        { id: 'g3', stage: 'negotiation' },
        { id: 'price', event: 'competitor-price' },
        { id: 'push', event: 'quarter-end-push' },
        { id: 'refer', event: 'referral-ask' },
        { id: 'review', stage: 'review' },
      ]);
      const seen = { competitor: 0, push: 0, refer: 0 };
      for (const seed of seeds) {
        const s = setup(seed);
        s.state.quarter = 5;
        s.account.stage = 'negotiation';
        const plain = nextMeeting(s.state, s.account, general, quiet)!;
        expect(plain.storyId).toBe(['g1', 'g2', 'g3'][Math.floor(draw(seed, s.account, 'story') * 3)]);
        const competitorDrawn = draw(seed, s.account, 'event:competitor') < params.competitorPriceOdds;
        seen.competitor += Number(competitorDrawn);
        expect(nextMeeting(s.state, s.account, general, { ...quiet, competitorPriceOdds: params.competitorPriceOdds })!.storyId).toBe(competitorDrawn ? 'price' : plain.storyId);
        behind(s.state, 0.5);
        const pushDrawn = draw(seed, s.account, 'event:push') < params.quarterEndPushOdds;
        seen.push += Number(pushDrawn);
        expect(nextMeeting(s.state, s.account, general, { ...quiet, quarterEndPushOdds: params.quarterEndPushOdds })!.storyId).toBe(pushDrawn ? 'push' : plain.storyId);
        asClient(s.account);
        s.account.meters = meters(9, 9, 9, 1);
        const referDrawn = draw(seed, s.account, 'event:referral') < params.referralAskOdds;
        seen.refer += Number(referDrawn);
        expect(nextMeeting(s.state, s.account, general, { ...quiet, referralAskOdds: params.referralAskOdds })!.storyId).toBe(referDrawn ? 'refer' : 'review');
      }
      for (const count of Object.values(seen)) {
        expect(count).toBeGreaterThan(3);
        expect(count).toBeLessThan(37);
      }
    });

    it('names the referral from its own stream among the people beyond the territory', () => {
      // Eight buyers: a territory of six, three of them met; two beyond it, in the world's order.
      const eight = Array.from({ length: 8 }, (_, i): Persona => ({ ...people[0]!, id: `q${i}`, name: `q${i} Buyer`, company: `q${i} Ltd` }));
      const w: World = { personas: eight, stories: [{ id: 'refer', event: 'referral-ask' }] };
      const named = new Set<string>();
      for (let seed = 1; seed <= 30; seed++) {
        const state = newCampaign({ seed, quarters: 8, returnLikelihood: 0.85 }, w, params);
        const account = state.accounts[0]!;
        asClient(account);
        account.meters = meters(9, 9, 9, 1);
        const inTerritory = new Set(territory(state, w, params).map((p) => p.id));
        const beyond = eight.filter((p) => !inTerritory.has(p.id)).map((p) => p.id);
        expect(beyond).toHaveLength(2);
        const meeting = nextMeeting(state, account, w, referralAsk)!;
        expect(meeting.referralPersonaId).toBe(beyond[Math.floor(stream(seed, account.id, 1, 'referral-ask')() * 2)]);
        named.add(meeting.referralPersonaId!);
      }
      expect(named.size).toBeGreaterThan(2);
    });

    it('never lets an event take over a meeting when its odds are nil', () => {
      const s = setup();
      s.account.stage = 'proposal';
      s.state.quarter = 5;
      behind(s.state, 0);
      expect(nextMeeting(s.state, s.account, dealStories, quiet)?.storyId).toBe('proposal');
      asClient(s.account);
      s.account.meters = meters(9, 9, 9, 1);
      expect(nextMeeting(s.state, s.account, dealStories, quiet)?.storyId).toBe('review');
    });
  });
});
