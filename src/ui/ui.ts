/**
 * The DOM layer's root: one screen at a time, the toolbar (menu, sound), the
 * pause menu and the keys. Scenes call it; it never calls the engine.
 */
import type { ChoiceRecord } from '../engine/narrative/runner';
import { filePicker, h, replaceChildren } from './dom';
import { type KeyIntents, Keyboard } from './keyboard';
import { Announcer } from './announcer';
import { MeetingView, type MeetingHeader } from './meeting-view';
import { type VolumeControl, volumeControls } from './volume-controls';
import { readSetting, writeSetting } from '../platform/storage';
import { parseSessionStart, parseTextScale, stepTextScale } from '../platform/settings';
import { CAMPAIGN, FACILITATOR, PACKS, SAVES, STRINGS } from './strings';

/** When this tab's session began: kept across reloads, so the clock survives one. */
function sessionStartedAt(): number {
  try {
    const now = Date.now();
    const kept = parseSessionStart(sessionStorage.getItem('the-long-game:session-start'), now);
    if (kept !== null) return kept;
    sessionStorage.setItem('the-long-game:session-start', String(now));
    return now;
  } catch {
    return Date.now();
  }
}

export interface TitleStory {
  id: string;
  title: string;
  imported?: boolean;
}

/** The title screen's tools for trainers and facilitators. */
export interface TitleTools {
  onOpenDesk: () => void;
  onImportPack: (file: File) => void;
  /** Offered when imported conversations are kept in this browser. */
  onForgetImported?: () => void;
  /** Enters or leaves facilitator mode (the projector presentation). */
  onToggleFacilitator: () => void;
  /** Opens a session file exported from a debrief. */
  onImportSession: (file: File) => void;
}

export interface MenuActions {
  restart?: () => void;
  toTitle?: () => void;
}

export interface SoundControl extends VolumeControl {
  readonly isMuted: boolean;
  setMuted(muted: boolean): void;
}

export class Ui {
  private readonly screen: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly soundButton: HTMLButtonElement;
  private readonly saveWarning: HTMLButtonElement;
  private onSaveDownload: (() => void) | null = null;
  private readonly menu: HTMLDialogElement;
  private readonly announcer = new Announcer();
  /** The heading of the screen last announced. */
  private lastHeading = '';
  private readonly keyboard: Keyboard;
  private menuActions: MenuActions = {};

  constructor(
    private readonly root: HTMLElement,
    private readonly sound: SoundControl,
    /** Facilitator mode: projector sizes, a session clock, a text-size control and the R key. */
    readonly facilitator = false,
  ) {
    this.screen = h('div', { className: 'screen-slot' });
    this.screen.style.display = 'contents';
    this.soundButton = h('button', {
      attrs: { type: 'button' },
      onClick: () => this.toggleSound(),
    });
    this.toolbar = h(
      'nav',
      { className: 'toolbar', attrs: { 'aria-label': 'Game controls' } },
      h('button', { attrs: { type: 'button', 'aria-keyshortcuts': 'Escape' }, onClick: () => this.openMenu() }, STRINGS.menu),
      this.soundButton,
    );
    this.menu = h('dialog', { className: 'menu', attrs: { 'aria-labelledby': 'menu-title' } });
    this.saveWarning = h(
      'button',
      { className: 'save-warning', attrs: { type: 'button', title: SAVES.notSavedDetail }, onClick: () => this.onSaveDownload?.() },
      h('span', { className: 'save-warning-flag' }, `⚠ ${SAVES.notSaved}`),
      ` ${SAVES.downloadProgress}`,
    );
    this.saveWarning.hidden = true;
    this.toolbar.prepend(this.saveWarning);
    if (facilitator) this.toolbar.prepend(...this.facilitatorControls());
    this.root.append(this.announcer.element, this.screen, this.toolbar, this.menu);
    this.keyboard = new Keyboard(
      document,
      () => this.openMenu(),
      () => this.menu.open,
      () => this.openKeys(),
      facilitator ? () => this.openPause() : undefined,
    );
    this.refreshSoundButton();
    this.toolbar.hidden = true;
  }

  /** The loading screen, with a real progress bar. Returns a progress setter. */
  showLoading(): (fraction: number) => void {
    const bar = h('progress', { attrs: { max: '100', value: '0', 'aria-label': STRINGS.loading } });
    this.show(h('section', { className: 'screen loading' }, h('h1', {}, STRINGS.gameTitle), h('p', { className: 'lede' }, STRINGS.loading), bar));
    this.toolbar.hidden = true;
    return (fraction) => {
      bar.value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    };
  }

  showTitle(options: {
    stories: readonly TitleStory[];
    onPractise: (id: string) => void;
    campaign: { intro: string; onStart: () => void; resume?: { label: string; onResume: () => void }; resumeOpened?: { label: string; onResume: () => void } };
    /** Facilitator mode: a team session, and one to continue if there is one saved. */
    teams?: { label: string; onStart: () => void; resume?: { label: string; onResume: () => void }; resumeOpened?: { label: string; onResume: () => void } };
    tools: TitleTools;
    notice?: string;
    /** A save that needs a decision: what is wrong, and the buttons besides starting over. */
    choice?: { title: string; message: string; actions: { label: string; onClick: () => void }[] };
  }): void {
    const { stories, onPractise, campaign, teams, tools, notice, choice } = options;
    const resume = campaign.resume
      ? h('button', { className: 'primary', attrs: { type: 'button' }, onClick: campaign.resume.onResume }, campaign.resume.label)
      : null;
    const start = h(
      'button',
      { className: resume ? 'secondary' : 'primary', attrs: { type: 'button' }, onClick: campaign.onStart },
      CAMPAIGN.startCampaign,
    );
    const practice = stories.map((s) =>
      h(
        'button',
        { className: 'secondary', attrs: { type: 'button' }, onClick: () => onPractise(s.id) },
        s.title,
        s.imported ? h('span', { className: 'badge' }, PACKS.importedMark) : null,
      ),
    );
    const pack = filePicker(PACKS.importPack, { accept: '.json,application/json' }, ([file]) => tools.onImportPack(file!));
    const sessionFile = filePicker(PACKS.importSession, { accept: '.json,application/json' }, ([file]) => tools.onImportSession(file!));
    const packTools = h(
      'div',
      { className: 'actions tools' },
      pack.button,
      pack.input,
      sessionFile.button,
      sessionFile.input,
      tools.onForgetImported ? h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: tools.onForgetImported }, PACKS.forgetImported) : null,
      h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: tools.onOpenDesk }, PACKS.openDesk),
    );
    this.show(
      h(
        'section',
        { className: 'screen title' },
        h('h1', {}, STRINGS.gameTitle),
        h('p', { className: 'lede' }, STRINGS.tagline),
        this.facilitator ? h('p', { className: 'badge-line' }, h('span', { className: 'badge' }, FACILITATOR.badge)) : null,
        notice ? h('p', { className: 'notice-inline', attrs: { role: 'status' } }, notice) : null,
        choice
          ? h(
              'section',
              { className: 'save-choice', attrs: { role: 'alert', 'aria-labelledby': 'save-choice-title' } },
              h('h2', { id: 'save-choice-title' }, choice.title),
              h('p', {}, choice.message),
              h(
                'div',
                { className: 'actions' },
                ...choice.actions.map((a) => h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: a.onClick }, a.label)),
              ),
            )
          : null,
        h('p', {}, STRINGS.titleIntro),
        h('p', { className: 'lede' }, campaign.intro),
        h(
          'div',
          { className: 'actions' },
          resume,
          start,
          campaign.resumeOpened ? h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: campaign.resumeOpened.onResume }, campaign.resumeOpened.label) : null,
        ),
        teams
          ? h(
              'div',
              { className: 'actions' },
              teams.resume ? h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: teams.resume.onResume }, teams.resume.label) : null,
              h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: teams.onStart }, teams.label),
              teams.resumeOpened ? h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: teams.resumeOpened.onResume }, teams.resumeOpened.label) : null,
            )
          : null,
        h(
          'details',
          { className: 'practice' },
          h('summary', {}, CAMPAIGN.practiseOne),
          h('div', { className: 'actions' }, ...practice),
          packTools,
        ),
        // After the practice list: a learner tabs to the conversations first.
        h(
          'div',
          { className: 'actions' },
          h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: tools.onToggleFacilitator }, this.facilitator ? FACILITATOR.leave : FACILITATOR.enter),
          // The guide is a static page beside the game (scripts/vite-plugin-guide.ts), made to print.
          this.facilitator ? h('a', { className: 'secondary', attrs: { href: 'facilitator-guide.html', target: '_blank', rel: 'noopener' } }, FACILITATOR.guide) : null,
        ),
        h('p', { className: 'hint' }, STRINGS.keysHint),
      ),
    );
    this.menuActions = {};
    const first = resume ?? start;
    this.keyboard.use({ advance: () => first.click() });
    first.focus({ preventScroll: true });
  }

  /** Shows the meeting screen and returns its view; `facilitate` holds the facilitator's R and Backspace. */
  showMeeting(header: Omit<MeetingHeader, 'announce'>, actions: MenuActions, facilitate: Pick<KeyIntents, 'reveal' | 'back'> = {}): MeetingView {
    const view = new MeetingView({ ...header, announce: (text) => this.announce(text) });
    this.show(view.element);
    this.menuActions = actions;
    const buttons = () => view.choiceButtons();
    this.keyboard.use({
      ...facilitate,
      pick: (n) => buttons()[n - 1]?.click(),
      advance: () => view.skip(),
      move: (delta) => {
        const all = buttons();
        if (all.length === 0) return;
        const at = all.indexOf(document.activeElement as HTMLButtonElement);
        const next = at === -1 ? (delta > 0 ? 0 : all.length - 1) : (at + delta + all.length) % all.length;
        all[next]!.focus();
      },
    });
    return view;
  }

  showEnd(options: {
    title: string;
    parting: string;
    /** The meeting's last line, as it ended. */
    closingLine: string;
    log: readonly ChoiceRecord[];
    onAgain: () => void;
    onTitle: () => void;
  }): void {
    const again = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: options.onAgain }, STRINGS.playAgain);
    this.show(
      h(
        'section',
        { className: 'screen end' },
        h('h1', {}, `${STRINGS.meetingOver}: ${options.title}`),
        options.closingLine ? h('blockquote', { className: 'closing', attrs: { 'data-announce': '' } }, options.closingLine) : null,
        h('p', { className: 'lede', attrs: { 'data-announce': '' } }, options.parting),
        h('h2', {}, STRINGS.whatYouSaid),
        h('ol', { className: 'recap' }, ...options.log.map((r) => h('li', {}, r.text))),
        h('p', { className: 'hint' }, STRINGS.hiddenNote),
        h(
          'div',
          { className: 'actions' },
          again,
          h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: options.onTitle }, STRINGS.backToTitle),
        ),
      ),
    );
    this.menuActions = { restart: options.onAgain, toTitle: options.onTitle };
    this.keyboard.use({});
    again.focus({ preventScroll: true });
  }

  /** Shows any view: the campaign's agenda, results, the debrief. */
  showView(element: HTMLElement, options: { keys?: KeyIntents; menu?: MenuActions; focus?: HTMLElement } = {}): void {
    this.show(element);
    this.menuActions = options.menu ?? {};
    this.keyboard.use(options.keys ?? {});
    (options.focus ?? element.querySelector<HTMLElement>('button:not(:disabled)'))?.focus({ preventScroll: true });
  }

  /** Shows or hides the toolbar's "Not saved" warning; `onDownload` offers the progress as a file. */
  showSaveWarning(onDownload: (() => void) | null): void {
    this.onSaveDownload = onDownload;
    this.saveWarning.hidden = onDownload === null;
  }

  /** Changes what the keys do on the screen now shown (the writer's desk binds 1-9 to each new play). */
  useKeys(keys: KeyIntents): void {
    this.keyboard.use(keys);
  }

  /** A clear message instead of a blank screen; the game carries on from the title. */
  showError(detail: string, onTitle: () => void): void {
    const back = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: onTitle }, STRINGS.backToTitle);
    this.show(
      h(
        'section',
        { className: 'screen error', attrs: { role: 'alert' } },
        h('h1', {}, STRINGS.errorTitle),
        h('p', {}, detail),
        h('p', { className: 'lede' }, STRINGS.errorAdvice),
        h('div', { className: 'actions' }, back),
      ),
    );
    this.menuActions = { toTitle: onTitle };
    this.keyboard.use({});
    back.focus({ preventScroll: true });
  }

  /** Reads `text` to screen readers once, after whatever they are reading. */
  announce(text: string): void {
    this.announcer.say(text);
  }

  private show(screen: HTMLElement): void {
    if (this.menu.open) this.menu.close();
    replaceChildren(this.screen, screen);
    this.toolbar.hidden = false;
    this.announceScreen(screen);
  }

  /**
   * Reads a new screen's heading, and the parts marked `data-announce`, as a
   * router announces a page. Found with Orca: focus landing on a screen that
   * replaced the one it was on was not read at all. Said once per heading, so
   * a screen drawn again (a team locking in) stays quiet; an alert reads itself.
   */
  private announceScreen(screen: HTMLElement): void {
    const heading = screen.querySelector('h1')?.textContent?.trim() ?? '';
    if (heading === this.lastHeading || screen.getAttribute('role') === 'alert') return;
    this.lastHeading = heading;
    const marked = [...screen.querySelectorAll('[data-announce]')].map((el) => el.textContent?.trim() ?? '');
    for (const text of [heading, ...marked]) if (text) this.announcer.say(text);
  }

  private openMenu(): void {
    if (this.menu.open || this.toolbar.hidden) return;
    const { restart, toTitle } = this.menuActions;
    const close = () => this.menu.close();
    const then = (action: () => void) => () => {
      close();
      action();
    };
    const resume = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: close }, STRINGS.resume);
    replaceChildren(
      this.menu,
      h('h2', { id: 'menu-title' }, STRINGS.menuTitle),
      h(
        'div',
        { className: 'actions' },
        resume,
        restart ? h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: then(restart) }, STRINGS.restartMeeting) : null,
        h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: () => this.toggleSound() }, this.soundLabel()),
        toTitle ? h('button', { className: 'secondary', attrs: { type: 'button' }, onClick: then(toTitle) }, STRINGS.backToTitle) : null,
      ),
      volumeControls(this.sound),
    );
    this.showDialog(resume);
  }

  /** The session clock and the text-size control, for the projector. */
  private facilitatorControls(): HTMLElement[] {
    const clock = h('time', { className: 'session-clock', attrs: { 'aria-label': FACILITATOR.clockLabel } });
    const started = sessionStartedAt();
    const tick = () => {
      const seconds = Math.max(0, Math.floor((Date.now() - started) / 1000));
      clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      clock.dateTime = `PT${seconds}S`;
    };
    tick();
    setInterval(tick, 1000);
    let scale = parseTextScale(readSetting('text-scale'));
    const apply = () => document.documentElement.style.setProperty('--text-scale', String(scale));
    apply();
    const step = (delta: number) => () => {
      scale = stepTextScale(scale, delta);
      writeSetting('text-scale', String(scale));
      apply();
    };
    return [
      clock,
      // The accessible name starts with the visible "A−" (speech users say what they see).
      h('button', { attrs: { type: 'button', 'aria-label': `${FACILITATOR.smaller} ${FACILITATOR.smallerLabel}` }, onClick: step(-1) }, FACILITATOR.smaller),
      h('button', { attrs: { type: 'button', 'aria-label': `${FACILITATOR.larger} ${FACILITATOR.largerLabel}` }, onClick: step(1) }, FACILITATOR.larger),
    ];
  }

  /** Facilitator mode: the room talks; the game waits (the clock runs on). */
  private openPause(): void {
    if (this.menu.open || this.toolbar.hidden) return;
    const resume = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: () => this.menu.close() }, FACILITATOR.resume);
    replaceChildren(this.menu, h('h2', { id: 'menu-title', className: 'pause-title' }, FACILITATOR.paused), h('div', { className: 'actions' }, resume));
    this.showDialog(resume);
  }

  /** The keys, listed in the menu's dialog: every mode's, and the facilitator's when presenting. */
  private openKeys(): void {
    if (this.menu.open || this.toolbar.hidden) return;
    const rows = [...STRINGS.keys, ...(this.facilitator ? STRINGS.facilitatorKeys : [])];
    const close = h('button', { className: 'primary', attrs: { type: 'button' }, onClick: () => this.menu.close() }, STRINGS.keysClose);
    replaceChildren(
      this.menu,
      h('h2', { id: 'menu-title' }, STRINGS.keysTitle),
      h('dl', { className: 'keys' }, ...rows.flatMap(([key, what]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, what)])),
      // Found in the Orca pass (docs/accessibility.md): browse mode takes the digits.
      h('p', { className: 'hint' }, STRINGS.keysScreenReader),
      h('div', { className: 'actions' }, close),
    );
    this.showDialog(close);
  }

  /** Opens the menu's dialog with `first` focused. */
  private showDialog(first: HTMLElement): void {
    this.announcer.clear();
    this.menu.showModal();
    first.focus();
  }

  private toggleSound(): void {
    this.sound.setMuted(!this.sound.isMuted);
    this.refreshSoundButton();
    const inMenu = [...this.menu.querySelectorAll('button')].find((b) => b.textContent === STRINGS.soundOn || b.textContent === STRINGS.soundOff);
    if (inMenu) inMenu.textContent = this.soundLabel();
  }

  private soundLabel(): string {
    return this.sound.isMuted ? STRINGS.soundOff : STRINGS.soundOn;
  }

  private refreshSoundButton(): void {
    this.soundButton.textContent = this.soundLabel();
  }
}
