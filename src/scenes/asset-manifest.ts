/** Images the scenes draw, loaded by key. Every file is credited in assets/CREDITS.md. */
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

export const IMAGES: ImageAsset[] = [
  ...Object.entries(portraitUrls).flatMap(([path, url]) => {
    const match = /portraits\/([^/]+)\/([a-z]+)\.svg$/.exec(path);
    const mood = match?.[2] as Mood | undefined;
    return match && mood && MOODS.includes(mood) ? [{ key: portraitKey(match[1]!, mood), url }] : [];
  }),
  ...Object.entries(backdropUrls).map(([path, url]) => ({
    key: `backdrop:${path.replace(/^.*\//, '').replace(/\.svg$/, '')}`,
    url,
  })),
];
