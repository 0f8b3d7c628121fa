/** The title screen: the office behind, the conversations to choose from. */
import Phaser from 'phaser';
import { personaFor, playableStories } from '../platform/story-catalogue';
import { STRINGS } from '../ui/strings';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class TitleScene extends Phaser.Scene {
  constructor(private readonly services: Services) {
    super(SCENES.title);
  }

  create(data: { unknownStory?: string }): void {
    new Stage(this, this.services.reducedMotion, 0.35);
    const stories = playableStories().map((entry) => {
      const persona = personaFor(entry);
      return {
        id: entry.id,
        title: entry.tags.title ?? entry.id,
        detail: persona ? `${persona.name}, ${persona.role}: ${persona.industry}` : '',
      };
    });
    this.services.ui.showTitle(
      stories,
      (storyId) => this.scene.start(SCENES.conversation, { storyId }),
      data.unknownStory ? STRINGS.unknownStory(data.unknownStory) : undefined,
    );
  }
}
