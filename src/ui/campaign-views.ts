/**
 * The campaign's own screens: the quarter's agenda and the quarter's results.
 * They show what a real seller sees (revenue, commission, quota, the manager,
 * buyers' visible reactions); the meters stay hidden until the debrief.
 */
import type { QuarterResult } from '../engine/model/campaign';
import type { Stage } from '../engine/narrative/tags';
import { h } from './dom';
import { attainmentPercent, managerWords } from './campaign-words';
import { CAMPAIGN, STAGE_NAMES } from './strings';

export interface AgendaAccount {
  id: string;
  company: string;
  buyer: string;
  role: string;
  /** The meeting it is due; null when it cannot be met this quarter. */
  stage: Stage | null;
  status: 'prospect' | 'client';
  /** How the buyer seemed last time, in words, if you have met. */
  lastSeen: string | null;
  /** What a seller would know: "Signed in quarter 2", "Referred by Harwood", ... */
  note: string;
  /** Promises falling due, in words. */
  warnings: string[];
  /** Why it cannot be met this quarter, or null. */
  unavailable: string | null;
}

export interface AgendaData {
  quarter: number;
  quarters: number;
  quota: number;
  cumulative: number;
  manager: { tone: string; text: string };
  onPlan: boolean;
  meetingsLeft: number;
  accounts: AgendaAccount[];
  /** Referrals waiting for a slot, in words. */
  waiting: string[];
  saveFailed: boolean;
}

const k = (n: number) => `${Math.round(n)}k`;

export function agendaView(data: AgendaData, onMeet: (id: string) => void, onEndQuarter: () => void): { element: HTMLElement; buttons: HTMLButtonElement[]; endButton: HTMLButtonElement } {
  const meetable = data.accounts.filter((a) => !a.unavailable);
  const resting = data.accounts.filter((a) => a.unavailable);
  const buttons = meetable.map((a, i) =>
    h(
      'button',
      // Named by everything it shows (a name must contain the visible text), and not described by its note as well: Orca read the note twice.
      { className: 'account', attrs: { type: 'button' }, onClick: () => onMeet(a.id) },
      h('span', { className: 'num' }, `${i + 1}.`),
      h('span', { className: 'who' }, ` ${CAMPAIGN.meet} ${a.buyer}, ${a.company}`),
      h('span', { className: 'what' }, `${a.role} · ${a.stage ? STAGE_NAMES[a.stage] : ''} · ${a.status === 'client' ? CAMPAIGN.client : CAMPAIGN.prospect}${a.lastSeen ? ` · ${CAMPAIGN.lastSeen(a.lastSeen)}` : ''} · ${a.note}`),
      ...a.warnings.map((w) => h('span', { className: 'due' }, w)),
    ),
  );
  if (data.meetingsLeft === 0) buttons.forEach((b) => (b.disabled = true));
  const endButton = h(
    'button',
    { className: data.meetingsLeft === 0 ? 'primary' : 'secondary', attrs: { type: 'button' }, onClick: onEndQuarter },
    data.meetingsLeft === 0 ? CAMPAIGN.seeResults : CAMPAIGN.endQuarterEarly,
  );
  const element = h(
    'section',
    { className: 'screen agenda', attrs: { 'aria-labelledby': 'agenda-title' } },
    h('h1', { id: 'agenda-title' }, CAMPAIGN.quarterTitle(data.quarter, data.quarters)),
    h(
      'div',
      { className: `manager tone-${data.manager.tone}`, attrs: { role: 'note', 'aria-label': CAMPAIGN.managerLabel } },
      h('span', { className: 'from' }, CAMPAIGN.managerName),
      h('p', {}, data.manager.text),
    ),
    h(
      'dl',
      { className: 'figures' },
      h('div', {}, h('dt', {}, CAMPAIGN.quota), h('dd', {}, k(data.quota))),
      h('div', {}, h('dt', {}, CAMPAIGN.revenueSoFar), h('dd', {}, k(data.cumulative))),
      h('div', {}, h('dt', {}, CAMPAIGN.meetingsLeft), h('dd', {}, String(data.meetingsLeft))),
    ),
    data.onPlan ? h('p', { className: 'warning' }, CAMPAIGN.onPlan) : null,
    data.saveFailed ? h('p', { className: 'warning', attrs: { role: 'status' } }, CAMPAIGN.notSaved) : null,
    h('h2', {}, data.meetingsLeft > 0 ? CAMPAIGN.whoToMeet(data.meetingsLeft) : CAMPAIGN.noMeetingsLeft),
    h('div', { className: 'accounts', attrs: { role: 'group', 'aria-label': CAMPAIGN.accountsLabel } }, ...buttons),
    resting.length
      ? h(
          'div',
          { className: 'resting' },
          h('h2', {}, CAMPAIGN.notThisQuarter),
          h('ul', {}, ...resting.map((a) => h('li', {}, `${a.buyer}, ${a.company} · ${a.status === 'client' ? CAMPAIGN.client : CAMPAIGN.prospect} · ${a.note} · ${a.unavailable}`, ...a.warnings.map((w) => h('span', { className: 'due' }, ` ${w}`))))),
        )
      : null,
    data.waiting.length ? h('div', { className: 'waiting' }, h('h2', {}, CAMPAIGN.waitingHeading), h('ul', {}, ...data.waiting.map((w) => h('li', {}, w)))) : null,
    h('div', { className: 'actions' }, endButton),
  );
  return { element, buttons, endButton };
}

/** A quarter's result, with where the campaign stands and its lines in words. */
export interface ResultsData extends QuarterResult {
  quarters: number;
  cumulative: number;
  /** The campaign's last quarter: next comes the debrief. */
  last: boolean;
  /** The quarter's lines, grouped by account, in words. */
  byAccount: { company: string; lines: string[] }[];
  /** Lines about no account in particular (referrals waiting). */
  other: string[];
}

export function resultsView(data: ResultsData, onNext: () => void): { element: HTMLElement; next: HTMLButtonElement } {
  const pct = attainmentPercent(data.attainment);
  const bar = h('progress', { attrs: { max: '100', value: String(Math.max(0, Math.min(100, pct))), 'aria-label': CAMPAIGN.attainment } });
  const next = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: onNext }, data.last ? CAMPAIGN.toDebrief : CAMPAIGN.planNext(data.quarter + 1));
  const row = (label: string, value: string) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, label), h('td', {}, value));
  const element = h(
    'section',
    { className: 'screen results', attrs: { 'aria-labelledby': 'results-title' } },
    h('h1', { id: 'results-title' }, CAMPAIGN.resultsTitle(data.quarter, data.quarters)),
    h('p', { className: 'attainment' }, CAMPAIGN.attainmentLine(k(data.revenue), k(data.quota), data.attainment), bar),
    h(
      'table',
      { className: 'money' },
      h('caption', {}, CAMPAIGN.breakdown),
      h(
        'tbody',
        {},
        row(CAMPAIGN.newBusiness, k(data.newBusiness)),
        row(CAMPAIGN.recurring, k(data.recurring)),
        row(CAMPAIGN.expansion, k(data.expansion)),
        row(CAMPAIGN.acquisitionCost, data.acquisitionCost > 0 ? `−${k(data.acquisitionCost)}` : k(0)),
        row(CAMPAIGN.revenueThisQuarter, k(data.revenue)),
        row(CAMPAIGN.commission, `${data.commission.toFixed(1)}k${data.commissionShare < 1 ? ` (${CAMPAIGN.commissionOnPlan})` : ''}`),
        row(CAMPAIGN.cumulative, k(data.cumulative)),
      ),
    ),
    h(
      'div',
      { className: `manager tone-${data.manager.tone}`, attrs: { role: 'note', 'aria-label': CAMPAIGN.managerLabel } },
      h('span', { className: 'from' }, CAMPAIGN.managerName),
      // After the last quarter there is no "next quarter" to ask for: the manager sums up instead.
      h('p', {}, data.last ? CAMPAIGN.managerLast(data.attainment) : managerWords(data.manager)),
    ),
    h('h2', {}, CAMPAIGN.news),
    data.byAccount.length || data.other.length
      ? h(
          'div',
          { className: 'news' },
          ...data.byAccount.map((a) => h('section', { className: 'news-account' }, h('h3', {}, a.company), h('ul', {}, ...a.lines.map((n) => h('li', {}, n))))),
          data.other.length ? h('ul', {}, ...data.other.map((n) => h('li', {}, n))) : null,
        )
      : h('p', {}, CAMPAIGN.quietQuarter),
    h('div', { className: 'actions' }, next),
  );
  return { element, next };
}

/** Facilitator mode: before a quarter's numbers, the room predicts them. */
export function predictionView(quarter: number, quarters: number, onShow: () => void): { element: HTMLElement; next: HTMLButtonElement } {
  const next = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: onShow }, CAMPAIGN.predictShow);
  const element = h(
    'section',
    { className: 'screen results predict', attrs: { 'aria-labelledby': 'predict-title' } },
    h('h1', { id: 'predict-title' }, CAMPAIGN.predictTitle(quarter, quarters)),
    h('p', { className: 'lede' }, CAMPAIGN.predictLede),
    h('ol', { className: 'predict-questions' }, ...CAMPAIGN.predictQuestions.map((q) => h('li', {}, q))),
    h('div', { className: 'actions' }, next),
  );
  return { element, next };
}
