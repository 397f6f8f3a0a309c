import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, clickNamed, launchGame, type AxeViolation } from './browser';

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

/** Starts a scene from whichever scene runs now, as the scene's own button would. */
async function startScene(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => window.__nba.game.scene.getScenes(true)[0]!.scene.start(k), key);
  await waitFor(page, key);
}

/** axe-core's findings on what is on screen now, every impact, labelled with where they were. */
async function check(page: Page, where: string, found: Record<string, AxeViolation[]>) {
  const violations = await axeViolations(page);
  if (violations.length) found[where] = violations;
}

describe('accessibility on every screen (axe-core, every rule)', () => {
  for (const language of ['en', 'nl'] as const) {
    it(`walks the tutorial from the title to the debrief in ${language}`, async () => {
      const game = await launchGame();
      const found: Record<string, AxeViolation[]> = {};
      try {
        const { page } = game;
        await page.evaluate((l) => window.__nba.store.getState().setLanguage(l), language);
        await check(page, 'title', found);
        for (const dialog of ['settings', 'about']) {
          await page.locator(`[data-name="title.${dialog}"]`).focus();
          await page.keyboard.press('Enter');
          await page.waitForSelector(`[data-name="${dialog}"]`);
          await check(page, `title › ${dialog}`, found);
          await page.keyboard.press('Escape');
        }

        await clickNamed(page, 'title.newGame');
        await waitFor(page, 'ScenarioChoice');
        await check(page, 'scenario choice', found);
        await clickNamed(page, 'choice.start.tutorial');
        await waitFor(page, 'Briefing');
        await check(page, 'briefing', found);
        await page.click('[data-name="briefing.toPlan"]');
        await waitFor(page, 'Plan');
        const tabs = await page.$$eval('[role="tab"]', (t) =>
          t.map((e) => (e as HTMLElement).dataset.name!),
        );
        expect(tabs.length).toBeGreaterThanOrEqual(6);
        for (const tab of tabs) {
          await page.click(`[data-name="${tab}"]`);
          await check(page, `plan › ${tab}`, found);
        }
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-name="pause"]');
        await check(page, 'pause menu', found);
        await page.click('[data-name="pause.settings"]');
        await page.waitForSelector('[data-name="settings"]');
        await check(page, 'pause › settings', found);
        await page.keyboard.press('Escape');

        await page.click('[data-name="plan.commit"]');
        await waitFor(page, 'Run');
        await page.waitForTimeout(500);
        await check(page, 'run', found);
        await clickNamed(page, 'run.skip');
        await clickNamed(page, 'run.continue');
        await waitFor(page, 'Review');
        await page.waitForTimeout(1500);
        await check(page, 'review', found);

        // The screen reader's money heading counts in the chart's own unit (thousands here).
        const headings = await page.$$eval('[data-scene="Review"] h2', (h) =>
          h.map((e) => e.textContent ?? ''),
        );
        const money = await page.evaluate(() => ({
          thousands: window.__nba.i18n.t('play.review.moneyThousands'),
          millions: window.__nba.i18n.t('play.review.money'),
        }));
        expect(headings).toContain(money.thousands);
        expect(headings).not.toContain(money.millions);

        // The rest of the game through the store, then its scorecard and debrief.
        await page.evaluate(() => {
          const store = window.__nba.session;
          store.getState().continueGame();
          while (!store.getState().session!.state.finished) {
            store.getState().commitQuarter();
            store.getState().finishRun();
            if (!store.getState().session!.state.finished) store.getState().continueGame();
          }
          store.getState().continueGame();
        });
        await startScene(page, 'End');
        await page.waitForTimeout(500);
        await check(page, 'end', found);
        await clickNamed(page, 'end.debrief');
        await waitFor(page, 'Debrief');
        await check(page, 'debrief', found);

        expect(found).toEqual({});
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    }, 300_000);
  }
});
