import type { Page } from 'playwright-core';
import { clickNamed } from './browser';

/** The screens of a game, in the order a player meets them. */
export const SCENES = [
  'Title',
  'Practice',
  'PracticeQuestion',
  'ScenarioChoice',
  'TutorialBriefing',
  'TutorialEvent',
  'Briefing',
  'Plan',
  'Help',
  'PauseMenu',
  'Glossary',
  'Run',
  'Review',
  'ReviewTouchpoints',
  'ReviewComments',
  'ReviewTrends',
  'End',
  'Debrief',
] as const;
export type TourScene = (typeof SCENES)[number];

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

/** Starts a scene from whichever scene runs now, as a scene's own button would. */
async function startScene(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => {
    const running = window.__nba.game.scene.getScenes(true)[0]!;
    running.scene.start(k);
  }, key);
  await waitFor(page, key);
}

/** Waits for what settles after a scene is up: web animations, and a few frames. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.waitForTimeout(300);
}

/** Waits for a DOM element, then for the page to settle. */
async function shown(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector);
  await settle(page);
}

/** Waits until the tutorial's coach card shows a step. */
const coachShown = (page: Page) =>
  page.waitForFunction(() => {
    const card = document.querySelector<HTMLElement>('[data-name="coach"]');
    return !!card && !card.hidden && !!card.dataset.step;
  });

/**
 * Walks a fresh game through every screen and every overlay a player meets (CCXP practice and
 * one of its questions, the tutorial's coach and an event card, a "?" explanation, the pause
 * menu and the glossary), calling `visit` on each once it has settled. The game proper is the
 * airline; screens the store can reach are reached through it, the rest by real clicks.
 */
export async function tourScenes(
  page: Page,
  visit: (scene: TourScene) => Promise<void>,
  scenario = 'airline',
): Promise<void> {
  await settle(page);
  await visit('Title');
  await clickNamed(page, 'title.practice');
  await shown(page, '[data-name="practice"] [data-name="practice.mode.diagnostic"]');
  await visit('Practice');
  await page.click('[data-name="practice.mode.diagnostic"]');
  await shown(page, '[data-name="practice"] input[type="radio"]');
  await visit('PracticeQuestion');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-name="practice"]'));
  await clickNamed(page, 'title.newGame');
  await waitFor(page, 'ScenarioChoice');
  await settle(page);
  await visit('ScenarioChoice');

  // The tutorial: its coach on the briefing, then the second quarter's plan with its event.
  await page.evaluate(() => window.__nba.session.getState().start('tutorial', 'normal', 20260101));
  await startScene(page, 'Briefing');
  await coachShown(page);
  await settle(page);
  await visit('TutorialBriefing');
  await page.evaluate(() => {
    const store = window.__nba.session;
    store.getState().beginPlanning();
    if (!store.getState().commitQuarter()) throw new Error('commit refused');
    store.getState().finishRun();
    store.getState().continueGame();
  });
  await startScene(page, 'Plan');
  await shown(page, '[data-name="event-card"]');
  await visit('TutorialEvent');
  await page.evaluate(() => window.__nba.session.getState().leave());

  await page.evaluate((id) => {
    const store = window.__nba.session;
    store.getState().start(id, 'normal', 20260101);
  }, scenario);
  await startScene(page, 'Briefing');
  await settle(page);
  await visit('Briefing');
  await page.evaluate(() => window.__nba.session.getState().beginPlanning());
  await startScene(page, 'Plan');
  await settle(page);
  await visit('Plan');
  await page.click('[data-name="help.plan.budget"]');
  await shown(page, '[data-name="help.plan.budget.text"]');
  await visit('Help');
  await page.keyboard.press('Escape');
  await page.click('[data-name="pause.open"]');
  await shown(page, '[data-name="pause.glossary"]');
  await visit('PauseMenu');
  await page.click('[data-name="pause.glossary"]');
  await shown(page, '[data-name="glossary.list"]');
  await visit('Glossary');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-name="glossary"]'));
  await page.evaluate(() => {
    if (!window.__nba.session.getState().commitQuarter()) throw new Error('commit refused');
  });
  await startScene(page, 'Run');
  // The busy middle of the quarter.
  await page.evaluate(() =>
    (window.__nba.game.scene.getScene('Run') as unknown as { seek(t: number): void }).seek(9.5),
  );
  await page.waitForTimeout(1200);
  await visit('Run');
  await page.evaluate(() => window.__nba.session.getState().finishRun());
  await startScene(page, 'Review');
  // The attribution fills in the drivers shortly after the screen is up.
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-scene="Review"]')?.textContent ?? '';
    return text !== '' && !text.includes(window.__nba.i18n.t('play.review.driversPending'));
  });
  await page.waitForTimeout(800);
  await settle(page);
  await visit('Review');
  // At a large text size the Review shows its panels a page at a time: each page is visited,
  // opened by its button. At the normal size, with one page, the same screen is seen again.
  for (const [id, scene] of [
    ['touchpoints', 'ReviewTouchpoints'],
    ['comments', 'ReviewComments'],
    ['trends', 'ReviewTrends'],
  ] as const) {
    const name = `review.page.${id}`;
    if (await page.evaluate((n) => window.__nba.bounds(n) !== null, name))
      await clickNamed(page, name);
    await settle(page);
    await visit(scene);
  }
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
  await settle(page);
  await visit('End');
  await clickNamed(page, 'end.debrief');
  await waitFor(page, 'Debrief');
  await settle(page);
  await visit('Debrief');
}
