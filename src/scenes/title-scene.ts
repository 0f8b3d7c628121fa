/** The title screen: start or continue the campaign, or practise one conversation. */
import { ReplayError } from '../engine/model/session';
import { personaFor, titleStories } from '../platform/story-catalogue';
import { CAMPAIGN, STRINGS } from '../ui/strings';
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

  create(data: { unknownStory?: string; notice?: string }): void {
    const stage = new Stage(this, this.services, 0.35);
    const firstBuyer = titleStories().map(personaFor).find((p) => p !== undefined);
    if (firstBuyer) stage.showBuyer(firstBuyer.id, 'warm');
    const host = this.services.campaign;
    const saved = host.saved();
    const quarters = this.services.flags.quarters ?? host.params.quarters;
    const whenReady = (then: () => void) => () => {
      host
        .ready()
        .then(then)
        .catch((error: unknown) => this.services.ui.showError(error instanceof Error ? error.message : String(error), () => this.go(SCENES.title)));
    };
    this.services.ui.showTitle({
      stories: titleStories().map((entry) => ({ id: entry.id, title: entry.tags.title ?? entry.id })),
      onPractise: (storyId) => this.go(SCENES.conversation, { storyId }),
      campaign: {
        intro: CAMPAIGN.campaignIntro(quarters),
        onStart: whenReady(() => {
          host.start();
          this.go(SCENES.quarter);
        }),
        resume: saved
          ? {
              label: CAMPAIGN.continueCampaign(saved.quartersEnded + 1, saved.settings.quarters),
              onResume: whenReady(() => {
                try {
                  host.resume(saved);
                  this.go(SCENES.quarter);
                } catch (error) {
                  const why = error instanceof ReplayError ? error.message : String(error);
                  this.go(SCENES.title, { notice: CAMPAIGN.resumeFailed(why) });
                }
              }),
            }
          : undefined,
      },
      notice: data.notice ?? (data.unknownStory ? STRINGS.unknownStory(data.unknownStory) : undefined),
    });
  }
}
