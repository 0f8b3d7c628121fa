/**
 * The quarter's agenda as facts: every account in the territory, whether it
 * can be met this quarter and as what, or why not; the promises falling due;
 * the referrals waiting for room. The quarter screen words it.
 */
import type { Stage } from '../narrative/tags';
import { meetingKind, nextMeeting } from '../model/calendar';
import type { Account, CampaignState, Contract, LostReason, PendingReferral, World } from '../model/campaign';
import type { Params } from '../model/constants';

/** Why an open account cannot be met this quarter. */
export type NoMeeting = 'met-this-quarter' | 'awaiting-decision' | 'nothing-due';

export interface AgendaRow {
  accountId: string;
  personaId: string;
  status: 'prospect' | 'client';
  /** The meeting it is due (its kind), or null with the reason in `noMeeting`. */
  kind: Stage | null;
  noMeeting: NoMeeting | null;
  /** The next kind on the calendar for a client with nothing due now (its renewal quarter). */
  renewalQuarter: number | null;
  contract: Contract | null;
  meetings: number;
  warm: boolean;
  /** The account that introduced this one, if it came by referral. */
  referredBy: string | null;
  /** It left once (why), and came back. */
  cameBack: LostReason | null;
  /** Promises to this buyer that lapse at the end of this quarter unless kept. */
  promisesDue: string[];
}

export interface Agenda {
  rows: AgendaRow[];
  /** Referrals given and waiting for room on the agenda. */
  waiting: PendingReferral[];
}

function rowOf(state: CampaignState, account: Account, world: World, params: Params): AgendaRow {
  const meeting = account.metThisQuarter ? null : nextMeeting(state, account, world, params);
  const noMeeting: NoMeeting | null = meeting
    ? null
    : account.metThisQuarter
      ? 'met-this-quarter'
      : account.status === 'prospect'
        ? 'awaiting-decision'
        : 'nothing-due';
  return {
    accountId: account.id,
    personaId: account.personaId,
    status: account.status as 'prospect' | 'client',
    kind: meeting ? meetingKind(state, account) : null,
    noMeeting,
    renewalQuarter: account.status === 'client' ? (account.contract?.renewalQuarter ?? null) : null,
    contract: account.status === 'client' ? account.contract : null,
    meetings: account.meetings,
    warm: account.warm,
    referredBy: account.history.findLast((e) => e.kind === 'arrived')?.referredBy ?? null,
    cameBack: account.lost?.reason ?? null,
    promisesDue: Object.entries(account.promiseDue)
      .filter(([, due]) => due === state.quarter)
      .map(([promise]) => promise),
  };
}

/** The agenda: meetable accounts first (deals furthest along, then clients), then the rest. */
export function agendaOf(state: CampaignState, world: World, params: Params): Agenda {
  const rows = state.accounts.filter((a) => a.status !== 'lost').map((a) => rowOf(state, a, world, params));
  rows.sort((a, b) => Number(a.kind === null) - Number(b.kind === null));
  return { rows, waiting: [...state.pendingReferrals] };
}
