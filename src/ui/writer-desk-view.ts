/**
 * The writer's desk on screen: load .ink files (picker or drag and drop), read
 * each file's problems with the offending line, see the balance check, play
 * from any knot with the meters beside the conversation, export a story pack.
 * Text from files is only ever set as text, and a file's name or title is
 * isolated for direction (dir="auto"). A file with thousands of problems lists
 * the first PROBLEMS_SHOWN and counts the rest.
 */
import type { Move } from '../engine/narrative/tags';
import type { DeskFile } from '../platform/writer/writer-desk';
import { errorsIn } from '../platform/writer/writer-desk';
import { filePicker, h, replaceChildren, scrollingTable } from './dom';
import { MeetingView } from './meeting-view';
import { MeterPanel } from './meter-panel';
import { WRITER } from './writer-strings';
import './writer.css';

export interface DeskCallbacks {
  onFiles(files: File[]): void;
  onSelect(name: string): void;
  /** `startAt` is a knot path, or '' for the top of the file. */
  onPlay(file: DeskFile, startAt: string, personaId: string): void;
  onExport(): void;
  onBack(): void;
}

export interface DeskPersona {
  id: string;
  label: string;
}

const MOVES: Move[] = ['close', 'relate', 'ask', 'neutral'];

/**
 * The most problems listed for one file. A writer fixes the first ones and
 * checks again; listing all of a file's 48,001 problems took the page 942 ms
 * in one task.
 */
export const PROBLEMS_SHOWN = 100;

export class WriterDeskView {
  readonly element: HTMLElement;
  readonly meters = new MeterPanel(WRITER.metersTitle);
  private readonly fileList: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly status: HTMLElement;
  private readonly exportButton: HTMLButtonElement;
  private readonly exportHint: HTMLElement;
  private playArea: HTMLElement | null = null;
  private playSectionEl: HTMLElement | null = null;
  private shown: DeskFile | null = null;
  private shownCompiled: DeskFile['compiled'] = null;

  constructor(
    private readonly personas: readonly DeskPersona[],
    private readonly callbacks: DeskCallbacks,
  ) {
    const choose = filePicker(WRITER.chooseFiles, { accept: '.ink', multiple: true, className: 'primary' }, (files) => callbacks.onFiles(files));
    const drop = h('div', { className: 'drop-zone' }, choose.button, h('span', {}, WRITER.orDrop), choose.input);
    this.fileList = h('ul', { className: 'desk-files', attrs: { 'aria-label': WRITER.filesTitle } });
    this.detail = h('div', { className: 'desk-detail' }, h('p', { className: 'lede' }, WRITER.nothingLoaded));
    this.status = h('p', { className: 'desk-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.exportButton = h('button', { className: 'primary', attrs: { type: 'button', disabled: '' }, onClick: () => callbacks.onExport() }, WRITER.exportPack);
    this.exportHint = h('span', { className: 'hint' }, WRITER.exportNeedsFile);
    this.meters.clear(WRITER.metersIdle);
    this.element = h(
      'section',
      { className: 'screen desk', attrs: { 'aria-labelledby': 'desk-title' } },
      h('header', { className: 'desk-head' }, h('h1', { id: 'desk-title' }, WRITER.title), h('p', { className: 'lede' }, WRITER.intro)),
      drop,
      this.status,
      h(
        'div',
        { className: 'desk-grid' },
        h('nav', { className: 'desk-files-wrap', attrs: { 'aria-label': WRITER.filesTitle } }, h('h2', {}, WRITER.filesTitle), this.fileList),
        this.detail,
        this.meters.element,
      ),
      h(
        'div',
        { className: 'actions desk-actions' },
        this.exportButton,
        this.exportHint,
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => callbacks.onBack() }, WRITER.backToTitle),
      ),
    );
    this.acceptDrops(this.element);
  }

  /** Lists the loaded files with where each one's check has got to. */
  renderFiles(files: readonly DeskFile[], selected: string | null): void {
    replaceChildren(
      this.fileList,
      ...files.map((file) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              className: `desk-file phase-${file.phase}${errorsIn(file) ? ' has-errors' : ''}`,
              attrs: { type: 'button', ...(file.name === selected ? { 'aria-current': 'true' } : {}) },
              onClick: () => this.callbacks.onSelect(file.name),
            },
            h('span', { className: 'desk-file-name', attrs: { dir: 'auto' } }, file.name),
            h('span', { className: 'desk-file-state' }, WRITER.fileState(file.phase, errorsIn(file), file.problems.length - errorsIn(file))),
          ),
        ),
      ),
    );
  }

  /**
   * Shows one file: its problems, its balance check and the controls to play
   * it. For the file already shown, with the same compiled story, the play
   * section is kept: a balance check that finishes never interrupts a play.
   */
  renderDetail(file: DeskFile): void {
    const samePlay = file === this.shown && file.compiled === this.shownCompiled && this.playSectionEl !== null;
    // A file loaded again keeps where and as whom the writer was playing it.
    const carried = !samePlay && this.shown?.name === file.name ? this.playSettings() : null;
    this.shown = file;
    this.shownCompiled = file.compiled;
    if (!samePlay) {
      this.playArea = null;
      this.playSectionEl = this.playSection(file, carried);
    }
    replaceChildren(
      this.detail,
      h('h2', { attrs: { dir: 'auto' } }, file.fileTags.title ?? file.name),
      h('p', { className: 'lede' }, WRITER.describe(file)),
      this.problemsSection(file),
      this.playSectionEl,
      this.balanceSection(file),
    );
  }

  private problemsSection(file: DeskFile): HTMLElement {
    const lines = file.source.split(/\r?\n/);
    const problems = [...file.problems].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || a.line - b.line);
    const more = problems.length - PROBLEMS_SHOWN;
    const list = problems.length
      ? h(
          'ol',
          { className: 'problems' },
          ...problems.slice(0, PROBLEMS_SHOWN).map((p) =>
            h(
              'li',
              { className: `problem ${p.severity}` },
              h('span', { className: 'problem-where' }, `${p.line > 0 ? `${WRITER.line} ${p.line}` : WRITER.wholeFile} · ${p.severity}`),
              h('span', { className: 'problem-message' }, p.message),
              p.line > 0 && lines[p.line - 1]?.trim() ? h('code', { className: 'problem-line' }, lines[p.line - 1]!.trim()) : null,
            ),
          ),
        )
      : file.phase === 'done'
        ? h('p', { className: 'all-clear' }, WRITER.noProblems)
        : null;
    return h(
      'section',
      { className: 'desk-problems', attrs: { 'aria-label': WRITER.problemsTitle } },
      h('h3', {}, WRITER.problemsHeading(file.problems.length)),
      list,
      more > 0 ? h('p', { className: 'problems-more' }, WRITER.moreProblems(more)) : null,
    );
  }

  /** A fresh conversation view in the play area. */
  startMeeting(buyerName: string, buyerDetail: string, announce: (text: string) => void): MeetingView {
    const view = new MeetingView({
      buyerName,
      buyerDetail,
      announce,
      speakerName: (speaker) => (speaker === 'buyer' ? buyerName : speaker === 'you' ? WRITER.you : speaker),
      // Writers replay a scene many times: lines appear at once.
      reducedMotion: true,
    });
    if (this.playArea) replaceChildren(this.playArea, view.element);
    return view;
  }

  /** The story stopped while being played: says why, in the play area. */
  showPlayError(message: string): void {
    this.playArea?.append(h('p', { className: 'play-error', attrs: { role: 'alert' } }, `${WRITER.storyStopped} ${message}`));
  }

  /** The conversation reached an end. */
  showEnded(): void {
    this.playArea?.append(h('p', { className: 'play-ended' }, WRITER.ended));
  }

  announce(message: string): void {
    this.status.textContent = message;
  }

  setExport(enabled: boolean, hint: string): void {
    this.exportButton.disabled = !enabled;
    this.exportHint.textContent = hint;
  }

  private balanceSection(file: DeskFile): HTMLElement | null {
    if (file.phase === 'balancing') return h('section', { className: 'desk-balance' }, h('h3', {}, WRITER.balanceTitle), h('p', { className: 'hint' }, WRITER.balanceRunning));
    const b = file.balance;
    if (!b) return null;
    const captionId = `balance-caption-${file.name.replace(/\W/g, '-')}`;
    const cell = (n: number, digits = 1) => h('td', {}, n.toFixed(digits));
    const table = h(
      'table',
      { className: 'balance-table' },
      h('caption', { id: captionId }, WRITER.balanceCaption(b.walks)),
      h('thead', {}, h('tr', {}, ...WRITER.balanceColumns.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
      h(
        'tbody',
        {},
        ...MOVES.map((move) => {
          const e = b.effects[move];
          return h('tr', {}, h('th', { attrs: { scope: 'row' } }, move), h('td', {}, String(e.taken)), cell(e.mean.deal), cell(e.mean.trust, 2), cell(e.mean.credibility), cell(e.mean.reliability), cell(e.mean.intimacy), cell(e.mean.self_orientation));
        }),
      ),
    );
    return h(
      'section',
      { className: 'desk-balance' },
      h('h3', {}, WRITER.balanceTitle),
      h('p', {}, WRITER.balanceSummary(b)),
      scrollingTable(captionId, table),
    );
  }

  /** The play controls' current choice, to play a reloaded file the same way. */
  playSettings(): { startAt: string; personaId: string } | null {
    const selects = this.playSectionEl?.querySelectorAll('select');
    return selects && selects.length === 2 ? { startAt: selects[0]!.value, personaId: selects[1]!.value } : null;
  }

  private playSection(file: DeskFile, carried: { startAt: string; personaId: string } | null): HTMLElement {
    const section = h('section', { className: 'desk-play', attrs: { 'aria-labelledby': 'desk-play-title' } }, h('h3', { id: 'desk-play-title' }, WRITER.playTitle));
    if (!file.compiled) {
      section.append(h('p', { className: 'hint' }, file.phase === 'linting' || file.phase === 'waiting' ? WRITER.compiling : WRITER.cannotPlay));
      return section;
    }
    const start = h(
      'select',
      { attrs: { 'aria-label': WRITER.startAt } },
      h('option', { attrs: { value: '' } }, WRITER.fromTheTop),
      ...file.knots.filter((k) => k.kind !== 'function').map((k) => h('option', { attrs: { value: k.path } }, `${k.path} (${WRITER.line} ${k.line})`)),
    );
    const buyer = h('select', { attrs: { 'aria-label': WRITER.buyer } }, ...this.personas.map((p) => h('option', { attrs: { value: p.id } }, p.label)));
    if (file.fileTags.persona) buyer.value = file.fileTags.persona;
    if (carried) {
      if (file.knots.some((k) => k.path === carried.startAt)) start.value = carried.startAt;
      buyer.value = carried.personaId;
    }
    const play = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: () => this.callbacks.onPlay(file, start.value, buyer.value) }, WRITER.play);
    this.playArea = h('div', { className: 'play-area' }, h('p', { className: 'hint' }, WRITER.playHint));
    section.append(
      h('div', { className: 'play-controls' }, h('label', {}, WRITER.startAt, start), h('label', {}, WRITER.buyer, buyer), play),
      this.playArea,
    );
    return section;
  }

  private acceptDrops(zone: HTMLElement): void {
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', (event) => {
      if (!zone.contains(event.relatedTarget as Node | null)) zone.classList.remove('dragging');
    });
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length) this.callbacks.onFiles(files);
    });
  }
}
