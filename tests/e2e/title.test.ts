import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng } from './png';
import {
  clickNamed,
  focusedName,
  launchGame,
  openTitle,
  seriousAxeViolations,
  type GameBrowser,
} from './browser';

const TITLE_BUTTONS = [
  'title.newGame',
  'title.continue',
  'title.tutorial',
  'title.joinClass',
  'title.practice',
  'title.settings',
  'title.about',
];

describe('title screen', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
  });
  afterAll(async () => {
    await game?.close();
  });

  it('boots to the title with no console error', async () => {
    expect(await game.page.evaluate(() => window.__nba.isReady('Title'))).toBe(true);
    expect(game.errors).toEqual([]);
  });

  it('boots through Boot and Preload, whose bar follows the loader to the end', async () => {
    const { page } = game;
    const order = await page.evaluate(() => window.__nba.readyOrder());
    expect(order.slice(0, 2)).toEqual(['Preload', 'Title']);
    const progress = await page.evaluate(() => window.__nba.preloadProgress());
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]!);
    // Every interface sound reaches howler once loaded; they load from Preload's copies.
    await page.waitForFunction(() => window.__nba.audio.describe().loaded.includes('select'));
  });

  it('places its texts by the font metrics Phaser itself would measure', async () => {
    // The game measures each font once and hands Phaser the figures; they must be Phaser's own.
    const compared = await game.page.evaluate(() => {
      const title = window.__nba.game.scene.getScene('Title');
      // The name, the tagline and the motto: each in a font of its own (the menu is the page's).
      const texts = title.children.list.filter(
        (o): o is Phaser.GameObjects.Text => o.type === 'Text',
      );
      return texts.map((text) => {
        const { fontFamily, fontSize, fontStyle } = text.style;
        const fresh = title.add.text(0, 0, 'x', { fontFamily, fontSize, fontStyle });
        const result = {
          font: `${fontStyle} ${fontSize} ${fontFamily}`,
          given: text.style.getTextMetrics(),
          measured: fresh.style.getTextMetrics(),
        };
        fresh.destroy();
        return result;
      });
    });
    expect(new Set(compared.map(({ font }) => font)).size).toBe(3);
    for (const { given, measured } of compared) expect(given).toEqual(measured);
  });

  it('shows the seven menu buttons where the layout puts them, with Continue disabled without a save', async () => {
    const names = await game.page.evaluate(() => window.__nba.names());
    expect(names).toEqual(expect.arrayContaining(TITLE_BUTTONS));
    for (const name of TITLE_BUTTONS) {
      const box = await game.page.evaluate((n) => window.__nba.bounds(n), name);
      expect(box, name).not.toBeNull();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
      // The button on the page is the box the layout gave it, and its label stays inside it.
      const drawn = await game.page.locator(`[data-name="${name}"]`).evaluate((b) => {
        const r = b.getBoundingClientRect();
        return {
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
          overflows: b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight,
        };
      });
      expect(drawn.box).toEqual(box);
      expect(drawn.overflows, name).toBe(false);
    }
    const continueProxy = game.page.locator('[data-name="title.continue"]');
    await expect(continueProxy.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(
      game.page.locator('[data-name="title.newGame"]').getAttribute('aria-disabled'),
    ).resolves.toBe('false');
  });

  it('gives screen readers the heading and introduction drawn on the canvas', async () => {
    const { page } = game;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Not By Accident');
    const tagline = await page.evaluate(() => window.__nba.i18n.t('title.tagline'));
    expect(await page.getByText(tagline).count()).toBe(1);
  });

  it('reaches every title button by Tab alone, in order, and back with Shift+Tab', async () => {
    const { page } = game;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: (string | null)[] = [];
    for (let i = 0; i < TITLE_BUTTONS.length; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedName(page));
    }
    expect(seen).toEqual(TITLE_BUTTONS);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('title.settings');
  });

  it('moves between menu buttons with the arrow keys, wrapping around', async () => {
    const { page } = game;
    await page.locator('[data-name="title.newGame"]').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('title.continue');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('title.about');
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe('title.newGame');
  });

  it('draws the focus ring only while the button has focus', async () => {
    const { page } = game;
    const focusColour = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-focus').trim(),
    );
    const ringPixels = async () => {
      const box = await page.evaluate(() => window.__nba.bounds('title.about'));
      const shot = await page.screenshot({
        clip: { x: box!.x - 10, y: box!.y - 10, width: box!.width + 20, height: box!.height + 20 },
      });
      return countColour(shot, focusColour);
    };
    await page.locator('[data-name="title.newGame"]').focus();
    const without = await ringPixels();
    await page.locator('[data-name="title.about"]').focus();
    await page.waitForTimeout(100);
    const withRing = await ringPixels();
    expect(without).toBe(0);
    expect(withRing).toBeGreaterThan(200);
  });

  it('leaves focus where it was when a button is pressed with the mouse, and shows the press, as on the canvas', async () => {
    const { page } = game;
    await page.locator('[data-name="title.newGame"]').focus();
    const box = await page.evaluate(() => window.__nba.bounds('title.about'));
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.down();
    expect(await focusedName(page)).toBe('title.newGame');
    // Pressed, it sits lower; the pointer leaving it lifts it again, and no click follows.
    const about = page.locator('[data-name="title.about"]');
    const pressed = () => about.evaluate((b) => b.classList.contains('menu-button--pressed'));
    expect(await pressed()).toBe(true);
    await page.mouse.move(1, 1);
    expect(await pressed()).toBe(false);
    await page.mouse.up();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('opens About with Enter, closes it with Escape and returns focus to the button', async () => {
    const { page } = game;
    await page.locator('[data-name="title.about"]').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getAttribute('data-name')).resolves.toBe('about');
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // Focus stays inside the dialog however often Tab is pressed.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(
        true,
      );
    }
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await focusedName(page)).toBe('title.about');
  });

  it('opens Settings by a real click on its button', async () => {
    const { page } = game;
    await clickNamed(page, 'title.settings');
    await expect(page.getByRole('dialog').getAttribute('data-name')).resolves.toBe('settings');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('opens the scenario choice from New game', async () => {
    const { page } = game;
    await clickNamed(page, 'title.newGame');
    await page.waitForFunction(() => window.__nba.game.scene.isActive('ScenarioChoice'));
    expect(game.errors).toEqual([]);
  });

  it('has no serious or critical accessibility violations on the title, Settings and About', async () => {
    const { page } = game;
    await page.reload();
    await page.evaluate(() => window.__nba.waitForReady('Title'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('[data-name="title.settings"]').focus();
    await page.keyboard.press('Enter');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('[data-name="title.about"]').focus();
    await page.keyboard.press('Enter');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('leaving a continued game', () => {
  it('Continue, Menu, Save and quit, then New game opens the scenario choice', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      // A saved game at its plan, so the title offers Continue.
      await page.evaluate(() => {
        const store = window.__nba.session.getState;
        store().start('tutorial', 'normal', 20260105);
        store().beginPlanning();
        store().save();
        store().leave();
      });
      await openTitle(page, true);
      await clickNamed(page, 'title.continue');
      await page.evaluate(() => window.__nba.waitForReady('Plan'));
      await page.click('[data-name="pause.open"]');
      await page.click('[data-name="pause.saveQuit"]');
      await page.evaluate(() => window.__nba.waitForReady('title-ready'));
      await clickNamed(page, 'title.newGame');
      await page.waitForFunction(() => window.__nba.game.scene.isActive('ScenarioChoice'));
      await page.evaluate(() => window.__nba.waitForReady('ScenarioChoice'));
      // The choice stays on screen, with no game resumed behind it.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.__nba.game.scene.isActive('ScenarioChoice'))).toBe(
        true,
      );
      expect(await page.evaluate(() => window.__nba.session.getState().session)).toBeNull();
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});

describe('the Tutorial button', () => {
  it('replays the guided tutorial from its first step, by keyboard, whatever was played before', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      // A saved airline game: the Tutorial must not resume it.
      await page.evaluate(() => {
        const store = window.__nba.session.getState;
        store().start('airline', 'normal', 20260105);
        store().beginPlanning();
        store().save();
        store().leave();
      });
      await openTitle(page, true);
      // Screen readers hear the button's name and what it starts.
      const button = page.getByRole('button', { name: 'Tutorial', exact: true });
      expect(await button.getAttribute('data-name')).toBe('title.tutorial');
      const described = await button.evaluate((b) =>
        (b.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      expect(described).toMatch(/guided first game/);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('title.tutorial');
      await page.keyboard.press('Enter');
      await page.evaluate(() => window.__nba.waitForReady('Briefing'));
      const session = await page.evaluate(() => {
        const s = window.__nba.session.getState().session!;
        return { scenario: s.scenario.id, phase: s.phase, played: s.log.length };
      });
      expect(session).toEqual({ scenario: 'tutorial', phase: 'briefing', played: 0 });
      // The coach is up at its first step, read out through its live region.
      await page.waitForFunction(() => {
        const card = document.querySelector<HTMLElement>('[data-name="coach"]');
        return card && !card.hidden && card.dataset.step === 'welcome';
      });
      expect(await page.textContent('[data-name="coach"] [aria-live]')).toMatch(/step 1 of/i);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});

/** Counts the pixels of a PNG screenshot that are close to a colour. */
function countColour(png: Buffer, hex: string): number {
  const { pixels } = decodePng(png);
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const close = target.every(
      (value, channel) => Math.abs((pixels[i + channel] ?? 0) - value) < 24,
    );
    if (close) count++;
  }
  return count;
}

describe('title screen before the rest of the game has loaded', () => {
  let game: GameBrowser;
  afterAll(async () => {
    await game?.close();
  });

  it('draws without the game bundle, and New game pressed then opens the choice once it arrives', async () => {
    game = await launchGame();
    const { page } = game;
    // Hold the second bundle back until New game has been pressed.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/playScenes-[\w-]+\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.reload();
    await page.locator('[data-name="title.newGame"]').waitFor({ state: 'attached' });
    await expect.poll(() => requested).toBe(true);
    // The hook reports the title only once the game has loaded too.
    expect(await page.evaluate(() => window.__nba.isReady('Title'))).toBe(false);

    await clickNamed(page, 'title.newGame');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__nba.game.scene.isActive('Title'))).toBe(true);
    release();
    await page.evaluate(() => window.__nba.waitForReady('ScenarioChoice'));
    expect(await page.evaluate(() => window.__nba.game.scene.isActive('Title'))).toBe(false);
    expect(game.errors).toEqual([]);
  });

  it("asks for each of Preload's sounds once, from the script, and howler plays those bytes", async () => {
    const { page } = game;
    const asked: string[] = [];
    const count = (request: { url(): string }) => {
      const name = /\/(select|confirm|warning)-[\w-]+\.wav$/.exec(request.url())?.[1];
      if (name) asked.push(name);
    };
    page.on('request', count);
    await page.reload();
    await page.evaluate(() => window.__nba.waitForReady('Title'));
    await page.waitForFunction(() =>
      ['select', 'confirm', 'warning'].every((n) =>
        window.__nba.audio.describe().loaded.includes(n),
      ),
    );
    page.off('request', count);
    // Not preloaded by the page (that slowed Phaser's arrival), and not asked for again later.
    expect(await page.locator('link[rel="preload"]').count()).toBe(0);
    expect(asked.sort()).toEqual(['confirm', 'select', 'warning']);
    expect(game.errors).toEqual([]);
  });

  it('says "Loading…" over the bar once the first sounds are slow to come, then goes on', async () => {
    const { page } = game;
    // The three interface sounds Preload loads, held back.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/(select|confirm|warning)-[\w-]+\.wav$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    const loadingShown = () =>
      page.evaluate(() => {
        const preload = window.__nba.game.scene.getScene('Preload');
        const words = window.__nba.i18n.t('common.loading');
        return (
          preload.load.isLoading() &&
          preload.children.list.some(
            (o) => o instanceof Phaser.GameObjects.Text && o.text === words,
          )
        );
      });
    // A scene still loading is not yet "active" to Phaser; its loader says so.
    await page.waitForFunction(() =>
      window.__nba?.game.scene.getScene('Preload')?.load.isLoading(),
    );
    await expect.poll(loadingShown, { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => window.__nba.game.scene.isActive('Title'))).toBe(false);
    release();
    await page.evaluate(() => window.__nba.waitForReady('title-ready'));
    await page.unrouteAll();
    expect(game.errors).toEqual([]);
  });
});
