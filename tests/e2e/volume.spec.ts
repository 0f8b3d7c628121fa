/**
 * Music and effects have volumes of their own, set from the Esc menu with two
 * labelled sliders, applied at once and remembered; music at 0 is never even
 * downloaded; the music loop plays once, looping, only after a gesture. Like
 * sound.spec.ts this watches howler itself through the globals it publishes
 * on window (Howler._howls), and the page's requests.
 */
import type { Locator, Page } from '@playwright/test';
import { choices, expect, test } from './fixtures';

interface HowlLike {
  _src: string | string[];
  _loop: boolean;
  _webAudio: boolean;
  _sounds: { _paused: boolean }[];
  state(): string;
  volume(): number;
}
type SoundWindow = Window & { Howler: { _howls: HowlLike[]; ctx?: AudioContext } };

interface HowlView {
  file: string;
  music: boolean;
  state: string;
  volume: number;
  loop: boolean;
  webAudio: boolean;
  /** Instances playing now (howler's sounds that are not paused). */
  playing: number;
}

/** Every Howl on the page, by file. */
const howls = (page: Page): Promise<HowlView[]> =>
  page.evaluate(() =>
    (window as unknown as SoundWindow).Howler._howls.map((howl) => ({
      file: String(howl._src).replace(/^.*\//, ''),
      music: String(howl._src).includes('music-loop'),
      state: howl.state(),
      volume: howl.volume(),
      loop: howl._loop,
      webAudio: howl._webAudio,
      playing: howl._sounds.filter((sound) => !sound._paused).length,
    })),
  );

const EFFECTS = /^(choose|meeting-start|phone-buzz|door-knock|notification)-/;

/** The loaded effects' volumes, by key. */
async function effectVolumes(page: Page): Promise<Record<string, number>> {
  const loaded = (await howls(page)).filter((howl) => !howl.music && howl.state === 'loaded');
  return Object.fromEntries(loaded.map((howl) => [EFFECTS.exec(howl.file)?.[1] ?? howl.file, howl.volume]));
}

/** The music loop's volume once its fade-in is over: the same twice, 300 ms apart. */
async function steadyMusicVolume(page: Page): Promise<number> {
  const musicVolume = async () => (await howls(page)).find((howl) => howl.music)?.volume ?? -1;
  let volume = -1;
  await expect
    .poll(
      async () => {
        volume = await musicVolume();
        await page.waitForTimeout(300);
        return volume > 0 && volume === (await musicVolume());
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return volume;
}

const menu = (page: Page) => page.getByRole('dialog', { name: 'Paused' });

async function openMenu(page: Page): Promise<Locator> {
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeVisible();
  return menu(page);
}

/** A slider's value, in its aria-valuetext and in the words shown beside it. */
async function expectShows(slider: Locator, words: string): Promise<void> {
  await expect(slider).toHaveAttribute('aria-valuetext', words);
  // The words shown beside the slider, in its row (the slider's parent).
  await expect(slider.locator('xpath=..')).toContainText(words);
}

test.describe('volumes', () => {
  test('music and effects each have a slider that applies at once and is remembered; silent music is never downloaded', async ({ page }) => {
    const musicRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('music-loop')) musicRequests.push(request.url());
    });
    await page.goto('./?story=first-meeting');
    await expect(choices(page).first()).toBeVisible();
    // The effects loaded at the default effects volume.
    await expect.poll(async () => Object.keys(await effectVolumes(page))).toEqual(expect.arrayContaining(['meeting-start', 'choose']));
    const before = await effectVolumes(page);

    let dialog = await openMenu(page);
    const music = dialog.getByRole('slider', { name: 'Music volume' });
    const effects = dialog.getByRole('slider', { name: 'Effects volume' });
    await expect(music).toHaveValue('50');
    await expectShows(music, '50%');
    await expect(effects).toHaveValue('80');
    await expectShows(effects, '80%');

    // By keyboard: Home takes music to 0; five steps left take effects from 80 to 30.
    await music.focus();
    await page.keyboard.press('Home');
    await expect(music).toHaveValue('0');
    await expectShows(music, '0%');
    await effects.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect(effects).toHaveValue('30');
    await expectShows(effects, '30%');

    // The effects follow at once, each in proportion to its own level.
    for (const [key, volume] of Object.entries(before)) {
      await expect.poll(async () => (await effectVolumes(page))[key]).toBeCloseTo((volume * 30) / 80, 3);
    }
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();

    // Remembered across a reload.
    musicRequests.length = 0;
    await page.reload();
    await expect(choices(page).first()).toBeVisible();
    dialog = await openMenu(page);
    await expect(dialog.getByRole('slider', { name: 'Music volume' })).toHaveValue('0');
    await expectShows(dialog.getByRole('slider', { name: 'Music volume' }), '0%');
    await expect(dialog.getByRole('slider', { name: 'Effects volume' })).toHaveValue('30');
    await expectShows(dialog.getByRole('slider', { name: 'Effects volume' }), '30%');
    await page.keyboard.press('Escape');
    for (const [key, volume] of Object.entries(before)) {
      await expect.poll(async () => (await effectVolumes(page))[key]).toBeCloseTo((volume * 30) / 80, 3);
    }

    // A real gesture, a meeting under way, music at 0: the music file is never requested.
    await choices(page).first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as SoundWindow).Howler.ctx?.state)).toBe('running');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(musicRequests).toEqual([]);
    expect((await howls(page)).filter((howl) => howl.music)).toEqual([]);

    // Raised above 0, it loads and plays.
    dialog = await openMenu(page);
    const raised = dialog.getByRole('slider', { name: 'Music volume' });
    await raised.focus();
    await page.keyboard.press('ArrowRight');
    await expectShows(raised, '10%');
    await expect.poll(() => musicRequests.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await howls(page)).filter((howl) => howl.music).map(({ state, playing }) => ({ state, playing })))
      .toEqual([{ state: 'loaded', playing: 1 }]);
  });

  test('the music loops once, after a gesture, at its own volume, however often it is asked for', async ({ page }) => {
    await page.goto('./?story=first-meeting');
    await expect(choices(page).first()).toBeVisible();
    await choices(page).first().click();
    const musicHowls = async () => (await howls(page)).filter((howl) => howl.music);
    await expect.poll(async () => (await musicHowls()).map(({ state, playing, loop, webAudio }) => ({ state, playing, loop, webAudio }))).toEqual([
      { state: 'loaded', playing: 1, loop: true, webAudio: true },
    ]);
    // It fades in to a steady level at the default 50%.
    const steady = await steadyMusicVolume(page);

    // Its slider moves it at once, and the effects stay where they were.
    const effectsBefore = await effectVolumes(page);
    const dialog = await openMenu(page);
    const music = dialog.getByRole('slider', { name: 'Music volume' });
    await music.focus();
    await page.keyboard.press('End');
    await expectShows(music, '100%');
    await expect.poll(async () => (await musicHowls())[0]!.volume).toBeCloseTo(steady * 2, 3);
    expect(await effectVolumes(page)).toEqual(effectsBefore);

    // A restarted meeting asks for music again: still one loop, one instance.
    await dialog.getByRole('button', { name: 'Restart this meeting' }).click();
    await expect(choices(page).first()).toBeVisible();
    await choices(page).first().click();
    await page.waitForTimeout(500);
    expect((await musicHowls()).map(({ playing }) => playing)).toEqual([1]);
  });
});
