import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedName, launchGame, seriousAxeViolations, type GameBrowser } from './browser';

/** Opens Practice for CCXP from the title by keyboard alone. */
async function openPractice(game: GameBrowser) {
  const { page } = game;
  await page.keyboard.press('Tab');
  while ((await focusedName(page)) !== 'title.practice') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-name="practice"]');
  await page.waitForFunction(
    () =>
      (document.activeElement as HTMLElement | null)?.dataset.name === 'practice.mode.diagnostic',
  );
}

describe('practice for CCXP', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
  });
  afterAll(async () => {
    await game?.close();
  });

  it('takes the diagnostic by keyboard alone and reads its report', async () => {
    const { page } = game;
    await openPractice(game);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.question"]');
    const total = Number(
      /(\d+)\D*$/.exec((await page.textContent('[data-name="practice.progress"]'))!)![1],
    );
    // 25 once the bank is full; fewer while a competency holds fewer questions than its share.
    expect(total).toBeGreaterThanOrEqual(10);
    expect(total).toBeLessThanOrEqual(25);
    await page.screenshot({ path: 'tests/e2e/out/practice-question-en.png' });
    for (let n = 1; n <= total; n++) {
      expect(await page.textContent('[data-name="practice.progress"]')).toContain(`${n}`);
      // Alternate the ways of choosing: a digit, a letter, an arrow key.
      const key = ['2', 'c', 'ArrowDown'][n % 3]!;
      await page.keyboard.press(key);
      expect(await focusedName(page)).toMatch(/^practice\.option\.[0-3]$/);
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('[data-name="practice.report"]');
    expect(await page.textContent('[data-name="practice.report.total"]')).toMatch(
      new RegExp(`^\\d+ of ${total} right \\(\\d+%\\)\\.$`),
    );
    for (const c of ['insights', 'strategy', 'metrics', 'design', 'culture'])
      expect(await page.textContent(`[data-name="practice.report.${c}"]`)).toMatch(
        /\d+ of \d+ right \(\d+%\)/,
      );
    const weakest = await page.$('[data-name="practice.report.weakest"]');
    if (weakest) {
      expect(await weakest.textContent()).toMatch(/^Weakest: /);
      expect(await page.textContent('[data-name="practice.report.next"]')).toMatch(
        /play the (tutorial|airline|hotel) scenario/,
      );
    }
    expect(await page.$$eval('[data-name="practice.review"] > li', (l) => l.length)).toBe(total);
    await page.screenshot({ path: 'tests/e2e/out/practice-report-en.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The answers were saved on this device.
    const saved = await page.evaluate(() => localStorage.getItem('nba.practiceProgress'));
    expect(JSON.parse(saved!).data.answers).toHaveLength(total);
    expect(game.errors).toEqual([]);
  });

  it('a drill answer shows its explanation, for every option, in Dutch too', async () => {
    const { page } = game;
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    await page.click('[data-name="practice.back"]');
    await page.focus('[data-name="practice.mode.drill"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.drill.metrics"]');
    await page.focus('[data-name="practice.drill.metrics"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.question"]');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.why"]');
    const verdict = await page.textContent('[data-name="practice.verdict"]');
    expect(verdict).toMatch(/^(Goed\.|Niet deze: het antwoord is [A-D]\.)$/);
    const whys = await page.$$eval('[data-name="practice.why"] li', (l) =>
      l.map((x) => x.textContent ?? ''),
    );
    expect(whys).toHaveLength(4);
    for (const why of whys) expect(why).toMatch(/^[A-D]\. (Goed|Fout)/);
    expect(await focusedName(page)).toBe('practice.next');
    // Text in the dialog is at least 16 CSS px.
    const smallest = await page.$$eval('[data-name="practice"] *', (nodes) =>
      Math.min(
        ...nodes
          .filter(
            (n) =>
              n.childNodes.length &&
              [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()),
          )
          .map((n) => parseFloat(getComputedStyle(n).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: 'tests/e2e/out/practice-drill-nl.png' });
  });

  it('from my game says so when there is no game yet', async () => {
    const { page } = game;
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.keyboard.press('Enter');
    await page.click('[data-name="practice.back"]');
    await page.focus('[data-name="practice.mode.game"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.gameNone"]');
    expect(await page.textContent('[data-name="practice.gameNone"]')).toMatch(
      /needs a game you have played/,
    );
  });

  it('from my game asks about the game just played and explains every option', async () => {
    const { page } = game;
    await page.waitForFunction(() => window.__nba.session !== undefined);
    const quarters = await page.evaluate(() => {
      const store = window.__nba.session;
      store.getState().start('tutorial', 'normal', 20260102);
      store.getState().beginPlanning();
      for (let q = 0; ; q++) {
        if (!store.getState().commitQuarter()) throw new Error('commit refused');
        store.getState().finishRun();
        if (store.getState().session!.state.finished) return q + 1;
        store.getState().continueGame();
      }
    });
    await page.click('[data-name="practice.back"]');
    await page.focus('[data-name="practice.mode.game"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.question"]', { timeout: 30_000 });
    expect(await page.textContent('[data-name="practice"]')).toContain(
      `From your game of ${quarters} quarter(s), played with seed 20260102.`,
    );
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.why"]');
    const whys = await page.$$eval('[data-name="practice.why"] li', (l) =>
      l.map((x) => x.textContent ?? ''),
    );
    expect(whys).toHaveLength(4);
    for (const why of whys) expect(why).toMatch(/^[A-D]\. (Right|Wrong)/);
    await page.screenshot({ path: 'tests/e2e/out/practice-game-en.png' });
    expect(game.errors).toEqual([]);
  });
});
