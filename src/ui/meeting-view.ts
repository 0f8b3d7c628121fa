/**
 * The conversation on screen: a log of what is said, and the choices as
 * numbered buttons. Lines "type" in word by word unless the player prefers
 * reduced motion; every word is in the DOM from the start, and each line is
 * handed whole to the page's announcer, so a screen reader hears it once.
 * What a line costs the page is bounded, whatever a story writes: a line
 * past LINE_SHOWN_CHARS is cut with a notice, and a line of many words types
 * in a few words at a time, in at most MAX_PIECES elements.
 */
import type { ChoiceOption, LineStep } from '../engine/narrative/runner';
import { h, replaceChildren } from './dom';
import { STRINGS } from './strings';

const WORD_MS = 40;
const PAUSE_MS = 380;

/**
 * The most of one line the meeting shows, in characters: about a page of
 * text. The longest line in the shipped stories is under 250; the runner
 * allows 20,000 (a bound on memory, not on reading). Past this, the rest is
 * cut with a notice that says how much was not shown: a second defence for
 * the page, and a kindness to the reader.
 */
export const LINE_SHOWN_CHARS = 2_000;

/**
 * The most elements the typing effect makes for one line. A line of up to
 * this many words types word by word, as always; a longer one types a few
 * words at a time, at the same pace, so no line costs an element per word
 * (a line of 128,000 words once froze the page for 9 s).
 */
export const MAX_PIECES = 60;

/** The part of a line the meeting shows, cut at a space where it can be, and how many characters are left out. */
export function cutLine(text: string, max = LINE_SHOWN_CHARS): { shown: string; hidden: number } {
  if (text.length <= max) return { shown: text, hidden: 0 };
  let end = max;
  // Never split a character in two (a surrogate pair): cut before it.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  // Cut at the last space, unless that would lose more than a tenth of what fits (one very long word).
  const space = text.slice(0, end + 1).search(/\s\S*$/);
  if (space > max * 0.9) end = space;
  const shown = text.slice(0, end).trimEnd();
  return { shown, hidden: [...text.slice(shown.length).trim()].length };
}

/** A line's words grouped into at most `max` pieces of `wordsEach` words (the last may have fewer): the units that type in. */
export function typingPieces(text: string, max = MAX_PIECES): { pieces: string[]; wordsEach: number } {
  const words = text.split(/\s+/).filter(Boolean);
  const wordsEach = Math.max(1, Math.ceil(words.length / max));
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += wordsEach) pieces.push(words.slice(i, i + wordsEach).join(' '));
  return { pieces, wordsEach };
}

export interface MeetingHeader {
  buyerName: string;
  buyerDetail: string;
  /** The display name of a `speaker` value (`buyer`, `you`, or a name). */
  speakerName: (speaker: string) => string;
  reducedMotion: boolean;
  /** Reads a line to screen readers, once (the page's `Announcer`). */
  announce: (text: string) => void;
}

export class MeetingView {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly controls: HTMLElement;
  private fast: boolean;
  private finishTyping: (() => void) | null = null;
  /** Set while a discussion prompt holds the meeting: Enter, Space or the button carry on. */
  private carryOn: (() => void) | null = null;
  private lastSpeaker: string | undefined;

  constructor(private readonly header: MeetingHeader) {
    this.fast = header.reducedMotion;
    this.log = h('div', {
      className: 'log',
      // Focusable, so the keyboard can scroll back through what was said. A region, not a live log: the
      // announcer reads each line, and Orca treats any log as live (its copy of a line silenced the announcer's).
      attrs: { role: 'region', 'aria-label': `Conversation with ${header.buyerName}`, tabindex: '0' },
    });
    this.controls = h('div', { className: 'controls' });
    this.element = h(
      'section',
      { className: 'meeting', attrs: { 'aria-label': 'Meeting' } },
      h(
        'header',
        {},
        h('h1', { className: 'who' }, header.buyerName),
        h('span', { className: 'what' }, header.buyerDetail),
      ),
      this.log,
      this.controls,
    );
  }

  /** True while lines are still appearing. */
  get isTyping(): boolean {
    return this.finishTyping !== null;
  }

  /** Shows one line; resolves once it has fully appeared. */
  addLine(step: LineStep): Promise<void> {
    const speaker = step.tags.speaker;
    const kind = !speaker ? 'narration' : speaker === 'you' ? 'you' : 'other';
    const { shown, hidden } = cutLine(step.text);
    const { pieces, wordsEach } = typingPieces(shown);
    // Isolated (dir="auto"): an override in the story's text stays inside it, and cannot turn the notice after it round.
    const body = h('span', { className: 'text', attrs: { dir: 'auto' } });
    pieces.forEach((piece, i) => {
      if (i > 0) body.append(' ');
      const span = h('span', { className: 'word' }, piece);
      span.style.animationDelay = `${i * wordsEach * WORD_MS}ms`;
      body.append(span);
    });
    const typingMs = pieces.length * wordsEach * WORD_MS;
    const notice = hidden > 0 ? STRINGS.lineCut(hidden) : null;
    const cut = notice ? h('span', { className: 'line-cut' }, notice) : null;
    if (cut) cut.style.animationDelay = `${typingMs}ms`;
    // A name only when the speaker changes, as in a script.
    const name = speaker && speaker !== this.lastSpeaker ? this.header.speakerName(speaker) : null;
    this.lastSpeaker = speaker;
    const line = h(
      'p',
      { className: `line-${kind}` },
      // The colon is for screen readers (found with Orca: "Priya RamanSorry."); on screen the name sits on its own line.
      // A story names its speakers: the name is isolated for direction.
      name ? h('span', { className: 'speaker' }, h('bdi', {}, name), h('span', { className: 'sr-only' }, ': ')) : null,
      body,
      cut,
    );
    if (this.fast) line.classList.add('typed');
    this.log.append(line);
    this.log.scrollTop = this.log.scrollHeight;
    const said = notice ? `${shown} ${notice}` : shown;
    // The announcer's region is read, never drawn: the name goes in as it is, as the log reads it.
    this.header.announce(name ? `${name}: ${said}` : said);
    if (this.fast) return Promise.resolve();
    this.controls.replaceChildren(h('p', { className: 'hint' }, STRINGS.continueHint));
    return this.wait(typingMs + PAUSE_MS, () => line.classList.add('typed'));
  }

  /** Shows every line still appearing at once, for the rest of this turn; carries on past a discussion prompt. */
  skip(): void {
    this.fast = true;
    if (this.finishTyping) this.finishTyping();
    else this.carryOn?.();
  }

  /**
   * Facilitator mode: shows a story's discussion prompt large and holds the
   * meeting (the choices wait) until the facilitator carries on.
   */
  holdForDiscussion(question: string, labels: { title: string; carryOn: string }): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.carryOn = null;
        this.controls.replaceChildren();
        resolve();
      };
      const button = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: done }, labels.carryOn);
      replaceChildren(
        this.controls,
        h('aside', { className: 'discuss', attrs: { role: 'note', 'aria-labelledby': 'discuss-title' } }, h('h2', { id: 'discuss-title' }, labels.title), h('p', {}, question), button),
      );
      this.carryOn = done;
      this.log.scrollTop = this.log.scrollHeight;
      button.focus({ preventScroll: true });
    });
  }

  /** Offers the choices; `onPick` gets the option the player took. */
  showChoices(choices: readonly ChoiceOption[], onPick: (option: ChoiceOption) => void): void {
    this.fast = this.header.reducedMotion;
    const hadFocusHere = document.activeElement === document.body || !document.activeElement?.isConnected;
    const buttons = choices.map((option, i) =>
      h(
        'button',
        { attrs: { type: 'button' }, onClick: () => onPick(option) },
        h('span', { className: 'num' }, `${i + 1}.`),
        ` ${option.text}`,
      ),
    );
    replaceChildren(
      this.controls,
      h('div', { className: 'choices', attrs: { role: 'group', 'aria-label': STRINGS.yourOptions } }, ...buttons),
    );
    this.log.scrollTop = this.log.scrollHeight;
    if (hadFocusHere) buttons[0]?.focus({ preventScroll: true });
  }

  /** The buttons of the choices now offered, in order. */
  choiceButtons(): HTMLButtonElement[] {
    return [...this.controls.querySelectorAll<HTMLButtonElement>('.choices button')];
  }

  /** Offers one button that ends the meeting. */
  showLeave(onLeave: () => void): void {
    const button = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: onLeave }, STRINGS.seeHowItWent);
    replaceChildren(this.controls, h('div', { className: 'continue-row' }, button));
    this.log.scrollTop = this.log.scrollHeight;
    button.focus({ preventScroll: true });
  }

  /** Removes the choices while the story answers. */
  clearControls(): void {
    this.controls.replaceChildren();
  }

  private wait(ms: number, onFinish: () => void): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.finishTyping = null;
        onFinish();
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.finishTyping = finish;
    });
  }
}
