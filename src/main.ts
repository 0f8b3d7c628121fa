/** Page bootstrap: the DOM layer, sound and flags, then the game. */
import './ui/styles.css';
import { SoundBank } from './audio/sound';
import { startGame } from './game';
import { CampaignHost } from './platform/campaign-host';
import { registerOfflineApp } from './platform/offline';
import { TeamHost } from './platform/team-host';
import { RenderGate } from './scenes/render-gate';
import { prefersReducedMotion } from './platform/motion';
import { reloadStory } from './platform/story-catalogue';
import { readUrlFlags } from './platform/url-flags';
import { Ui } from './ui/ui';

const gameParent = document.getElementById('game');
const uiRoot = document.getElementById('ui');
if (!gameParent || !uiRoot) throw new Error('index.html is missing #game or #ui');

const flags = readUrlFlags(location.search);
const facilitator = flags.mode === 'facilitator';
// Projector sizes and contrast hang off this class (styles.css).
document.documentElement.classList.toggle('facilitator', facilitator);
const sound = new SoundBank();
const ui = new Ui(uiRoot, sound, facilitator);
const render = new RenderGate();
const storyUpdates = new EventTarget();
const campaign = new CampaignHost(flags);
const game = startGame(gameParent, {
  ui,
  sound,
  render,
  flags,
  reducedMotion: prefersReducedMotion(),
  campaign,
  teams: new TeamHost(campaign),
  storyUpdates,
});
render.attach(game);

// With `npm start`, a saved conversation is swapped into the running game.
if (import.meta.hot) {
  import.meta.hot.on('the-long-game:story-updated', ({ id, url }: { id: string; url: string }) => {
    reloadStory(id, url)
      .then(() => storyUpdates.dispatchEvent(new CustomEvent('story-updated', { detail: id })))
      .catch(() => location.reload());
  });
}

registerOfflineApp();
