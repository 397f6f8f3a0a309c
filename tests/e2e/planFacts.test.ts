import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerEventCards,
  clickNamed,
  focusedName,
  launchGame,
  seriousAxeViolations,
  type GameBrowser,
} from './browser';

/** Every pillar's facts, as sources.json words them (the card shows one, turning by quarter). */
const FACTS: Record<string, RegExp> = {
  strategy: /Fly Better/,
  understanding: /80% of firms|Aegon|close the loop/,
  metrics: /NPS looks forward/,
  journey: /channels|effort|one bad touchpoint|most intense moment/,
  governance: /70–80%|mandate/,
  culture: /Aegon|Engaged employees/,
};

/** The briefing's card, as read on the way to the plan. */
let briefingCard: { heading: string; fact: string; source: string } | null = null;

async function toPlan(page: Page): Promise<void> {
  await clickNamed(page, 'title.newGame');
  await page.evaluate(() => window.__nba.waitForReady('ScenarioChoice'));
  await clickNamed(page, 'choice.start.airline');
  await page.evaluate(() => window.__nba.waitForReady('Briefing'));
  briefingCard = await page.evaluate(() => {
    const aside = document.querySelector('aside.did-you-know');
    if (!aside) return null;
    const ps = aside.querySelectorAll('p');
    return {
      heading: aside.querySelector('h2')?.textContent ?? '',
      fact: ps[0]?.textContent ?? '',
      source: ps[1]?.textContent ?? '',
    };
  });
  await page.click('[data-name="briefing.toPlan"]');
  await page.evaluate(() => window.__nba.waitForReady('Plan'));
  await answerEventCards(page);
}

/** The card of the open tab: its heading, fact and source line, and whether it overlaps a control. */
const card = (page: Page) =>
  page.evaluate(() => {
    const aside = document.querySelector<HTMLElement>('[data-name="plan.fact"]');
    if (!aside) return null;
    const panel = document.getElementById('plan-tabpanel')!;
    const r = aside.getBoundingClientRect();
    const controls = [...panel.querySelectorAll<HTMLElement>('input, button, select, label')];
    const overlaps = controls.filter((c) => {
      const b = c.getBoundingClientRect();
      return b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom;
    }).length;
    const ps = aside.querySelectorAll('p');
    return {
      inPanel: panel.contains(aside),
      label: document.getElementById(aside.getAttribute('aria-labelledby')!)?.textContent,
      role: aside.tagName,
      fact: ps[0]!.textContent,
      source: ps[1]!.textContent,
      factPx: parseFloat(getComputedStyle(ps[0]!).fontSize),
      sourcePx: parseFloat(getComputedStyle(ps[1]!).fontSize),
      overlaps,
      visible: r.top >= panel.getBoundingClientRect().top - 1 && r.bottom <= window.innerHeight,
    };
  });

describe('"did you know?" cards on the plan’s pillar tabs', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
    await toPlan(game.page);
  });
  afterAll(async () => {
    await game?.close();
  });

  it('showed a fact with its source on the briefing before the first plan', () => {
    expect(briefingCard).not.toBeNull();
    expect(briefingCard!.heading).toBe('Did you know?');
    expect(briefingCard!.fact.length).toBeGreaterThan(40);
    expect(briefingCard!.source).toMatch(/^Source: \S/);
  });

  it('opens each pillar tab by keyboard and reads a fitting fact with its source, covering no control', async () => {
    const { page } = game;
    await page.focus('[data-name="plan.tab.strategy"]');
    for (const pillar of Object.keys(FACTS)) {
      if ((await focusedName(page)) !== `plan.tab.${pillar}`)
        await page.keyboard.press('ArrowRight');
      expect(await focusedName(page)).toBe(`plan.tab.${pillar}`);
      const c = (await card(page))!;
      expect(c, pillar).toMatchObject({ inPanel: true, label: 'Did you know?', role: 'ASIDE' });
      expect(c.fact, pillar).toMatch(FACTS[pillar]!);
      expect(c.source, pillar).toMatch(/^Source: \S/);
      expect(c.factPx).toBeGreaterThanOrEqual(16);
      expect(c.sourcePx).toBeGreaterThanOrEqual(14);
      expect(c.overlaps, pillar).toBe(0);
    }
    // After the last pillar the tab list wraps to the first; an events tab (when events strike)
    // is no pillar and has no card.
    await page.keyboard.press('ArrowRight');
    const after = await focusedName(page);
    expect(['plan.tab.strategy', 'plan.tab.events']).toContain(after);
    if (after === 'plan.tab.events') expect(await card(page)).toBeNull();
  });

  it('is reached by Tab and scrolled into view, in Dutch too, and passes axe', async () => {
    const { page } = game;
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    await page.click('[data-name="plan.tab.governance"]');
    await page.focus('[data-name="plan.tab.governance"]');
    for (let i = 0; i < 60 && (await focusedName(page)) !== 'plan.fact'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('plan.fact');
    const c = (await card(page))!;
    expect(c.label).toBe('Wist je dat?');
    expect(c.fact).toMatch(/70–80%|mandaat/);
    expect(c.source).toMatch(/^Bron: \S/);
    expect(c.visible).toBe(true);
    await page.screenshot({ path: 'tests/e2e/out/plan-fact-governance-nl.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
  });
});
