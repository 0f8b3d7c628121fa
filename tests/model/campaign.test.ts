import { describe, expect, it } from 'vitest';
import { POLICY_NAMES, type PolicyName } from '../../src/engine/bots/policies';
import { runCampaign } from '../../src/engine/bots/tournament';
import { defaultParams } from '../../src/engine/model/constants';
import { meetableAccounts } from '../../src/engine/model/calendar';
import { CampaignSession, type CampaignRecord } from '../../src/engine/model/session';
import { loadWorld } from '../../scripts/lib/world';

const { world, lookup } = loadWorld();
const params = defaultParams();
const settings = (seed: number, quarters = 8) => ({ seed, quarters, returnLikelihood: params.defaultReturn });

/** Plays like the advisor, except for one choice at one meeting. */
function playWithOneChange(seed: number, change: { quarter: number; point: number } | null) {
  const session = new CampaignSession(settings(seed), world, lookup, params);
  const { state } = session;
  let changed: string | null = null;
  while (!session.isOver) {
    const advisor = (accountIds: string[]) => accountIds;
    for (const accountId of advisor(runAgenda(state))) {
      session.startMeeting(accountId);
      for (let point = 0; ; point++) {
        const last = session.continueMeeting().at(-1)!;
        if (last.kind !== 'choices') break;
        const isTheChange = change && state.quarter === change.quarter && point === change.point && changed === null;
        const wanted = isTheChange ? 'close' : 'relate';
        const option = last.choices.find((o) => o.tags.move === wanted) ?? last.choices[0]!;
        if (isTheChange) changed = accountId;
        session.choose(option.index);
      }
      session.finishMeeting();
    }
    session.endQuarter();
  }
  return { session, changed };
}
/** A fixed agenda: the lowest-numbered accounts that can be met, so both runs meet the same people. */
function runAgenda(state: CampaignSession['state']): string[] {
  const open = meetableAccounts(state, world, params).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const allowance = state.quarter <= 4 ? 2 : 1;
  return open.slice(0, allowance).map((a) => a.id);
}

describe('randomness and the record', () => {
  it('changing one quarter-3 choice leaves quarters 1-2, and unrelated accounts in quarter 3, unchanged', () => {
    for (const seed of [1, 2, 3]) {
      const a = playWithOneChange(seed, null);
      const b = playWithOneChange(seed, { quarter: 3, point: 0 });
      expect(b.changed).not.toBeNull();
      expect(b.session.state.results.slice(0, 2)).toEqual(a.session.state.results.slice(0, 2));
      const historyTo = (s: typeof a.session, id: string, q: number) =>
        s.state.accounts.find((x) => x.id === id)?.history.filter((e) => e.quarter <= q);
      for (const account of a.session.state.accounts.filter((x) => x.arrivedQuarter <= 2)) {
        expect(historyTo(b.session, account.id, 2)).toEqual(historyTo(a.session, account.id, 2));
        if (account.id !== b.changed) expect(historyTo(b.session, account.id, 3)).toEqual(historyTo(a.session, account.id, 3));
      }
      expect(historyTo(b.session, b.changed!, 3)).not.toEqual(historyTo(a.session, b.changed!, 3));
    }
  });

  it.each(POLICY_NAMES)('a 2-quarter campaign is exactly the first two quarters of an 8-quarter one (%s)', (name: PolicyName) => {
    for (const seed of [4, 5]) {
      const short = runCampaign(name, settings(seed, 2), world, lookup, params);
      const long = runCampaign(name, settings(seed, 8), world, lookup, params);
      expect(short.state.results).toEqual(long.state.results.slice(0, 2));
      expect(short.record.meetings).toEqual(long.record.meetings.filter((m) => m.quarter <= 2));
    }
  });

  it.each(POLICY_NAMES)('replaying a saved record rebuilds the same campaign (%s)', (name: PolicyName) => {
    const played = runCampaign(name, settings(6), world, lookup, params);
    const saved = JSON.parse(JSON.stringify(played.record)) as CampaignRecord;
    const rebuilt = CampaignSession.replay(saved, world, lookup, params);
    expect(rebuilt.state).toEqual(played.state);
  });

  it('rebuilds a game stopped mid-meeting, at the same choice point', () => {
    const played = runCampaign('random', settings(8), world, lookup, params);
    const record = JSON.parse(JSON.stringify(played.record)) as CampaignRecord;
    const meetingIndex = 3;
    const partial: CampaignRecord = {
      ...record,
      meetings: [...record.meetings.slice(0, meetingIndex), { ...record.meetings[meetingIndex]!, choices: record.meetings[meetingIndex]!.choices.slice(0, 1), finished: false }],
      quartersEnded: record.meetings[meetingIndex]!.quarter - 1,
    };
    const rebuilt = CampaignSession.replay(partial, world, lookup, params);
    expect(rebuilt.inMeeting).toBe(true);
    expect(rebuilt.runner.choiceLog.map((c) => c.text)).toEqual([record.meetings[meetingIndex]!.choices[0]!.text]);
  });

  it('says clearly when a record no longer fits the stories', () => {
    const played = runCampaign('advisor', settings(9), world, lookup, params);
    const record = JSON.parse(JSON.stringify(played.record)) as CampaignRecord;
    record.meetings[0]!.choices[0]!.text = 'A line that was rewritten';
    expect(() => CampaignSession.replay(record, world, lookup, params)).toThrow(/no longer offers "A line that was rewritten"/);
  });
});

describe('accounts and leads', () => {
  it('keeps one account per company, brings a company that left back no sooner than a quarter later unless nobody else is open, and never leaves the seller with nobody at all', () => {
    for (const policy of POLICY_NAMES) {
      for (let seed = 1; seed <= 15; seed++) {
        const { state } = runCampaign(policy, settings(seed), world, lookup);
        const label = `${policy} seed ${seed}`;
        expect(new Set(state.accounts.map((a) => a.personaId)).size, label).toBe(state.accounts.length);
        // Open in quarter q: it arrived (at the end of an earlier quarter, or at the start) and has not been lost since.
        const openIn = (q: number) =>
          state.accounts.filter((a) => {
            const moments = a.history.filter((e) => (e.kind === 'arrived' && (e.quarter < q || (e.quarter === 1 && q === 1))) || (e.kind === 'lost' && e.quarter < q));
            return moments.at(-1)?.kind === 'arrived';
          });
        for (let q = 1; q <= 8; q++) expect(openIn(q).length, `${label} quarter ${q}: nobody to meet`).toBeGreaterThan(0);
        for (const account of state.accounts) {
          account.history.forEach((event, i) => {
            if (event.kind !== 'arrived' || i === 0) return;
            const lost = account.history.slice(0, i).findLast((e) => e.kind === 'lost')!;
            if (event.quarter - lost.quarter >= 2) return;
            // Back at once: allowed only when nobody else was open for the next quarter.
            const others = openIn(event.quarter + 1).filter((a) => a !== account);
            expect(others, `${label}: ${account.personaId} lost in quarter ${lost.quarter} came straight back`).toEqual([]);
          });
        }
      }
    }
  }, 120_000);
});
