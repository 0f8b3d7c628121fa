/**
 * The SoundBank's volumes, in Node: howler loads here but reports no audio,
 * so this proves what needs no sound card: the music is never an effect, the
 * two volumes are clamped and read back defensively, and the music loop is
 * not even requested while its volume is 0. Node has no storage, like a
 * locked-down browser; that the volumes are remembered, on real storage, and
 * reach the sounds a player hears is proved in the browser
 * (tests/e2e/volume.spec.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Howler } from 'howler';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_EFFECTS_VOLUME,
  DEFAULT_MUSIC_VOLUME,
  MUSIC_KEY,
  SOUND_KEYS,
  SoundBank,
  parseVolume,
} from '../../src/audio/sound';

const AUDIO = path.resolve(import.meta.dirname, '../../assets/audio');

/** The music Howls made so far (made = requested: a Howl starts loading its file when it is made). */
const musicHowls = () =>
  (Howler as unknown as { _howls: { _src: string | string[] }[] })._howls.filter((howl) => String(howl._src).includes(MUSIC_KEY)).length;
let before = 0;
/** How many music Howls this test made. */
const musicMade = () => musicHowls() - before;

beforeEach(() => {
  before = musicHowls();
});

describe('the music', () => {
  it('is a file of its own in both formats, and never an effect (nor a valid # sfx:)', () => {
    expect(existsSync(path.join(AUDIO, `${MUSIC_KEY}.ogg`))).toBe(true);
    expect(existsSync(path.join(AUDIO, `${MUSIC_KEY}.mp3`))).toBe(true);
    expect(SOUND_KEYS).not.toContain(MUSIC_KEY);
    expect(SOUND_KEYS).toEqual(expect.arrayContaining(['choose', 'meeting-start', 'phone-buzz', 'door-knock', 'notification']));
    new SoundBank().play(MUSIC_KEY);
    expect(musicMade()).toBe(0);
  });

  it('is not requested at volume 0, and is once the volume goes above 0 while music is wanted', () => {
    const sound = new SoundBank();
    sound.setMusicVolume(0);
    sound.startMusic();
    expect(musicMade()).toBe(0);
    sound.setMusicVolume(0.3);
    expect(musicMade()).toBe(1);
    // Started once: asking again makes no second loop.
    sound.startMusic();
    sound.setMusicVolume(0.6);
    expect(musicMade()).toBe(1);
  });

  it('is not requested before startMusic, whatever its volume', () => {
    const sound = new SoundBank();
    sound.setMusicVolume(1);
    expect(musicMade()).toBe(0);
  });
});

describe('the volumes', () => {
  it('start at their defaults', () => {
    const sound = new SoundBank();
    expect(sound.musicVolume).toBe(DEFAULT_MUSIC_VOLUME);
    expect(sound.effectsVolume).toBe(DEFAULT_EFFECTS_VOLUME);
  });

  it('are clamped to 0..1 when set', () => {
    const sound = new SoundBank();
    sound.setMusicVolume(1.7);
    sound.setEffectsVolume(-2);
    expect([sound.musicVolume, sound.effectsVolume]).toEqual([1, 0]);
    sound.setMusicVolume(Number.NaN);
    expect(sound.musicVolume).toBe(0);
  });

  it('work with no storage at all (Node has none, as a locked-down browser may not): set, read back, not remembered', () => {
    const sound = new SoundBank();
    sound.setEffectsVolume(0.4);
    expect(sound.effectsVolume).toBe(0.4);
    expect(new SoundBank().effectsVolume).toBe(DEFAULT_EFFECTS_VOLUME);
  });
});

describe('parseVolume', () => {
  it.each([
    [null, 0.5],
    ['', 0.5],
    ['  ', 0.5],
    ['abc', 0.5],
    ['NaN', 0.5],
    ['Infinity', 0.5],
    ['-0.1', 0.5],
    ['1.01', 0.5],
    ['0', 0],
    ['0.3', 0.3],
    ['1', 1],
  ])('reads %j as %d', (stored, expected) => {
    expect(parseVolume(stored, 0.5)).toBe(expected);
  });
});
