/**
 * The writer's desk (`?mode=writer`, or from the title screen): a trainer loads
 * .ink files, reads their problems, plays them with the meters beside the
 * conversation and exports a story pack. The desk's code, the checker and the
 * inkjs compiler load only here: a learner's download does not grow.
 */
import type { Meters } from '../engine/narrative/meters';
import { type ChoiceOption, type ChoiceRecord, StoryRunner } from '../engine/narrative/runner';
import { personaVariables } from '../engine/personas';
import { offerDownload } from '../platform/file-export';
import { allPersonas, personaById, shippedStoryIds } from '../platform/story-catalogue';
import type { DeskFile, WriterDesk } from '../platform/writer/writer-desk';
import type { MeetingView } from '../ui/meeting-view';
import type { WriterDeskView } from '../ui/writer-desk-view';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class WriterScene extends GameScene {
  private desk: WriterDesk | null = null;
  /** Bumped by every new play, so an abandoned play stops at its next step. */
  private playing = 0;
  /** The file last played and the choices made in it: a reloaded version replays them. */
  private lastPlay: { name: string; log: readonly ChoiceRecord[] } | null = null;

  constructor(services: Services) {
    super(SCENES.writer, services);
  }

  create(): void {
    new Stage(this, this.services, 0.2);
    this.events.once('shutdown', () => {
      this.desk?.dispose();
      this.desk = null;
      this.playing += 1;
    });
    Promise.all([import('../platform/writer/writer-desk'), import('../ui/writer-desk-view'), import('../ui/writer-strings')])
      .then(([{ WriterDesk }, { WriterDeskView }, { WRITER }]) => {
        let selected: string | null = null;
        const replayed = new WeakSet<DeskFile>();
        const personas = allPersonas();
        const refresh = (changed?: DeskFile) => {
          view.renderFiles(desk.files, selected);
          const shown = desk.files.find((f) => f.name === selected);
          if (shown && (!changed || changed === shown)) view.renderDetail(shown);
          // A new version of the file being played: back to the same place, up to the first choice it changed.
          const settings = view.playSettings();
          if (shown?.compiled && changed === shown && !replayed.has(shown) && this.lastPlay?.name === shown.name && settings) {
            replayed.add(shown);
            void this.play(view, shown, settings.startAt, settings.personaId, WRITER.meterNote, this.lastPlay.log);
          }
          if (changed?.phase === 'done' || changed?.phase === 'stopped') {
            const errors = changed.problems.filter((p) => p.severity === 'error').length;
            view.announce(WRITER.checked(changed.name, errors, changed.problems.length - errors));
          }
          const packable = desk.packable().length;
          view.setExport(
            packable > 0 && !desk.busy,
            desk.busy ? WRITER.exportWaiting : packable > 0 ? WRITER.exportReady(packable, desk.files.length - packable) : WRITER.exportNeedsFile,
          );
        };
        const desk: WriterDesk = new WriterDesk(personas.map((p) => p.id), (file) => refresh(file), shippedStoryIds());
        this.desk = desk;
        const view: WriterDeskView = new WriterDeskView(
          personas.map((p) => ({ id: p.id, label: `${p.name}, ${p.role}, ${p.company}` })),
          {
            onFiles: (files) => {
              void desk.add(files).then((added) => {
                selected = added[0]?.name ?? selected;
                view.announce(WRITER.loaded(added.map((f) => f.name)));
                refresh();
                const shown = desk.files.find((f) => f.name === selected);
                if (shown) view.renderDetail(shown);
              });
            },
            onSelect: (name) => {
              selected = name;
              refresh();
              const shown = desk.files.find((f) => f.name === name);
              if (shown) view.renderDetail(shown);
            },
            onPlay: (file, startAt, personaId) => void this.play(view, file, startAt, personaId, WRITER.meterNote),
            onExport: () => {
              desk
                .exportPack(shippedStoryIds())
                .then((pack) => {
                  offerDownload(pack.fileName, pack.text);
                  view.announce(WRITER.exported(pack.fileName, pack.stories));
                })
                .catch((error: unknown) => view.announce(WRITER.exportFailed(error instanceof Error ? error.message : String(error))));
            },
            onBack: () => this.go(SCENES.title),
          },
        );
        this.services.ui.showView(view.element, { menu: { toTitle: () => this.go(SCENES.title) } });
      })
      .catch((error: unknown) => this.services.ui.showError(error instanceof Error ? error.message : String(error), () => this.go(SCENES.title)));
  }

  /** Plays a file in the desk, from a knot, with the meters shown after every choice. */
  private async play(
    view: WriterDeskView,
    file: DeskFile,
    startAt: string,
    personaId: string,
    note: (move: string | undefined) => string,
    log: readonly ChoiceRecord[] = [],
  ): Promise<void> {
    const play = ++this.playing;
    const persona = personaById(personaId);
    const meeting: MeetingView = view.startMeeting(persona?.name ?? 'The buyer', persona ? `${persona.role} · ${persona.company}` : '', (text) =>
      this.services.ui.announce(text),
    );
    this.services.ui.useKeys({ pick: (n) => meeting.choiceButtons()[n - 1]?.click() });
    let runner: StoryRunner;
    try {
      const replay = StoryRunner.replay(file.compiled!, log, { variables: persona ? personaVariables(persona) : {}, ...(startAt ? { startAt } : {}) });
      runner = replay.runner;
      for (const step of replay.steps) if (step.kind === 'line') await meeting.addLine(step);
    } catch (error) {
      view.showPlayError(error instanceof Error ? error.message : String(error));
      return;
    }
    this.lastPlay = { name: file.name, log: runner.choiceLog };
    view.meters.show(runner.meters(), null, runner.ledger(), note(undefined));
    let before: Meters | null = null;
    let move: string | undefined;
    for (;;) {
      let steps;
      try {
        steps = await runner.turn();
      } catch (error) {
        if (play === this.playing) view.showPlayError(error instanceof Error ? error.message : String(error));
        return;
      }
      if (play !== this.playing) return;
      view.meters.show(runner.meters(), before, runner.ledger(), note(move));
      for (const step of steps) if (step.kind === 'line') await meeting.addLine(step);
      const last = steps.at(-1);
      if (last?.kind !== 'choices') {
        view.showEnded();
        return;
      }
      const picked = await new Promise<ChoiceOption>((resolve) => meeting.showChoices(last.choices, resolve));
      if (play !== this.playing) return;
      meeting.clearControls();
      before = runner.meters();
      move = picked.tags.move;
      runner.choose(picked.index);
    }
  }
}
