/**
 * One polite live region for the whole page, in the DOM from the first paint.
 * The conversation log used to be that region itself, and Orca showed why not:
 * a region created together with its first line missed that line, and
 * Chromium now and then reported a new line as a change to the whole log, so
 * Orca read the conversation from the top. Here each line arrives as a new
 * paragraph of plain text in a region that has been there all along, and
 * leaves it soon after: a screen reader takes the text when it is added, and
 * anything still in the region when a modal dialog closes is added again (the
 * page behind a modal leaves the accessibility tree), so Orca read it twice.
 */
import { h } from './dom';

/** How long a message stays in the region; removals are not read. */
const LINGER_MS = 5000;
/** Ends a sentence already; anything else gets a full stop when messages are joined. */
const ENDED = /[.!?…:;"'”’)]$/;

export class Announcer {
  readonly element: HTMLElement;
  /** Said in the current task, not yet in the region. */
  private pending: string[] = [];

  constructor() {
    this.element = h('div', { className: 'sr-only', attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', 'data-announcer': '' } });
  }

  /**
   * Queues `text` to be read once, after whatever is being read now. What is
   * said in one task goes out as one paragraph: Orca read two paragraphs added
   * in the same frame in the wrong order (a screen's heading after its first line).
   */
  say(text: string): void {
    if (this.pending.length === 0) setTimeout(() => this.flush(), 0);
    this.pending.push(text);
  }

  /** Empties the region: before a modal dialog opens, so that closing it re-adds nothing. */
  clear(): void {
    this.pending = [];
    this.element.replaceChildren();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.map((part, i) => (i < this.pending.length - 1 && !ENDED.test(part) ? `${part}.` : part)).join(' ');
    this.pending = [];
    const message = h('p', {}, text);
    this.element.append(message);
    setTimeout(() => message.remove(), LINGER_MS);
  }
}
