/**
 * Team mode's screens: the setup, the meeting every team faces (with the lock
 * bar), the hidden meters team by team, the sales floor between quarters, the
 * final reveal and the shadow of the future. Render functions from data: the
 * team scene owns the session and calls them again when anything changes.
 * Team names are typed by the room: on screen each sits in a <bdi>, and in
 * plain text (labels, sentences) it is isolated, so an override in one cannot
 * reverse what is around it.
 */
import { h, scrollingTable } from './dom';
import { cutLine } from './meeting-view';
import { STRINGS } from './strings';
import { RETURN_CHOICES, TEAMS, TEAM_NAMES } from './team-strings';
import { TRUST_BAND_WORDS, attainmentPercent } from './campaign-words';
import { readableTrust } from '../engine/model/trust-scale';
import { cleanName, isolate } from '../platform/names';
import './team.css';

export const TEAM_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const k = (n: number) => `${Math.round(n)}k`;

function select(label: string, id: string, options: { value: string; label: string }[], value: string): { field: HTMLElement; input: HTMLSelectElement } {
  const input = h('select', { id }, ...options.map((o) => h('option', { attrs: { value: o.value, ...(o.value === value ? { selected: '' } : {}) } }, o.label)));
  return { field: h('p', { className: 'field' }, h('label', { attrs: { for: id } }, label), input), input };
}

/** The horizon's two fields: quarters and how likely buyers are to return. */
function horizonFields(prefix: string, quarters: number, returnLikelihood: number) {
  const q = select(
    TEAMS.quartersLabel,
    `${prefix}-quarters`,
    Array.from({ length: 11 }, (_, i) => ({ value: String(i + 2), label: String(i + 2) })),
    String(quarters),
  );
  const r = select(
    TEAMS.returnLabel,
    `${prefix}-return`,
    RETURN_CHOICES.map((c) => ({ value: String(c.value), label: c.label })),
    String(RETURN_CHOICES.find((c) => c.value === returnLikelihood)?.value ?? 0.85),
  );
  return { quarters: q, ret: r, read: () => ({ quarters: Number(q.input.value), returnLikelihood: Number(r.input.value) }) };
}

export interface SetupChoice {
  names: string[];
  quarters: number;
  returnLikelihood: number;
}

/** The team session's setup: names, and the horizon. */
export function setupView(
  defaults: { quarters: number; returnLikelihood: number; estimate: (quarters: number) => number },
  onStart: (choice: SetupChoice) => void,
  onBack: () => void,
): { element: HTMLElement; first: HTMLElement } {
  const list = h('ol', { className: 'team-names' });
  const problem = h('p', { className: 'warning', attrs: { role: 'alert' } });
  problem.hidden = true;
  const add = h('button', { className: 'secondary', attrs: { type: 'button' } }, TEAMS.addTeam);
  const rows: HTMLInputElement[] = [];
  const renumber = () => {
    rows.forEach((input, i) => {
      const label = input.previousElementSibling as HTMLLabelElement;
      label.textContent = TEAMS.teamLabel(TEAM_LETTERS[i]!);
      const remove = input.nextElementSibling as HTMLButtonElement;
      remove.hidden = rows.length <= 2;
      remove.setAttribute('aria-label', TEAMS.removeTeam(input.value || TEAMS.teamLabel(TEAM_LETTERS[i]!)));
    });
    add.disabled = rows.length >= TEAM_LETTERS.length;
  };
  const addRow = (name: string) => {
    const id = `team-name-${rows.length}-${Date.now()}`;
    const input = h('input', { id, attrs: { type: 'text', maxlength: '24', autocomplete: 'off', dir: 'auto', value: name } });
    input.value = name;
    const item = h('li', {}, h('label', { attrs: { for: id } }), input);
    const remove = h('button', { className: 'secondary small', attrs: { type: 'button' } }, '×');
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(input), 1);
      item.remove();
      renumber();
    });
    item.append(remove);
    list.append(item);
    rows.push(input);
    renumber();
    return input;
  };
  TEAM_NAMES.slice(0, 3).forEach((n) => addRow(n));
  add.addEventListener('click', () => addRow(TEAM_NAMES.find((n) => !rows.some((r) => r.value.trim() === n)) ?? '').focus());
  const horizon = horizonFields('setup', defaults.quarters, defaults.returnLikelihood);
  const estimate = h('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
  const showEstimate = () => (estimate.textContent = TEAMS.estimate(defaults.estimate(Number(horizon.quarters.input.value))));
  horizon.quarters.input.addEventListener('change', showEstimate);
  showEstimate();
  const form = h(
    'form',
    { className: 'team-setup' },
    h('fieldset', {}, h('legend', {}, TEAMS.teamsLegend), list, add),
    h('fieldset', {}, h('legend', {}, TEAMS.horizonLegend), horizon.quarters.field, horizon.ret.field, estimate),
    problem,
    h(
      'div',
      { className: 'actions' },
      h('button', { className: 'primary', attrs: { type: 'submit' } }, TEAMS.begin),
      h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: onBack }, TEAMS.back),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A name of spaces or zero-width characters is no name: it comes back empty and is refused.
    const names = rows.map((r) => (cleanName(r.value) ?? '').slice(0, 24));
    if (names.some((n) => n === '') || new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
      problem.textContent = TEAMS.namesProblem;
      problem.hidden = false;
      return;
    }
    onStart({ names, ...horizon.read() });
  });
  const element = h(
    'section',
    { className: 'screen team', attrs: { 'aria-labelledby': 'team-setup-title' } },
    h('h1', { id: 'team-setup-title' }, TEAMS.setupTitle),
    h('p', { className: 'lede' }, TEAMS.setupLede),
    form,
  );
  return { element, first: rows[0]! };
}

export interface TurnGroup {
  teams: number[];
  buyer: string;
  lines: { speaker: string; text: string; you: boolean }[];
  choices: { index: number; text: string }[] | null;
  /** The story's discussion prompt on this turn, if any. */
  discuss: string | null;
}

export interface TeamLock {
  name: string;
  status: 'choosing' | 'locked' | 'done' | 'out';
}

export interface TeamMeterRow {
  team: string;
  buyer: string;
  credibility: number;
  reliability: number;
  intimacy: number;
  self_orientation: number;
  deal: number;
  /** The Trust Equation's raw ratio; shown in words with its score out of 10. */
  trust: number;
}

export interface TurnData {
  title: string;
  /** The choices just taken together, team by team (empty at a meeting's start). */
  revealed: { team: string; text: string }[];
  groups: TurnGroup[];
  sittingOut: string[];
  locks: TeamLock[];
  selected: number | null;
  status: string;
  /** Every waiting team has locked: the reveal is next. */
  allLocked: boolean;
  /** A story's discussion prompt holds the choices until the facilitator carries on. */
  holding: boolean;
  meetingsOver: boolean;
  /** The R key's reveal: hidden, the prediction prompt, or the numbers. */
  meters: { state: 'hidden' | 'predict' | 'shown'; rows: TeamMeterRow[] };
  saveFailed: string | null;
}

export interface TurnHandlers {
  onSelect: (team: number) => void;
  onLock: (group: TurnGroup, choiceIndex: number) => void;
  onReveal: () => void;
  onCarryOn: () => void;
  /** Carries on past the discussion prompts to the choices. */
  onDiscussed: () => void;
}

/** The meeting every team faces: one screen per place the teams are in, and the lock bar. */
export function turnView(
  data: TurnData,
  on: TurnHandlers,
): { element: HTMLElement; body: HTMLElement; primary: HTMLButtonElement | null; lockButtons: HTMLButtonElement[]; markOverflow: () => void } {
  const name = (i: number) => [`${TEAM_LETTERS[i]} · `, h('bdi', {}, data.locks[i]!.name)];
  const names = (teams: number[]) => teams.flatMap((i, n) => (n > 0 ? [' · ', ...name(i)] : name(i)));
  const groups = data.groups.map((group, g) =>
    h(
      'section',
      { className: 'team-screen', attrs: { 'aria-labelledby': `team-screen-${g}` } },
      h('h2', { id: `team-screen-${g}` }, group.teams.length === data.locks.length ? TEAMS.allTeams : h('span', {}, ...names(group.teams)), h('span', { className: 'sr-only' }, ': '), h('span', { className: 'buyer' }, group.buyer)),
      ...group.lines.map((line) => {
        // As in the meeting view: a very long line is cut with a notice, and the speaker's name and the text are isolated.
        const { shown, hidden } = cutLine(line.text);
        return h(
          'p',
          { className: `line${line.you ? ' line-you' : ''}` },
          line.speaker ? h('span', { className: 'speaker' }, h('bdi', {}, line.speaker), ': ') : null,
          h('span', { attrs: { dir: 'auto' } }, shown),
          hidden > 0 ? h('span', { className: 'line-cut' }, STRINGS.lineCut(hidden)) : null,
        );
      }),
      group.discuss ? h('aside', { className: 'discuss', attrs: { role: 'note', 'aria-label': TEAMS.discussTitle } }, h('h3', {}, TEAMS.discussTitle), h('p', {}, group.discuss)) : null,
      data.holding && group.choices ? h('p', { className: 'hint' }, TEAMS.choicesWait) : group.choices
        ? h(
            'ol',
            { className: 'team-choices' },
            ...group.choices.map((c, n) =>
              h(
                'li',
                {},
                h('button', { className: 'choice', attrs: { type: 'button', 'data-choice': String(n + 1) }, onClick: () => on.onLock(group, c.index) }, h('span', { className: 'num' }, `${n + 1}.`), ` ${c.text}`),
              ),
            ),
          )
        : h('p', { className: 'hint' }, TEAMS.meetingOver),
    ),
  );
  const lockButtons = data.locks.map((lock, i) =>
    h(
      'button',
      {
        className: `lock lock-${lock.status}${data.selected === i ? ' selected' : ''}`,
        attrs: {
          type: 'button',
          'aria-pressed': String(data.selected === i),
          'aria-keyshortcuts': TEAM_LETTERS[i]!,
          ...(!data.holding && (lock.status === 'choosing' || lock.status === 'locked') ? {} : { disabled: '' }),
        },
        onClick: () => on.onSelect(i),
      },
      h('kbd', {}, TEAM_LETTERS[i]!),
      ' ',
      h('bdi', {}, lock.name),
      ': ',
      h('span', { className: 'lock-status' }, lock.status === 'locked' ? `✓ ${TEAMS.locked}` : TEAMS[lock.status]),
    ),
  );
  const body = h(
    'div',
    { className: 'team-body', attrs: { role: 'region', tabindex: '0', 'aria-label': TEAMS.meetingRegion } },
    data.revealed.length
      ? h(
          'section',
          { className: 'revealed', attrs: { 'aria-labelledby': 'revealed-title' } },
          h('h2', { id: 'revealed-title' }, TEAMS.revealedTitle),
          h('ul', {}, ...data.revealed.map((r) => h('li', {}, TEAMS.teamChose(r.team, r.text)))),
        )
      : null,
    metersTable(data.meters),
    ...groups,
    data.sittingOut.length ? h('p', { className: 'hint' }, TEAMS.sittingOut(data.sittingOut)) : null,
  );
  const more = h('p', { className: 'more-below' }, TEAMS.moreBelow);
  more.hidden = true;
  // One thing to do next, on Enter: past the discussion, past the meeting's end, or the reveal.
  const next = data.holding
    ? { label: TEAMS.discussContinue, action: on.onDiscussed }
    : data.meetingsOver
      ? { label: TEAMS.carryOn, action: on.onCarryOn }
      : data.allLocked
        ? { label: TEAMS.reveal, action: on.onReveal }
        : null;
  const primary = next ? h('button', { className: 'primary', attrs: { type: 'button' }, onClick: next.action }, next.label) : null;
  const element = h(
    'section',
    { className: 'screen team team-turn', attrs: { 'aria-labelledby': 'team-turn-title' } },
    h('h1', { id: 'team-turn-title' }, data.title),
    data.saveFailed ? h('p', { className: 'warning', attrs: { role: 'status' } }, data.saveFailed) : null,
    // The meeting scrolls on its own; the lock bar below it stays in view.
    body,
    h(
      'div',
      { className: 'lock-bar', attrs: { role: 'group', 'aria-label': TEAMS.lockBar } },
      h('div', { className: 'locks' }, ...lockButtons),
      h('p', { className: 'lock-status-line', attrs: { role: 'status' } }, data.holding ? TEAMS.discussHold : data.allLocked ? TEAMS.allLocked : data.status || TEAMS.lockHint),
      more,
      primary,
    ),
  );
  // Once on screen: say so when the meeting runs on below the fold (several screens, or the meters open).
  const markOverflow = () => (more.hidden = body.scrollHeight <= body.clientHeight + 2);
  return { element, body, primary, lockButtons, markOverflow };
}

/** Trust in a table cell: a bar on the 10-point scale, the band's words and the score, and the raw ratio in smaller text. */
function trustCell(raw: number, label: string): HTMLTableCellElement {
  const { band, score } = readableTrust(raw);
  return h(
    'td',
    { className: 'trust-cell', attrs: { 'data-band': band } },
    h('meter', { attrs: { min: '0', max: '10', value: String(score), 'aria-label': label } }),
    ` ${TEAMS.trustWords(TRUST_BAND_WORDS[band], score.toFixed(1))} `,
    h('small', {}, TEAMS.rawTrust(raw.toFixed(2))),
  );
}

function metersTable(meters: TurnData['meters']): HTMLElement | null {
  if (meters.state === 'hidden') return null;
  if (meters.state === 'predict') return h('section', { className: 'team-meters' }, h('h2', {}, TEAMS.metersTitle), h('p', { className: 'lede' }, TEAMS.metersPredict));
  const cols = ['C', 'R', 'I', 'S'];
  const table = h(
    'table',
    {},
    h('caption', { id: 'team-meters-caption' }, TEAMS.metersCaption),
    h('thead', {}, h('tr', {}, ...[TEAMS.colTeam, TEAMS.colBuyer, ...cols, TEAMS.colDeal, TEAMS.colTrust].map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
    h(
      'tbody',
      {},
      ...meters.rows.map((r) =>
        h(
          'tr',
          { attrs: { 'data-team': r.team } },
          h('th', { attrs: { scope: 'row' } }, h('bdi', {}, r.team)),
          h('td', {}, r.buyer),
          ...[r.credibility, r.reliability, r.intimacy, r.self_orientation].map((v) => h('td', {}, String(v))),
          h('td', {}, h('meter', { attrs: { min: '0', max: '100', value: String(r.deal), 'aria-label': `${TEAMS.colDeal} ${isolate(r.team)}` } }), ` ${r.deal}`),
          trustCell(r.trust, `${TEAMS.colTrust} ${isolate(r.team)}`),
        ),
      ),
    ),
  );
  return h('section', { className: 'team-meters' }, h('h2', {}, TEAMS.metersTitle), scrollingTable('team-meters-caption', table));
}

/** A prediction prompt before a reveal: the room answers first. */
export function promptView(title: string, questions: readonly string[], label: string, onShow: () => void): { element: HTMLElement; next: HTMLButtonElement } {
  const next = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: onShow }, label);
  const element = h(
    'section',
    { className: 'screen team predict', attrs: { 'aria-labelledby': 'team-predict-title' } },
    h('h1', { id: 'team-predict-title' }, title),
    h('ol', { className: 'predict-questions' }, ...questions.map((q) => h('li', {}, q))),
    h('div', { className: 'actions' }, next),
  );
  return { element, next };
}

export interface BoardRow {
  team: string;
  revenue: number;
  attainment: number;
}

/** Between quarters: this quarter's revenue against quota, and nothing else. */
export function boardView(quarter: number, quarters: number, quota: number, rows: BoardRow[], last: boolean, onNext: () => void): { element: HTMLElement; next: HTMLButtonElement } {
  const sorted = [...rows].sort((a, b) => b.revenue - a.revenue);
  const next = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: onNext }, last ? TEAMS.toFinal : TEAMS.nextQuarter(quarter + 1));
  const table = h(
    'table',
    { className: 'board' },
    h('caption', { id: 'board-caption' }, TEAMS.boardCaption),
    h('thead', {}, h('tr', {}, ...['#', TEAMS.colTeam, TEAMS.colRevenue, TEAMS.colQuota].map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
    h(
      'tbody',
      {},
      ...sorted.map((r, i) => {
        const pct = attainmentPercent(r.attainment);
        return h(
          'tr',
          { attrs: { 'data-team': r.team } },
          h('td', {}, String(i + 1)),
          h('th', { attrs: { scope: 'row' } }, h('bdi', {}, r.team)),
          h('td', {}, k(r.revenue)),
          h(
            'td',
            {},
            h('meter', { attrs: { min: '0', max: '150', value: String(Math.max(0, Math.min(150, pct))), 'aria-label': `${TEAMS.colQuota} ${isolate(r.team)}` } }),
            ` ${pct}% · ${r.attainment >= 1 ? `✓ ${TEAMS.madeQuota}` : TEAMS.missedQuota}`,
          ),
        );
      }),
    ),
  );
  const element = h(
    'section',
    { className: 'screen team board-screen', attrs: { 'aria-labelledby': 'board-title' } },
    h('h1', { id: 'board-title' }, TEAMS.boardTitle(quarter, quarters)),
    h('p', { className: 'lede' }, `${TEAMS.boardLede} Quota: ${k(quota)}.`),
    scrollingTable('board-caption', table),
    h('div', { className: 'actions' }, next),
  );
  return { element, next };
}

export interface FinalRow {
  team: string;
  cumulative: number;
  /** The mean raw trust of the buyers it met; shown in words with its score out of 10. */
  trust: number;
  /** Quarters in which this team topped the floor. */
  led: number[];
}

export interface FinalActions {
  onShadow: () => void;
  onJson: () => void;
  onCsv: () => void;
  onEnd: () => void;
}

/** The end: cumulative revenue and trust side by side, and whether the early leaders won. */
export function finalView(data: { quarters: number; returnLikelihood: number; rows: FinalRow[]; summary: string[] }, on: FinalActions): { element: HTMLElement; first: HTMLButtonElement } {
  const table = h(
    'table',
    { className: 'final' },
    h('caption', { id: 'final-caption' }, TEAMS.finalCaption),
    h('thead', {}, h('tr', {}, ...[TEAMS.colTeam, TEAMS.colCumulative, TEAMS.colAvgTrust, TEAMS.colLed].map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
    h(
      'tbody',
      {},
      ...[...data.rows]
        .sort((a, b) => b.cumulative - a.cumulative)
        .map((r) =>
          h(
            'tr',
            { attrs: { 'data-team': r.team } },
            h('th', { attrs: { scope: 'row' } }, h('bdi', {}, r.team)),
            h('td', {}, k(r.cumulative)),
            trustCell(r.trust, `${TEAMS.colAvgTrust} ${isolate(r.team)}`),
            h('td', {}, r.led.length ? TEAMS.ledIn(r.led) : TEAMS.ledNever),
          ),
        ),
    ),
  );
  const first = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: on.onShadow }, TEAMS.shadow);
  const element = h(
    'section',
    { className: 'screen team final-reveal', attrs: { 'aria-labelledby': 'final-title' } },
    h('h1', { id: 'final-title' }, TEAMS.finalTitle),
    h('p', { className: 'lede' }, TEAMS.finalLede(data.quarters, data.returnLikelihood)),
    scrollingTable('final-caption', table),
    ...data.summary.map((s) => h('p', { className: 'summary' }, s)),
    h(
      'div',
      { className: 'actions no-print' },
      first,
      h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: on.onJson }, TEAMS.exportJson),
      h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: on.onCsv }, TEAMS.exportCsv),
      h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => window.print() }, TEAMS.print),
      h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: on.onEnd }, TEAMS.endSession),
    ),
  );
  return { element, first };
}

export interface ShadowColumn {
  caption: string;
  rows: { name: string; revenue: number; kind: 'team' | 'bot' }[];
}

/** The shadow of the future: the other horizon's fields, then both results side by side. */
export function shadowView(
  other: { quarters: number; returnLikelihood: number },
  on: { onRun: (horizon: { quarters: number; returnLikelihood: number }) => void; onBack: () => void },
): { element: HTMLElement; run: HTMLButtonElement; progress: (done: number) => void; show: (columns: ShadowColumn[], verdict: string) => void } {
  const fields = horizonFields('shadow', other.quarters, other.returnLikelihood);
  const run = h('button', { className: 'primary', attrs: { type: 'submit' } }, TEAMS.shadowRun);
  const form = h('form', { className: 'team-setup no-print' }, h('fieldset', {}, h('legend', {}, TEAMS.shadowOther), fields.quarters.field, fields.ret.field), h('div', { className: 'actions' }, run));
  const status = h('p', { className: 'hint', attrs: { role: 'status' } });
  const results = h('div', { className: 'shadow-results' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run.disabled = true;
    on.onRun(fields.read());
  });
  const element = h(
    'section',
    { className: 'screen team shadow', attrs: { 'aria-labelledby': 'shadow-title' } },
    h('h1', { id: 'shadow-title' }, TEAMS.shadowTitle),
    h('p', { className: 'lede' }, TEAMS.shadowLede),
    form,
    status,
    results,
    h('div', { className: 'actions no-print' }, h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: on.onBack }, TEAMS.shadowBack)),
  );
  return {
    element,
    run,
    progress: (done) => (status.textContent = TEAMS.shadowRunning(done)),
    show: (columns, verdict) => {
      run.disabled = false;
      status.textContent = verdict;
      status.scrollIntoView({ block: 'start' });
      results.replaceChildren(
        ...columns.map((column, c) => {
          const max = Math.max(1, ...column.rows.map((r) => r.revenue));
          const captionId = `shadow-caption-${c}`;
          const table = h(
            'table',
            {},
            h('caption', { id: captionId }, column.caption),
            h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, TEAMS.colTeam), h('th', { attrs: { scope: 'col' } }, TEAMS.colMedian))),
            h(
              'tbody',
              {},
              ...[...column.rows]
                .sort((a, b) => b.revenue - a.revenue)
                .map((r) =>
                  h(
                    'tr',
                    { className: `kind-${r.kind}` },
                    h('th', { attrs: { scope: 'row' } }, h('bdi', {}, r.name)),
                    h('td', {}, h('meter', { attrs: { min: '0', max: String(max), value: String(r.revenue), 'aria-label': `${TEAMS.colMedian} ${isolate(r.name)}` } }), ` ${k(r.revenue)}`),
                  ),
                ),
            ),
          );
          return scrollingTable(captionId, table);
        }),
      );
    },
  };
}
