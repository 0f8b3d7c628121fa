/**
 * Two sliders, music and effects, for the menu. Native range inputs: labelled,
 * keyboard-operable (arrows, Page Up/Down, Home, End), each with its value in
 * words beside it and as aria-valuetext. A change applies and is remembered at
 * once (the SoundBank stores it).
 */
import { h } from './dom';
import './volume-controls.css';

/** What the sliders need of the sound: both volumes, 0..1 (SoundBank has them). */
export interface VolumeControl {
  readonly musicVolume: number;
  readonly effectsVolume: number;
  setMusicVolume(volume: number): void;
  setEffectsVolume(volume: number): void;
}

export interface VolumeLabels {
  /** The group's name, for assistive tech. */
  group: string;
  music: string;
  effects: string;
  /** A slider's value in words, shown beside it and given as aria-valuetext. */
  value: (percent: number) => string;
}

export const VOLUME_LABELS: VolumeLabels = {
  group: 'Volume',
  music: 'Music volume',
  effects: 'Effects volume',
  value: (percent) => `${percent}%`,
};

const STEP = 10;
let made = 0;

/** One labelled slider, 0-100 in steps of 10, with its value shown. */
function slider(id: string, label: string, volume: number, valueText: (percent: number) => string, onChange: (volume: number) => void): HTMLElement {
  const input = h('input', {
    id,
    attrs: { type: 'range', min: '0', max: '100', step: String(STEP) },
  });
  const shown = h('span', { className: 'volume-value', attrs: { 'aria-hidden': 'true' } });
  // The input snaps to its step; show what it really holds.
  const show = () => {
    const text = valueText(Number(input.value));
    shown.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  input.value = String(Math.round(volume * 100));
  show();
  input.addEventListener('input', () => {
    show();
    onChange(Number(input.value) / 100);
  });
  return h('div', { className: 'volume-row' }, h('label', { attrs: { for: id } }, label), shown, input);
}

/** The music and effects sliders, for the menu's dialog. */
export function volumeControls(sound: VolumeControl, labels: VolumeLabels = VOLUME_LABELS): HTMLElement {
  made += 1;
  return h(
    'div',
    { className: 'volume-controls', attrs: { role: 'group', 'aria-label': labels.group } },
    slider(`volume-music-${made}`, labels.music, sound.musicVolume, labels.value, (v) => sound.setMusicVolume(v)),
    slider(`volume-effects-${made}`, labels.effects, sound.effectsVolume, labels.value, (v) => sound.setEffectsVolume(v)),
  );
}
