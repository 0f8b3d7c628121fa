/** What every scene is handed: the DOM layer, sound and the page's settings. */
import type { SoundBank } from '../audio/sound';
import type { CampaignHost } from '../platform/campaign-host';
import type { TeamHost } from '../platform/team-host';
import type { UrlFlags } from '../platform/url-flags';
import type { Ui } from '../ui/ui';
import type { RenderGate } from './render-gate';

export interface Services {
  ui: Ui;
  sound: SoundBank;
  flags: UrlFlags;
  reducedMotion: boolean;
  render: RenderGate;
  campaign: CampaignHost;
  /** Facilitator mode's team session. */
  teams: TeamHost;
  /** Fires `story-updated` (detail: the story id) when a conversation was saved while the game runs (dev server only). */
  storyUpdates: EventTarget;
}
