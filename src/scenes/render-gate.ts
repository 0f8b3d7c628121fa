/**
 * Phaser redraws the whole canvas every frame, but these scenes are still
 * nearly all the time: a backdrop and a portrait behind HTML text. The gate
 * lets the game loop sleep when nothing moves and wakes it for any change, so
 * a cheap laptop (or a projector at 1920x1080) is not drawing the same frame
 * sixty times a second. The canvas keeps showing its last frame while asleep.
 *
 * Where the game draws with canvas 2D (no GPU: see game.ts), a browser
 * composites a canvas in software every frame anything on the page moves, the
 * typing effect included. There a still of the last frame stands in for the
 * canvas while the loop sleeps, and the page moves as lightly as one without a
 * canvas (`npx tsx scripts/bench.ts --only frames`: p95 66.7 ms with the canvas
 * showing, 16.7 ms with the still).
 */
import Phaser from 'phaser';

const SETTLE_MS = 600;

export class RenderGate {
  private game: Phaser.Game | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The still that stands in for a sleeping canvas (canvas 2D only). */
  private still: HTMLImageElement | null = null;
  private stillUrl: string | null = null;
  /** Bumped on every wake, so a still encoded for an earlier sleep is not shown after it. */
  private generation = 0;

  constructor() {
    globalThis.addEventListener?.('resize', () => this.wake());
  }

  attach(game: Phaser.Game): void {
    this.game = game;
    // The renderer (and its canvas) exist once the game has booted.
    const setUp = () => {
      if (game.config.renderType !== Phaser.CANVAS) return;
      this.still = document.createElement('img');
      this.still.className = 'still';
      this.still.alt = '';
      this.still.hidden = true;
      game.canvas.after(this.still);
    };
    if (game.isBooted) setUp();
    else game.events.once(Phaser.Core.Events.BOOT, setUp);
  }

  /** Wakes the loop for at least `ms`, then lets it sleep once no tween runs. */
  wake(ms = SETTLE_MS): void {
    const game = this.game;
    if (!game) return;
    this.showCanvas(game);
    if (!game.loop.running) game.loop.wake(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const moving = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
      if (moving) return this.wake(ms);
      game.loop.sleep();
      this.showStill(game);
    }, ms);
  }

  /** Encodes the sleeping canvas off the main thread and shows it in the canvas's place. */
  private showStill(game: Phaser.Game): void {
    const still = this.still;
    if (!still) return;
    const generation = this.generation;
    game.canvas.toBlob(
      (blob) => {
        if (!blob || generation !== this.generation || game.loop.running) return;
        const url = URL.createObjectURL(blob);
        still.onload = () => {
          if (generation !== this.generation) return;
          still.hidden = false;
          game.canvas.classList.add('resting');
        };
        this.forgetStill();
        this.stillUrl = url;
        still.src = url;
      },
      'image/jpeg',
      0.92,
    );
  }

  private showCanvas(game: Phaser.Game): void {
    this.generation += 1;
    if (!this.still || this.still.hidden) return;
    game.canvas.classList.remove('resting');
    this.still.hidden = true;
    this.forgetStill();
  }

  private forgetStill(): void {
    if (this.stillUrl) URL.revokeObjectURL(this.stillUrl);
    this.stillUrl = null;
  }
}
