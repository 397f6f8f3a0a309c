import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickNamed, focusedName, launchGame, openTitle, type GameBrowser } from './browser';

const locale = (language: string, file: string) =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../src/i18n/locales/${language}/${file}.json`, import.meta.url)),
      'utf8',
    ),
  ) as Record<string, string>;
const titleEn = locale('en', 'title');
const titleNl = locale('nl', 'title');
const settingsNl = locale('nl', 'settings');

describe('settings', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
  });
  afterAll(async () => {
    await game?.close();
  });

  // The title's menu buttons, in their order on the page.
  const menuLabels = () =>
    game.page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button[data-name^="title."]')).map(
        (b) => b.textContent,
      ),
    );
  const titleText = () =>
    game.page.evaluate(() => {
      const scene = window.__nba.game.scene.getScene('Title') as unknown as {
        children: { list: { type: string; text?: string }[] };
      };
      return scene.children.list.filter((o) => o.type === 'Text').map((o) => o.text);
    });

  it('switches to Nederlands and back by real clicks; every text and <html lang> follow', async () => {
    const { page } = game;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await clickNamed(page, 'title.settings');
    await page.getByLabel('Nederlands').click();

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.getByRole('dialog').getByRole('heading').textContent()).toBe(
      settingsNl.title,
    );
    expect(await menuLabels()).toEqual([
      titleNl.newGame,
      titleNl.continue,
      titleNl.tutorial,
      titleNl.joinClass,
      titleNl.practice,
      titleNl.settings,
      titleNl.about,
    ]);
    expect(await titleText()).toEqual(expect.arrayContaining([titleNl.tagline, titleNl.motto]));

    await page.getByLabel('English').click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await menuLabels()).toEqual([
      titleEn.newGame,
      titleEn.continue,
      titleEn.tutorial,
      titleEn.joinClass,
      titleEn.practice,
      titleEn.settings,
      titleEn.about,
    ]);
    expect(await titleText()).toEqual(expect.arrayContaining([titleEn.tagline]));
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(game.errors).toEqual([]);
  });

  it('switches to Nederlands and back with the keyboard alone', async () => {
    const { page } = game;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // New game, Continue, Tutorial, Join a class, Practice for CCXP, then Settings.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('title.settings');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('settings.language.en');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.evaluate(() => window.__nba.store.getState().language)).toBe('nl');
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.keyboard.press('Escape');
    expect(await focusedName(page)).toBe('title.settings');
  });

  it('puts focus on the language in use when it opens, not on the first one', async () => {
    const { page } = game;
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    await page.locator('[data-name="title.settings"]').focus();
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('settings.language.nl');
    // Shift+Tab from the first control wraps to the last, Tab comes back to the language.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('settings.done');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('settings.language.nl');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
  });

  it('toggles sound, and howler follows the store', async () => {
    const { page } = game;
    await clickNamed(page, 'title.settings');
    const toggle = page.locator('[data-name="settings.soundOn"]');
    expect(await toggle.isChecked()).toBe(true);
    expect(await page.evaluate(() => window.__nba.audio.describe().muted)).toBe(false);
    await toggle.click();
    expect(await page.evaluate(() => window.__nba.store.getState().soundOn)).toBe(false);
    expect(await page.evaluate(() => window.__nba.audio.describe().muted)).toBe(true);
    await toggle.press('Space');
    expect(await page.evaluate(() => window.__nba.audio.describe().muted)).toBe(false);
    await page.keyboard.press('Escape');
  });

  it('loads every sound and plays the title loop', async () => {
    const every = [
      'ambient-play',
      'ambient-title',
      'bad',
      'commit',
      'confirm',
      'event',
      'good',
      'select',
      'warning',
    ];
    // The ambient loops load after the title is up; wait until every sound has arrived.
    await game.page.waitForFunction(
      (count) => window.__nba.audio.describe().loaded.length === count,
      every.length,
    );
    const audio = await game.page.evaluate(() => window.__nba.audio.describe());
    expect(audio.registered).toEqual(every);
    expect(audio.loaded).toEqual(every);
    expect(audio.loop).toBe('ambient-title');
    // The first real gesture unlocks Web Audio, as browsers require.
    await clickNamed(game.page, 'title.newGame');
    await game.page.waitForFunction(() => window.__nba.audio.describe().context === 'running');
  });

  it('remembers language, sound, volume and reduced motion across a reload', async () => {
    const { page } = game;
    // New game above left the title for the scenario choice.
    await openTitle(page, true);
    await clickNamed(page, 'title.settings');
    await page.getByLabel('Nederlands').click();
    await page.locator('[data-name="settings.soundOn"]').uncheck();
    await page.locator('[data-name="settings.volume"]').fill('35');
    await page.locator('[data-name="settings.reducedMotion"]').check();
    await page.keyboard.press('Escape');

    await openTitle(page, true);
    // Howler arrives with the first sound, just after the title is up.
    await page.waitForFunction(() => window.__nba.audio.describe().muted !== null);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.evaluate(() => window.__nba.store.getState())).toMatchObject({
      language: 'nl',
      soundOn: false,
      volume: 0.35,
      reducedMotion: true,
    });
    expect(await page.evaluate(() => window.__nba.audio.describe())).toMatchObject({
      muted: true,
      volume: 0.35,
    });
    expect(await page.getAttribute('html', 'data-reduced-motion')).toBe('true');
    expect(await menuLabels()).toEqual([
      titleNl.newGame,
      titleNl.continue,
      titleNl.tutorial,
      titleNl.joinClass,
      titleNl.practice,
      titleNl.settings,
      titleNl.about,
    ]);

    await clickNamed(page, 'title.settings');
    expect(await page.locator('[data-name="settings.language.nl"]').isChecked()).toBe(true);
    expect(await page.locator('[data-name="settings.volume"]').inputValue()).toBe('35');
    await page.keyboard.press('Escape');
    expect(game.errors).toEqual([]);
  });
});

describe('reduced motion', () => {
  it('defaults to the system preference and then stops the title animation', async () => {
    const game = await launchGame({ width: 1366, height: 768 }, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      expect(await page.getAttribute('html', 'data-reduced-motion')).toBe('true');
      const frame = () => page.screenshot({ clip: { x: 600, y: 100, width: 760, height: 660 } });
      const first = await frame();
      await page.waitForTimeout(600);
      expect((await frame()).equals(first)).toBe(true);

      await clickNamed(page, 'title.settings');
      await page.locator('[data-name="settings.reducedMotion"]').uncheck();
      await page.keyboard.press('Escape');
      const moving = await frame();
      await page.waitForTimeout(600);
      expect((await frame()).equals(moving)).toBe(false);
    } finally {
      await game.close();
    }
  });
});
