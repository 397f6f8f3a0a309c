import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textSizeFactors } from '../../src/ui/theme';
import { clickNamed, launchGame, type GameBrowser } from './browser';
import { canvasTexts, domTexts, overflowOf } from './textChecks';

/** Each text's rendered size in px (canvas and DOM), by its words (the first of a repeat). */
async function sizesByText(page: Page): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const t of [...(await canvasTexts(page)), ...(await domTexts(page))])
    if (!sizes.has(t.text)) sizes.set(t.text, t.fontPx);
  return sizes;
}

/** Texts shown both times, with the ratio of their sizes (after / before). */
function ratios(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [text, px] of before) {
    const now = after.get(text);
    if (now !== undefined) out.set(text, now / px);
  }
  return out;
}

/** Chooses a text size in the open settings dialog by its label, then closes the dialog. */
async function chooseTextSize(page: Page, label: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.click('[data-name="settings.done"]');
  await page.waitForFunction(() => !document.querySelector('[role="dialog"]'), null, {
    timeout: 5000,
  });
  // The scenes lay out again on the next frames.
  await page.waitForTimeout(300);
}

const headingPx = (page: Page) =>
  page.evaluate(() => {
    const h = document.querySelector('[role="dialog"] h2, [role="dialog"] h1');
    return h ? Number.parseFloat(getComputedStyle(h).fontSize) : NaN;
  });

describe('the text-size setting, changed while playing', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame({ width: 1366, height: 768 }, { reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await game?.close();
  });

  it('redraws the title larger at once when Projector is chosen, every text still inside its frame', async () => {
    const { page } = game;
    const normal = await sizesByText(page);
    expect(normal.size).toBeGreaterThan(3);
    await clickNamed(page, 'title.settings');
    const dialogNormal = await headingPx(page);
    await page.getByRole('dialog').getByLabel('Projector', { exact: true }).click();
    // The dialog's own words follow before it is closed.
    expect(await headingPx(page)).toBeGreaterThan(dialogNormal * 1.2);
    // Done sits over a title button at this size: the press is the dialog's alone.
    await page.click('[data-name="settings.done"]');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() =>
        document.querySelector('[role="dialog"]')?.getAttribute('data-name'),
      ),
      'no dialog opened by a click through Done',
    ).toBeUndefined();

    const projector = await sizesByText(page);
    const grown = ratios(normal, projector);
    expect(grown.size, 'the same texts are shown').toBe(normal.size);
    for (const [text, ratio] of grown) expect(ratio, `"${text}" grows`).toBeGreaterThan(1.1);
    // The largest text (the game's name) follows the factor itself: no floor is involved there.
    const largest = [...normal].sort((a, b) => b[1] - a[1])[0]![0];
    expect(grown.get(largest)).toBeCloseTo(textSizeFactors.projector, 1);

    const size = page.viewportSize()!;
    for (const t of await canvasTexts(page)) {
      if (t.frame)
        expect(overflowOf(t.bounds, t.frame), `"${t.text}" in its frame`).toBeLessThan(2);
      expect(overflowOf(t.bounds, { x: 0, y: 0, ...size }), `"${t.text}" on screen`).toBeLessThan(
        2,
      );
    }
    expect(game.errors).toEqual([]);
  });

  it('follows a size chosen from the pause menu in a game, and Large lies between', async () => {
    const { page } = game;
    await page.evaluate(async () => {
      const store = window.__nba.session;
      store.getState().start('airline', 'normal', 20260101);
      const running = window.__nba.game.scene.getScenes(true)[0]!;
      running.scene.start('Briefing');
      await window.__nba.waitForReady('Briefing');
    });
    await page.waitForTimeout(300);
    const projector = await sizesByText(page);
    expect(projector.size).toBeGreaterThan(10);

    const choose = async (label: string) => {
      await page.click('[data-name="pause.open"]');
      await page.click('[data-name="pause.settings"]');
      await chooseTextSize(page, label);
    };
    await choose('Normal');
    const normal = await sizesByText(page);
    const shrunk = ratios(projector, normal);
    expect(shrunk.size).toBeGreaterThan(10);
    for (const [text, ratio] of shrunk) expect(ratio, `"${text}" shrinks`).toBeLessThan(0.95);

    await choose('Large');
    const large = await sizesByText(page);
    for (const [text, px] of large) {
      const lo = normal.get(text);
      const hi = projector.get(text);
      if (lo === undefined || hi === undefined) continue;
      expect(px, `"${text}" at Large`).toBeGreaterThanOrEqual(lo);
      expect(px, `"${text}" at Large`).toBeLessThanOrEqual(hi);
    }
    // The choice is kept for the next visit.
    expect(await page.evaluate(() => window.__nba.store.getState().textSize)).toBe('large');
    expect(game.errors).toEqual([]);
  });
});
