import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerEventCards,
  clickNamed,
  focusedName,
  launchGame,
  seriousAxeViolations,
} from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** Plays `quarters` quarters through the store (the planning screens are tested elsewhere). */
async function playThroughStore(page: Page, scenario: string, quarters: number): Promise<void> {
  await page.evaluate(
    ({ scenario, quarters }) => {
      const store = window.__nba.session;
      store.getState().start(scenario, 'normal', 20260101);
      store.getState().beginPlanning();
      for (let q = 0; q < quarters; q++) {
        if (!store.getState().commitQuarter()) throw new Error('commit refused');
        if (q < quarters - 1) {
          store.getState().finishRun();
          store.getState().continueGame();
        }
      }
    },
    { scenario, quarters },
  );
}

/** Starts a scene from whichever scene is running now, as a scene's own button would. */
async function startScene(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => {
    const game = window.__nba.game;
    const running = game.scene.getScenes(true)[0]!;
    running.scene.start(k);
  }, key);
  await page.evaluate((k) => window.__nba.waitForReady(k), key);
}

const quarterTime = (page: Page) =>
  page.evaluate(
    () =>
      (window.__nba.game.scene.getScene('Run') as unknown as { quarterTime: number }).quarterTime,
  );

const playSpeed = (page: Page) =>
  page.evaluate(
    () => (window.__nba.game.scene.getScene('Run') as unknown as { playSpeed: number }).playSpeed,
  );

describe('the quarter on screen, its review and the end', () => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`plays a quarter, reviews it and reaches the scorecard at ${size.width}×${size.height}`, async () => {
      const game = await launchGame(size);
      try {
        const { page } = game;
        const suffix = `${size.width}x${size.height}`;
        await playThroughStore(page, 'airline', 3);
        await startScene(page, 'Run');
        await page.mouse.move(1, 1);

        // Speed by key and by mouse; time moves on while the quarter plays.
        await page.keyboard.press('4');
        expect(await playSpeed(page)).toBe(4);
        await clickNamed(page, 'run.speed2');
        expect(await playSpeed(page)).toBe(2);
        const t0 = await quarterTime(page);
        await page.waitForTimeout(600);
        expect(await quarterTime(page)).toBeGreaterThan(t0);
        // Mid-quarter for the screenshot: the busy middle, with an event card if one is due.
        await page.evaluate(() =>
          (window.__nba.game.scene.getScene('Run') as unknown as { seek(t: number): void }).seek(
            9.5,
          ),
        );
        // Let the card's arrival finish (frames are slow in software WebGL).
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `${OUT}run-${suffix}.png` });

        // The week label follows the quarter's time: the week at the seek, then the last.
        const weekLabel = () =>
          page.evaluate(() => {
            const run = window.__nba.game.scene.getScene('Run') as unknown as {
              weekText: { text: string };
              timeline: { duration: number };
              time0: number;
            };
            const week = Math.min(13, 1 + Math.floor((run.time0 / run.timeline.duration) * 13));
            const words = window.__nba.i18n.t('play.run.week', { week, weeks: 13 });
            return { shown: run.weekText.text, words, week };
          });
        const mid = await weekLabel();
        expect(mid.week).toBeGreaterThan(1);
        expect(mid.shown).toBe(mid.words);

        // Skip by mouse: the quarter ends and focus lands on the way on.
        await clickNamed(page, 'run.skip');
        await page.waitForTimeout(200);
        expect(await focusedName(page)).toBe('run.continue');
        const end = await weekLabel();
        expect(end.week).toBe(13);
        expect(end.shown).toBe(end.words);
        await page.screenshot({ path: `${OUT}run-done-${suffix}.png` });
        await page.keyboard.press('Enter');
        await page.evaluate(() => window.__nba.waitForReady('Review'));
        expect(await page.evaluate(() => window.__nba.session.getState().session?.phase)).toBe(
          'review',
        );
        // The attribution fills in the drivers shortly after the screen is up.
        await page.waitForFunction(() => {
          const text = document.querySelector('[data-scene="Review"]')?.textContent ?? '';
          return text !== '' && !text.includes(window.__nba.i18n.t('play.review.driversPending'));
        });
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${OUT}review-${suffix}.png` });
        const reader = await page.evaluate(
          () => document.querySelector('[data-scene="Review"] section')?.textContent ?? '',
        );
        expect(reader).toContain('NPS');
        expect(await seriousAxeViolations(page)).toEqual([]);

        // Finish the game through the store and see the scorecard.
        await page.evaluate(() => {
          const store = window.__nba.session;
          store.getState().continueGame();
          while (!store.getState().session!.state.finished) {
            store.getState().commitQuarter();
            store.getState().finishRun();
            if (!store.getState().session!.state.finished) store.getState().continueGame();
          }
        });
        await startScene(page, 'Review');
        await clickNamed(page, 'review.continue');
        await page.evaluate(() => window.__nba.waitForReady('End'));
        await page.mouse.move(1, 1);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}end-${suffix}.png` });
        const scorecard = await page.evaluate(
          () => document.querySelector('[data-scene="End"] section')?.textContent ?? '',
        );
        expect(scorecard.length).toBeGreaterThan(50);
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }

  it('plays the hotel through every screen, quarter by quarter, to its scorecard', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await page.evaluate(() => {
        const store = window.__nba.session.getState;
        store().start('hotel', 'normal', 20261123);
        store().beginPlanning();
      });
      await startScene(page, 'Plan');
      const quarters = await page.evaluate(
        () => window.__nba.session.getState().session!.scenario.quarters,
      );
      for (let q = 0; q < quarters; q++) {
        // The company's own plan (and the first response to an event), committed by a click; the
        // quarter skipped by key.
        await answerEventCards(page);
        await page.click('[data-name="plan.commit"]');
        await page.evaluate(() => window.__nba.waitForReady('Run'));
        await page.keyboard.press('s');
        await page.waitForTimeout(100);
        expect(await focusedName(page)).toBe('run.continue');
        await page.keyboard.press('Enter');
        await page.evaluate(() => window.__nba.waitForReady('Review'));
        await clickNamed(page, 'review.continue');
        const phase = await page.evaluate(() => window.__nba.session.getState().session!.phase);
        if (phase === 'end') break;
        await page.evaluate(() => window.__nba.waitForReady('Plan'));
      }
      await page.evaluate(() => window.__nba.waitForReady('End'));
      const results = await page.evaluate(
        () => window.__nba.session.getState().session!.results.length,
      );
      // The company's own plan keeps the hotel afloat: every quarter is played.
      expect(results).toBe(quarters);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('shows the quarter in calm steps when reduced motion is on, in Dutch', async () => {
    const game = await launchGame({ width: 1366, height: 768 }, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
      await playThroughStore(page, 'airline', 1);
      await startScene(page, 'Run');
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `${OUT}run-calm-nl.png` });
      const heading = await page.evaluate(
        () => document.querySelector('[data-scene="Run"] h1')?.textContent ?? '',
      );
      expect(heading).toContain('Kwartaal 1');
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});
