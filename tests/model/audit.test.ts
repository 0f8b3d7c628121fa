import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_NAMES } from '../../src/engine/bots/policies';
import type { AccountEvent, QuarterLine } from '../../src/engine/model/campaign';
import { STARTING_METERS } from '../../src/engine/model/campaign';
import type { Ledger } from '../../src/engine/narrative/runner';
import { StoryCache } from '../../src/engine/narrative/runner';
import {
  AUDIT_COUNTS,
  type AuditCount,
  type AuditReport,
  type AuditedCampaign,
  type AuditedMeeting,
  MUST_BE_ZERO,
  auditBots,
  auditCampaign,
  longestSharedPassage,
  wordsOf,
} from '../../src/engine/report/audit';
import { loadWorld } from '../../scripts/lib/world';
import { runIsolated } from '../helpers/isolated';

// ---------------------------------------------------------------- hand-made campaigns

const ledger = (promised: string[] = [], kept: string[] = [], broken: string[] = []): Ledger => ({ promised, kept, broken });

function meeting(over: Partial<AuditedMeeting> = {}): AuditedMeeting {
  return {
    quarter: 1,
    accountId: 'a1',
    storyId: 'discovery-one',
    storyStage: 'discovery',
    referralPersonaId: null,
    historyBefore: [],
    lines: [],
    declarations: { asked: [], agreed: [], walkedAway: false, gaveReferral: false },
    turns: [{ before: ledger(), after: ledger() }],
    ...over,
  };
}

/** A quarter's result; the manager says a different line every quarter unless told otherwise. */
function result(quarter: number, lines: QuarterLine[] = [], situation: AuditedCampaign['results'][number]['manager']['situation'] = 'steady', repeat = quarter - 1): AuditedCampaign['results'][number] {
  return { quarter, lines, manager: { tone: 'steady', situation, repeat, planQuarter: 0 } };
}

function campaign(over: Partial<AuditedCampaign> = {}): AuditedCampaign {
  return {
    seed: 1,
    meetings: [],
    results: [result(1)],
    accounts: [
      { id: 'a1', personaId: 'p1' },
      { id: 'a2', personaId: 'p2' },
    ],
    pendingReferrals: [],
    finalRevenue: 0,
    ...over,
  };
}

type WithoutMeters<T> = T extends unknown ? Omit<T, 'meters'> : never;
const event = (e: WithoutMeters<AccountEvent>): AccountEvent => ({ meters: { ...STARTING_METERS }, ...e }) as AccountEvent;

/** Every count 0 except the ones named. */
const only = (counts: Partial<Record<AuditCount, number>>) => ({ ...Object.fromEntries(AUDIT_COUNTS.map((c) => [c, 0])), ...counts });
const countsOf = (c: AuditedCampaign) => auditCampaign(c).counts;

describe('the audit rules, on hand-made campaigns', () => {
  it('a clean campaign counts nothing', () => {
    const c = campaign({
      meetings: [meeting({ declarations: { asked: ['module'], agreed: ['module'], walkedAway: false, gaveReferral: false } })],
      results: [result(1, [{ kind: 'signed', accountId: 'a1', offer: 'module', amount: 40, years: 1, inRoom: true, quarterly: 10 }])],
    });
    expect(countsOf(c)).toEqual(only({}));
  });

  it('1. an agreement the story declared and the quarter did not book', () => {
    const c = campaign({ meetings: [meeting({ declarations: { asked: ['full_contract'], agreed: ['full_contract'], walkedAway: false, gaveReferral: false } })] });
    expect(countsOf(c)).toEqual(only({ declaredNotBooked: 1 }));
    // Booked as something else (an expansion for a signature) is still not booked.
    const other = campaign({
      meetings: [meeting({ declarations: { asked: ['full_contract'], agreed: ['full_contract'], walkedAway: false, gaveReferral: false } })],
      results: [result(1, [{ kind: 'expanded', accountId: 'a1', amount: 10, inRoom: false }])],
    });
    expect(countsOf(other).declaredNotBooked).toBe(1);
  });

  it('1. a booking said to be agreed in the room that no meeting agreed', () => {
    const c = campaign({
      meetings: [meeting()],
      results: [result(1, [{ kind: 'renewed', accountId: 'a1', years: 2, inRoom: true, trust: 2 }])],
    });
    expect(countsOf(c)).toEqual(only({ bookedNotNarrated: 1 }));
    // The same booking drawn at the quarter's end needs no meeting.
    const drawn = campaign({ results: [result(1, [{ kind: 'renewed', accountId: 'a1', years: 1, inRoom: false, trust: 2 }])] });
    expect(countsOf(drawn)).toEqual(only({}));
  });

  it('2. a loss without a reason, a money line without an amount or an account', () => {
    const noReason = campaign({ results: [result(1, [{ kind: 'lost', accountId: 'a1', reason: '' as never, trust: 1, quartersUnmet: 0 }])] });
    expect(countsOf(noReason)).toEqual(only({ linesWithoutReason: 1 }));
    const noAmount = campaign({ results: [result(1, [{ kind: 'recurring', accountId: 'a1', amount: Number.NaN }])] });
    expect(countsOf(noAmount)).toEqual(only({ linesWithoutReason: 1 }));
    const nobody = campaign({ results: [result(1, [{ kind: 'acquisition-cost', accountId: 'a9', amount: 4, warm: false }])] });
    expect(countsOf(nobody)).toEqual(only({ linesWithoutReason: 1 }));
  });

  it('3. a first-meeting conversation with an account already met', () => {
    const met = campaign({
      meetings: [
        meeting({
          quarter: 2,
          storyId: 'first-meeting',
          storyStage: 'first-meeting',
          historyBefore: [
            event({ quarter: 1, kind: 'arrived', warm: false, winBack: false, referredBy: null }),
            event({ quarter: 1, kind: 'meeting', storyId: 'first-meeting-the-intro-call', event: null, moves: [] }),
          ],
        }),
      ],
      results: [result(1), result(2)],
    });
    expect(countsOf(met)).toEqual(only({ firstMeetingWithHistory: 1 }));
    const cameBack = campaign({
      meetings: [meeting({ storyId: 'first-meeting', storyStage: 'first-meeting', historyBefore: [event({ quarter: 1, kind: 'arrived', warm: false, winBack: true, referredBy: null })] })],
    });
    expect(countsOf(cameBack)).toEqual(only({ firstMeetingWithHistory: 1 }));
    const fresh = campaign({
      meetings: [meeting({ storyId: 'first-meeting', storyStage: 'first-meeting', historyBefore: [event({ quarter: 1, kind: 'arrived', warm: false, winBack: false, referredBy: null })] })],
    });
    expect(countsOf(fresh)).toEqual(only({}));
  });

  it('4. a referral whose person never arrives; one still waiting is counted apart', () => {
    const referred: QuarterLine = { kind: 'referred', accountId: 'a1', personaId: 'p3' };
    expect(countsOf(campaign({ results: [result(1, [referred])] }))).toEqual(only({ referralsNeverOnAgenda: 1 }));
    expect(countsOf(campaign({ results: [result(1, [referred])], pendingReferrals: [{ personaId: 'p3' }] }))).toEqual(only({ referralsStillWaiting: 1 }));
    const arrives = campaign({
      results: [result(1, [referred]), result(2, [{ kind: 'new-lead', accountId: 'a3', warm: true, winBack: false, referredBy: 'a1' }])],
      accounts: [
        { id: 'a1', personaId: 'p1' },
        { id: 'a3', personaId: 'p3' },
      ],
    });
    expect(countsOf(arrives)).toEqual(only({}));
    // A story that declares a referral in the room: the person it named never comes.
    const inRoom = campaign({ meetings: [meeting({ referralPersonaId: 'p4', declarations: { asked: [], agreed: [], walkedAway: false, gaveReferral: true } })] });
    expect(countsOf(inRoom)).toEqual(only({ referralsNeverOnAgenda: 1 }));
  });

  it('5. a promise kept or broken before the first choice', () => {
    const kept = campaign({ meetings: [meeting({ turns: [{ before: ledger(['send_case_study']), after: ledger([], ['send_case_study']) }] })] });
    expect(countsOf(kept)).toEqual(only({ promisesSettledWithoutChoice: 1 }));
    const broken = campaign({ meetings: [meeting({ turns: [{ before: ledger(['intro']), after: ledger(['intro'], [], ['intro']) }] })] });
    expect(countsOf(broken)).toEqual(only({ promisesSettledWithoutChoice: 1 }));
    // Settled after a choice: on screen.
    const onScreen = campaign({
      meetings: [
        meeting({
          turns: [
            { before: ledger(['intro']), after: ledger(['intro']) },
            { before: ledger(['intro']), after: ledger([], ['intro']) },
          ],
        }),
      ],
    });
    expect(countsOf(onScreen)).toEqual(only({}));
  });

  it('6. the manager saying one situation a ninth time (its 8 lines used up)', () => {
    const results = Array.from({ length: 9 }, (_, q) => result(q + 1, [], 'warning', q));
    expect(countsOf(campaign({ results }))).toEqual(only({ managerRepeats: 1 }));
    expect(countsOf(campaign({ results: results.slice(0, 8) }))).toEqual(only({}));
  });

  it('7. a conversation played twice for one account; one played for two accounts is counted apart', () => {
    const twice = campaign({ meetings: [meeting({ quarter: 1 }), meeting({ quarter: 2 })], results: [result(1), result(2)] });
    expect(countsOf(twice)).toEqual(only({ storyTwiceForOneAccount: 1 }));
    const shared = campaign({ meetings: [meeting({ accountId: 'a1' }), meeting({ accountId: 'a2' })] });
    expect(countsOf(shared)).toEqual(only({ storyTwiceInCampaign: 1 }));
  });
});

describe('the longest shared passage', () => {
  it('finds the longest run of words two conversations share, case and punctuation aside', () => {
    const shared = 'the van was late again and nobody told the customer until after lunch on the third day running';
    const a = { storyId: 'discovery-one', lines: ['Hello there.', `Gareth sighs. "${shared.replace('van', 'Van')}!"`, 'Anyway.'] };
    const b = { storyId: 'value-two', lines: [`So ${shared}, he says, and then`, 'we lost them.'] };
    const found = longestSharedPassage(7, [a, b]);
    expect(found).toEqual({
      words: shared.split(' ').length,
      seed: 7,
      storyIds: ['discovery-one', 'value-two'],
      opening: shared.split(' ').slice(0, 12).join(' '),
    });
  });

  it('ignores a conversation sharing its own text (played for two accounts), and finds none where nothing is shared', () => {
    const lines = ['One two three four five six seven eight nine ten eleven twelve thirteen.'];
    expect(longestSharedPassage(1, [{ storyId: 's', lines }, { storyId: 's', lines }])).toBeNull();
    expect(longestSharedPassage(1, [{ storyId: 's', lines: ['alpha beta'] }, { storyId: 't', lines: ['gamma delta'] }])).toBeNull();
  });

  it('agrees with a brute-force search on random texts', () => {
    let x = 12345;
    const random = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const vocabulary = ['a', 'b', 'c', 'd'];
    for (let trial = 0; trial < 40; trial++) {
      const meetings = Array.from({ length: 4 }, (_, m) => ({
        storyId: `s${m % 3}`,
        lines: [Array.from({ length: 10 + Math.floor(random() * 30) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')],
      }));
      let brute = 0;
      for (const [i, p] of meetings.entries()) {
        for (const q of meetings.slice(i + 1)) {
          if (p.storyId === q.storyId) continue;
          const u = wordsOf(p.lines);
          const v = wordsOf(q.lines);
          for (let s = 0; s < u.length; s++) {
            for (let t = 0; t < v.length; t++) {
              let k = 0;
              while (s + k < u.length && t + k < v.length && u[s + k] === v[t + k]) k++;
              brute = Math.max(brute, k);
            }
          }
        }
      }
      expect(longestSharedPassage(1, meetings)?.words ?? 0, `trial ${trial}`).toBe(brute);
    }
  });
});

// ---------------------------------------------------------------- the shipped stories

describe('the shipped stories, every bot, seeds 1-20, 8 quarters', () => {
  const seeds = 20;
  let report: AuditReport;
  beforeAll(() => {
    const { world, lookup } = loadWorld();
    report = auditBots(POLICY_NAMES, seeds, { quarters: 8, returnLikelihood: 0.85 }, world, lookup, undefined, new StoryCache());
  }, 90_000);

  it('reports every bot, with its campaigns, meetings and revenue', () => {
    expect(Object.keys(report.bots)).toEqual([...POLICY_NAMES]);
    for (const bot of Object.values(report.bots)) {
      expect(bot.campaigns).toBe(seeds);
      expect(bot.meetings).toBeGreaterThan(seeds * 8);
      expect(Number.isFinite(bot.medianRevenue)).toBe(true);
      for (const count of [...AUDIT_COUNTS, 'longestSharedPassage' as const]) expect(typeof bot.counts[count]).toBe('number');
    }
  });

  it('had something to check: agreements in the room, first meetings, promises open as a meeting starts', () => {
    const total = (name: keyof AuditReport['bots'][string]['checked']) => Object.values(report.bots).reduce((s, b) => s + b.checked[name], 0);
    expect(total('agreementsDeclared')).toBeGreaterThan(0);
    expect(total('bookedInRoom')).toBeGreaterThan(0);
    expect(total('firstMeetings')).toBeGreaterThan(0);
    expect(total('promisesOpenAtStart')).toBeGreaterThan(0);
    expect(total('moneyLines')).toBeGreaterThan(0);
  });

  it.each(MUST_BE_ZERO)('%s is 0 for every bot', (rule) => {
    const counts = Object.fromEntries(Object.entries(report.bots).map(([name, b]) => [name, b.counts[rule]]));
    const examples = Object.entries(report.bots).flatMap(([name, b]) => b.examples.filter((e) => e.rule === rule).map((e) => ({ bot: name, ...e })));
    expect(counts, JSON.stringify(examples, null, 1)).toEqual(Object.fromEntries(POLICY_NAMES.map((n) => [n, 0])));
  });
});

describe('npm run audit', () => {
  it('prints exactly one JSON object on stdout with --json, progress on stderr', () => {
    const out = runIsolated('scripts/audit.ts', ['--seeds', '2', '--quarters', '2', '--json'], 120_000);
    const report = JSON.parse(out) as AuditReport;
    expect(report).toMatchObject({ seeds: 2, quarters: 2, returnLikelihood: 0.85 });
    expect(Object.keys(report.bots)).toEqual([...POLICY_NAMES]);
    expect(report.bots.advisor!.campaigns).toBe(2);
  }, 120_000);

  it('refuses bad arguments with a clear message', () => {
    expect(() => runIsolated('scripts/audit.ts', ['--return', '2'], 30_000)).toThrow(/--return takes a number from 0 to 1/);
  }, 30_000);
});
