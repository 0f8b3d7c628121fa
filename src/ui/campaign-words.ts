/**
 * The words for the campaign's facts: the engine says what happened (typed
 * result lines, reasons, the manager's situation, trust bands), and this
 * module says it in English. Every table is exhaustive over its kind, so a
 * new reason or situation does not compile without its words.
 */
import type { AccountEvent, LostReason, ManagerSituation, QuarterLine } from '../engine/model/campaign';
import type { Offer } from '../engine/model/decisions';
import type { Params } from '../engine/model/constants';
import { type TrustBand, readableTrust } from '../engine/model/trust-scale';

const k = (n: number) => `${Math.round(n)}k`;
const years = (n: number) => (n === 1 ? 'one year' : n === 2 ? 'two years' : 'three years');

/**
 * Sam's lines, eight for each situation, said in order as the situation
 * recurs, so no line is heard twice in an eight-quarter campaign. The
 * warnings escalate; the praise does not gush.
 */
export const MANAGER_LINES: Record<ManagerSituation, readonly string[]> = {
  praise: [
    'Quota made. Whatever you are doing, keep doing it.',
    'Over the line again. I have stopped checking your forecast twice.',
    'Another quarter at quota. The regional director asked who you were. In a good way.',
    'Quota made. I am putting your name forward for the harder accounts next year.',
    'That is a number I can take upstairs without a cover story. Thank you.',
    'Quota again. You are making my spreadsheet look very boring, which is the point.',
    'Made it. Take Friday afternoon; you have earned it.',
    'Quota, again. At this point I only call to say well done.',
  ],
  steady: [
    'Short of quota. I need more next quarter.',
    'Not there this quarter. What is in the pipeline that can land in the next one?',
    'Under quota again, though not by a mile. Show me the plan for closing the gap.',
    'Short. I am not worried yet, but I would like to stop almost being worried.',
    'Below the number. Talk me through your biggest deal on Monday.',
    'Another quarter under quota. Which of your accounts is closest to signing?',
    'Short of quota. Half the team is; that is not the comfort it sounds like.',
    'Not quite. Finish strong next quarter and we will call this a dip.',
  ],
  'better-on-plan': [
    'Better. Stay on it: the plan is still open until you reach half of quota.',
    'Up on last quarter. Keep climbing and the plan closes itself.',
    'An improvement. HR noticed, and so did I.',
    'Better again. One more quarter like this and we can stop having this conversation.',
    'Moving the right way. Keep the momentum.',
    'Better than last time. I will say so in the review.',
    'Climbing. Do not take your foot off now.',
    'Improving, quarter on quarter. That is what the plan is for.',
  ],
  warning: [
    'Under half of quota. Two quarters like this in a row means a performance plan.',
    'Under half again. One more, and I will have to put you on a plan: I would rather not.',
    'Well under quota. I need to see deals moving, not meetings.',
    'Under half. Tell me honestly: is the territory the problem, or the approach?',
    'A thin quarter. The director reads these numbers before I do.',
    'Under half of quota. I am starting to get questions about you.',
    'Low again. Bring me one deal you can close, and how.',
    'Under half. We need to talk, today if you can.',
  ],
  'warning-on-plan': [
    'Under half of quota while on a plan. This is serious: the next review is with HR in the room.',
    'Still under half, on the plan. This is your last warning before it goes upstairs.',
    'Under half again on the plan. The director has asked for your file.',
    'Another quarter under half. I have run out of ways to explain it.',
    'Under half, on the plan, again. I need a signed deal, not a promising meeting.',
    'The plan is not working, and neither are the numbers. We talk tomorrow, nine sharp.',
    'Under half. I am not giving up on you, but I am the only one who has not.',
    'Under half of quota. Whatever happens next, it happens fast.',
  ],
  'plan-starts': [
    'Two quarters in a row under half of quota. From next quarter you are on a performance plan: half commission until a quarter reaches half of quota.',
    'Under half twice more. The plan starts again next quarter: half commission until you are back over half.',
    'That is two thin quarters running. Back on the plan from next quarter, half commission until you recover.',
    'The plan again, from next quarter. Half commission until a quarter reaches half of quota.',
    'Two quarters under half: the plan restarts next quarter. You know the terms by now.',
    'A plan again from next quarter. I argued against it. I lost.',
    'The plan, from next quarter, half commission. Let us make it the last one.',
    'Next quarter you are on the plan again. Half commission until you get back over half.',
  ],
  'plan-closed': [
    'Over half of quota: the plan is closed. Full commission from next quarter.',
    'That closes the plan. Full commission again from next quarter; well recovered.',
    'Plan closed. I told HR you would do it.',
    'Back over half: the plan ends here. Full commission from next quarter.',
    'The plan is closed. Let us keep it that way.',
    'Recovered. Plan closed, full commission from next quarter.',
    'Plan closed. That took nerve; thank you.',
    'Over half, plan closed. Now let us get you over the line.',
  ],
};

/** Sam's line for a quarter: the situation's next line, in order. */
export function managerWords(manager: { situation: ManagerSituation; repeat: number }): string {
  const lines = MANAGER_LINES[manager.situation];
  return lines[manager.repeat % lines.length]!;
}

export const OFFER_WORDS: Record<Offer | 'drawn', string> = {
  trial: 'a paid trial',
  module: 'one module',
  full_contract: 'the full contract',
  expansion: 'more of the service',
  renewal: 'the renewal',
  drawn: 'a contract',
};

/** Why an account left, as a seller would hear it. */
export const LOST_WORDS: Record<LostReason, string> = {
  'went-quiet': 'went quiet: nobody had called for quarters',
  'moved-on': 'moved on: the project went elsewhere before a next meeting',
  'walked-away': 'walked away in the meeting',
  'took-the-work': 'thanked you for the advice and put the work out to tender; you were not shortlisted',
  exit: 'used the exit clause and left: they had stopped trusting you',
  tender: 'ran a tender for the renewal and chose someone else: they no longer trusted you enough to renew',
  'not-renewed': 'did not renew',
};

/** One result line in words, about one account (`name` gives a company's name). */
export function resultLineWords(line: QuarterLine, name: (accountId: string) => string, person: (personaId: string) => string, trustWords: (trust: number) => string): string {
  switch (line.kind) {
    case 'signed':
      return `${name(line.accountId)} signed ${OFFER_WORDS[line.offer]} for ${years(line.years)}${line.inRoom ? ', as agreed in the meeting' : ''}: ${k(line.amount)} this quarter, then ${k(line.quarterly)} a quarter from next quarter; the renewal comes in ${years(line.years)}.`;
    case 'acquisition-cost':
      return `Winning ${name(line.accountId)} cost ${k(line.amount)}${line.warm ? ' (a referral arrives half-sold)' : ' (pre-sales, travel and the discount to switch)'}.`;
    case 'recurring':
      return `${name(line.accountId)} paid its quarter: ${k(line.amount)}.`;
    case 'expanded':
      return `${name(line.accountId)} bought more${line.inRoom ? ', as agreed in the meeting' : ''}: ${k(line.amount)}.`;
    case 'renewed':
      return `${name(line.accountId)} renewed for ${years(line.years)}${line.inRoom ? ', as agreed in the meeting' : ''} (trust: ${trustWords(line.trust)}).`;
    case 'tender-won':
      return `${name(line.accountId)} ran a tender for the renewal. You kept it, at a lower price: ${k(line.value)} a year (trust: ${trustWords(line.trust)}).`;
    case 'declined':
      return `${name(line.accountId)} did not agree to ${OFFER_WORDS[line.offer]} this quarter, as they said in the meeting: nothing to book yet.`;
    case 'lost':
      return `${name(line.accountId)} ${LOST_WORDS[line.reason]}${line.reason === 'not-renewed' ? ` (trust: ${trustWords(line.trust)})` : ''}.`;
    case 'referred':
      return `${name(line.accountId)} recommended you to ${person(line.personaId)}.`;
    case 'promise-lapsed':
      return `A promise to ${name(line.accountId)} (${promiseWords(line.promise)}) ran out of time: they noticed.`;
    case 'new-lead':
      return line.winBack
        ? `${name(line.accountId)} is back in touch: a chance to win them back${line.referredBy ? `, thanks to ${name(line.referredBy)}` : ''}.`
        : line.referredBy
          ? `New lead: ${name(line.accountId)}, introduced by ${name(line.referredBy)}.`
          : `New lead: ${name(line.accountId)}.`;
    case 'referral-waiting':
      return `${person(line.personaId)} (introduced by ${name(line.fromAccountId)}) is waiting for a slot on your agenda.`;
  }
}

/** A promise from the contract's list, in words. */
export function promiseWords(id: string): string {
  const words: Record<string, string> = {
    send_case_study: 'the case study',
    intro_reference: 'the introduction to a reference client',
    pilot_plan: 'the pilot plan',
    price_hold: 'holding the price',
    fix_onboarding: 'fixing the onboarding',
  };
  return words[id] ?? id.replaceAll('_', ' ');
}

/** A debrief timeline entry in words. */
export function accountEventWords(event: AccountEvent, person: (personaId: string) => string, story: (storyId: string) => string, company: (accountId: string) => string): string {
  switch (event.kind) {
    case 'arrived':
      return event.winBack ? 'Came back: a chance to win them back.' : event.referredBy ? `Arrived as a referral from ${company(event.referredBy)}.` : event.warm ? 'Arrived as a referral.' : 'Arrived as a cold lead.';
    case 'meeting':
      return `Meeting: ${story(event.storyId)}.`;
    case 'signed':
      return `Signed ${OFFER_WORDS[event.offer]} for ${years(event.years)}: ${k(event.value)}.`;
    case 'expanded':
      return `Bought more: ${k(event.value)}.`;
    case 'renewed':
      return `Renewed for ${years(event.years)}.`;
    case 'tender-won':
      return `Renewal went to tender; kept at ${k(event.value)}.`;
    case 'lost':
      return `Left: ${LOST_WORDS[event.reason]}.`;
    case 'referred':
      return `Recommended you to ${person(event.personaId)}.`;
    case 'drifted':
      return 'Not met this quarter: the relationship cooled a little.';
    case 'promise-lapsed':
      return `A promise ran out of time: ${promiseWords(event.promise)}.`;
  }
}

/** Trust in words, anchored to the model's own thresholds. */
export const TRUST_BAND_WORDS: Record<TrustBand, string> = {
  distrust: 'distrusts you',
  doubtful: 'has doubts',
  open: 'open to more',
  trusts: 'trusts you',
  advocate: 'would vouch for you',
};

/** Trust as a person reads it: the band's words and the score out of 10. */
export function trustWords(trust: number, params?: Params): string {
  const { band, score } = readableTrust(trust, params);
  return `${TRUST_BAND_WORDS[band]}, ${score.toFixed(1)}/10`;
}

/** What each band means in the model, for the meters panel and the debrief's key. */
export const TRUST_BAND_MEANINGS: Record<TrustBand, string> = {
  distrust: 'would put your renewal out to tender, and may use the exit clause',
  doubtful: 'stays, but will not buy more',
  open: 'would buy more from you',
  trusts: 'would recommend you, and can be asked for the business',
  advocate: 'renews whenever they come back to the table',
};

/**
 * Quota attainment as a percentage a seller can trust: never rounded up to
 * 100% while short of it (89.7k of 90k is 99%, not "100%, missed").
 */
export function attainmentPercent(share: number): number {
  const pct = share * 100;
  return share >= 1 ? Math.round(pct) : Math.min(99, Math.floor(pct + 1e-9));
}

/** Attainment in words: made, short, or under half (the manager's warning line). */
export function attainmentWords(share: number, params?: Params): string {
  const half = params?.warningAttainment ?? 0.5;
  const verdict = share >= 1 ? 'quota made' : share >= half ? 'short of quota' : 'under half of quota';
  return `${attainmentPercent(share)}%, ${verdict}`;
}
