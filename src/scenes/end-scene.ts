/** After the meeting: how the buyer seemed, what you chose, and what next. */
import { MOOD_WORDS, STRINGS } from '../ui/strings';
import type { MeetingResult } from './conversation-scene';
import { loadMissing, portraitImages } from './asset-manifest';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class EndScene extends GameScene {
  constructor(services: Services) {
    super(SCENES.end, services);
  }

  preload(): void {
    const result = this.sys.settings.data as Partial<MeetingResult>;
    if (result.personaId) loadMissing(this, portraitImages(result.personaId));
  }

  create(result: MeetingResult): void {
    const stage = new Stage(this, this.services, 0.45);
    if (result.personaId) stage.showBuyer(result.personaId, result.finalMood);
    const firstName = result.buyerName.split(' ')[0] ?? result.buyerName;
    this.services.ui.showEnd({
      title: result.title,
      parting: STRINGS.moodParting(firstName, MOOD_WORDS[result.finalMood] ?? result.finalMood),
      closingLine: result.closingLine,
      log: result.log,
      onAgain: () => this.go(SCENES.conversation, { storyId: result.storyId }),
      onTitle: () => this.go(SCENES.title, {}),
    });
  }
}
