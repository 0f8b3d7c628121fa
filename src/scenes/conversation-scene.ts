/**
 * One meeting: the runner yields steps, the stage shows the buyer's mood, the
 * DOM layer shows the words and takes the choices. Thin by design: the story
 * logic is the engine's, the words and keys are the UI's.
 */
import Phaser from 'phaser';
import { type CompiledStory, type LineStep, StoryRunner } from '../engine/narrative/runner';
import type { Mood } from '../engine/narrative/tags';
import type { Persona } from '../engine/personas';
import { findStory, personaFor } from '../platform/story-catalogue';
import { STRINGS } from '../ui/strings';
import type { MeetingView } from '../ui/meeting-view';
import { loadMissing, portraitImages } from './asset-manifest';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export interface MeetingResult {
  storyId: string;
  title: string;
  buyerName: string;
  personaId: string | undefined;
  finalMood: Mood;
  closingLine: string;
  log: StoryRunner['choiceLog'];
}

export class ConversationScene extends GameScene {
  private stage!: Stage;
  private view!: MeetingView;
  private runner!: StoryRunner;
  private mood: Mood = 'neutral';
  private lastLine = '';
  private active = false;

  constructor(services: Services) {
    super(SCENES.conversation, services);
  }

  preload(): void {
    const data = this.sys.settings.data as { storyId?: string };
    const entry = data.storyId ? findStory(data.storyId) : undefined;
    const persona = entry && personaFor(entry);
    if (persona) loadMissing(this, portraitImages(persona.id));
  }

  create(data: { storyId: string }): void {
    this.active = true;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.active = false;
    });
    this.mood = 'neutral';
    this.lastLine = '';
    this.stage = new Stage(this, this.services);
    const entry = findStory(data.storyId);
    if (!entry) {
      this.fail(`There is no conversation called "${data.storyId}".`);
      return;
    }
    const persona = personaFor(entry);
    const buyerName = persona?.name ?? 'The buyer';
    if (persona) this.stage.showBuyer(persona.id, this.mood);
    this.view = this.services.ui.showMeeting(
      {
        buyerName,
        buyerDetail: persona ? `${persona.role} · ${persona.industry}` : '',
        speakerName: (speaker) => (speaker === 'buyer' ? buyerName : speaker === 'you' ? STRINGS.you : speaker),
        reducedMotion: this.services.reducedMotion,
      },
      {
        restart: () => this.go(SCENES.conversation, { storyId: data.storyId }),
        toTitle: () => this.go(SCENES.title, {}),
      },
    );
    entry
      .load()
      .then((compiled) => this.begin(compiled, entry.tags.title ?? entry.id, buyerName, persona))
      .catch((error: unknown) => this.fail(messageOf(error)));
  }

  private begin(compiled: CompiledStory, title: string, buyerName: string, persona: Persona | undefined): void {
    if (!this.active) return;
    const personaId = persona?.id;
    this.runner = new StoryRunner(compiled, {
      variables: persona ? { buyer_name: persona.name.split(' ')[0]!, buyer_company: persona.company.split(' ')[0]! } : {},
    });
    this.services.sound.play('meeting-start');
    const finish = () =>
      this.go(SCENES.end, {
        storyId: compiled.id,
        title,
        buyerName,
        personaId,
        finalMood: this.mood,
        closingLine: this.lastLine,
        log: this.runner.choiceLog,
      } satisfies MeetingResult);
    void this.playTurn(finish);
  }

  private async playTurn(finish: () => void): Promise<void> {
    try {
      const steps = await this.runner.turn();
      for (const step of steps) {
        if (!this.active) return;
        if (step.kind === 'line') {
          await this.showLine(step);
        } else if (step.kind === 'choices') {
          this.view.showChoices(step.choices, (option) => {
            this.services.sound.play('choose');
            this.view.clearControls();
            this.runner.choose(option.index);
            void this.playTurn(finish);
          });
        } else {
          this.view.showLeave(finish);
        }
      }
    } catch (error) {
      this.fail(messageOf(error));
    }
  }

  private showLine(step: LineStep): Promise<void> {
    const { mood, sfx, speaker } = step.tags;
    if (mood && (speaker === 'buyer' || !speaker)) {
      this.mood = mood;
      this.stage.setMood(mood);
    }
    if (sfx) this.services.sound.play(sfx);
    this.lastLine = step.text;
    return this.view.addLine(step);
  }

  private fail(message: string): void {
    if (!this.active) return;
    this.services.ui.showError(message, () => this.go(SCENES.title, {}));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
