/**
 * The only place that imports howler. Sounds are real files the project makes
 * (scripts/make-sounds.sh); each is offered as ogg and mp3. Mute is remembered.
 */
import { Howl, Howler } from 'howler';
import { readSetting, writeSetting } from '../platform/storage';

const files = import.meta.glob<string>('../../assets/audio/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Sound keys: the file names in assets/audio, also the values of `# sfx:`. */
export const SOUND_KEYS = [
  ...new Set(Object.keys(files).map((p) => p.replace(/^.*\//, '').replace(/\.(ogg|mp3)$/, ''))),
].sort();

const MUTE_KEY = 'muted';

export class SoundBank {
  private readonly sounds = new Map<string, Howl>();
  private muted = readSetting(MUTE_KEY) === 'true';

  constructor() {
    Howler.mute(this.muted);
  }

  get isMuted(): boolean {
    return this.muted;
  }

  /** Mutes or unmutes every sound, and remembers it across reloads. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    Howler.mute(muted);
    writeSetting(MUTE_KEY, String(muted));
  }

  /** Starts loading sounds so they play without delay later. */
  preload(keys: readonly string[]): void {
    for (const key of keys) this.howl(key);
  }

  /** Plays a sound by key; unknown keys are ignored (stories are checked elsewhere). */
  play(key: string): void {
    this.howl(key)?.play();
  }

  private howl(key: string): Howl | undefined {
    if (!SOUND_KEYS.includes(key)) return undefined;
    let sound = this.sounds.get(key);
    if (!sound) {
      const src = ['ogg', 'mp3']
        .map((ext) => files[`../../assets/audio/${key}.${ext}`])
        .filter((url): url is string => typeof url === 'string');
      sound = new Howl({ src, volume: 0.6 });
      this.sounds.set(key, sound);
    }
    return sound;
  }
}
