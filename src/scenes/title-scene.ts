/** The title screen: the office behind, the conversations to choose from. */
import { personaFor, titleStories } from '../platform/story-catalogue';
import { STRINGS } from '../ui/strings';
import { loadMissing, portraitImages } from './asset-manifest';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class TitleScene extends GameScene {
  constructor(services: Services) {
    super(SCENES.title, services);
  }

  preload(): void {
    const firstBuyer = titleStories().map(personaFor).find((p) => p !== undefined);
    if (firstBuyer) loadMissing(this, portraitImages(firstBuyer.id));
  }

  create(data: { unknownStory?: string }): void {
    const stage = new Stage(this, this.services, 0.35);
    const firstBuyer = titleStories().map(personaFor).find((p) => p !== undefined);
    if (firstBuyer) stage.showBuyer(firstBuyer.id, 'warm');
    const stories = titleStories().map((entry) => {
      const persona = personaFor(entry);
      return {
        id: entry.id,
        title: entry.tags.title ?? entry.id,
        detail: persona ? `${persona.name}, ${persona.role}: ${persona.industry}` : '',
      };
    });
    this.services.ui.showTitle(
      stories,
      (storyId) => this.go(SCENES.conversation, { storyId }),
      data.unknownStory ? STRINGS.unknownStory(data.unknownStory) : undefined,
    );
  }
}
