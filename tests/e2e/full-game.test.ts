import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerEventCards, clickNamed, focusedName, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

const phase = (page: Page) =>
  page.evaluate(() => window.__nba.session.getState().session?.phase ?? null);

/** Presses Tab until the element named `name` has focus, as a keyboard player would. */
async function tabTo(page: Page, name: string, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('a whole game in the browser', () => {
  it('plays the airline from the title to the scorecard with the mouse', async () => {
    const game = await launchGame({ width: 1366, height: 768 }, { reducedMotion: 'reduce' });
    try {
      const { page } = game;
      await clickNamed(page, 'title.newGame');
      await waitFor(page, 'ScenarioChoice');
      await clickNamed(page, 'choice.start.airline');
      await waitFor(page, 'Briefing');
      await page.click('[data-name="briefing.toPlan"]');
      let quarters = 0;
      while ((await phase(page)) !== 'end') {
        await waitFor(page, 'Plan');
        // An event stops the plan with its card; the quarter commits once it is answered.
        await answerEventCards(page);
        await page.click('[data-name="plan.commit"]');
        await waitFor(page, 'Run');
        await page.waitForTimeout(300);
        await clickNamed(page, 'run.skip');
        await clickNamed(page, 'run.continue');
        await waitFor(page, 'Review');
        quarters++;
        if (quarters === 4) await page.screenshot({ path: `${OUT}full-airline-review-q4.png` });
        await clickNamed(page, 'review.continue');
        await page.waitForFunction(() => {
          const p = window.__nba.session.getState().session?.phase;
          return p === 'plan' || p === 'end';
        });
      }
      await waitFor(page, 'End');
      const session = await page.evaluate(() => {
        const s = window.__nba.session.getState().session!;
        return { played: s.results.length, quarters: s.scenario.quarters, over: s.state.gameOver };
      });
      expect(quarters).toBe(session.played);
      expect(session.played === session.quarters || session.over).toBe(true);
      const scorecard = await page.textContent('[data-scene="End"] section');
      expect(scorecard).toContain(
        await page.evaluate(() => window.__nba.i18n.t('play.end.heading')),
      );
      await page.mouse.move(1, 1);
      await page.screenshot({ path: `${OUT}full-airline-end.png` });
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 400_000);

  it('plays the tutorial in Dutch with the keyboard alone', async () => {
    const game = await launchGame({ width: 1366, height: 768 }, { locale: 'nl-NL' });
    try {
      const { page } = game;
      // A Dutch browser gets the game in Dutch, with nothing to set.
      expect(await page.evaluate(() => window.__nba.i18n.language)).toBe('nl');
      await tabTo(page, 'title.newGame');
      await page.keyboard.press('Enter');
      await waitFor(page, 'ScenarioChoice');
      await tabTo(page, 'choice.start.tutorial');
      await page.keyboard.press('Enter');
      await waitFor(page, 'Briefing');
      await tabTo(page, 'briefing.toPlan');
      await page.keyboard.press('Enter');
      let quarters = 0;
      while ((await phase(page)) !== 'end') {
        await waitFor(page, 'Plan');
        await answerEventCards(page, true);
        await tabTo(page, 'plan.commit');
        await page.keyboard.press('Enter');
        await waitFor(page, 'Run');
        // Faster by key, then skip: focus lands on the way to the review.
        await page.keyboard.press('4');
        await page.waitForTimeout(400);
        if (quarters === 0) await page.screenshot({ path: `${OUT}full-tutorial-run-nl.png` });
        await page.keyboard.press('s');
        await page.waitForFunction(
          () => (document.activeElement as HTMLElement | null)?.dataset.name === 'run.continue',
        );
        await page.keyboard.press('Enter');
        await waitFor(page, 'Review');
        quarters++;
        if (quarters === 2) {
          await page.waitForTimeout(1500);
          await page.screenshot({ path: `${OUT}full-tutorial-review-nl.png` });
        }
        await tabTo(page, 'review.continue');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => {
          const p = window.__nba.session.getState().session?.phase;
          return p === 'plan' || p === 'end';
        });
      }
      await waitFor(page, 'End');
      expect(quarters).toBe(3);
      const heading = await page.textContent('[data-scene="End"] section h1');
      expect(heading).toBe('De eindbalans');
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      await tabTo(page, 'end.debrief');
      await page.screenshot({ path: `${OUT}full-tutorial-end-nl.png` });
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 400_000);
});
