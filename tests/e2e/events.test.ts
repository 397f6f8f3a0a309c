import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, focusedName, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const CARD = '[data-name="event-card"]';

/**
 * The tutorial's first quarter played through the store, then its second quarter's plan on
 * screen: the quarter its rainy week strikes. `change` may edit the session before the plan opens.
 */
async function planWithEvent(page: Page, language: 'en' | 'nl' = 'en'): Promise<void> {
  await page.evaluate((lang) => {
    window.__nba.store.getState().setLanguage(lang);
    const store = window.__nba.session;
    store.getState().start('tutorial', 'normal', 20260101);
    store.getState().beginPlanning();
    if (!store.getState().commitQuarter()) throw new Error('commit refused');
    store.getState().finishRun();
    store.getState().continueGame();
    const running = window.__nba.game.scene.getScenes(true)[0]!;
    running.scene.start('Plan');
  }, language);
  await page.evaluate(() => window.__nba.waitForReady('Plan'));
}

const session = (page: Page) =>
  page.evaluate(() => {
    const s = window.__nba.session.getState().session!;
    return {
      phase: s.phase,
      events: s.draft.events,
      answered: s.answeredEvents,
      active: Object.keys(s.state.company.activeEvents),
    };
  });

const commitDisabled = (page: Page) =>
  page.getAttribute('[data-name="plan.commit"]', 'aria-disabled');

/** Whether focus is inside the open event card. */
const focusInCard = (page: Page) =>
  page.evaluate(
    (selector) => document.querySelector(selector)?.contains(document.activeElement) ?? false,
    CARD,
  );

describe('events on the plan', () => {
  it('stops the plan with a card answered by keyboard; the commit waits and says why', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await planWithEvent(page);
      expect((await session(page)).active).toEqual(['rainyWeek']);

      // A real modal dialog, named by the event, with focus inside it.
      const card = page.locator(CARD);
      await card.waitFor();
      expect(await card.getAttribute('role')).toBe('dialog');
      expect(await card.getAttribute('aria-modal')).toBe('true');
      expect(await card.locator('h2').textContent()).toBe(
        await page.evaluate(() => window.__nba.i18n.t('level-tutorial.event.rainyWeek.name')),
      );
      expect(await focusInCard(page)).toBe(true);
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        expect(await focusInCard(page)).toBe(true);
      }
      // The level's responses and "no response", with their costs.
      const options = await card
        .locator('input[type="radio"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(options).toEqual(['extraMechanic', 'honestMessage', 'none']);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}event-card-en.png` });
      expect(await axeViolations(page)).toEqual([]);

      // Escape closes it unanswered (not the pause menu): the commit is unavailable and says why.
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      expect(await page.locator('[data-name="pause"]').count()).toBe(0);
      expect(await commitDisabled(page)).toBe('true');
      const waiting = await page.textContent('[data-name="plan.waiting"]');
      expect(waiting).toContain('A week of rain and punctures');
      expect(await page.getAttribute('[data-name="plan.commit"]', 'aria-describedby')).toBe(
        'plan-waiting',
      );
      await page.screenshot({ path: `${OUT}event-waiting-en.png` });
      // Pressing commit (it keeps focus, to say why) does not play the quarter: the card comes back.
      await page.focus('[data-name="plan.commit"]');
      await page.keyboard.press('Enter');
      await card.waitFor();
      expect((await session(page)).phase).toBe('plan');

      // Enter without a choice asks for one; a choice and Enter answer it.
      await page.focus('[data-name="event.response.extraMechanic"]');
      await page.keyboard.press('Enter');
      expect(await page.textContent('[data-name="event.missing"]')).not.toBe('');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      expect(await focusedName(page)).toBe('event.response.honestMessage');
      await page.keyboard.press('Enter');
      await card.waitFor({ state: 'detached' });
      const after = await session(page);
      expect(after.events).toEqual({ rainyWeek: 'honestMessage' });
      expect(after.answered).toEqual(['rainyWeek']);
      expect(await commitDisabled(page)).toBeNull();
      expect(await page.isHidden('[data-name="plan.waiting"]')).toBe(true);
      // Focus is back on the plan, not on the commit (a second Enter must not end the quarter):
      // in the tutorial, on the coach's step (here one to read), which the card had covered.
      expect(await focusedName(page)).toBe('coach.next');

      // The Events tab shows the answer; the quarter now commits with it.
      await page.click('[data-name="plan.tab.events"]');
      expect(await page.isChecked('[data-name="events.rainyWeek=honestMessage"]')).toBe(true);
      await page.click('[data-name="plan.commit"]');
      await page.evaluate(() => window.__nba.waitForReady('Run'));
      const log = await page.evaluate(
        () => window.__nba.session.getState().session!.log.at(-1)!.events,
      );
      expect(log).toEqual({ rainyWeek: 'honestMessage' });
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('asks in Dutch, takes "no response" as an answer, and keeps it across save and continue', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await planWithEvent(page, 'nl');
      const card = page.locator(CARD);
      await card.waitFor();
      expect(await card.locator('legend').textContent()).toBe('Hoe reageer je?');
      expect(await card.locator('[data-name="event.confirm"]').textContent()).toBe('Besluiten');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}event-card-nl.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await page.textContent('[data-name="plan.waiting"]')).toContain('Beantwoord eerst');
      // A real click on the unavailable button (marked aria-disabled) brings the card back.
      await page.click('[data-name="plan.commit"]', { force: true });
      await page.click('[data-name="event.response.none"]');
      await page.click('[data-name="event.confirm"]');
      await card.waitFor({ state: 'detached' });
      expect(await session(page)).toMatchObject({ events: {}, answered: ['rainyWeek'] });
      expect(await commitDisabled(page)).toBeNull();

      // Saved and continued: the answer holds, no card comes back.
      await page.evaluate(() => {
        window.__nba.session.getState().saveAndQuit();
        window.__nba.session.getState().resume();
        window.__nba.game.scene.getScenes(true)[0]!.scene.start('Plan');
      });
      await page.evaluate(() => window.__nba.waitForReady('Plan'));
      expect(await page.locator(CARD).count()).toBe(0);
      expect(await commitDisabled(page)).toBeNull();
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('informs and is dismissed when an event offers nothing to answer', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      // The same event, as a level might write it without responses.
      await page.evaluate(() => {
        const store = window.__nba.session;
        store.getState().start('tutorial', 'normal', 20260101);
        const s = store.getState().session!;
        const scenario = structuredClone(s.scenario);
        scenario.events[0]!.responses = [];
        store.setState({ session: { ...s, scenario } });
        store.getState().beginPlanning();
        store.getState().commitQuarter();
        store.getState().finishRun();
        store.getState().continueGame();
        window.__nba.game.scene.getScenes(true)[0]!.scene.start('Plan');
      });
      await page.evaluate(() => window.__nba.waitForReady('Plan'));
      const card = page.locator(CARD);
      await card.waitFor();
      expect(await card.locator('input').count()).toBe(0);
      expect(await focusedName(page)).toBe('event.confirm');
      expect(await commitDisabled(page)).toBe('true');
      await page.keyboard.press('Enter');
      await card.waitFor({ state: 'detached' });
      expect(await session(page)).toMatchObject({ events: {}, answered: ['rainyWeek'] });
      expect(await commitDisabled(page)).toBeNull();
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});
