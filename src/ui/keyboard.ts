/**
 * The game's keys (DESIGN.md): 1-9 pick the Nth choice, Enter/Space advance,
 * arrows move between choices (Tab works natively), Esc opens the menu, ?
 * lists the keys; in facilitator mode R reveals the hidden meters, P pauses,
 * Backspace takes back a choice and, in a team session, A-F pick a team. The
 * current screen says what each intent does.
 */
export interface KeyIntents {
  pick?: (n: number) => void;
  advance?: () => void;
  /** Moves focus among the choices: -1 back, +1 forward. */
  move?: (delta: -1 | 1) => void;
  /** Facilitator mode: shows or hides the hidden meters. */
  reveal?: () => void;
  /** Facilitator mode: takes back the last choice. */
  back?: () => void;
  /** Team mode: A-F pick the team whose choice is entered next (0-5). */
  team?: (index: number) => void;
}

export class Keyboard {
  private intents: KeyIntents = {};

  constructor(
    target: Document,
    private readonly openMenu: () => void,
    private readonly menuIsOpen: () => boolean,
    private readonly openKeys: () => void,
    /** Facilitator mode's pause for discussion; absent otherwise. */
    private readonly openPause?: () => void,
  ) {
    target.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Sets what the keys do on the screen now showing. */
  use(intents: KeyIntents): void {
    this.intents = intents;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (this.menuIsOpen()) return; // the dialog handles its own keys, Esc included
    const target = event.target instanceof HTMLElement ? event.target : null;
    // Controls keep their own keys: Enter and Space on a button or a summary, everything in a text field.
    const onControl = target?.closest('button, summary, a[href], select, input, textarea') !== null && target !== null;
    const typing = target?.closest('input, textarea, select, [contenteditable]') != null;
    if (typing && event.key !== 'Escape') return;
    const { pick, advance, move, reveal, back, team } = this.intents;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.openMenu();
    } else if (event.key === '?') {
      event.preventDefault();
      this.openKeys();
    } else if ((event.key === 'r' || event.key === 'R') && reveal) {
      event.preventDefault();
      reveal();
    } else if ((event.key === 'p' || event.key === 'P') && this.openPause) {
      event.preventDefault();
      this.openPause();
    } else if (/^[a-f]$/i.test(event.key) && team) {
      event.preventDefault();
      team(event.key.toLowerCase().charCodeAt(0) - 97);
    } else if (event.key === 'Backspace' && back) {
      event.preventDefault();
      back();
    } else if (/^[1-9]$/.test(event.key) && pick) {
      event.preventDefault();
      pick(Number(event.key));
    } else if ((event.key === 'Enter' || event.key === ' ') && advance && !onControl) {
      event.preventDefault();
      advance();
    } else if (move && (event.key === 'ArrowDown' || event.key === 'ArrowRight')) {
      event.preventDefault();
      move(1);
    } else if (move && (event.key === 'ArrowUp' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      move(-1);
    }
  }
}
