/**
 * The drawn part of every screen: the office backdrop and the buyer's portrait,
 * laid out to leave room for the DOM panel (right of the portrait on wide
 * screens, below it on narrow ones, matching styles.css).
 */
import Phaser from 'phaser';
import type { Mood } from '../engine/narrative/tags';
import { BACKDROP_KEY, portraitKey } from './asset-manifest';
import type { Services } from './services';

/** Wide layout when the viewport is at least 11:10, as in styles.css. */
function isWide(width: number, height: number): boolean {
  return width / height >= 1.1;
}

export class Stage {
  private readonly backdrop: Phaser.GameObjects.Image;
  /** Dims the backdrop behind a screen's panel: a shade drawn over it, which both renderers draw (canvas cannot tint). */
  private readonly shade: Phaser.GameObjects.Graphics | null;
  private portrait: Phaser.GameObjects.Image | null = null;
  private personaId: string | null = null;
  private mood: Mood = 'neutral';

  private readonly reducedMotion: boolean;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly services: Pick<Services, 'reducedMotion' | 'render'>,
    dim = 0,
  ) {
    this.reducedMotion = services.reducedMotion;
    this.backdrop = scene.add.image(0, 0, BACKDROP_KEY).setOrigin(0.5);
    this.shade = dim > 0 ? scene.add.graphics().setAlpha(dim) : null;
    const onResize = () => this.layout();
    scene.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    this.layout();
    services.render.wake();
  }

  /** Shows a buyer's portrait in a mood. */
  showBuyer(personaId: string, mood: Mood = 'neutral'): void {
    this.personaId = personaId;
    this.mood = mood;
    const key = portraitKey(personaId, mood);
    if (!this.scene.textures.exists(key)) return;
    this.portrait = this.scene.add.image(0, 0, key).setOrigin(0.5, 1);
    this.markMood();
    this.layout();
    this.services.render.wake();
    if (!this.reducedMotion) {
      this.portrait.setAlpha(0);
      this.scene.tweens.add({ targets: this.portrait, alpha: 1, duration: 450, ease: 'Sine.easeOut' });
    }
  }

  /** Changes the buyer's expression; a small settle shows the reaction. */
  setMood(mood: Mood): void {
    if (!this.portrait || !this.personaId || mood === this.mood) return;
    const key = portraitKey(this.personaId, mood);
    if (!this.scene.textures.exists(key)) return;
    this.mood = mood;
    this.portrait.setTexture(key);
    this.markMood();
    this.services.render.wake();
    if (this.reducedMotion) return;
    const base = this.portrait.scaleY;
    this.scene.tweens.add({
      targets: this.portrait,
      scaleY: base * 1.025,
      scaleX: base * 1.025,
      duration: 140,
      yoyo: true,
      ease: 'Sine.easeInOut',
    });
  }

  /** The mood shown, on the canvas element: lets browser tests see the portrait react. */
  private markMood(): void {
    this.scene.game.canvas.dataset.mood = this.mood;
  }

  private layout(): void {
    const { width, height } = this.scene.scale;
    const cover = Math.max(width / this.backdrop.width, height / this.backdrop.height);
    this.backdrop.setPosition(width / 2, height / 2).setScale(cover);
    this.shade?.clear().fillStyle(0x000000, 1).fillRect(0, 0, width, height);
    if (!this.portrait) return;
    this.scene.tweens.killTweensOf(this.portrait);
    this.portrait.setAlpha(1);
    if (isWide(width, height)) {
      const h = height * 0.86;
      this.portrait.setScale(h / this.portrait.height).setPosition(width * 0.2, height);
    } else {
      const h = height * 0.37;
      this.portrait.setScale(h / this.portrait.height).setPosition(width / 2, height * 0.38);
    }
  }
}
