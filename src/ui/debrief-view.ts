/**
 * The debrief (DESIGN.md, "Debrief"): first the player predicts, then the
 * reveal beside the prediction (revenue against the closer and advisor ghosts
 * in this world and each bot's spread across many worlds, as a chart and a
 * table), each account's timeline, the choices that moved trust most, three
 * reflection prompts and a printable commitment. Nothing of the outcome is in
 * the DOM before the player presses Reveal.
 */
import './debrief.css';
import type { Chart, ChartConfiguration, ChartDataset, LegendItem } from 'chart.js';
import type { TrustReading } from '../engine/report/debrief';
import { TRUST_BAND_MEANINGS, TRUST_BAND_WORDS } from './campaign-words';
import type { Band, DebriefAccount, DebriefActions, DebriefData, DebriefRun, Prediction, TrustMove } from './debrief-data';
import { h, replaceChildren, scrollingTable } from './dom';
import { DEBRIEF, STRINGS } from './strings';

type Leader = Prediction['leader'];
const LEADERS: readonly Leader[] = ['closer', 'advisor', 'you'];

/** Line colours, chosen for at least 4.5:1 against the dark panel; each line also has its own dash and marker. */
const COLOURS = {
  you: '#9fd3ff',
  closer: '#ff9ccf',
  advisor: '#ffd166',
  ink: '#f4f1ea',
  grid: 'rgba(244, 241, 234, 0.16)',
};

let instances = 0;

/** "312k", with a real minus sign and thousands grouped. */
export function formatK(value: number): string {
  const rounded = Math.round(value);
  const text = `${Math.abs(rounded).toLocaleString('en-GB')}k`;
  return rounded < 0 ? `\u2212${text}` : text;
}

/** One decimal: "3.4". */
function one(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** A signed change to one decimal: "+1.3", "−0.8", "0.0". */
export function signedOne(value: number): string {
  const r = Math.round(value * 10) / 10;
  if (r > 0) return `+${r.toFixed(1)}`;
  if (r < 0) return `\u2212${Math.abs(r).toFixed(1)}`;
  return '0.0';
}

function last(values: readonly number[]): number {
  return values.length ? values[values.length - 1]! : 0;
}

/** Who ended ahead, who came second, and by how much (a share of the runner-up's revenue). */
export function outcome(data: DebriefData): { leader: Leader; runnerUp: Leader; share: number; bucket: number } {
  const finals: Record<Leader, number> = {
    closer: last(data.ghosts.closer.cumulative),
    advisor: last(data.ghosts.advisor.cumulative),
    you: last(data.you.cumulative),
  };
  const ranked = [...LEADERS].sort((a, b) => finals[b] - finals[a]);
  const leader = ranked[0]!;
  const runnerUp = ranked[1]!;
  const second = finals[runnerUp];
  const share = second > 0 ? (finals[leader] - second) / second : Number.POSITIVE_INFINITY;
  return { leader, runnerUp, share, bucket: marginBucket(share) };
}

/** The nearest answer of the four (about 10%, 25%, 50%, double or more), splitting halfway between them. */
export function marginBucket(share: number): number {
  if (share < 0.175) return 0.1;
  if (share < 0.375) return 0.25;
  if (share < 0.75) return 0.5;
  return 1;
}

function marginLabel(value: number): string {
  return DEBRIEF.margins.find((m) => m.value === value)?.label ?? `${Math.round(value * 100)}%`;
}

function accountName(account: DebriefAccount): string {
  return DEBRIEF.accountName(account.company, account.buyerName);
}

/** Trust as a person reads it: "trusts you, 4.6/10". */
export function trustText(trust: TrustReading): string {
  return `${TRUST_BAND_WORDS[trust.band]}, ${trust.score.toFixed(1)}/10`;
}

/** The raw Trust Equation, two decimals: "2.31". */
function rawText(trust: TrustReading): string {
  return trust.raw.toFixed(2);
}

/** A signed change to two decimals: "+0.30", "−0.15". */
function signedTwo(value: number): string {
  const r = Math.round(value * 100) / 100;
  return r > 0 ? `+${r.toFixed(2)}` : r < 0 ? `\u2212${Math.abs(r).toFixed(2)}` : '0.00';
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export class DebriefView {
  readonly element: HTMLElement;
  private data: DebriefData;
  private readonly uid = `debrief-${++instances}`;
  private readonly main: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly revealButton: HTMLButtonElement;
  private chosen: Prediction | null = null;
  private chart: Chart<'line', number[], string> | null = null;
  private disposed = false;
  // Parts of the reveal that change when the spread arrives.
  private spreadStatus: HTMLElement | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private tableSlot: HTMLElement | null = null;
  private luckSlot: HTMLElement | null = null;

  constructor(
    data: DebriefData,
    private readonly actions: DebriefActions,
    private readonly onAbout: () => void,
  ) {
    this.data = data;
    this.revealButton = h('button', { className: 'primary', attrs: { type: 'submit', disabled: '', 'aria-describedby': `${this.uid}-hint` } }, DEBRIEF.reveal);
    this.form = this.buildForm();
    this.main = h('div', { className: 'debrief-body' }, this.form);
    this.element = h(
      'section',
      { className: 'screen debrief', attrs: { 'aria-labelledby': `${this.uid}-title` } },
      h('h1', { id: `${this.uid}-title` }, DEBRIEF.title(data.settings.quarters)),
      this.main,
    );
  }

  /** What the player predicted, once they have pressed Reveal. */
  get prediction(): Prediction | null {
    return this.chosen;
  }

  /** Puts the keyboard on the first answer of the prediction. */
  focus(): void {
    this.form.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  }

  /**
   * New data for the same campaign: in practice, the spread (and the luck
   * sentence that depends on it) arriving from the background. Only those
   * parts are redrawn, so the player's answers and open accounts stay.
   */
  update(data: DebriefData): void {
    this.data = data;
    if (!this.chosen) return;
    this.refreshSpread();
  }

  /** Frees the chart. */
  destroy(): void {
    this.disposed = true;
    this.chart?.destroy();
    this.chart = null;
  }

  // --- a. The prediction ------------------------------------------------

  private buildForm(): HTMLFormElement {
    const { accounts } = this.data;
    const leaderLabels: Record<Leader, string> = {
      closer: DEBRIEF.leaderCloser,
      advisor: DEBRIEF.leaderAdvisor,
      you: DEBRIEF.leaderYou,
    };
    const form = h(
      'form',
      { className: 'prediction', attrs: { 'aria-label': DEBRIEF.predictionLabel, novalidate: '' } },
      h('div', { className: 'prediction-head' }, h('h2', {}, DEBRIEF.predictionHeading), h('p', { className: 'lede' }, DEBRIEF.intro)),
      this.radioGroup('leader', DEBRIEF.leaderQuestion, LEADERS.map((l) => ({ value: l, label: leaderLabels[l] })), DEBRIEF.ghostNote),
      this.radioGroup('margin', DEBRIEF.marginQuestion, DEBRIEF.margins.map((m) => ({ value: String(m.value), label: m.label }))),
      accounts.length
        ? this.radioGroup('trust', DEBRIEF.trustQuestion, accounts.map((a) => ({ value: a.id, label: accountName(a) })))
        : null,
      h(
        'div',
        { className: 'actions reveal-row' },
        this.revealButton,
        h('p', { className: 'hint', id: `${this.uid}-hint` }, DEBRIEF.revealHint),
      ),
    );
    form.addEventListener('change', () => {
      this.revealButton.disabled = this.readPrediction() === null;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const prediction = this.readPrediction();
      if (prediction) this.reveal(prediction);
    });
    return form;
  }

  private radioGroup(name: string, legend: string, options: { value: string; label: string }[], note?: string): HTMLFieldSetElement {
    const noteId = note ? `${this.uid}-${name}-note` : undefined;
    return h(
      'fieldset',
      { className: `question question-${name}`, attrs: noteId ? { 'aria-describedby': noteId } : {} },
      h('legend', {}, legend),
      note ? h('p', { className: 'note', id: noteId }, note) : null,
      h(
        'div',
        { className: 'options' },
        ...options.map((option, i) => {
          const id = `${this.uid}-${name}-${i}`;
          return h(
            'div',
            { className: 'option' },
            h('input', { id, attrs: { type: 'radio', name: `${this.uid}-${name}`, value: option.value } }),
            h('label', { attrs: { for: id } }, option.label),
          );
        }),
      ),
    );
  }

  private readPrediction(): Prediction | null {
    const picked = (name: string) =>
      this.form.querySelector<HTMLInputElement>(`input[name="${this.uid}-${name}"]:checked`)?.value ?? null;
    const leader = picked('leader') as Leader | null;
    const margin = picked('margin');
    const trust = this.data.accounts.length ? picked('trust') : '';
    if (!leader || margin === null || trust === null) return null;
    return { leader, margin: Number(margin), mostTrusting: trust };
  }

  // --- b. The reveal ---------------------------------------------------

  private reveal(prediction: Prediction): void {
    this.chosen = prediction;
    const compared = this.comparison(prediction);
    replaceChildren(
      this.main,
      compared,
      this.revenueSection(),
      this.accountsSection(),
      this.topChoicesSection(),
      this.reflectSection(),
      this.commitmentSection(),
      this.actionsRow(),
    );
    const heading = compared.querySelector('h2');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    void this.drawChart();
  }

  private section(key: string, heading: string, ...children: (Node | string | null)[]): HTMLElement {
    const id = `${this.uid}-${key}`;
    return h(
      'section',
      { className: `debrief-${key}`, attrs: { 'aria-labelledby': id } },
      h('h2', { id, attrs: { tabindex: '-1' } }, heading),
      ...children,
    );
  }

  private comparison(prediction: Prediction): HTMLElement {
    const { data } = this;
    const result = outcome(data);
    const runnerUp = DEBRIEF.leaderNames[result.runnerUp];
    const best = data.accounts.find((a) => data.mostTrusting.includes(a.id));
    const predictedAccount = data.accounts.find((a) => a.id === prediction.mostTrusting);
    const card = (question: string, predicted: string, actual: string, right: boolean) =>
      h(
        'li',
        { className: `verdict ${right ? 'is-right' : 'is-wrong'}` },
        h('h3', {}, question),
        h('p', { className: 'mark' }, right ? DEBRIEF.right : DEBRIEF.wrong),
        h(
          'dl',
          {},
          h('dt', {}, DEBRIEF.youPredicted),
          h('dd', {}, predicted),
          h('dt', {}, DEBRIEF.itWas),
          h('dd', {}, actual),
        ),
      );
    const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const bucketText = marginLabel(result.bucket);
    return this.section(
      'predicted',
      DEBRIEF.predictedHeading,
      h(
        'ul',
        { className: 'verdicts' },
        card(
          DEBRIEF.leaderQuestionShort,
          capital(DEBRIEF.leaderNames[prediction.leader]),
          capital(DEBRIEF.leaderNames[result.leader]),
          prediction.leader === result.leader,
        ),
        card(
          DEBRIEF.marginQuestionShort,
          marginLabel(prediction.margin),
          Number.isFinite(result.share)
            ? capital(DEBRIEF.marginActual(result.share, bucketText, runnerUp))
            : capital(DEBRIEF.marginEndless(bucketText, runnerUp)),
          prediction.margin === result.bucket,
        ),
        best
          ? card(
              DEBRIEF.trustQuestionShort,
              predictedAccount ? DEBRIEF.trustYours(accountName(predictedAccount), trustText(predictedAccount.trust)) : '',
              DEBRIEF.trustActual(accountName(best), trustText(best.trust)),
              // A tie on the score a person reads counts as right.
              predictedAccount !== undefined && data.mostTrusting.includes(predictedAccount.id),
            )
          : null,
      ),
    );
  }

  private revenueSection(): HTMLElement {
    this.spreadStatus = h('p', { className: 'spread-status', attrs: { role: 'status' } });
    this.canvas = h('canvas', { attrs: { role: 'img' } });
    this.tableSlot = h('div', { className: 'table-wrap' });
    this.luckSlot = h('div', { className: 'luck-slot', attrs: { 'aria-live': 'polite' } });
    const section = this.section(
      'revenue',
      DEBRIEF.revenueHeading,
      h('div', { className: 'chart-box' }, this.canvas),
      this.spreadStatus,
      this.tableSlot,
      this.luckSlot,
      this.attainmentTable(),
    );
    this.refreshSpread();
    return section;
  }

  /** Attainment per quarter for you and each bot in this world (a row a quarter, as in the revenue table), each plan quarter marked, and how many each spent on the plan. */
  private attainmentTable(): HTMLElement | null {
    const { you, ghosts } = this.data;
    const quarters = this.quarterCount();
    if (quarters === 0) return null;
    const captionId = `${this.uid}-attainment-caption`;
    const keyId = `${this.uid}-plan-key`;
    const runs: [Leader, string, DebriefRun][] = [
      ['you', DEBRIEF.youCol, you],
      ['closer', DEBRIEF.closerCol, ghosts.closer],
      ['advisor', DEBRIEF.advisorCol, ghosts.advisor],
    ];
    const cell = (run: DebriefRun, q: number) => {
      const a = run.attainment[q];
      if (a === undefined) return h('td', {});
      const plan = run.onPlan[q] ?? false;
      return h(
        'td',
        { className: [a >= 1 ? 'made' : a < 0.5 ? 'missed' : '', plan ? 'on-plan' : ''].filter(Boolean).join(' ') },
        DEBRIEF.attainmentCell(a),
        plan ? h('span', {}, ' ', h('span', { className: 'badge', attrs: { 'aria-describedby': keyId } }, DEBRIEF.planMark)) : null,
      );
    };
    return h(
      'div',
      { className: 'attainment-block' },
      scrollingTable(
        captionId,
        h(
          'table',
          { className: 'data attainment' },
          h('caption', { id: captionId }, DEBRIEF.attainmentCaption),
          h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, DEBRIEF.quarterCol), ...runs.map(([who, label]) => h('th', { className: who, attrs: { scope: 'col' } }, label)))),
          h(
            'tbody',
            {},
            ...Array.from({ length: quarters }, (_, q) =>
              h('tr', {}, h('th', { attrs: { scope: 'row' } }, DEBRIEF.quarterShort(q + 1)), ...runs.map(([, , run]) => cell(run, q))),
            ),
          ),
        ),
      ),
      h('p', { className: 'plan-sentence' }, h('strong', {}, DEBRIEF.planSentence({ you: you.planQuarters, closer: ghosts.closer.planQuarters, advisor: ghosts.advisor.planQuarters }))),
      h('p', { className: 'hint', id: keyId }, DEBRIEF.planKey),
    );
  }

  /** Everything that may arrive with the spread: the status line, the table, the luck sentence, the chart's label and bands. */
  private refreshSpread(): void {
    const { spread, luck } = this.data;
    if (this.luckSlot) {
      replaceChildren(this.luckSlot, luck ? h('p', { className: 'luck' }, h('strong', {}, `${DEBRIEF.luckHeading}: `), luck) : null);
    }
    if (this.spreadStatus) this.spreadStatus.textContent = spread ? DEBRIEF.spreadReady(spread.worlds) : DEBRIEF.spreadPending;
    this.spreadStatus?.classList.toggle('pending', !spread);
    if (this.tableSlot) {
      const captionId = `${this.uid}-revenue-caption`;
      this.tableSlot.setAttribute('role', 'region');
      this.tableSlot.setAttribute('tabindex', '0');
      this.tableSlot.setAttribute('aria-labelledby', captionId);
      replaceChildren(this.tableSlot, this.revenueTable(captionId));
    }
    this.canvas?.setAttribute('aria-label', this.chartSummary());
    if (this.chart) {
      const datasets = this.chart.data.datasets;
      const bands = this.bandData();
      datasets[3]!.data = bands.closerLow;
      datasets[4]!.data = bands.closerHigh;
      datasets[5]!.data = bands.advisorLow;
      datasets[6]!.data = bands.advisorHigh;
      if (spread) {
        datasets[4]!.label = DEBRIEF.chartCloserBand(spread.worlds);
        datasets[6]!.label = DEBRIEF.chartAdvisorBand(spread.worlds);
      }
      this.chart.update();
    }
  }

  private quarterCount(): number {
    const { you, ghosts } = this.data;
    return Math.max(you.cumulative.length, ghosts.closer.cumulative.length, ghosts.advisor.cumulative.length);
  }

  private revenueTable(captionId: string): HTMLTableElement {
    const { you, ghosts, spread } = this.data;
    const worlds = spread?.worlds ?? 100;
    const cell = (values: readonly number[], q: number) => (values[q] === undefined ? '' : formatK(values[q]!));
    const band = (b: Band | undefined, q: number) =>
      !b ? DEBRIEF.spreadPendingCell : b.p10[q] === undefined ? '' : DEBRIEF.spreadCell(formatK(b.median[q] ?? b.p10[q]!), formatK(b.p10[q]!), formatK(b.p90[q] ?? b.p10[q]!));
    const col = (text: string, className = '') => h('th', { className, attrs: { scope: 'col' } }, text);
    return h(
      'table',
      { className: 'data revenue' },
      h('caption', { id: captionId }, DEBRIEF.revenueCaption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          col(DEBRIEF.quarterCol),
          col(DEBRIEF.youCol, 'you'),
          col(DEBRIEF.closerCol, 'closer'),
          col(DEBRIEF.advisorCol, 'advisor'),
          col(DEBRIEF.closerSpreadCol(worlds), 'spread'),
          col(DEBRIEF.advisorSpreadCol(worlds), 'spread'),
        ),
      ),
      h(
        'tbody',
        {},
        ...Array.from({ length: this.quarterCount() }, (_, q) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, DEBRIEF.quarterShort(q + 1)),
            h('td', {}, cell(you.cumulative, q)),
            h('td', {}, cell(ghosts.closer.cumulative, q)),
            h('td', {}, cell(ghosts.advisor.cumulative, q)),
            h('td', { className: spread ? 'spread' : 'spread pending' }, band(spread?.closer, q)),
            h('td', { className: spread ? 'spread' : 'spread pending' }, band(spread?.advisor, q)),
          ),
        ),
      ),
    );
  }

  private chartSummary(): string {
    const { you, ghosts, spread } = this.data;
    const at = (q: number): Leader => {
      const values: Record<Leader, number> = { closer: ghosts.closer.cumulative[q] ?? 0, advisor: ghosts.advisor.cumulative[q] ?? 0, you: you.cumulative[q] ?? 0 };
      return [...LEADERS].sort((a, b) => values[b] - values[a])[0]!;
    };
    const quarters = this.quarterCount();
    const range = (b: Band) => DEBRIEF.range(formatK(last(b.p10)), formatK(last(b.p90)));
    return DEBRIEF.chartSummary({
      quarters,
      you: formatK(last(you.cumulative)),
      closer: formatK(last(ghosts.closer.cumulative)),
      advisor: formatK(last(ghosts.advisor.cumulative)),
      firstLeader: DEBRIEF.leaderCapital[at(0)],
      lastLeader: DEBRIEF.leaderNames[at(quarters - 1)],
      spread: spread ? DEBRIEF.chartSpreadSummary(spread.worlds, range(spread.closer), range(spread.advisor)) : '',
    });
  }

  private bandData(): { closerLow: number[]; closerHigh: number[]; advisorLow: number[]; advisorHigh: number[] } {
    const { spread } = this.data;
    return {
      closerLow: spread ? [...spread.closer.p10] : [],
      closerHigh: spread ? [...spread.closer.p90] : [],
      advisorLow: spread ? [...spread.advisor.p10] : [],
      advisorHigh: spread ? [...spread.advisor.p90] : [],
    };
  }

  /** The chart library loads only here, only once the reveal is shown. */
  private async drawChart(): Promise<void> {
    const canvas = this.canvas;
    if (!canvas) return;
    try {
      const { default: ChartJs } = await import('chart.js/auto');
      if (this.disposed || this.chart) return;
      this.chart = new ChartJs(canvas, this.chartConfig());
    } catch {
      canvas.parentElement?.replaceWith(h('p', { className: 'hint' }, DEBRIEF.chartFailed));
    }
  }

  private fontSize(): number {
    const base = parseFloat(getComputedStyle(this.element).fontSize) || 16;
    return Math.max(16, Math.round(base * 0.8));
  }

  private chartConfig(): ChartConfiguration<'line', number[], string> {
    const { you, ghosts, spread } = this.data;
    const worlds = spread?.worlds ?? 100;
    const font = () => ({ size: this.fontSize(), family: "'Atkinson Hyperlegible', system-ui, sans-serif" });
    const labels = Array.from({ length: this.quarterCount() }, (_, q) => DEBRIEF.quarterShort(q + 1));
    const bands = this.bandData();
    const narrow = (chart: Chart) => chart.width < 600;
    const line = (label: string, data: number[], colour: string, dash: number[], pointStyle: 'circle' | 'triangle' | 'rectRot', width: number): ChartDataset<'line', number[]> => ({
      label,
      data,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: (ctx) => (narrow(ctx.chart) ? width * 0.7 : width),
      borderDash: dash,
      borderCapStyle: 'round',
      pointStyle,
      pointRadius: (ctx) => (narrow(ctx.chart) ? 3.5 : 6),
      pointHoverRadius: (ctx) => (narrow(ctx.chart) ? 5 : 8),
      pointBorderColor: colour,
      pointBackgroundColor: colour,
      fill: false,
      tension: 0,
    });
    const edge = (label: string, data: number[], colour: string, dash: number[], fill: ChartDataset<'line', number[]>['fill'], pattern: CanvasPattern | string): ChartDataset<'line', number[]> => ({
      label,
      data,
      borderColor: colour,
      backgroundColor: pattern,
      borderWidth: 1.5,
      borderDash: dash,
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 8,
      fill,
      tension: 0,
    });
    const closerEdge = 'rgba(255, 156, 207, 0.75)';
    const advisorEdge = 'rgba(255, 209, 102, 0.75)';
    return {
      type: 'line',
      data: {
        labels,
        datasets: [
          line(DEBRIEF.chartYou, [...you.cumulative], COLOURS.you, [], 'circle', 5),
          line(DEBRIEF.chartCloser, [...ghosts.closer.cumulative], COLOURS.closer, [14, 8], 'triangle', 3.5),
          line(DEBRIEF.chartAdvisor, [...ghosts.advisor.cumulative], COLOURS.advisor, [2, 8], 'rectRot', 4),
          // The bands: each p90 edge fills down to its p10 edge.
          edge(`${DEBRIEF.chartCloser} p10`, bands.closerLow, closerEdge, [6, 6], false, 'transparent'),
          edge(DEBRIEF.chartCloserBand(worlds), bands.closerHigh, closerEdge, [6, 6], 3, hatch('rgba(255, 156, 207, 0.42)', 'rgba(255, 156, 207, 0.10)', 1)),
          edge(`${DEBRIEF.chartAdvisor} p10`, bands.advisorLow, advisorEdge, [2, 5], false, 'transparent'),
          edge(DEBRIEF.chartAdvisorBand(worlds), bands.advisorHigh, advisorEdge, [2, 5], 5, hatch('rgba(255, 209, 102, 0.40)', 'rgba(255, 209, 102, 0.10)', -1)),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 600 },
        interaction: { mode: 'index', intersect: false },
        layout: { padding: { top: 4, right: 16, left: 4 } },
        scales: {
          x: {
            title: { display: true, text: DEBRIEF.chartAxisX, color: COLOURS.ink, font },
            ticks: { color: COLOURS.ink, font },
            grid: { color: COLOURS.grid },
            border: { color: COLOURS.grid },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: DEBRIEF.chartAxisY, color: COLOURS.ink, font },
            ticks: { color: COLOURS.ink, font, callback: (value) => formatK(Number(value)), maxTicksLimit: 7 },
            grid: { color: COLOURS.grid },
            border: { color: COLOURS.grid },
          },
        },
        plugins: {
          legend: {
            position: 'top',
            align: 'start',
            // A band's two edges show and hide together.
            onClick: (_event, item, legend) => {
              const chart = legend.chart;
              const index = item.datasetIndex ?? 0;
              const visible = !chart.isDatasetVisible(index);
              for (const i of index === 4 ? [3, 4] : index === 6 ? [5, 6] : [index]) chart.setDatasetVisibility(i, visible);
              chart.update();
            },
            labels: {
              color: COLOURS.ink,
              font,
              usePointStyle: true,
              pointStyleWidth: 48,
              padding: 16,
              // The bands appear once, by their p90 edge, and only once computed.
              filter: (item: LegendItem, chartData) => {
                const index = item.datasetIndex ?? 0;
                if (index === 3 || index === 5) return false;
                return index < 3 || (chartData.datasets[index]?.data.length ?? 0) > 0;
              },
              generateLabels: (chart) =>
                chart.data.datasets.map((dataset, i): LegendItem => {
                  const d = dataset as ChartDataset<'line', number[]>;
                  const isBand = i >= 3;
                  return {
                    text: d.label ?? '',
                    datasetIndex: i,
                    hidden: !chart.isDatasetVisible(i),
                    fillStyle: isBand ? (d.backgroundColor as CanvasPattern | string) : 'transparent',
                    strokeStyle: d.borderColor as string,
                    lineWidth: isBand ? 1.5 : 4,
                    lineDash: d.borderDash as number[],
                    lineCap: 'round',
                    pointStyle: isBand ? 'rect' : 'line',
                    fontColor: COLOURS.ink,
                  };
                }),
            },
          },
          tooltip: {
            titleFont: font,
            bodyFont: font,
            padding: 12,
            backgroundColor: 'rgba(8, 12, 20, 0.95)',
            borderColor: 'rgba(244, 241, 234, 0.4)',
            borderWidth: 1,
            titleColor: COLOURS.ink,
            bodyColor: COLOURS.ink,
            usePointStyle: true,
            callbacks: {
              title: (items) => DEBRIEF.quarterLong((items[0]?.dataIndex ?? 0) + 1),
              label: (item) => {
                const i = item.datasetIndex;
                const name =
                  i === 3 ? `${DEBRIEF.leaderShort.closer} p10` : i === 4 ? `${DEBRIEF.leaderShort.closer} p90` : i === 5 ? `${DEBRIEF.leaderShort.advisor} p10` : i === 6 ? `${DEBRIEF.leaderShort.advisor} p90` : (item.dataset.label ?? '');
                return `${name}: ${formatK(item.parsed.y ?? 0)}`;
              },
            },
          },
        },
      },
    };
  }

  // --- c. Per-account timelines ------------------------------------------

  private accountsSection(): HTMLElement {
    return this.section(
      'accounts',
      DEBRIEF.accountsHeading,
      h('p', { className: 'lede' }, DEBRIEF.accountsIntro),
      this.trustKey(),
      h('div', { className: 'accounts' }, ...this.data.accounts.map((a) => this.accountDetails(a))),
    );
  }

  /** The key to the trust words: each band, where it starts on the 10-point scale, and what the model does there. */
  private trustKey(): HTMLElement {
    const scale = this.data.trustScale;
    const keyId = `${this.uid}-scale`;
    return h(
      'div',
      { className: 'trust-key', attrs: { role: 'group', 'aria-labelledby': keyId } },
      h('h3', { id: keyId }, DEBRIEF.scaleHeading),
      h('p', { className: 'hint' }, DEBRIEF.scaleIntro),
      h(
        'ul',
        {},
        ...scale.map((step, i) => {
          const next = scale[i + 1];
          return h(
            'li',
            {},
            h('strong', {}, TRUST_BAND_WORDS[step.band]),
            ' ',
            DEBRIEF.scaleBand(step.from.toFixed(1), next ? next.from.toFixed(1) : null, TRUST_BAND_MEANINGS[step.band]),
          );
        }),
      ),
    );
  }

  private accountDetails(account: DebriefAccount): HTMLDetailsElement {
    const m = account.meters;
    let before: number | null = null;
    let dealBefore: number | null = null;
    const events = account.timeline.map((event) => {
      const score = event.trust.score;
      const change = before === null || signedOne(score - before) === '0.0' ? null : signedOne(score - before);
      const dealChange = dealBefore === null || Math.round(event.meters.deal) === Math.round(dealBefore) ? null : signedInt(event.meters.deal - dealBefore);
      before = score;
      dealBefore = event.meters.deal;
      return h(
        'li',
        { className: `event event-${event.kind}` },
        h(
          'p',
          { className: 'event-what' },
          h('span', { className: 'when' }, DEBRIEF.quarterShort(event.quarter)),
          ' ',
          ...kindAndWords(DEBRIEF.eventKinds[event.kind] ?? event.kind, event.words),
        ),
        event.kind === 'meeting' && event.moves.length ? h('p', { className: 'event-moves' }, DEBRIEF.yourMoves(event.moves.join(', '))) : null,
        h('p', { className: 'event-meters' }, `${DEBRIEF.trustAfter(trustText(event.trust), change)} · ${DEBRIEF.dealAfter(String(Math.round(event.meters.deal)), dealChange)}`),
      );
    });
    return h(
      'details',
      { className: `account status-${account.status}` },
      h(
        'summary',
        {},
        h(
          'h3',
          {},
          h('span', { className: 'account-name' }, accountName(account)),
          ' ',
          h('span', { className: 'status' }, DEBRIEF.status[account.status] ?? account.status),
          ' ',
          h('span', { className: 'trust' }, DEBRIEF.trustNow(trustText(account.trust))),
        ),
        h('span', { className: 'meters' }, DEBRIEF.meterLine(one(m.credibility), one(m.reliability), one(m.intimacy), one(m.self_orientation), String(Math.round(m.deal)), rawText(account.trust))),
        account.grudge ? h('span', { className: 'meters grudge' }, DEBRIEF.grudge) : null,
      ),
      events.length ? h('ol', { className: 'timeline' }, ...events) : h('p', { className: 'hint' }, DEBRIEF.noEvents),
    );
  }

  // --- d. The choices that moved trust most -------------------------------

  private topChoicesSection(): HTMLElement {
    const { rises, costs } = this.data.topChoices;
    const list = (key: string, heading: string, moves: readonly TrustMove[]) => {
      if (!moves.length) return null;
      const id = `${this.uid}-top-${key}`;
      return h(
        'div',
        { className: `top-group top-${key}`, attrs: { role: 'group', 'aria-labelledby': id } },
        h('h3', { id }, heading),
        h('ol', { className: 'top-choices' }, ...moves.map((c) => this.topChoice(c))),
      );
    };
    const any = rises.length + costs.length > 0;
    return this.section(
      'top',
      DEBRIEF.topHeading,
      any ? h('p', { className: 'lede' }, DEBRIEF.topIntro) : h('p', {}, DEBRIEF.topNone),
      list('rises', DEBRIEF.risesHeading, rises),
      list('costs', DEBRIEF.costsHeading, costs),
    );
  }

  private topChoice(choice: TrustMove): HTMLLIElement {
    const direction = choice.change.score > 0 ? 'up' : choice.change.score < 0 ? 'down' : 'flat';
    return h(
      'li',
      { className: `top-choice ${direction}` },
      h(
        'p',
        { className: 'top-head' },
        h('strong', { className: 'change' }, DEBRIEF.scoreChange(choice.change.score)),
        ' ',
        h('span', { className: 'where' }, `${DEBRIEF.quarterShort(choice.quarter)} · ${choice.company}`),
      ),
      h('p', { className: 'said' }, h('q', {}, choice.text)),
      h(
        'p',
        { className: 'why' },
        DEBRIEF.fromTo(trustText(choice.before), trustText(choice.after)),
        ' ',
        h('small', { className: 'raw' }, DEBRIEF.rawChange(rawText(choice.before), rawText(choice.after), signedTwo(choice.change.raw))),
      ),
      h(
        'p',
        { className: 'why' },
        h('span', { className: 'move' }, `${choice.move}`),
        ' · ',
        choice.principle
          ? h(
              'span',
              { className: 'principle' },
              h('strong', {}, DEBRIEF.principleNames[choice.principle] ?? choice.principle),
              DEBRIEF.principles[choice.principle] ? `: ${DEBRIEF.principles[choice.principle]}` : '',
            )
          : h('span', { className: 'principle' }, DEBRIEF.noPrinciple),
      ),
    );
  }

  // --- e. Reflection and the commitment -----------------------------------

  private reflectSection(): HTMLElement {
    return this.section(
      'reflect',
      DEBRIEF.reflectHeading,
      h('p', { className: 'lede' }, DEBRIEF.reflectIntro),
      h(
        'div',
        { className: 'prompts' },
        ...DEBRIEF.prompts.map((prompt, i) => {
          const id = `${this.uid}-prompt-${i}`;
          return h('div', { className: 'prompt' }, h('label', { attrs: { for: id } }, prompt), h('textarea', { id, attrs: { rows: '4' } }));
        }),
      ),
    );
  }

  private commitmentSection(): HTMLElement {
    const accountId = `${this.uid}-commit-account`;
    const moveId = `${this.uid}-commit-move`;
    const section = this.section(
      'commit',
      DEBRIEF.commitHeading,
      h('p', { className: 'lede' }, DEBRIEF.commitIntro),
      h('div', { className: 'field' }, h('label', { attrs: { for: accountId } }, DEBRIEF.commitAccount), h('input', { id: accountId, attrs: { type: 'text', autocomplete: 'off' } })),
      h('div', { className: 'field' }, h('label', { attrs: { for: moveId } }, DEBRIEF.commitMove), h('textarea', { id: moveId, attrs: { rows: '2' } })),
      h(
        'div',
        { className: 'actions no-print' },
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => window.print() }, DEBRIEF.commitPrint),
      ),
    );
    section.classList.add('commit-card');
    return section;
  }

  // --- f. Actions -------------------------------------------------------

  private actionsRow(): HTMLElement {
    const quarters = this.data.settings.quarters;
    const selectId = `${this.uid}-replay-from`;
    const select = h(
      'select',
      { id: selectId },
      ...Array.from({ length: Math.max(0, quarters - 1) }, (_, i) => h('option', { attrs: { value: String(i + 2) } }, DEBRIEF.quarterLong(i + 2))),
    );
    const replayFrom = h(
      'button',
      { className: 'secondary', attrs: { type: 'button' }, onClick: () => this.actions.replayFrom(Number(select.value)) },
      DEBRIEF.replayFrom(2),
    );
    select.addEventListener('change', () => {
      replayFrom.textContent = DEBRIEF.replayFrom(Number(select.value));
    });
    return h(
      'nav',
      { className: 'debrief-actions', attrs: { 'aria-label': DEBRIEF.actionsLabel } },
      h(
        'div',
        { className: 'actions' },
        h('button', { className: 'primary', attrs: { type: 'button' }, onClick: () => this.actions.replayWorld() }, DEBRIEF.replayWorld),
        quarters >= 2
          ? h('div', { className: 'replay-from' }, h('label', { attrs: { for: selectId } }, DEBRIEF.replayFromLabel), select, replayFrom)
          : null,
      ),
      h(
        'div',
        { className: 'actions' },
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => this.onAbout() }, DEBRIEF.about),
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => this.actions.exportSession('json') }, DEBRIEF.exportJson),
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => this.actions.exportSession('csv') }, DEBRIEF.exportCsv),
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => this.actions.toTitle() }, STRINGS.backToTitle),
      ),
    );
  }
}

/** An event's kind in bold, then its words; said once when the words begin with it ("Meeting: Meeting: …" becomes "Meeting: …"). */
function kindAndWords(kind: string, words: string): (Node | string)[] {
  const bold = (text: string) => h('strong', { className: 'kind' }, text);
  const start = words.slice(0, kind.length + 1).toLowerCase();
  if (start === `${kind.toLowerCase()}:` || start === `${kind.toLowerCase()} `) return [bold(words.slice(0, kind.length)), words.slice(kind.length)];
  return [bold(kind), ': ', words];
}

function signedInt(value: number): string {
  const r = Math.round(value);
  return r > 0 ? `+${r}` : r < 0 ? `\u2212${Math.abs(r)}` : '0';
}

/** A hatched fill, so a band differs from the other by its stripes as well as its colour. */
function hatch(stripe: string, ground: string, direction: 1 | -1): CanvasPattern | string {
  const size = 14;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d');
  if (!g) return ground;
  g.fillStyle = ground;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = stripe;
  g.lineWidth = 2;
  g.beginPath();
  for (const offset of [-size, 0, size]) {
    if (direction === 1) {
      g.moveTo(offset, size);
      g.lineTo(offset + size, 0);
    } else {
      g.moveTo(offset, 0);
      g.lineTo(offset + size, size);
    }
  }
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? ground;
}
