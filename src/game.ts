/** Builds the Phaser game with its scenes; `main.ts` supplies the page parts. */
import Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene';
import { ConversationScene } from './scenes/conversation-scene';
import { DebriefScene } from './scenes/debrief-scene';
import { EndScene } from './scenes/end-scene';
import { QuarterScene } from './scenes/quarter-scene';
import { ResultsScene } from './scenes/results-scene';
import type { Services } from './scenes/services';
import { TeamScene } from './scenes/team-scene';
import { TitleScene } from './scenes/title-scene';
import { WriterScene } from './scenes/writer-scene';

export function startGame(parent: HTMLElement, services: Services): Phaser.Game {
  return new Phaser.Game({
    type: webglIsSoftware() ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: '#0e1522',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [
      new BootScene(services),
      new TitleScene(services),
      new ConversationScene(services),
      new EndScene(services),
      new QuarterScene(services),
      new ResultsScene(services),
      new DebriefScene(services),
      new WriterScene(services),
      new TeamScene(services),
    ],
  });
}

/**
 * True when the browser would draw WebGL only in software (no GPU, or a
 * blocked driver): there, canvas 2D draws the same picture in a fraction of
 * the time (measured with `npx tsx scripts/bench.ts --only frames`).
 */
function webglIsSoftware(): boolean {
  const probe = document.createElement('canvas');
  const fast = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  fast?.getExtension('WEBGL_lose_context')?.loseContext();
  return fast === null;
}
