/**
 * The hidden meters, shown: each meter as a bar with its value and what the
 * last choice did to it, trust in words with its score out of 10 (and, in
 * smaller text, the Trust Equation's raw ratio), and the commitment ledger. For writers testing a conversation, and for a
 * facilitator's reveal (covered by a prediction question first).
 */
import { readableTrust } from '../engine/model/trust-scale';
import { METER_NAMES, METER_RANGES, type Meters, trustOf } from '../engine/narrative/meters';
import type { Ledger } from '../engine/narrative/runner';
import { TRUST_BAND_MEANINGS, TRUST_BAND_WORDS } from './campaign-words';
import { h, replaceChildren } from './dom';
import './meter-panel.css';

const LABELS: Record<keyof Meters, string> = {
  credibility: 'Credibility (C)',
  reliability: 'Reliability (R)',
  intimacy: 'Intimacy (I)',
  self_orientation: 'Self-orientation (S)',
  deal: 'Deal momentum',
};

const signed = (n: number, digits = 0) => (n > 0 ? '+' : n < 0 ? '−' : '±') + Math.abs(n).toFixed(digits);

export class MeterPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly prompt: HTMLElement;

  constructor(title: string) {
    this.body = h('div', { className: 'meter-rows' });
    this.prompt = h('p', { className: 'meter-prompt' });
    this.prompt.hidden = true;
    this.element = h(
      'section',
      // Focusable: it scrolls when the ledger is long, and the keyboard must be able to scroll it.
      { className: 'meter-panel', attrs: { 'aria-labelledby': 'meter-panel-title', tabindex: '0' } },
      h('h2', { id: 'meter-panel-title' }, title),
      this.prompt,
      this.body,
    );
  }

  /** Covers the numbers with a question for the room (a prediction before the reveal); null uncovers them. */
  cover(question: string | null): void {
    this.prompt.textContent = question ?? '';
    this.prompt.hidden = question === null;
    this.body.hidden = question !== null;
  }

  /** Shows the meters; `before` (the meters before the last choice) marks what changed. */
  show(meters: Meters, before: Meters | null, ledger: Ledger | null, note: string): void {
    const rows = METER_NAMES.map((name) => {
      const [min, max] = METER_RANGES[name];
      const change = before ? meters[name] - before[name] : 0;
      return h(
        'div',
        { className: `meter-row${change !== 0 ? ' changed' : ''}`, attrs: { 'data-meter': name } },
        h('span', { className: 'meter-name' }, LABELS[name]),
        h('meter', { attrs: { min: String(min), max: String(max), value: String(meters[name]), 'aria-label': LABELS[name] } }),
        h('span', { className: 'meter-value' }, String(meters[name]), change !== 0 ? h('span', { className: 'meter-change' }, ` ${signed(change)}`) : null),
      );
    });
    const trust = trustOf(meters);
    const trustChange = before ? trust - trustOf(before) : 0;
    const readable = readableTrust(trust);
    const scoreChange = before ? Math.round((readable.score - readableTrust(trustOf(before)).score) * 10) / 10 : 0;
    const promises = ledger
      ? h(
          'dl',
          { className: 'ledger' },
          ...(['promised', 'kept', 'broken'] as const).flatMap((k) => [h('dt', {}, k), h('dd', {}, ledger[k].length ? ledger[k].join(', ') : '—')]),
        )
      : null;
    replaceChildren(
      this.body,
      // Trust first, in words with its score; the raw ratio and the meters it comes from below, for those who look.
      h(
        'div',
        { className: 'trust-summary', attrs: { 'data-meter': 'trust', 'data-band': readable.band } },
        h(
          'p',
          { className: 'meter-value' },
          'Trust: ',
          `${TRUST_BAND_WORDS[readable.band]}, ${readable.score.toFixed(1)}/10`,
          scoreChange !== 0 ? h('span', { className: 'meter-change' }, ` ${signed(scoreChange, 1)}`) : null,
        ),
        h(
          'p',
          { className: 'hint trust-meaning' },
          `A buyer here ${TRUST_BAND_MEANINGS[readable.band]}. `,
          h('small', { className: 'trust-raw' }, '(C + R + I) / S = ', trust.toFixed(2), trustChange !== 0 ? ` ${signed(trustChange, 2)}` : ''),
        ),
      ),
      ...rows,
      promises,
      note ? h('p', { className: 'hint' }, note) : null,
    );
  }

  clear(message: string): void {
    replaceChildren(this.body, h('p', { className: 'hint' }, message));
  }
}
