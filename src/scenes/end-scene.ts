/** After the meeting: how the buyer seemed, what you chose, and what next. */
import Phaser from 'phaser';
import { MOOD_WORDS, STRINGS } from '../ui/strings';
import type { MeetingResult } from './conversation-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class EndScene extends Phaser.Scene {
  constructor(private readonly services: Services) {
    super(SCENES.end);
  }

  create(result: MeetingResult): void {
    const stage = new Stage(this, this.services.reducedMotion, 0.45);
    if (result.personaId) stage.showBuyer(result.personaId, result.finalMood);
    const firstName = result.buyerName.split(' ')[0] ?? result.buyerName;
    this.services.ui.showEnd({
      title: result.title,
      parting: STRINGS.moodParting(firstName, MOOD_WORDS[result.finalMood] ?? result.finalMood),
      log: result.log,
      onAgain: () => this.scene.start(SCENES.conversation, { storyId: result.storyId }),
      onTitle: () => this.scene.start(SCENES.title, {}),
    });
  }
}
