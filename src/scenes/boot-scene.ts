/** Loads every image with a progress bar, then opens the title or `?story=`. */
import Phaser from 'phaser';
import { findStory, personaFor, titleStories } from '../platform/story-catalogue';
import { BACKDROPS, loadMissing, portraitImages } from './asset-manifest';
import { SCENES } from './keys';
import type { Services } from './services';

export class BootScene extends Phaser.Scene {
  constructor(private readonly services: Services) {
    super(SCENES.boot);
  }

  preload(): void {
    const setProgress = this.services.ui.showLoading();
    // Phaser's core build has no Loader.Events namespace; the event name is stable.
    this.load.on('progress', setProgress);
    this.services.sound.preload(['meeting-start', 'choose']);
    // Fetch the conversation likely to be played next, and its buyer, alongside the backdrop.
    const next = (this.services.flags.story && findStory(this.services.flags.story)) || titleStories()[0];
    const persona = next && personaFor(next);
    loadMissing(this, [...BACKDROPS, ...(persona ? portraitImages(persona.id) : [])]);
    next?.load().catch(() => undefined); // a failure is reported when the story is played
  }

  create(): void {
    const wanted = this.services.flags.story;
    if (this.services.flags.mode === 'writer') {
      this.scene.start(SCENES.writer);
    } else if (wanted && findStory(wanted)) {
      // Opened by URL: a reload puts the player back where they were.
      this.scene.start(SCENES.conversation, { storyId: wanted, resume: true });
    } else {
      this.scene.start(SCENES.title, { unknownStory: wanted ?? undefined });
    }
  }
}
