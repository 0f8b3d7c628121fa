/** What every scene after boot shares: its services, and scene changes that wake the render loop. */
import Phaser from 'phaser';
import type { Services } from './services';

export abstract class GameScene extends Phaser.Scene {
  constructor(
    key: string,
    protected readonly services: Services,
  ) {
    super(key);
  }

  /** Starts another scene; the loop may be asleep, and scene changes happen in its step. */
  protected go(key: string, data: object = {}): void {
    this.services.render.wake();
    this.scene.start(key, data);
  }
}
