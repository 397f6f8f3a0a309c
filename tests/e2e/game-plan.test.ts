import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerEventCards,
  clickNamed,
  focusedName,
  launchGame,
  openTitle,
  seriousAxeViolations,
} from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

async function waitFor(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => window.__nba.waitForReady(k), key);
}

/** From the title to the plan of the first quarter, by real clicks. */
async function startScenario(page: Page, id: string): Promise<void> {
  await clickNamed(page, 'title.newGame');
  await waitFor(page, 'ScenarioChoice');
  await clickNamed(page, `choice.start.${id}`);
  await waitFor(page, 'Briefing');
  await page.click('[data-name="briefing.toPlan"]');
  await waitFor(page, 'Plan');
  // A random event may strike in the first quarter; its card is answered before planning.
  await answerEventCards(page);
}

/** Presses Tab until the element named `name` has focus (keyboard only, as a player would). */
async function tabTo(page: Page, name: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

const draft = (page: Page) => page.evaluate(() => window.__nba.session.getState().session!.draft);
const spentText = (page: Page) => page.textContent('[data-name="plan.spent"]');

describe('starting a game and planning a quarter', () => {
  it('starts the tutorial from the title by real clicks and sets levers with the mouse', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startScenario(page, 'tutorial');
      const session = await page.evaluate(() => {
        const s = window.__nba.session.getState().session!;
        return { id: s.scenario.id, phase: s.phase, quarter: s.state.quarter };
      });
      expect(session).toEqual({ id: 'tutorial', phase: 'plan', quarter: 0 });

      // A touchpoint on the journey map opens its controls; a redesign costs money at once.
      const before = await spentText(page);
      await clickNamed(page, 'plan.tp.update');
      await page.click('[data-name="journey.touchpoints.update.redesign"]');
      expect((await draft(page)).journey.touchpoints.update!.redesign).toBe(true);
      expect(await spentText(page)).not.toBe(before);

      // A channel, then a pillar tab and a radio button in it.
      await clickNamed(page, 'plan.ch.chat');
      await page.click('[data-name="channels.chat.connected"]');
      await page.click('[data-name="plan.tab.governance"]');
      await page.click('[data-name="governance.owner=team"]');
      const d = await draft(page);
      expect(d.governance.owner).toBe('team');
      await clickNamed(page, 'plan.tp.update');
      await page.mouse.move(1, 1);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${OUT}game-plan-tutorial-1366x768.png` });
      expect(d.channels.chat!.connected).not.toBe(
        await page.evaluate(
          () => window.__nba.session.getState().session!.state.decisions.channels.chat!.connected,
        ),
      );
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('sets levers by keyboard alone: the map’s places, a slider, a tab and a radio group', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startScenario(page, 'tutorial');
      await tabTo(page, 'plan.tp.pickUp');
      await page.keyboard.press('Enter');
      // Focus moves to the touchpoint's controls; its first is the investment slider.
      await tabTo(page, 'journey.touchpoints.pickUp.investment', 5);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect((await draft(page)).journey.touchpoints.pickUp!.investment).toBeGreaterThan(0);
      // Arrow keys walk the map; Enter on a channel selects it.
      await tabTo(page, 'plan.tp.pickUp');
      await page.keyboard.press('ArrowRight');
      expect(await focusedName(page)).toBe('plan.tp.question');
      // The pillar tabs follow the arrow keys; Space picks a radio option.
      await tabTo(page, 'plan.tab.journey');
      await page.keyboard.press('ArrowRight');
      expect(await focusedName(page)).toBe('plan.tab.governance');
      await tabTo(page, 'governance.owner=none');
      await page.keyboard.press('ArrowDown');
      expect((await draft(page)).governance.owner).toBe('team');
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('explains an invalid choice with the engine’s reason, then commits a valid quarter', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startScenario(page, 'tutorial');
      await clickNamed(page, 'plan.tp.booking');
      await page.click('[data-name="journey.touchpoints.booking.removed"]');
      await page.click('[data-name="plan.commit"]');
      const reason = await page.textContent('.plan-refusal');
      expect(reason).toContain(
        await page.evaluate(() =>
          window.__nba.i18n.t('engine.error.notRemovable', {
            touchpoint: 'level-tutorial.touchpoint.booking.name',
          }),
        ),
      );
      expect(await page.evaluate(() => window.__nba.session.getState().session!.phase)).toBe(
        'plan',
      );
      // Undo, commit: the quarter is played and saved.
      await page.click('[data-name="plan.reset"]');
      await page.click('[data-name="plan.commit"]');
      await page.waitForFunction(() => window.__nba.session.getState().session?.phase !== 'plan');
      const played = await page.evaluate(
        () => window.__nba.session.getState().session!.results.length,
      );
      expect(played).toBe(1);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('holds customer promises to three: the other boxes rest until one is unticked', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startScenario(page, 'airline');
      await page.click('[data-name="plan.tab.strategy"]');
      const boxes = page.locator('input[data-name^="strategy.customerPromises="]');
      expect(await boxes.count()).toBeGreaterThan(3);
      for (
        let i = 0;
        (await page.locator('input[data-name^="strategy.customerPromises="]:checked').count()) < 3;
        i++
      ) {
        if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).click();
      }
      const rest = page.locator('input[data-name^="strategy.customerPromises="]:not(:checked)');
      expect(await rest.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await rest.count()); i++)
        expect(await rest.nth(i).isDisabled()).toBe(true);
      // The draft is a plan the engine accepts, so it can always be saved.
      expect(await page.evaluate(() => window.__nba.session.getState().save().ok)).toBe(true);
      await page.locator('input[data-name^="strategy.customerPromises="]:checked').first().click();
      expect(await rest.first().isDisabled()).toBe(false);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('opens the pause menu from the Menu tab by a real click; a screen of a game has one tab', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      expect(await page.locator('[data-name="pause.open"]').count()).toBe(0);
      await startScenario(page, 'airline');
      const tab = page.locator('[data-name="pause.open"]');
      expect(await tab.count()).toBe(1);
      // A real click at the tab's place on screen: nothing of the scene covers it.
      const box = (await tab.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector('[data-name="pause"]');
      await page.click('[data-name="pause.resume"]');
      await page.waitForSelector('[data-name="pause"]', { state: 'detached' });
      // One tab per screen: leaving a scene takes its tab along.
      await page.click('[data-name="plan.commit"]');
      await waitFor(page, 'Run');
      expect(await page.locator('[data-name="pause.open"]').count()).toBe(1);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('Escape pauses; save and quit, reload, Continue: the same plan with the same numbers', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startScenario(page, 'airline');
      await clickNamed(page, 'plan.ch.chat');
      await page.click('[data-name="channels.chat.connected"]');
      const spent = await spentText(page);
      const before = await draft(page);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-name="pause"]');
      await page.click('[data-name="pause.saveQuit"]');
      await waitFor(page, 'Title');
      await openTitle(page, true);
      await clickNamed(page, 'title.continue');
      await waitFor(page, 'Plan');
      expect(await spentText(page)).toBe(spent);
      expect(await draft(page)).toEqual(before);

      // Closing or reloading the page mid-plan keeps the draft too.
      await clickNamed(page, 'plan.tp.checkin');
      await page.click('[data-name="journey.touchpoints.checkin.redesign"]');
      const edited = await draft(page);
      await openTitle(page, true);
      await clickNamed(page, 'title.continue');
      await waitFor(page, 'Plan');
      expect(await draft(page)).toEqual(edited);

      // After a committed quarter, a reload resumes that quarter with identical results.
      await page.click('[data-name="plan.commit"]');
      await page.waitForFunction(() => window.__nba.session.getState().session?.phase !== 'plan');
      const results = await page.evaluate(() =>
        JSON.stringify(window.__nba.session.getState().session!.results),
      );
      await openTitle(page, true);
      await clickNamed(page, 'title.continue');
      await page.waitForFunction(() => window.__nba.session.getState().session !== null);
      const again = await page.evaluate(() =>
        JSON.stringify(window.__nba.session.getState().session!.results),
      );
      expect(again).toBe(results);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('an event happening now is named on the plan and answered under Events', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startScenario(page, 'airline');
      // Play on (through the store) until an event strikes that is not yet answered (one that
      // struck in the first quarter was answered by startScenario), then come back as a player would.
      await page.evaluate(() => {
        const store = window.__nba.session;
        for (let q = 0; q < 6; q++) {
          const s = store.getState().session!;
          const unanswered = Object.keys(s.state.company.activeEvents).filter(
            (id) => !(id in s.draft.events),
          );
          if (unanswered.length > 0) break;
          store.getState().commitQuarter();
          store.getState().finishRun();
          store.getState().continueGame();
        }
        store.getState().save();
      });
      await openTitle(page, true);
      await clickNamed(page, 'title.continue');
      await waitFor(page, 'Plan');
      // Every event still waiting for an answer (one may carry on from an earlier quarter while
      // another strikes now).
      const events = await page.evaluate(() => {
        const s = window.__nba.session.getState().session!;
        return Object.keys(s.state.company.activeEvents)
          .filter((e) => !(e in s.draft.events))
          .map((id) => ({
            id,
            response: s.scenario.events.find((e) => e.id === id)!.responses[0]!.id,
          }));
      });
      expect(events.length).toBeGreaterThan(0);
      // The event's card is up; closed unanswered, the Events tab answers it as well.
      await page.waitForSelector('[data-name="event-card"]');
      await page.keyboard.press('Escape');
      expect(await page.getAttribute('[data-name="plan.commit"]', 'aria-disabled')).toBe('true');
      await page.click('[data-name="plan.tab.events"]');
      for (const event of events) {
        await page.click(`[data-name="events.${event.id}=${event.response}"]`);
        expect((await draft(page)).events[event.id]).toBe(event.response);
      }
      expect(await page.getAttribute('[data-name="plan.commit"]', 'aria-disabled')).toBeNull();
      await page.mouse.move(1, 1);
      await page.screenshot({ path: `${OUT}game-plan-event-1366x768.png` });
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });

  it('screens at 1366×768 and 1920×1080', async () => {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const game = await launchGame(size, { reducedMotion: 'reduce' });
      try {
        const { page } = game;
        const suffix = `${size.width}x${size.height}`;
        await clickNamed(page, 'title.newGame');
        await waitFor(page, 'ScenarioChoice');
        await page.mouse.move(1, 1);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}game-choice-${suffix}.png` });
        expect(await seriousAxeViolations(page)).toEqual([]);
        await clickNamed(page, 'choice.start.airline');
        await waitFor(page, 'Briefing');
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}game-briefing-${suffix}.png` });
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.click('[data-name="briefing.toPlan"]');
        await waitFor(page, 'Plan');
        await answerEventCards(page);
        await clickNamed(page, 'plan.ch.callCentre');
        await page.mouse.move(1, 1);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}game-plan-${suffix}.png` });
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.click('[data-name="plan.tab.strategy"]');
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${OUT}game-plan-strategy-${suffix}.png` });
        // Every text follows a language switch in place.
        await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
        await page.waitForTimeout(200);
        expect(await page.textContent('[data-name="plan.commit"]')).toBe('Kwartaal vastleggen');
        await page.screenshot({ path: `${OUT}game-plan-nl-${suffix}.png` });
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-name="pause"]');
        await page.screenshot({ path: `${OUT}game-pause-${suffix}.png` });
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    }
  });
});

/**
 * Every control of the first group in the options panel that falls below its visible part (the
 * panel would have to scroll to show it), after choosing `place` on the map.
 */
async function controlsOutOfView(page: Page, place: string) {
  await clickNamed(page, place);
  await page.mouse.move(1, 1);
  return page.evaluate(() => {
    const panel = document.getElementById('plan-tabpanel')!;
    const visibleBottom = panel.getBoundingClientRect().top + panel.clientTop + panel.clientHeight;
    const controls = [...panel.querySelectorAll('.control-group')][0]?.querySelectorAll('.control');
    return {
      count: controls?.length ?? 0,
      scrolled: panel.scrollTop,
      hidden: [...(controls ?? [])]
        .filter((c) => c.getBoundingClientRect().bottom > visibleBottom + 0.5)
        .map((c) => (c.textContent ?? '').trim().slice(0, 40)),
    };
  });
}

describe('the plan gives the decisions room', () => {
  for (const locale of ['en-GB', 'nl-NL']) {
    it(`shows all of a channel's and a touchpoint's controls without scrolling at 1366×768 in ${locale}`, async () => {
      const game = await launchGame(
        { width: 1366, height: 768 },
        { reducedMotion: 'reduce', locale },
      );
      try {
        const { page } = game;
        for (const scenario of ['airline', 'hotel']) {
          // As the scene tour does: leave any game, start this one at its briefing, then plan.
          await page.evaluate((id) => {
            const store = window.__nba.session;
            if (store.getState().session) store.getState().leave();
            store.getState().start(id, 'normal', 20260101);
            window.__nba.game.scene.getScenes(true)[0]!.scene.start('Briefing');
          }, scenario);
          await waitFor(page, 'Briefing');
          await page.evaluate(() => {
            window.__nba.session.getState().beginPlanning();
            window.__nba.game.scene.getScenes(true)[0]!.scene.start('Plan');
          });
          await waitFor(page, 'Plan');
          await answerEventCards(page);
          const channels = await page.evaluate(() =>
            window.__nba.session.getState().session!.scenario.channels.map((ch) => ch.id),
          );
          for (const id of channels) {
            const view = await controlsOutOfView(page, `plan.ch.${id}`);
            expect(view.count, `${scenario} ${id} has controls`).toBeGreaterThan(2);
            expect(view.scrolled, `${scenario} ${id}`).toBe(0);
            expect(view.hidden, `${scenario} ${id}: controls below the panel's edge`).toEqual([]);
          }
          // A touchpoint's five controls likewise.
          const touchpoints = await page.evaluate(() =>
            window.__nba.session
              .getState()
              .session!.scenario.stages.flatMap((st) => st.touchpoints.map((tp) => tp.id)),
          );
          for (const id of touchpoints) {
            const view = await controlsOutOfView(page, `plan.tp.${id}`);
            expect(view.count, `${scenario} ${id} has controls`).toBeGreaterThan(3);
            expect(view.scrolled, `${scenario} ${id}`).toBe(0);
            expect(view.hidden, `${scenario} ${id}: controls below the panel's edge`).toEqual([]);
          }
        }
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }
});
