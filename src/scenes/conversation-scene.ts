/**
 * One meeting: the runner yields steps, the stage shows the buyer's mood, the
 * DOM layer shows the words and takes the choices. Thin by design: the story
 * logic is the engine's, the words and keys are the UI's.
 *
 * Two modes: practice (`{ storyId }`: one conversation on its own, then the
 * end screen) and campaign (`{ accountId }`: a meeting in the campaign, saved
 * after every choice, then back to the quarter's agenda).
 */
import Phaser from 'phaser';
import { type ChoiceOption, type LineStep, type RunnerOptions, StoryRunner } from '../engine/narrative/runner';
import type { Mood } from '../engine/narrative/tags';
import type { CampaignRecord } from '../engine/model/session';
import { type Persona, personaVariables } from '../engine/personas';
import { loadPractice, savePractice } from '../platform/practice-store';
import { findStory, personaById, personaFor } from '../platform/story-catalogue';
import type { Meters } from '../engine/narrative/meters';
import type { MeetingView } from '../ui/meeting-view';
import { MeterPanel } from '../ui/meter-panel';
import { FACILITATOR, STRINGS } from '../ui/strings';
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

/** Practice (`storyId`, with `resume` after a reload) or a campaign meeting (`accountId`). */
type SceneData = { storyId: string; resume?: boolean; accountId?: undefined } | { accountId: string; storyId?: undefined; resume?: undefined };

/** What differs between practice and a campaign meeting. */
interface Meeting {
  runner: StoryRunner;
  /** Lines already seen before this point (a practice conversation replayed after a reload). */
  replayed?: LineStep[];
  choose: (option: ChoiceOption) => void;
  finish: () => void;
  /** Practice only: in a campaign a meeting cannot be taken back. */
  restart?: () => void;
}

export class ConversationScene extends GameScene {
  private stage!: Stage;
  private view!: MeetingView;
  private mood: Mood = 'neutral';
  private lastLine = '';
  private active = false;
  /** Facilitator mode: the hidden meters, shown to the room with R. */
  private reveal: MeterPanel | null = null;
  private revealState: 'hidden' | 'predict' | 'shown' = 'hidden';
  private metersBefore: Meters | null = null;

  constructor(services: Services) {
    super(SCENES.conversation, services);
  }

  private personaOf(data: SceneData): Persona | undefined {
    if (data.accountId) {
      const account = this.services.campaign.session?.state.accounts.find((a) => a.id === data.accountId);
      return account ? personaById(account.personaId) : undefined;
    }
    const entry = data.storyId !== undefined ? findStory(data.storyId) : undefined;
    return entry ? personaFor(entry) : undefined;
  }

  preload(): void {
    const persona = this.personaOf(this.sys.settings.data as SceneData);
    if (persona) loadMissing(this, portraitImages(persona.id));
  }

  create(data: SceneData): void {
    this.active = true;
    // A practice conversation saved while it is played restarts in place (dev server).
    const onStoryUpdated = (event: Event) => {
      if (data.storyId !== undefined && (event as CustomEvent<string>).detail === data.storyId) {
        this.go(SCENES.conversation, { storyId: data.storyId, resume: true });
      }
    };
    this.services.storyUpdates.addEventListener('story-updated', onStoryUpdated);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.active = false;
      this.services.storyUpdates.removeEventListener('story-updated', onStoryUpdated);
    });
    this.mood = 'neutral';
    this.lastLine = '';
    this.stage = new Stage(this, this.services);
    const persona = this.personaOf(data);
    const buyerName = persona?.name ?? 'The buyer';
    if (persona) this.stage.showBuyer(persona.id, this.mood);
    this.view = this.services.ui.showMeeting(
      {
        buyerName,
        buyerDetail: persona ? `${persona.role} · ${persona.company}` : '',
        speakerName: (speaker) => (speaker === 'buyer' ? buyerName : speaker === 'you' ? STRINGS.you : speaker),
        reducedMotion: this.services.reducedMotion,
      },
      {
        // In a campaign a meeting cannot be taken back: no restart there.
        restart: data.storyId !== undefined ? () => meeting?.restart?.() : undefined,
        toTitle: () => this.go(SCENES.title),
      },
      this.services.ui.facilitator ? { reveal: () => this.toggleReveal(), back: () => this.stepBack(data) } : {},
    );
    this.reveal = null;
    this.revealState = 'hidden';
    this.metersBefore = null;
    if (this.services.ui.facilitator) {
      this.reveal = new MeterPanel(FACILITATOR.metersTitle);
      this.reveal.element.classList.add('reveal-panel');
      this.reveal.element.hidden = true;
      this.reveal.clear(FACILITATOR.metersNote);
      this.view.element.append(this.reveal.element);
    }
    let meeting: Meeting | undefined;
    const opened =
      data.accountId !== undefined ? this.campaignMeeting(data.accountId) : this.practiceMeeting(data.storyId, persona, data.resume === true);
    opened
      .then(async (m) => {
        meeting = m;
        if (!this.active) return;
        if (m.replayed?.length) {
          for (const line of m.replayed) await this.showLine(line, true);
        } else {
          this.services.sound.play('meeting-start');
        }
        // The music bed starts with the first meeting (after the player's first gesture; at volume 0 it never loads).
        this.services.sound.startMusic();
        void this.playTurn(m);
      })
      .catch((error: unknown) => this.fail(messageOf(error)));
  }

  private async practiceMeeting(storyId: string, persona: Persona | undefined, resume: boolean): Promise<Meeting> {
    const entry = findStory(storyId);
    if (!entry) throw new Error(`There is no conversation called "${storyId}".`);
    const compiled = await entry.load();
    const options: RunnerOptions = {
      variables: persona ? personaVariables(persona) : {},
    };
    // After a reload, replay the choices made so far, up to the first one the story changed.
    const { runner, steps } = StoryRunner.replay(compiled, resume ? loadPractice(storyId) : [], options);
    savePractice(storyId, runner.choiceLog);
    const title = entry.tags.title ?? entry.id;
    return {
      runner,
      replayed: steps.filter((s): s is LineStep => s.kind === 'line'),
      choose: (option) => {
        runner.choose(option.index);
        savePractice(storyId, runner.choiceLog);
      },
      finish: () =>
        this.go(SCENES.end, {
          storyId,
          title,
          buyerName: persona?.name ?? 'The buyer',
          personaId: persona?.id,
          finalMood: this.mood,
          closingLine: this.lastLine,
          log: runner.choiceLog,
        } satisfies MeetingResult),
      restart: () => this.go(SCENES.conversation, { storyId }),
    };
  }

  private async campaignMeeting(accountId: string): Promise<Meeting> {
    const host = this.services.campaign;
    const session = host.session;
    if (!session) throw new Error('There is no campaign under way.');
    // A reload in the middle of a meeting resumes it at the same choice point.
    if (!session.inMeeting) {
      session.startMeeting(accountId);
      this.saveCampaign();
    }
    return {
      runner: session.runner,
      choose: (option) => {
        session.choose(option.index);
        this.saveCampaign();
      },
      finish: () => {
        session.finishMeeting();
        this.saveCampaign();
        this.go(SCENES.quarter);
      },
    };
  }

  private async playTurn(meeting: Meeting): Promise<void> {
    try {
      const steps = await meeting.runner.turn();
      this.showMeters(meeting.runner);
      let discuss: string | undefined;
      for (const step of steps) {
        if (!this.active) return;
        if (step.kind === 'line') {
          await this.showLine(step);
          discuss = step.tags.discuss ?? discuss;
        } else if (step.kind === 'choices') {
          // In front of a room, the story's discussion prompt holds the choices until the facilitator carries on.
          if (this.services.ui.facilitator && discuss) {
            await this.view.holdForDiscussion(discuss, { title: FACILITATOR.discussTitle, carryOn: FACILITATOR.discussContinue });
            if (!this.active) return;
          }
          this.view.showChoices(step.choices, (option) => {
            this.services.sound.play('choose');
            this.view.clearControls();
            this.metersBefore = meeting.runner.meters();
            meeting.choose(option);
            void this.playTurn(meeting);
          });
        } else {
          this.view.showLeave(meeting.finish);
        }
      }
    } catch (error) {
      this.fail(messageOf(error));
    }
  }

  /**
   * Facilitator mode: takes back the last choice of this meeting by replaying
   * the choice log without it (the practice log, or the campaign's record).
   */
  private stepBack(data: SceneData): void {
    if (data.storyId !== undefined) {
      const log = loadPractice(data.storyId);
      if (log.length === 0) return;
      savePractice(data.storyId, log.slice(0, -1));
      this.go(SCENES.conversation, { storyId: data.storyId, resume: true });
      return;
    }
    const host = this.services.campaign;
    const current = host.session?.record.meetings.at(-1);
    if (!host.session?.inMeeting || !current || current.finished || current.choices.length === 0) return;
    const record: CampaignRecord = structuredClone(host.session.record);
    record.meetings.at(-1)!.choices.pop();
    try {
      host.rebuild(record);
      this.saveCampaign();
      this.go(SCENES.conversation, { accountId: data.accountId });
    } catch (error) {
      this.fail(messageOf(error));
    }
  }

  /** R: the room predicts first (the numbers covered by a question), R again shows them, R once more hides them. */
  private toggleReveal(): void {
    const panel = this.reveal;
    if (!panel) return;
    this.revealState = this.revealState === 'hidden' ? 'predict' : this.revealState === 'predict' ? 'shown' : 'hidden';
    panel.cover(this.revealState === 'predict' ? FACILITATOR.metersPredict : null);
    panel.element.hidden = this.revealState === 'hidden';
  }

  /** Keeps the revealed meters current (hidden or not), with what the last choice changed. */
  private showMeters(runner: StoryRunner): void {
    this.reveal?.show(runner.meters(), this.metersBefore, runner.ledger(), FACILITATOR.metersNote);
  }

  /** Shows a line; `again` for lines replayed after a reload: at once, and without their sounds. */
  private showLine(step: LineStep, again = false): Promise<void> {
    const { mood, sfx, speaker } = step.tags;
    if (mood && (speaker === 'buyer' || !speaker)) {
      this.mood = mood;
      this.stage.setMood(mood);
    }
    if (sfx && !again) this.services.sound.play(sfx);
    this.lastLine = step.text;
    if (again) this.view.skip();
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
