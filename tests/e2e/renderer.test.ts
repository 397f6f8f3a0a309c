import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MOOD_STYLE } from '../../src/ui/run/moodStyle';
import { chooseRenderer } from '../../src/ui/renderer';
import { colors } from '../../src/ui/theme';
import { launchGame } from './browser';
import { decodePng } from './png';

/** Phaser's renderer type constants (Phaser.CANVAS, Phaser.WEBGL). */
const RENDER_TYPE = { canvas: 1, webgl: 2 } as const;

/** Pixels of a screenshot region within a small distance of one of the colours. */
async function pixelsNear(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  hexes: string[],
): Promise<number> {
  const { pixels } = decodePng(await page.screenshot({ clip }));
  const targets = hexes.map((hex) =>
    [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)),
  );
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (targets.some((t) => t.every((v, c) => Math.abs((pixels[i + c] ?? 0) - v) < 24))) count++;
  }
  return count;
}

/** The 32×32 blocks (as "x,y") whose mean colour differs between two RGBA frames by > `limit`. */
function blocksDiffering(a: Uint8Array, b: Uint8Array, width: number, limit: number): string[] {
  const size = 32;
  const height = a.length / 4 / width;
  const differing: string[] = [];
  for (let by = 0; by + size <= height; by += size) {
    for (let bx = 0; bx + size <= width; bx += size) {
      let sum = 0;
      for (let y = by; y < by + size; y++) {
        for (let x = bx; x < bx + size; x++) {
          const i = (y * width + x) * 4;
          for (let c = 0; c < 3; c++) sum += (a[i + c] ?? 0) - (b[i + c] ?? 0);
        }
      }
      if (Math.abs(sum) / (size * size * 3) > limit) differing.push(`${bx},${by}`);
    }
  }
  return differing;
}

/** Loads the game asking for a renderer, and waits for its title. */
async function openTitleWith(page: Page, renderer: 'canvas' | 'webgl'): Promise<void> {
  await page.goto(`${inject('baseUrl')}?renderer=${renderer}`);
  await page.waitForFunction(() => '__nba' in window);
  await page.evaluate(() => window.__nba.waitForReady('Title'));
}

/** Opens the third airline quarter's Run at its busiest moment. */
async function openBusyRun(page: Page): Promise<void> {
  await page.evaluate(() => {
    const hook = window.__nba;
    const store = hook.session.getState;
    store().start('airline', 'normal', 20260101);
    store().beginPlanning();
    for (let q = 0; q < 3; q++) {
      store().commitQuarter();
      if (q < 2) {
        store().finishRun();
        store().continueGame();
      }
    }
    hook.game.scene.getScenes(true)[0]!.scene.start('Run');
  });
  await page.evaluate(() => window.__nba.waitForReady('Run'));
  await page.evaluate(() => {
    const run = window.__nba.game.scene.getScene('Run') as unknown as {
      seek(t: number): void;
      busiest: number;
    };
    run.seek(run.busiest);
    window.__nba.game.scene.pause('Run');
  });
  await page.waitForTimeout(300);
}

describe('renderer', () => {
  it('picks Canvas for software WebGL and WebGL for a real GPU, and uses what it picked', async () => {
    const game = await launchGame();
    try {
      const { renderer, rendererName, type } = await game.page.evaluate(() => ({
        renderer: window.__nba.renderer,
        rendererName: window.__nba.rendererName,
        type: window.__nba.game.renderer.type,
      }));
      expect(renderer).toBe(chooseRenderer(rendererName));
      expect(type).toBe(RENDER_TYPE[renderer]);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  for (const renderer of ['canvas', 'webgl'] as const) {
    it(`draws the title and the customers in their mood colours with ${renderer}`, async () => {
      const game = await launchGame();
      try {
        const { page } = game;
        await openTitleWith(page, renderer);
        expect(await page.evaluate(() => window.__nba.game.renderer.type)).toBe(
          RENDER_TYPE[renderer],
        );
        // The canvas alone (the menu is the page's: hidden for the count) draws the game's
        // name in ink, in large bold type, in the left half.
        await page.evaluate(
          () => (document.getElementById('overlay')!.style.visibility = 'hidden'),
        );
        const inkPixels = await pixelsNear(page, { x: 0, y: 0, width: 683, height: 384 }, [
          colors.ink,
        ]);
        await page.evaluate(() => (document.getElementById('overlay')!.style.visibility = ''));
        expect(inkPixels).toBeGreaterThan(5000);

        await openBusyRun(page);
        // The map below the stage headings holds nothing else in the delighted and unhappy
        // colours (the neutral grey also edges text), so these pixels are customer marks drawn
        // in their mood's colour; marks that lost their colour would leave none.
        const moodPixels = await pixelsNear(page, { x: 20, y: 160, width: 980, height: 500 }, [
          MOOD_STYLE.delighted.css,
          MOOD_STYLE.unhappy.css,
        ]);
        expect(moodPixels).toBeGreaterThan(500);
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }

  it('shows the same Run screen with WebGL as with Canvas, its still parts painted once', async () => {
    const shots: Record<string, { pixels: Uint8Array; backdrops: number }> = {};
    for (const renderer of ['canvas', 'webgl'] as const) {
      const game = await launchGame();
      try {
        const { page } = game;
        await openTitleWith(page, renderer);
        await openBusyRun(page);
        const { pixels } = decodePng(await page.screenshot());
        const backdrops = await page.locator('.stage-backdrop').count();
        shots[renderer] = { pixels, backdrops };
        const software = await page.evaluate(() => window.__nba.softwareWebgl);
        // Under software WebGL the map's cards and names lie on one canvas under the game's.
        expect(backdrops).toBe(software ? 1 : 0);
        await page.evaluate(() => {
          window.__nba.game.scene.resume('Run');
          window.__nba.session.getState().finishRun();
          window.__nba.game.scene.getScene('Run').scene.start('Review');
        });
        await page.evaluate(() => window.__nba.waitForReady('Review'));
        expect(await page.locator('.stage-backdrop').count()).toBe(0);
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    }
    // The same frame but for edge smoothing, compared over 32-pixel blocks so that smoothing
    // evens out (the blocks differ by at most about 3 of 255): a missing backdrop, a card name
    // left out of it or a canvas that hides it moves a block by tens.
    const a = shots.canvas!.pixels;
    const b = shots.webgl!.pixels;
    expect(b.length).toBe(a.length);
    expect(blocksDiffering(a, b, 1366, 8)).toEqual([]);
  });
});
