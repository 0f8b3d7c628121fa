/**
 * One world, one truth: what the story says and what the model books agree;
 * accounts remember; the calendar never replays a conversation; referrals are
 * people; promises come due. Hand-made states state each rule; campaigns over
 * the shipped stories check that the rules hold in play.
 */
import { describe, expect, it } from 'vitest';
import { POLICY_NAMES } from '../../src/engine/bots/policies';
import { runCampaign } from '../../src/engine/bots/tournament';
import { meetableAccounts, meetingKind, nextMeeting } from '../../src/engine/model/calendar';
import {
  type Account,
  type CampaignState,
  type Declarations,
  type World,
  NO_DECLARATIONS,
  applyMeeting,
  endQuarter,
  newCampaign,
} from '../../src/engine/model/campaign';
import { defaultParams } from '../../src/engine/model/constants';
import { closeOdds, decideInRoom, quarterDraw, trustFrom, trustPull } from '../../src/engine/model/decisions';
import { trustBand, trustScore } from '../../src/engine/model/trust-scale';
import { agendaOf } from '../../src/engine/report/agenda';
import type { Persona } from '../../src/engine/personas';
import { loadWorld } from '../../scripts/lib/world';

const params = defaultParams();
const shipped = loadWorld();
const persona = (id: string): Persona => ({
  id,
  name: `${id[0]!.toUpperCase()}${id.slice(1)} Buyer`,
  role: 'Head of Operations',
  company: `${id} Ltd`,
  industry: 'logistics',
  temperament: 'mirror',
  people: 'drivers',
  vehicles: 'vans',
  jobs: 'drops',
});
const stories = [
  { id: 'first', stage: 'first-meeting' as const },
  { id: 'disc-1', stage: 'discovery' as const },
  { id: 'disc-2', stage: 'discovery' as const },
  { id: 'impl', stage: 'implementation' as const },
  { id: 'review', stage: 'review' as const },
  { id: 'renew', stage: 'renewal' as const },
  { id: 'back', stage: 'win-back' as const },
  { id: 'push', event: 'quarter-end-push' as const },
];
const tinyWorld = (people: number): World => ({ personas: Array.from({ length: people }, (_, i) => persona(`p${i}`)), stories });

function campaign(world: World, seed = 1): CampaignState {
  return newCampaign({ seed, quarters: 8, returnLikelihood: 0.85 }, world, params);
}
const meeting = (storyId: string, declarations: Partial<Declarations> = {}, referralPersonaId: string | null = null, meters?: Account['meters']) => ({
  storyId,
  event: null,
  referralPersonaId,
  meters: meters ?? { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 4, deal: 10 },
  ledger: { promised: [], kept: [], broken: [] },
  moves: ['relate' as const],
  declarations: { ...NO_DECLARATIONS, ...declarations },
  lastMood: 'warm' as const,
});
const client = (a: Account, start: number, years = 1) =>
  Object.assign(a, { status: 'client', wasClient: true, stage: 'review', contract: { value: 50, startQuarter: start, years, renewalQuarter: start + 4 * years } });

describe('the story asks, the model decides', () => {
  it('answers in the room with the same luck as the quarter-end draw, from the meters at that line and the buyer\'s own pull', () => {
    let agreedSome = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const meters = { credibility: 4, reliability: 4, intimacy: 3, self_orientation: 4, deal: 60 };
      const context = { seed, accountId: 'a1', quarter: 3, status: 'prospect' as const, grudge: false, returnLikelihood: 0.85, renewalQuarter: null };
      const trust = trustFrom(meters, false, params);
      // A trusting buyer's own pull counts in the room as it would by the quarter's end.
      const expected = quarterDraw(seed, 'a1', 3, 'close') < closeOdds(60 + trustPull(trust, params), trust, params);
      expect(decideInRoom('full_contract', meters, context, params)).toBe(expected);
      if (expected) agreedSome += 1;
      // A client cannot sign a new contract, and an offer outside the closed set is always a no.
      expect(decideInRoom('full_contract', meters, { ...context, status: 'client' }, params)).toBe(false);
      expect(decideInRoom('discount', meters, context, params)).toBe(false);
    }
    expect(agreedSome).toBeGreaterThan(20);
    expect(agreedSome).toBeLessThan(180);
  });

  it('renews in the room only in the renewal quarter', () => {
    const meters = { credibility: 9, reliability: 9, intimacy: 9, self_orientation: 1, deal: 10 };
    const base = { seed: 1, accountId: 'a1', quarter: 5, status: 'client' as const, grudge: false, returnLikelihood: 1, renewalQuarter: 5 };
    expect(decideInRoom('renewal', meters, base, params)).toBe(true);
    expect(decideInRoom('renewal', meters, { ...base, renewalQuarter: 9 }, params)).toBe(false);
  });

  it('books what was agreed in the room, at the declared term, and nothing when the buyer said no', () => {
    const world = tinyWorld(3);
    const yes = campaign(world);
    const a = yes.accounts[0]!;
    applyMeeting(yes, a.id, meeting('first', { asked: ['full_contract'], agreed: 'full_contract', years: 3 }), params);
    const booked = endQuarter(yes, world, params);
    expect(a.status).toBe('client');
    expect(a.contract).toMatchObject({ startQuarter: 1, years: 3, renewalQuarter: 13 });
    const signed = booked.lines.find((l) => l.kind === 'signed' && l.accountId === a.id);
    expect(signed).toMatchObject({ kind: 'signed', offer: 'full_contract', years: 3, inRoom: true });
    // Agreed and booked this quarter; paid from next quarter at the recurring rate, as the line says.
    expect(signed).toMatchObject({ quarterly: Math.round(a.contract!.value * params.recurringRate * 10) / 10 });
    const next = endQuarter(yes, world, params);
    expect(next.lines).toContainEqual({ kind: 'recurring', accountId: a.id, amount: Math.round(a.contract!.value * params.recurringRate * 10) / 10 });

    // Full momentum and trust would close at the quarter's end: a no in the room means no signature this quarter.
    for (let seed = 1; seed <= 20; seed++) {
      const no = campaign(world, seed);
      const b = no.accounts[0]!;
      applyMeeting(no, b.id, meeting('first', { asked: ['full_contract'] }, null, { credibility: 9, reliability: 9, intimacy: 9, self_orientation: 1, deal: 100 }), params);
      const result = endQuarter(no, world, params);
      expect(b.status).not.toBe('client');
      expect(result.lines).toContainEqual({ kind: 'declined', accountId: b.id, offer: 'full_contract' });
    }
  });

  it('prices a trial below a full contract at the same trust', () => {
    const world = tinyWorld(3);
    const values = (['trial', 'full_contract'] as const).map((offer) => {
      const state = campaign(world);
      const a = state.accounts[0]!;
      a.stage = 'negotiation';
      applyMeeting(state, a.id, meeting('first', { asked: [offer], agreed: offer, years: 1 }), params);
      endQuarter(state, world, params);
      return a.contract!.value;
    });
    expect(values[0]).toBeLessThan(values[1]!);
  });

  it('keeps a yes given in the room even by a buyer who takes free work to tender', () => {
    const world = tinyWorld(3);
    for (let seed = 1; seed <= 30; seed++) {
      const state = campaign(world, seed);
      const a = Object.assign(state.accounts[0]!, { temperament: 'exploiter' as const });
      applyMeeting(state, a.id, meeting('first', { asked: ['trial'], agreed: 'trial', years: 1 }), params);
      endQuarter(state, world, params);
      expect(a.status, `seed ${seed}`).toBe('client');
    }
  });

  it('loses an account whose buyer walked away in the room, with that reason', () => {
    const world = tinyWorld(3);
    const state = campaign(world);
    const a = state.accounts[0]!;
    applyMeeting(state, a.id, meeting('first', { walkedAway: true }), params);
    const result = endQuarter(state, world, params);
    expect(a.status).toBe('lost');
    expect(result.lines).toContainEqual(expect.objectContaining({ kind: 'lost', accountId: a.id, reason: 'walked-away' }));
  });
});

describe('the calendar', () => {
  it('has a client renew in its renewal quarter, not every year, and review in between', () => {
    const world = tinyWorld(3);
    const state = campaign(world);
    const a = client(state.accounts[0]!, 1, 2);
    for (let q = 2; q <= 9; q++) {
      state.quarter = q;
      expect(meetingKind(state, a)).toBe(q === 9 ? 'renewal' : 'review');
    }
  });

  it('never offers an account a conversation it has heard, and offers no meeting when none is left', () => {
    const world = tinyWorld(3);
    const state = campaign(world);
    const a = state.accounts[0]!;
    a.stage = 'discovery';
    const first = nextMeeting(state, a, world, params)!;
    a.played.push(first.storyId);
    const second = nextMeeting(state, a, world, params)!;
    expect(second.storyId).not.toBe(first.storyId);
    a.played.push(second.storyId);
    expect(nextMeeting(state, a, world, params)).toBeNull();
    expect(meetableAccounts(state, world, params)).not.toContain(a);
    expect(agendaOf(state, world, params).rows.find((r) => r.accountId === a.id)).toMatchObject({ kind: null, noMeeting: 'awaiting-decision' });
  });

  it('brings a company that left back as the same account, for a win-back meeting, its meters kept and a grudge weighed', () => {
    const world = tinyWorld(4);
    const state = campaign(world, 3);
    const a = state.accounts[0]!;
    a.meters = { credibility: 6, reliability: 5, intimacy: 4, self_orientation: 3, deal: 40 };
    applyMeeting(state, a.id, meeting('first', { walkedAway: true }, null, a.meters), params);
    endQuarter(state, world, params);
    expect(a.status).toBe('lost');
    // Fill the territory's other slots with nobody new: only the lost company can come back.
    for (let q = 0; q < 6 && a.status === 'lost'; q++) endQuarter(state, world, params);
    expect(a.status).toBe('prospect');
    expect(state.accounts.filter((x) => x.personaId === a.personaId)).toHaveLength(1);
    expect(meetingKind(state, a)).toBe('win-back');
    expect(a.meters).toMatchObject({ credibility: 6, reliability: 5, self_orientation: 4, deal: 10 });
    expect(nextMeeting(state, a, world, params)!.storyId).toBe('back');
  });
});

describe('referrals are people', () => {
  it('brings a referred person in next quarter as a warm lead, by name', () => {
    const world = tinyWorld(5);
    const state = campaign(world);
    const a = client(state.accounts[0]!, 1);
    const stranger = world.personas.find((p) => !state.accounts.some((x) => x.personaId === p.id))!;
    // Trust under the referral line: the only referral is the one declared in the room.
    const lukewarm = { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 5, deal: 10 };
    applyMeeting(state, a.id, meeting('review', { gaveReferral: true }, stranger.id, lukewarm), params);
    expect(state.pendingReferrals).toEqual([{ personaId: stranger.id, fromAccountId: a.id, quarter: 1 }]);
    const result = endQuarter(state, world, params);
    const arrived = state.accounts.find((x) => x.personaId === stranger.id)!;
    expect(arrived.warm).toBe(true);
    expect(result.lines).toContainEqual(expect.objectContaining({ kind: 'new-lead', accountId: arrived.id, referredBy: a.id }));
    expect(a.referralsGiven).toBe(1);
  });

  it('keeps a referral waiting, visibly, while the agenda is full', () => {
    const world = tinyWorld(9);
    const full = { ...params, maxOpenAccounts: 3 };
    const state = newCampaign({ seed: 1, quarters: 8, returnLikelihood: 0.85 }, world, full);
    const a = client(state.accounts[0]!, 1);
    const stranger = world.personas.find((p) => !state.accounts.some((x) => x.personaId === p.id))!;
    applyMeeting(state, a.id, meeting('review', { gaveReferral: true }, stranger.id, { credibility: 3, reliability: 3, intimacy: 2, self_orientation: 5, deal: 10 }), full);
    const result = endQuarter(state, world, full);
    expect(result.lines).toContainEqual({ kind: 'referral-waiting', personaId: stranger.id, fromAccountId: a.id });
    expect(state.pendingReferrals.map((r) => r.personaId)).toEqual([stranger.id]);
  });

  it('never names someone already in the territory', () => {
    const { world, lookup } = shipped;
    for (let seed = 1; seed <= 20; seed++) {
      const session = runCampaign('advisor', { seed, quarters: 8, returnLikelihood: 0.85 }, world, lookup, params);
      for (const result of session.state.results) {
        for (const line of result.lines) {
          if (line.kind !== 'new-lead' || line.winBack) continue;
          const account = session.state.accounts.find((x) => x.id === line.accountId)!;
          expect(session.state.accounts.filter((x) => x.personaId === account.personaId)).toHaveLength(1);
        }
      }
    }
  }, 60_000);
});

describe('promises come due', () => {
  it('lapses a promise not kept by the end of the quarter after it was made, and says so', () => {
    const world = tinyWorld(3);
    const state = campaign(world);
    const a = state.accounts[0]!;
    applyMeeting(state, a.id, { ...meeting('first'), ledger: { promised: ['pilot_plan'], kept: [], broken: [] } }, params);
    expect(a.promiseDue).toEqual({ pilot_plan: 2 });
    expect(endQuarter(state, world, params).lines.some((l) => l.kind === 'promise-lapsed')).toBe(false);
    expect(agendaOf(state, world, params).rows.find((r) => r.accountId === a.id)!.promisesDue).toEqual(['pilot_plan']);
    const reliability = a.meters.reliability;
    const second = endQuarter(state, world, params);
    expect(second.lines).toContainEqual({ kind: 'promise-lapsed', accountId: a.id, promise: 'pilot_plan' });
    expect(a.ledger.broken).toEqual(['pilot_plan']);
    expect(a.meters.reliability).toBe(reliability - 3);
  });
});

describe('trust on a readable scale', () => {
  it('puts each of the model\'s thresholds at the start of a band', () => {
    expect(trustBand(params.tenderTrust - 0.01)).toBe('distrust');
    expect(trustBand(params.tenderTrust)).toBe('doubtful');
    expect(trustBand(params.expansionTrust)).toBe('open');
    expect(trustBand(params.referralTrust)).toBe('trusts');
    expect(trustBand(params.renewalTrust)).toBe('advocate');
    expect(trustScore(params.renewalTrust)).toBe(5);
    expect(trustScore(22.5)).toBe(10);
    expect(trustScore(0.6)).toBe(1.2);
  });
});

describe('campaigns over the shipped stories', () => {
  const { world, lookup } = shipped;
  it.each(POLICY_NAMES)('never replay a conversation for one account, nor play a first meeting with an account that has history (%s)', (name) => {
    for (let seed = 1; seed <= 15; seed++) {
      const session = runCampaign(name, { seed, quarters: 8, returnLikelihood: 0.85 }, world, lookup, params);
      for (const account of session.state.accounts) {
        expect(new Set(account.played).size, `${name} seed ${seed} ${account.id}`).toBe(account.played.length);
      }
      const byAccount = new Map<string, number>();
      for (const m of session.record.meetings) {
        const story = world.stories.find((s) => s.id === m.storyId)!;
        if (story.stage === 'first-meeting') expect(byAccount.get(m.accountId) ?? 0, `${name} seed ${seed} ${m.storyId}`).toBe(0);
        byAccount.set(m.accountId, (byAccount.get(m.accountId) ?? 0) + 1);
      }
      // Renewal conversations play in the account's renewal quarter.
      for (const m of session.record.meetings) {
        if (world.stories.find((s) => s.id === m.storyId)?.stage !== 'renewal') continue;
        const account = session.state.accounts.find((a) => a.id === m.accountId)!;
        const renewal = account.history.find((e) => e.quarter === m.quarter && (e.kind === 'renewed' || e.kind === 'lost' || e.kind === 'tender-won'));
        expect(renewal, `${name} seed ${seed}: renewal meeting in quarter ${m.quarter} with no renewal decided`).toBeDefined();
      }
    }
  }, 60_000);
});
