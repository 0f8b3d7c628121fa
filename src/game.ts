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
 * blocked driver: SwiftShader, llvmpipe). There canvas 2D draws the same
 * picture for less, and lets the render gate show a still while the loop
 * sleeps (see render-gate.ts).
 */
function webglIsSoftware(): boolean {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
