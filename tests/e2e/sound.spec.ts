import { choices, expect, practise, test } from './fixtures';

interface HowlLike {
  _src: string | string[];
  state(): string;
  on(event: string, fn: () => void): void;
}
type SoundWindow = Window & { Howler: { _howls: HowlLike[]; ctx?: AudioContext; _muted: boolean }; __played: string[] };

test.describe('sound', () => {
  test('plays the real meeting-start and choosing sounds through howler', async ({ page }) => {
    await page.goto('./');
    // howler publishes its globals on window; listen for each sound finishing.
    const listen = () =>
      page.evaluate(() => {
        const w = window as unknown as SoundWindow;
        w.__played = w.__played ?? [];
        for (const howl of w.Howler._howls) {
          const src = String(howl._src);
          const key = /(meeting-start|choose)/.exec(src)?.[1];
          if (key && !(howl as unknown as { __listening?: boolean }).__listening) {
            (howl as unknown as { __listening?: boolean }).__listening = true;
            howl.on('end', () => w.__played.push(key));
          }
        }
        return w.Howler._howls.map((h) => `${String(h._src).replace(/^.*\//, '')}:${h.state()}`);
      });
    await expect.poll(listen).toEqual(expect.arrayContaining([expect.stringMatching(/^meeting-start-.*\.ogg:loaded$/), expect.stringMatching(/^choose-.*\.ogg:loaded$/)]));
    await practise(page, 'Four Hours a Night');
    await expect.poll(() => page.evaluate(() => (window as unknown as SoundWindow).__played)).toContain('meeting-start');
    await choices(page).first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as SoundWindow).__played)).toContain('choose');
    expect(await page.evaluate(() => (window as unknown as SoundWindow).Howler.ctx?.state)).toBe('running');
  });

  test('mutes every sound when switched off', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Sound: on' }).click();
    expect(await page.evaluate(() => (window as unknown as SoundWindow).Howler._muted)).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as SoundWindow).Howler._muted)).toBe(true);
  });
});
