import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerEventCards, axeViolations, clickNamed, focusedName, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

/** Presses Tab until the element named `name` has focus (keyboard only). */
async function tabTo(page: Page, name: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Opens the "?" named `help.<topic>` by keyboard; returns what a screen reader reads. */
async function explain(page: Page, topic: string): Promise<string> {
  await tabTo(page, `help.${topic}`);
  expect(await page.getAttribute(`[data-name="help.${topic}"]`, 'aria-label')).toBeTruthy();
  await page.keyboard.press('Enter');
  const pop = `[data-name="help.${topic}.text"]`;
  await page.waitForSelector(pop);
  // Focus moves into the explanation, so it is read at once; it is labelled by its title.
  expect(await focusedName(page)).toBe(`help.${topic}.text`);
  expect(await page.getAttribute(`[data-name="help.${topic}"]`, 'aria-expanded')).toBe('true');
  const text = (await page.textContent(pop)) ?? '';
  return text;
}

/** Escape closes the explanation (and nothing else) and gives focus back to its "?". */
async function close(page: Page, topic: string): Promise<void> {
  await page.keyboard.press('Escape');
  expect(await page.$(`[data-name="help.${topic}.text"]`)).toBeNull();
  expect(await focusedName(page)).toBe(`help.${topic}`);
  expect(await page.$('[data-name="pause"]')).toBeNull();
}

/** The "?" topics on screen now (`help.<topic>` buttons). */
const topicsShown = (page: Page, prefix: string) =>
  page.$$eval(`[data-name^="help.${prefix}"]`, (els) =>
    els
      .map((e) => (e as HTMLElement).dataset.name!)
      .filter((n) => !n.endsWith('.text'))
      .map((n) => n.slice('help.'.length)),
  );

/** Opens every "?" of the screen by keyboard: each explains itself in words, and closes again. */
async function explainAll(page: Page, prefix: string, atLeast: number): Promise<string[]> {
  const topics = await topicsShown(page, prefix);
  expect(topics.length, prefix).toBeGreaterThanOrEqual(atLeast);
  for (const topic of topics) {
    const text = await explain(page, topic);
    expect(text.length, topic).toBeGreaterThan(30);
    expect(text, topic).not.toMatch(/help\.topic\./);
    await close(page, topic);
  }
  return topics;
}

/** Every control on every pillar tab of the plan, with the topic of its "?" (null when none). */
async function planControls(
  page: Page,
): Promise<{ tab: string; control: string; help: string | null }[]> {
  const tabs = await page.$$eval('[role="tab"][id^="plan-tab-"]', (els) => els.map((e) => e.id));
  const seen: { tab: string; control: string; help: string | null }[] = [];
  for (const tab of tabs) {
    await page.click(`#${tab}`);
    seen.push(
      ...(await page.$$eval(
        '.plan-tab .control',
        (controls, t) =>
          controls.map((c) => ({
            tab: t,
            control: (c as HTMLElement).dataset.control ?? '',
            help: c.querySelector<HTMLElement>(':scope > .help-button')?.dataset.name ?? null,
          })),
        tab,
      )),
    );
  }
  return seen;
}

describe('every figure explains itself', () => {
  it('gives every control on the plan a "?" that explains it, in English and Dutch', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await page.evaluate(() => {
        const store = window.__nba.session;
        store.getState().start('airline', 'normal', 20260101);
        store.getState().beginPlanning();
        window.__nba.game.scene.getScenes(true)[0]!.scene.start('Plan');
      });
      await waitFor(page, 'Plan');
      const controls = await planControls(page);
      expect(controls.length).toBeGreaterThan(10);
      expect(controls.filter((c) => !c.help).map((c) => `${c.tab} ${c.control}`)).toEqual([]);
      // A touchpoint or a channel chosen on the map opens its own controls: each has its "?" too.
      for (const [named, id] of [
        ['plan.tp.checkin', 'journey.touchpoints.checkin.investment'],
        ['plan.ch.callCentre', 'channels.callCentre.capacity'],
      ] as const) {
        await clickNamed(page, named);
        const picked = await page.$$eval('.plan-tab .control', (cs) =>
          cs.map((c) => ({
            control: (c as HTMLElement).dataset.control ?? '',
            help: c.querySelector<HTMLElement>(':scope > .help-button')?.dataset.name ?? null,
          })),
        );
        expect(picked.map((c) => c.control)).toContain(id);
        expect(picked.filter((c) => !c.help).map((c) => `${named} ${c.control}`)).toEqual([]);
      }

      // Opened by keyboard, it explains the idea behind the control, beside it.
      await page.click('#plan-tab-metrics');
      const sample = await page.$eval(
        '.plan-tab .control [data-name$="sampleSize"]',
        (e) =>
          e.closest<HTMLElement>('.control')!.querySelector<HTMLElement>(':scope > .help-button')!
            .dataset.name!,
      );
      const topic = sample.slice('help.'.length);
      expect(await explain(page, topic)).toMatch(/margin of error/);
      await close(page, topic);
      await page.click('#plan-tab-strategy');
      expect(await explain(page, 'plan.brandPromise')).toMatch(/credibility/);
      await page.screenshot({ path: `${OUT}help-plan-en.png` });
      await close(page, 'plan.brandPromise');

      await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
      expect(await explain(page, 'plan.brandPromise')).toMatch(/geloofwaardigheid/);
      await page.screenshot({ path: `${OUT}help-plan-nl.png` });
      await close(page, 'plan.brandPromise');
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 180_000);

  it('opens "?" explanations by keyboard on the briefing, plan, run and review, and the glossary', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      // The airline: no tutorial coach, so the explanations stand alone.
      await clickNamed(page, 'title.newGame');
      await waitFor(page, 'ScenarioChoice');
      await clickNamed(page, 'choice.start.airline');
      await waitFor(page, 'Briefing');

      // Every figure and every target of the briefing has its "?".
      await explainAll(page, 'figure.', 7);
      await explainAll(page, 'metric.', 3);
      expect(await explain(page, 'figure.budget')).toMatch(/spend on your plan/);
      await page.screenshot({ path: `${OUT}help-briefing-en.png` });
      await close(page, 'figure.budget');
      expect(await explain(page, 'metric.nps')).toMatch(/−100 to \+100/);
      await close(page, 'metric.nps');

      await page.click('[data-name="briefing.toPlan"]');
      await waitFor(page, 'Plan');
      // The seed is drawn: a random event (an IT outage) may open its card first, a modal that
      // holds focus until it is answered, as a keyboard player would.
      await answerEventCards(page, true);
      expect(await explain(page, 'plan.budget')).toMatch(/cannot be committed/);
      await close(page, 'plan.budget');

      await page.click('[data-name="plan.commit"]');
      await waitFor(page, 'Run');
      // A "?" on a canvas figure sits on that figure, wherever the layout puts it.
      const [anchor, figure] = await page.evaluate(() => {
        const b = document
          .querySelector('[data-name="help.run.channels"]')!
          .getBoundingClientRect();
        return [
          { x: b.x, y: b.y, width: b.width, height: b.height },
          window.__nba.bounds('run.channels')!,
        ];
      });
      expect(anchor.x).toBeGreaterThanOrEqual(figure.x);
      expect(anchor.x + anchor.width).toBeLessThanOrEqual(figure.x + figure.width);
      expect(anchor.y).toBeGreaterThanOrEqual(figure.y);
      expect(anchor.y + anchor.height).toBeLessThanOrEqual(figure.y + figure.height);
      expect(await explain(page, 'run.channels')).toMatch(/26% · 0 min/);
      await page.screenshot({ path: `${OUT}help-run-en.png` });
      await close(page, 'run.channels');

      await clickNamed(page, 'run.skip');
      await page.waitForTimeout(300);
      await clickNamed(page, 'run.continue');
      await waitFor(page, 'Review');
      expect(await explain(page, 'review.gaps')).toMatch(
        /knowledge.*standards.*delivery.*communication.*customer gap/s,
      );
      await close(page, 'review.gaps');
      // Every panel of the Review has its "?".
      await explainAll(page, 'review.', 7);
      // An open explanation passes axe with every rule.
      await explain(page, 'review.measured');
      expect(await axeViolations(page)).toEqual([]);
      // A click elsewhere closes an explanation too.
      await page.mouse.click(5, 760);
      expect(await page.$('[data-name="help.review.measured.text"]')).toBeNull();

      // The glossary, from the pause menu, by keyboard; in Dutch with the Dutch words first.
      await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-name="pause"]');
      await tabTo(page, 'pause.glossary');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-name="glossary"]');
      const touchpoint = await page.textContent('[data-name="glossary.touchpoint"]');
      expect(touchpoint).toContain('contactmoment');
      expect(touchpoint).toContain('Engels: touchpoint');
      const terms = await page.$$eval('[data-name="glossary.list"] dt', (dts) => dts.length);
      expect(terms).toBeGreaterThanOrEqual(30);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${OUT}help-glossary-nl.png` });
      await page.keyboard.press('Escape');
      expect(await page.$('[data-name="glossary"]')).toBeNull();

      // The end of the game and its debrief explain their figures too (in Dutch now).
      await page.evaluate(() => window.__nba.game.scene.getScenes(true)[0]!.scene.start('End'));
      await waitFor(page, 'End');
      await explainAll(page, 'end.', 1);
      await clickNamed(page, 'end.debrief');
      await waitFor(page, 'Debrief');
      await explainAll(page, 'debrief.', 1);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 180_000);
});
