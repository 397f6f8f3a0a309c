import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TextSize } from '../../src/state/settings';
import { axeViolations, focusedName, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

const PANELS = ['measured', 'drivers', 'heat', 'verbatims', 'trends', 'money', 'gaps'];
const PAGES = ['scores', 'touchpoints', 'comments', 'trends'];

/** Plays the airline's first quarter straight through and opens its Review, drivers worked out. */
async function openReview(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const store = window.__nba.session;
    store.getState().start('airline', 'normal', 20260101);
    store.getState().beginPlanning();
    if (!store.getState().commitQuarter()) throw new Error('commit refused');
    store.getState().finishRun();
    window.__nba.game.scene.getScenes(true)[0]!.scene.start('Review');
    await window.__nba.waitForReady('Review');
  });
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-scene="Review"]')?.textContent ?? '';
    return text !== '' && !text.includes(window.__nba.i18n.t('play.review.driversPending'));
  });
}

/** The Review's panels drawn now (a panel on a page not open has no bounds). */
const panelsShown = (page: Page) =>
  page.evaluate(
    (names) => names.filter((n) => window.__nba.bounds(`review.${n}`) !== null),
    PANELS,
  );

/** The headings of the Review's screen-reader text: every section, whatever page is open. */
const readerHeadings = (page: Page) =>
  page.$$eval('[data-scene="Review"] h2', (h) => h.map((e) => e.textContent ?? ''));

const pressedPage = (page: Page) =>
  page.$$eval('[data-name^="review.page."]', (b) =>
    b.filter((e) => e.getAttribute('aria-pressed') === 'true').map((e) => e.dataset.name),
  );

describe('the Review at a large text size comes in pages', () => {
  for (const textSize of ['projector', 'large'] as TextSize[])
    it(`shows every panel on one of its pages, turned by keyboard, at ${textSize} size`, async () => {
      const game = await launchGame(
        { width: 1366, height: 768 },
        { reducedMotion: 'reduce', locale: 'nl-NL', textSize },
      );
      try {
        const { page } = game;
        await openReview(page);
        const headings = await readerHeadings(page);
        expect(headings.length).toBeGreaterThanOrEqual(9);
        const seen = new Set<string>();
        for (const [i, id] of PAGES.entries()) {
          if (i > 0) {
            // Keyboard: focus the page's button (as Tab or the arrow keys would), then Enter.
            await page.focus(`[data-name="review.page.${id}"]`);
            expect(await focusedName(page)).toBe(`review.page.${id}`);
            await page.keyboard.press('Enter');
            await page.waitForTimeout(200);
          }
          expect(await pressedPage(page)).toEqual([`review.page.${id}`]);
          const shown = await panelsShown(page);
          // A few panels at a time, never one twice, every "?" only with its panel.
          expect(shown.length, `${id}: ${shown.join(', ')}`).toBeGreaterThan(0);
          expect(shown.length).toBeLessThan(4);
          for (const name of shown) {
            expect(seen.has(name), `${name} on one page only`).toBe(false);
            seen.add(name);
          }
          const helps = await page.$$eval('.help-anchor', (a) =>
            a
              .filter((e) => !(e as HTMLElement).hidden)
              .map((e) => e.querySelector('button')!.dataset.name),
          );
          expect(helps.sort()).toEqual(shown.map((n) => `help.review.${n}`).sort());
          // The screen-reader text keeps every figure, whichever page is open.
          expect(await readerHeadings(page)).toEqual(headings);
          expect(await axeViolations(page), `axe on ${id}`).toEqual([]);
          await page.screenshot({ path: `${OUT}review-page-${id}-nl-${textSize}.png` });
        }
        expect([...seen].sort()).toEqual([...PANELS].sort());
        // The button to go on is there on every page.
        expect(await page.evaluate(() => window.__nba.bounds('review.continue'))).not.toBeNull();
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    });

  it('turns to pages when Projector is chosen from the pause menu on the Review, and back', async () => {
    const game = await launchGame({ width: 1366, height: 768 }, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      await openReview(page);
      const choose = async (label: string) => {
        await page.click('[data-name="pause.open"]');
        await page.click('[data-name="pause.settings"]');
        await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
        await page.click('[data-name="settings.done"]');
        await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
        // The scene lays out again on the next frames.
        await page.waitForTimeout(300);
      };
      await choose('Projector');
      expect(await pressedPage(page)).toEqual(['review.page.scores']);
      expect((await panelsShown(page)).sort()).toEqual(['drivers', 'measured']);
      await choose('Normal');
      expect((await panelsShown(page)).sort()).toEqual([...PANELS].sort());
      expect(await page.evaluate(() => window.__nba.bounds('review.page.scores'))).toBeNull();
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('shows every panel on one screen at the normal size, with no page buttons', async () => {
    const game = await launchGame({ width: 1366, height: 768 }, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      await openReview(page);
      expect((await panelsShown(page)).sort()).toEqual([...PANELS].sort());
      for (const id of PAGES) {
        expect(await page.evaluate((n) => window.__nba.bounds(n), `review.page.${id}`)).toBeNull();
        expect(await page.isHidden(`[data-name="review.page.${id}"]`)).toBe(true);
      }
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});
