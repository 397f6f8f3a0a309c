import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerEventCards, clickNamed, focusedName, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

interface CoachState {
  step: string | null;
  /** The control the ring is drawn around now. */
  target: string;
  /** What a screen reader hears: the live region's text. */
  live: string;
  /** The ring's box and the named control's own box, in viewport pixels. */
  ring: { x: number; y: number; width: number; height: number } | null;
  control: { x: number; y: number; width: number; height: number } | null;
  waits: boolean;
}

/** The coach as the player meets it (null when no coach card is showing). */
async function coach(page: Page): Promise<CoachState | null> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('[data-name="coach"]');
    if (!card || card.hidden) return null;
    const ringEl = document.querySelector<HTMLElement>('.coach-ring');
    const target = ringEl?.dataset.target ?? '';
    const box = (e: Element | null) => {
      if (!e) return null;
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const canvas = target ? window.__nba.bounds(target) : null;
    const dom = target ? document.querySelector(`[data-name="${CSS.escape(target)}"]`) : null;
    const control = canvas
      ? { ...canvas, x: canvas.x - scrollX, y: canvas.y - scrollY }
      : box(dom?.closest('label') ?? dom ?? null);
    return {
      step: card.dataset.step ?? null,
      target,
      live: card.querySelector('[aria-live]')?.textContent ?? '',
      ring: ringEl && !ringEl.hidden ? box(ringEl) : null,
      control,
      waits: (card.querySelector<HTMLElement>('[data-name="coach.next"]')?.hidden ?? true) === true,
    };
  });
}

/** Waits until the coach shows a step other than `previous` (or the card is gone). */
async function nextStep(page: Page, previous: string | null): Promise<CoachState | null> {
  await page.waitForFunction((p) => {
    const card = document.querySelector<HTMLElement>('[data-name="coach"]');
    const now = card && !card.hidden ? (card.dataset.step ?? null) : null;
    return now !== p;
  }, previous);
  // The ring follows on the next frame.
  await page.waitForFunction(() => {
    const ring = document.querySelector<HTMLElement>('.coach-ring');
    return !ring || ring.dataset.target !== undefined;
  });
  await page.waitForTimeout(50);
  return coach(page);
}

/** Waits until the coach moves on: another step, another control, or no card (a new screen). */
async function changed(page: Page, c: CoachState): Promise<void> {
  await page.waitForFunction(
    ([step, target]) => {
      const card = document.querySelector<HTMLElement>('[data-name="coach"]');
      const ring = document.querySelector<HTMLElement>('.coach-ring');
      return !card || card.hidden || card.dataset.step !== step || ring?.dataset.target !== target;
    },
    [c.step, c.target] as const,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(100);
}

/** The ring is drawn around the named control: it contains it, with a small margin only. */
function expectRingAround(c: CoachState): void {
  expect(c.ring, `${c.step}: a ring`).not.toBeNull();
  expect(c.control, `${c.step}: the control ${c.target} on screen`).not.toBeNull();
  const r = c.ring!;
  const k = c.control!;
  expect(r.x).toBeLessThanOrEqual(k.x + 1);
  expect(r.y).toBeLessThanOrEqual(k.y + 1);
  expect(r.x + r.width).toBeGreaterThanOrEqual(k.x + k.width - 1);
  expect(r.y + r.height).toBeGreaterThanOrEqual(k.y + k.height - 1);
  expect(r.width - k.width).toBeLessThan(30);
}

/** Does what the coach asks, by keyboard, on the control focus was moved to. */
async function act(page: Page, c: CoachState): Promise<void> {
  const focused = await focusedName(page);
  if (!c.waits) {
    expect(focused, `${c.step}: focus on Next`).toBe('coach.next');
    await page.keyboard.press('Enter');
    return;
  }
  if (c.target === 'run.continue') {
    // The quarter plays out first; Skip shows its end at once.
    await clickNamed(page, 'run.skip');
    await page.waitForTimeout(300);
    await clickNamed(page, 'run.continue');
    return;
  }
  expect(focused, `${c.step}: focus on the control to use`).toBe(c.target);
  const kind = await page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | HTMLSelectElement | null;
    return e instanceof HTMLSelectElement
      ? 'select'
      : e instanceof HTMLInputElement
        ? e.type
        : 'button';
  });
  if (kind === 'select') {
    const wanted = {
      surveyCes: 'ces',
      surveyCsat: 'csat',
      surveyNps: 'nps',
      peak: 'pickUp',
      end: 'pickUp',
    }[c.step ?? ''];
    await page.selectOption(`[data-name="${c.target}"]`, wanted!);
  } else if (kind === 'range') await page.keyboard.press('ArrowRight');
  else if (kind === 'radio' || kind === 'checkbox') await page.keyboard.press('Space');
  else await page.keyboard.press('Enter');
}

async function startTutorial(page: Page): Promise<void> {
  await clickNamed(page, 'title.newGame');
  await waitFor(page, 'ScenarioChoice');
  await clickNamed(page, 'choice.start.tutorial');
  await waitFor(page, 'Briefing');
}

describe('the tutorial coaches a first game', () => {
  it('points at each control, reads each step out, waits, skips, and can be replayed', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await startTutorial(page);
      const seen: string[] = [];
      let skipped = false;
      for (let guard = 0; guard < 200; guard++) {
        let c = await coach(page);
        if (c && seen.at(-1) !== c.step) {
          // A step just shown: its ring is placed on the next frame.
          await page.waitForTimeout(150);
          c = await coach(page);
        }
        if (!c) {
          // A screen without a step (the later quarters' run and review): move on as a player would.
          const phase = await page.evaluate(() => window.__nba.session.getState().session?.phase);
          if (phase === 'end' && seen.includes('finish')) break;
          if (phase === 'run' && (await page.evaluate(() => window.__nba.isReady('Run')))) {
            await clickNamed(page, 'run.skip');
            await page.waitForTimeout(300);
            await clickNamed(page, 'run.continue');
          } else if (
            phase === 'review' &&
            (await page.evaluate(() => window.__nba.isReady('Review')))
          )
            await clickNamed(page, 'review.continue');
          await page.waitForTimeout(300);
          continue;
        }
        if (seen.at(-1) !== c.step) {
          seen.push(c.step!);
          expect(c.live.length, `${c.step}: text read out`).toBeGreaterThan(40);
          for (const at of ['welcome', 'brandPromise', 'surveyNps', 'run', 'margin', 'reviewGaps'])
            if (c.step === at) await page.screenshot({ path: `${OUT}tutorial-${at}-en.png` });
          if (c.step === 'surveyNps') expect(c.live).toContain('promoters (9–10)');
          if (c.step === 'surveyCsat') expect(c.live).toContain('4 or 5');
          if (c.step === 'margin') expect(c.live).toContain('margin of error');
        }
        if (c.ring || c.step !== 'runContinue') expectRingAround(c);
        if (c.step === 'leadersDays' && !skipped) {
          // A step can be skipped, by keyboard too.
          skipped = true;
          await page.focus('[data-name="coach.skip"]');
          await page.keyboard.press('Enter');
          await changed(page, c);
          expect((await coach(page))?.step).toBe('empowerment');
          continue;
        }
        // A step that waits does not move on by itself.
        if (c.waits && c.target.startsWith('strategy.')) {
          await page.waitForTimeout(200);
          expect((await coach(page))?.step).toBe(c.step);
        }
        // An event in force stops the plan with its card first, as it does for every player.
        if (await answerEventCards(page, true)) continue;
        await act(page, c);
        await changed(page, c);
      }
      expect(seen).toContain('surveyCes');
      expect(seen).toContain('closeTheLoop');
      expect(seen.at(-1)).toBe('finish');
      const session = await page.evaluate(() => window.__nba.session.getState().session!);
      expect(session.phase).toBe('end');
      expect(session.log[0]!.strategy.brandPromise).toBe('fastFix');
      expect(session.log[1]!.metrics.surveys.update!.metric).toBe('ces');
      expect(session.log[2]!.understanding.closeTheLoop).toBe(true);

      // Replayed from the title: the coach starts again at its first step.
      await clickNamed(page, 'end.title');
      await waitFor(page, 'Title');
      await startTutorial(page);
      const again = await nextStep(page, null);
      expect(again?.step).toBe('welcome');
      expect(again?.live).toMatch(/step 1 of/i);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 240_000);

  it('speaks Dutch, follows the layout, and can be switched off', async () => {
    const game = await launchGame();
    try {
      const { page } = game;
      await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
      await startTutorial(page);
      let c = await nextStep(page, null);
      expect(c?.live).toMatch(/stap 1 van/);
      expect(c?.live).toContain('scorekaart');
      await page.screenshot({ path: `${OUT}tutorial-briefing-nl.png` });
      await page.keyboard.press('Enter');
      c = await nextStep(page, 'welcome');
      expect(c?.live).toContain('kenniskloof');
      expectRingAround(c!);
      await page.keyboard.press('Enter');
      c = await nextStep(page, 'gaps');
      await page.keyboard.press('Enter'); // "Go to the plan", focused by the coach
      await waitFor(page, 'Plan');
      c = await nextStep(page, 'toPlan');
      expect(c?.step).toBe('quarter1');
      expect(c?.live).toContain('Kwartaal 1');
      await page.keyboard.press('Enter');
      c = await nextStep(page, 'quarter1');
      await page.keyboard.press('Enter');
      c = await nextStep(page, 'touchpoints');
      await page.keyboard.press('Enter');
      c = await nextStep(page, 'channels');
      expect(c?.step).toBe('brandPromise');
      expectRingAround(c!);
      await page.screenshot({ path: `${OUT}tutorial-plan-nl.png` });
      // The ring follows its control when the window changes size.
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForTimeout(300);
      expectRingAround((await coach(page))!);
      // Switched off: no coach for the rest of this game.
      await page.click('[data-name="coach.off"]');
      expect(await coach(page)).toBeNull();
      await page.click('[data-name="plan.commit"]');
      await waitFor(page, 'Run');
      await page.waitForTimeout(200);
      expect(await coach(page)).toBeNull();
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  }, 120_000);
});
