/**
 * "About this model", reachable from the debrief (DESIGN.md, "Honest
 * constants"): what the model is, when pushing wins, and every constant with
 * its kind and basis, sourced first.
 */
import './debrief.css';
import { CONSTANTS, type ModelConstant } from '../engine/model/constants';
import { h, scrollingTable } from './dom';
import { DEBRIEF } from './strings';

const KINDS: readonly ModelConstant['kind'][] = ['sourced', 'assumption'];

let instances = 0;

export class AboutModelView {
  readonly element: HTMLElement;
  private readonly back: HTMLButtonElement;

  constructor(onBack: () => void) {
    const uid = `about-${++instances}`;
    this.back = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: () => onBack() }, DEBRIEF.back);
    const entries = Object.entries(CONSTANTS) as [string, ModelConstant][];
    const captionId = `${uid}-caption`;
    this.element = h(
      'section',
      { className: 'screen about', attrs: { 'aria-labelledby': `${uid}-title` } },
      h('h1', { id: `${uid}-title` }, DEBRIEF.aboutTitle),
      ...DEBRIEF.aboutIntro.map((p, i) => h('p', { className: i === 0 ? 'lede' : '' }, p)),
      h(
        'section',
        { attrs: { 'aria-labelledby': `${uid}-pushing` } },
        h('h2', { id: `${uid}-pushing` }, DEBRIEF.pushingHeading),
        h('p', {}, DEBRIEF.pushingIntro),
        h(
          'ul',
          { className: 'pushing' },
          ...DEBRIEF.pushingCases.map((c) => h('li', {}, c.text, c.flag ? ' (' : null, c.flag ? `${DEBRIEF.tryFlag} ` : null, c.flag ? h('code', {}, c.flag) : null, c.flag ? ')' : null)),
        ),
        h('p', {}, DEBRIEF.pushingOutro),
      ),
      h(
        'section',
        { attrs: { 'aria-labelledby': `${uid}-constants` } },
        h('h2', { id: `${uid}-constants` }, DEBRIEF.constantsHeading),
        scrollingTable(
          captionId,
          h(
            'table',
            { className: 'data constants' },
            h('caption', { id: captionId }, DEBRIEF.constantsCaption),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'col' } }, DEBRIEF.colMeaning),
                h('th', { attrs: { scope: 'col' } }, DEBRIEF.colValue),
                h('th', { attrs: { scope: 'col' } }, DEBRIEF.colKind),
                h('th', { attrs: { scope: 'col' } }, DEBRIEF.colBasis),
              ),
            ),
            ...KINDS.map((kind) =>
              h(
                'tbody',
                { className: `kind-${kind}` },
                h('tr', { className: 'group' }, h('th', { attrs: { scope: 'rowgroup', colspan: '4' } }, DEBRIEF.kindGroup[kind])),
                ...entries
                  .filter(([, c]) => c.kind === kind)
                  .map(([name, c]) =>
                    h(
                      'tr',
                      {},
                      h('th', { attrs: { scope: 'row' } }, c.meaning, h('code', {}, name)),
                      h('td', { className: 'value' }, formatValue(c.value)),
                      h('td', {}, kind === 'sourced' ? DEBRIEF.kindSourced : DEBRIEF.kindAssumption),
                      h('td', { className: 'basis' }, c.basis),
                    ),
                  ),
              ),
            ),
          ),
        ),
      ),
      h('div', { className: 'actions' }, this.back),
    );
  }

  /** Puts the keyboard on the Back button. */
  focus(): void {
    this.back.focus({ preventScroll: true });
  }
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
