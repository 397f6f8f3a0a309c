import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedName, launchGame, openTitle, type GameBrowser } from './browser';

/**
 * The mock exam, the drill across days and the progress buttons, in the browser. The page runs on
 * Playwright's clock (installed before the game loads), so the test can move time forward: the
 * game itself has no test hook for time.
 */

const HOUR = 3600_000;

/** Tabs (or arrows) through the practice home until `name` has focus. */
async function focusByKeyboard(page: Page, name: string, key = 'Tab', limit = 20) {
  for (let i = 0; i < limit && (await focusedName(page)) !== name; i++)
    await page.keyboard.press(key);
  expect(await focusedName(page)).toBe(name);
}

async function openPractice(page: Page) {
  // Focus is on the title's menu after closing practice; on a fresh page, Tab brings it there.
  if (!(await focusedName(page))?.startsWith('title.')) await page.keyboard.press('Tab');
  await focusByKeyboard(page, 'title.practice', 'ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-name="practice.mode.diagnostic"]');
}

/** Back to the practice home, which then shows the saved progress as of now. */
async function home(page: Page) {
  await page.click('[data-name="practice.back"]');
  await page.waitForSelector('[data-name="practice.summary"]');
}

/** The time on the mock exam's clock, in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.textContent('[data-name="practice.timer"]'))!;
  const [, h, m, s] = /(\d+):(\d\d):(\d\d)/.exec(text)!;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

const progress = (page: Page) => page.textContent('[data-name="practice.progress"]');
const saved = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('nba.practiceProgress');
    return raw === null ? null : (JSON.parse(raw) as { data: unknown }).data;
  });
interface SavedProgress {
  answers: { id: string; mode: string; chosen: number | null; correct: boolean; at: string }[];
  cards: Record<string, { due: string }>;
}

describe('practice: mock exam, drill across days, export and reset', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
    await game.context.clock.install();
    await openTitle(game.page, true);
  });
  afterAll(async () => {
    await game?.close();
  });

  it('takes a 100-question mock exam by keyboard: a 3-hour clock that counts down, no feedback until the report, then every answer reviewed', async () => {
    const { page } = game;
    await openPractice(page);
    await focusByKeyboard(page, 'practice.mode.mock');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.question"]');
    expect(await progress(page)).toBe('Question 1 of 100');
    const start = await secondsLeft(page);
    expect(start).toBeLessThanOrEqual(3 * 3600);
    expect(start).toBeGreaterThan(3 * 3600 - 60);

    const chosen: string[] = [];
    for (let n = 1; n <= 100; n++) {
      expect(await progress(page)).toBe(`Question ${n} of 100`);
      if (n === 50) {
        // The clock of a later question keeps counting while the candidate thinks.
        const before = await secondsLeft(page);
        await game.context.clock.fastForward(10 * 60_000);
        const after = await secondsLeft(page);
        expect(before - after).toBeGreaterThanOrEqual(600);
        expect(before - after).toBeLessThan(630);
      }
      // One letter chooses, Enter answers.
      const key = 'abcd'[n % 4]!;
      chosen.push(key.toUpperCase());
      await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      // No feedback during the exam: the next question (or the report) comes at once.
      expect(await page.$('[data-name="practice.verdict"]')).toBeNull();
      expect(await page.$('[data-name="practice.why"]')).toBeNull();
    }
    await page.waitForSelector('[data-name="practice.report"]');
    expect(await page.$('[data-name="practice.timeUp"]')).toBeNull();
    const total = (await page.textContent('[data-name="practice.report.total"]'))!;
    const [, right] = /^(\d+) of 100 right \(\d+%\)\.$/.exec(total)!;

    // The exam's weights: 22, 20, 20, 19 and 19 questions.
    const asked: Record<string, number> = {};
    let rightSum = 0;
    for (const c of ['insights', 'strategy', 'metrics', 'design', 'culture']) {
      const row = (await page.textContent(`[data-name="practice.report.${c}"]`))!;
      const [, r, a] = /(\d+) of (\d+) right/.exec(row)!;
      asked[c] = Number(a);
      rightSum += Number(r);
    }
    expect(asked).toEqual({ insights: 22, strategy: 20, metrics: 20, design: 19, culture: 19 });
    expect(rightSum).toBe(Number(right));

    // Every answer reviewed, in order, with the candidate's own choice and the right one.
    const review = await page.$$eval('[data-name="practice.review"] > li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(review).toHaveLength(100);
    // A scenario's review shows its case with the question.
    expect(
      await page.$$eval('[data-name="practice.review"] > li .practice-case', (c) => c.length),
    ).toBeGreaterThan(0);
    review.forEach((text, i) => {
      expect(/Your answer: ([A-D])\./.exec(text)?.[1]).toBe(chosen[i]);
      expect(text).toMatch(/The answer: [A-D]\./);
    });
    const data = (await saved(page)) as SavedProgress;
    const mock = data.answers.filter((a) => a.mode === 'mock');
    expect(mock).toHaveLength(100);
    expect(mock.filter((a) => a.correct)).toHaveLength(Number(right));
    expect(mock.map((a) => 'ABCD'[a.chosen!])).toEqual(chosen);
    await page.screenshot({ path: 'tests/e2e/out/practice-mock-report-en.png' });
    expect(game.errors).toEqual([]);
  });

  it('ends the mock exam when its time runs out, and scores it with the rest unanswered', async () => {
    const { page } = game;
    await home(page);
    await page.focus('[data-name="practice.mode.mock"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.timer"]');
    for (const key of ['a', 'b']) {
      await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    }
    expect(await progress(page)).toBe('Question 3 of 100');
    // Handing in asks first; keeping on goes back to the same question.
    await page.focus('[data-name="practice.handIn"]');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-name="practice.handIn.ask"]')).toBe(
      'Hand in now? 98 questions are still unanswered and will count as wrong.',
    );
    expect(await focusedName(page)).toBe('practice.handIn.keep');
    await page.keyboard.press('Enter');
    expect(await page.$('[data-name="practice.handIn.ask"]')).toBeNull();
    expect(await focusedName(page)).toBe('practice.handIn');
    expect(await page.$('[data-name="practice.report"]')).toBeNull();
    expect(await progress(page)).toBe('Question 3 of 100');
    // Leaving asks too: the exam would end without a report.
    await page.click('[data-name="practice.back"]');
    expect(await page.textContent('[data-name="practice.leave.ask"]')).toMatch(
      /^Leave the mock exam\?/,
    );
    expect(await focusedName(page)).toBe('practice.leave.keep');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('practice.back');
    expect(await progress(page)).toBe('Question 3 of 100');
    await game.context.clock.fastForward(3 * HOUR);
    await page.waitForSelector('[data-name="practice.report"]');
    expect(await page.textContent('[data-name="practice.timeUp"]')).toBe(
      'Time is up. Unanswered questions count as wrong.',
    );
    expect(await page.textContent('[data-name="practice.report.total"]')).toMatch(
      /^[0-2] of 100 right/,
    );
    const review = await page.$$eval('[data-name="practice.review"] > li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(review).toHaveLength(100);
    expect(review.filter((t) => t.includes('Your answer: none'))).toHaveLength(98);
    // Only what was answered is saved.
    const data = (await saved(page)) as SavedProgress;
    expect(data.answers.filter((a) => a.mode === 'mock')).toHaveLength(102);
    expect(game.errors).toEqual([]);
  });

  it('brings a missed drill question back in the next day’s drill, before new ones', async () => {
    const { page } = game;
    await home(page);
    await page.focus('[data-name="practice.mode.drill"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.drill.metrics"]');
    await page.focus('[data-name="practice.drill.metrics"]');
    await page.keyboard.press('Enter');

    const missed: string[] = [];
    const known: string[] = [];
    for (let n = 0; n < 10; n++) {
      await page.waitForSelector('[data-name="practice.question"] legend');
      const stem = (await page.textContent('[data-name="practice.question"] legend'))!;
      // Alternating choices: some right, some wrong, whatever the draw.
      await page.keyboard.press(n % 2 ? 'a' : 'c');
      await page.keyboard.press('Enter');
      const verdict = (await page.textContent('[data-name="practice.verdict"]'))!;
      (verdict === 'Right.' ? known : missed).push(stem);
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('[data-name="practice.drillDone"]');
    expect(missed.length).toBeGreaterThan(0);

    // The same day: the missed questions are not due yet.
    await home(page);
    expect(await page.textContent('[data-name="practice.summary"]')).toContain(
      '0 drill questions due now',
    );
    // A day later they are, and the next drill starts with them.
    await game.context.clock.fastForward(25 * HOUR);
    await page.click('[data-name="practice.mode.drill"]');
    await page.click('[data-name="practice.back"]');
    await page.waitForSelector('[data-name="practice.summary"]');
    expect(await page.textContent('[data-name="practice.summary"]')).toContain(
      `${missed.length} drill question${missed.length === 1 ? '' : 's'} due now`,
    );
    await page.focus('[data-name="practice.mode.drill"]');
    await page.keyboard.press('Enter');
    await page.focus('[data-name="practice.drill.metrics"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.question"]');
    expect(await page.textContent('[data-name="practice"] .practice-notice')).toBe(
      `${missed.length} of these came back because they were due.`,
    );
    const first: string[] = [];
    for (let n = 0; n < missed.length; n++) {
      first.push((await page.textContent('[data-name="practice.question"] legend'))!);
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.waitForSelector(
        '[data-name="practice.question"], [data-name="practice.drillDone"]',
      );
    }
    expect([...first].sort()).toEqual([...missed].sort());
    for (const stem of first) expect(known).not.toContain(stem);
    expect(game.errors).toEqual([]);
  });

  it('exports the saved progress as a file, keeps it on a cancelled reset, and clears it on a confirmed one', async () => {
    const { page } = game;
    await home(page);
    const before = (await saved(page)) as SavedProgress;
    expect(before.answers.length).toBeGreaterThan(100);
    expect(Object.keys(before.cards).length).toBeGreaterThanOrEqual(10);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-name="practice.export"]'),
    ]);
    expect(download.suggestedFilename()).toBe('ccxp-practice-progress.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'not-by-accident/practice-progress', version: 1 });
    expect(exported.progress).toEqual(before);

    // Reset asks first; keeping the progress changes nothing.
    await page.focus('[data-name="practice.reset"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.reset.confirm"]');
    expect(await focusedName(page)).toBe('practice.reset.cancel');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.summary"]');
    expect(await saved(page)).toEqual(before);
    expect(await page.textContent('[data-name="practice.summary"]')).toContain(
      `${before.answers.length} answer${before.answers.length === 1 ? '' : 's'}`,
    );

    await page.click('[data-name="practice.reset"]');
    await page.click('[data-name="practice.reset.confirm"]');
    await page.waitForSelector('[data-name="practice.summary"]');
    expect(await saved(page)).toBeNull();
    expect(await page.textContent('[data-name="practice"] .practice-notice[role="status"]')).toBe(
      'Your practice progress was reset.',
    );
    expect(await page.textContent('[data-name="practice.summary"]')).toBe(
      'Saved on this device: 0 answers; 0 drill questions due now.',
    );
    // Cleared for good: opened again two days later, the practice finds nothing saved and no
    // drill question due.
    await page.click('[data-name="practice.close"]');
    await game.context.clock.fastForward(48 * HOUR);
    await openPractice(page);
    expect(await page.textContent('[data-name="practice.summary"]')).toBe(
      'Saved on this device: 0 answers; 0 drill questions due now.',
    );
    await page.click('[data-name="practice.mode.drill"]');
    await page.click('[data-name="practice.drill.metrics"]');
    await page.waitForSelector('[data-name="practice.question"]');
    expect(await page.$('[data-name="practice"] .practice-notice')).toBeNull();
    expect(game.errors).toEqual([]);
  });
});
