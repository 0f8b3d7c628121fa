/**
 * The only place that imports howler. Sounds are real files the project makes
 * (scripts/make-sounds.sh); each is offered as ogg and mp3. Effects and music
 * have volumes of their own; mute is a master switch over both. All three are
 * remembered.
 */
import { Howl, Howler } from 'howler';
import { readSetting, writeSetting } from '../platform/storage';

const files = import.meta.glob<string>('../../assets/audio/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The music loop's file name in assets/audio: music, never an effect. */
export const MUSIC_KEY = 'music-loop';

/** Effect keys: the file names in assets/audio but the music, also the values of `# sfx:`. */
export const SOUND_KEYS = [
  ...new Set(Object.keys(files).map((p) => p.replace(/^.*\//, '').replace(/\.(ogg|mp3)$/, ''))),
]
  .filter((key) => key !== MUSIC_KEY)
  .sort();

const MUTE_KEY = 'muted';
const MUSIC_VOLUME_KEY = 'volume-music';
const EFFECTS_VOLUME_KEY = 'volume-effects';
export const DEFAULT_MUSIC_VOLUME = 0.5;
export const DEFAULT_EFFECTS_VOLUME = 0.8;
/** Each file's own level before the player's volume: effects as before, the music a little under them. */
const EFFECTS_BASE = 0.6;
const MUSIC_BASE = 0.5;
const MUSIC_FADE_IN_MS = 2000;

/** A stored volume (0..1) as a number; anything missing, damaged or out of range gives the fallback. */
export function parseVolume(stored: string | null, fallback: number): number {
  if (stored === null || stored.trim() === '') return fallback;
  const volume = Number(stored);
  return Number.isFinite(volume) && volume >= 0 && volume <= 1 ? volume : fallback;
}

/** A volume to use: clamped to 0..1; not a number gives 0. */
function clampVolume(volume: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0;
}

/**
 * Calls `then` once the page has had a user gesture: browsers keep audio
 * silent until one, so music asked for earlier (a meeting opened straight from
 * a link) neither downloads nor starts until then. Esc is not a gesture to a
 * browser, so it is not one here either. Without a page (Node) there is
 * nothing to wait for.
 */
function afterUserGesture(then: () => void): void {
  if (typeof document === 'undefined') return then();
  const activation = globalThis.navigator?.userActivation;
  if (activation?.hasBeenActive) return then();
  const events = ['pointerdown', 'keydown', 'touchend'] as const;
  const listener = () => {
    if (activation && !activation.hasBeenActive) return;
    for (const type of events) document.removeEventListener(type, listener, true);
    // After the gesture's own work: a slider moved to 0 must not start the music first.
    setTimeout(then, 0);
  };
  for (const type of events) document.addEventListener(type, listener, true);
}

/** The ogg and mp3 URLs of a file in assets/audio, in that order. */
function sources(key: string): string[] {
  return ['ogg', 'mp3']
    .map((ext) => files[`../../assets/audio/${key}.${ext}`])
    .filter((url): url is string => typeof url === 'string');
}

export class SoundBank {
  private readonly sounds = new Map<string, Howl>();
  private muted = readSetting(MUTE_KEY) === 'true';
  private music = parseVolume(readSetting(MUSIC_VOLUME_KEY), DEFAULT_MUSIC_VOLUME);
  private effects = parseVolume(readSetting(EFFECTS_VOLUME_KEY), DEFAULT_EFFECTS_VOLUME);
  /** The music loop's Howl: made (and so downloaded) only when it is to play above volume 0. */
  private musicHowl: Howl | undefined;
  /** The one playing instance of the loop (howler's sound id), if started. */
  private musicId: number | undefined;
  /** Whether the game wants music (startMusic, not yet stopMusic). */
  private musicWanted = false;
  /** Whether the page has had a user gesture yet. */
  private gestured = false;

  constructor() {
    Howler.mute(this.muted);
    afterUserGesture(() => {
      this.gestured = true;
      this.updateMusic();
    });
  }

  get isMuted(): boolean {
    return this.muted;
  }

  /** Mutes or unmutes every sound, music too, and remembers it across reloads. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    Howler.mute(muted);
    writeSetting(MUTE_KEY, String(muted));
  }

  /** The music's volume, 0..1. */
  get musicVolume(): number {
    return this.music;
  }

  /** The effects' volume, 0..1. */
  get effectsVolume(): number {
    return this.effects;
  }

  /** Sets the music's volume (0..1) at once and remembers it. Raised above 0 while music is wanted, the loop loads and plays. */
  setMusicVolume(volume: number): void {
    this.music = clampVolume(volume);
    writeSetting(MUSIC_VOLUME_KEY, String(this.music));
    this.updateMusic();
  }

  /** Sets the effects' volume (0..1) at once, on every effect loaded so far, and remembers it. */
  setEffectsVolume(volume: number): void {
    this.effects = clampVolume(volume);
    writeSetting(EFFECTS_VOLUME_KEY, String(this.effects));
    for (const sound of this.sounds.values()) sound.volume(EFFECTS_BASE * this.effects);
  }

  /**
   * Starts the music loop; calling it again while it plays does nothing.
   * Safe to call before any user gesture (the first meeting starting, say):
   * the loop waits for one. At music volume 0 nothing is downloaded until the
   * volume is raised.
   */
  startMusic(): void {
    this.musicWanted = true;
    this.updateMusic();
  }

  /** Stops the music loop; startMusic plays it again from the start. */
  stopMusic(): void {
    this.musicWanted = false;
    if (this.musicHowl && this.musicId !== undefined) this.musicHowl.stop(this.musicId);
    this.musicId = undefined;
  }

  /** Starts loading sounds so they play without delay later. */
  preload(keys: readonly string[]): void {
    for (const key of keys) this.howl(key);
  }

  /** Plays an effect by key; unknown keys (and the music) are ignored (stories are checked elsewhere). */
  play(key: string): void {
    this.howl(key)?.play();
  }

  /** Brings the loop in line with what is asked: playing at the music volume, paused at 0, or not there at all. */
  private updateMusic(): void {
    if (!this.musicWanted || !this.gestured) return;
    if (this.music === 0) {
      // Silence costs nothing: pause rather than play at volume 0.
      if (this.musicHowl && this.musicId !== undefined) this.musicHowl.pause(this.musicId);
      return;
    }
    if (!this.musicHowl || this.musicId === undefined) {
      // Web Audio (not html5) so the loop is seamless; it fades in from silence.
      this.musicHowl ??= new Howl({ src: sources(MUSIC_KEY), loop: true, html5: false, volume: 0 });
      this.musicId = this.musicHowl.play();
      // The group's fade (the loop is its only sound), so volume() reads the level reached.
      this.musicHowl.fade(0, MUSIC_BASE * this.music, MUSIC_FADE_IN_MS);
      return;
    }
    this.musicHowl.volume(MUSIC_BASE * this.music);
    // A sound id makes play() resume that one instance, never start a second.
    if (!this.musicHowl.playing(this.musicId)) this.musicHowl.play(this.musicId);
  }

  private howl(key: string): Howl | undefined {
    if (!SOUND_KEYS.includes(key)) return undefined;
    let sound = this.sounds.get(key);
    if (!sound) {
      sound = new Howl({ src: sources(key), volume: EFFECTS_BASE * this.effects });
      this.sounds.set(key, sound);
    }
    return sound;
  }
}
