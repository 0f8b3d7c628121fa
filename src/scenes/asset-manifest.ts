/** Images the scenes draw, loaded by key. Every file is credited in assets/CREDITS.md. */
import type Phaser from 'phaser';
import { MOODS, type Mood } from '../engine/narrative/tags';

const portraitUrls = import.meta.glob<string>('../../assets/portraits/*/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});
const backdropUrls = import.meta.glob<string>('../../assets/backdrops/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

export interface ImageAsset {
  key: string;
  url: string;
}

export function portraitKey(personaId: string, mood: Mood): string {
  return `portrait:${personaId}:${mood}`;
}

export const BACKDROP_KEY = 'backdrop:office';

/** The backdrops: loaded at boot. */
export const BACKDROPS: ImageAsset[] = Object.entries(backdropUrls).map(([path, url]) => ({
  key: `backdrop:${path.replace(/^.*\//, '').replace(/\.svg$/, '')}`,
  url,
}));

/** A buyer's six portraits: loaded when that buyer is first needed, so the first download stays small. */
export function portraitImages(personaId: string): ImageAsset[] {
  return MOODS.flatMap((mood) => {
    const url = portraitUrls[`../../assets/portraits/${personaId}/${mood}.svg`];
    return url ? [{ key: portraitKey(personaId, mood), url }] : [];
  });
}

/** Queues whatever of these images a scene's loader does not have yet. */
export function loadMissing(scene: Phaser.Scene, images: readonly ImageAsset[]): void {
  for (const image of images) if (!scene.textures.exists(image.key)) scene.load.image(image.key, image.url);
}
