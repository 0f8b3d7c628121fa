/**
 * Phaser redraws the whole canvas every frame, but these scenes are still
 * nearly all the time: a backdrop and a portrait behind HTML text. The gate
 * lets the game loop sleep when nothing moves and wakes it for any change, so
 * a cheap laptop (or a projector at 1920x1080) is not drawing the same frame
 * sixty times a second. The canvas keeps showing its last frame while asleep.
 */
import type Phaser from 'phaser';

const SETTLE_MS = 600;

export class RenderGate {
  private game: Phaser.Game | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    globalThis.addEventListener?.('resize', () => this.wake());
  }

  attach(game: Phaser.Game): void {
    this.game = game;
  }

  /** Wakes the loop for at least `ms`, then lets it sleep once no tween runs. */
  wake(ms = SETTLE_MS): void {
    const game = this.game;
    if (!game) return;
    if (!game.loop.running) game.loop.wake(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const moving = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
      if (moving) this.wake(ms);
      else game.loop.sleep();
    }, ms);
  }
}
