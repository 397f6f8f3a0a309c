import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { whatIf, type DecisionLog, type Difficulty } from '../../src/engine';
import { createNodeI18n } from '../../src/i18n/nodeResources';
import { formatNumber } from '../../src/practice/calc';
import { COMPETENCIES, EXAM_WEIGHTS, type Competency } from '../../src/practice/competencies';
import { allocate, DIAGNOSTIC_SIZE } from '../../src/practice/draw';
import { NEXT_STEPS } from '../../src/practice/report';
import { gameContextOf, gameQuestions, renderText } from '../../src/practice/fromGame';
import { axeViolations, focusedName, launchGame, type GameBrowser } from './browser';

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
    // The bank holds enough of every competency: always the full diagnostic.
    expect(total).toBe(DIAGNOSTIC_SIZE);
    expect(DIAGNOSTIC_SIZE).toBe(25);
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
    // Each competency's line: how many of its questions were drawn, and how many were right.
    const lines = {} as Record<Competency, { right: number; asked: number }>;
    for (const c of COMPETENCIES) {
      const line = (await page.textContent(`[data-name="practice.report.${c}"]`))!;
      const [, right, asked] = /(\d+) of (\d+) right \(\d+%\)/.exec(line)!;
      lines[c] = { right: Number(right), asked: Number(asked) };
    }
    // The drawn set is weighted like the exam: the split the draw gives for 25 (5 each, the
    // largest remainders of 5.5/5/5/4.75/4.75), each within one question of its exact weight.
    const split = Object.fromEntries(COMPETENCIES.map((c) => [c, lines[c].asked]));
    expect(split).toEqual(allocate(DIAGNOSTIC_SIZE));
    expect(split).toEqual({ insights: 5, strategy: 5, metrics: 5, design: 5, culture: 5 });
    for (const c of COMPETENCIES)
      expect(Math.abs(lines[c].asked - DIAGNOSTIC_SIZE * EXAM_WEIGHTS[c])).toBeLessThan(1);
    // The weakest competency: the lowest share right, ties to the heavier one in the exam. The
    // answers above alternate keys, so they are not all right (a chance of 1 in 4^25 at most).
    const weakest = [...COMPETENCIES].sort(
      (a, b) =>
        lines[a].right / lines[a].asked - lines[b].right / lines[b].asked ||
        EXAM_WEIGHTS[b] - EXAM_WEIGHTS[a],
    )[0]!;
    const en = createNodeI18n('en');
    expect(await page.textContent('[data-name="practice.report.weakest"]')).toBe(
      en.t('practice.report.weakest', { competency: en.t(`debrief.competency.${weakest}`) }),
    );
    const next = NEXT_STEPS[weakest];
    expect(await page.textContent('[data-name="practice.report.next"]')).toBe(
      en.t('practice.report.next', {
        scenario: en.t(`practice.scenario.${next.scenario}`),
        pillar: en.t(`debrief.driver.${next.pillar}`),
        source: en.t(`practice.source.${next.source}`),
      }),
    );
    expect(await page.$$eval('[data-name="practice.review"] > li', (l) => l.length)).toBe(total);
    await page.screenshot({ path: 'tests/e2e/out/practice-report-en.png' });
    expect(await axeViolations(page)).toEqual([]);
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
    // The option chosen (1 = A) is marked, in words a screen reader reads, and only that one.
    const marked = await page.$$eval('[data-name="practice.why"] li', (l) =>
      l.map((x, i) => (x.getAttribute('data-chosen') === 'true' ? i : -1)).filter((i) => i >= 0),
    );
    expect(marked).toEqual([0]);
    expect(whys[0]).toMatch(/\(jouw antwoord\)$/);
    for (const why of whys.slice(1)) expect(why).not.toContain('jouw antwoord');
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

  it('from my game: its numbers come from the game played, and a what-if reveals the engine’s replay of it', async () => {
    const { page } = game;
    // The session begun in the test above: answer the rest, reading each question's verdict.
    interface Seen {
      stem: string;
      options: string[];
      answer: number;
      reveal: string | null;
    }
    const seen: Seen[] = [];
    await page.keyboard.press('Enter');
    for (let n = 0; n < 60; n++) {
      const done = await page.$('[data-name="practice.report"]');
      if (done) break;
      await page.waitForSelector('[data-name="practice.question"] legend');
      const stem = (await page.textContent('[data-name="practice.question"] legend'))!;
      const options = await page.$$eval('.practice-option span:last-child', (s) =>
        s.map((x) => x.textContent ?? ''),
      );
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
      const verdict = (await page.textContent('[data-name="practice.verdict"]'))!;
      const letter = verdict === 'Right.' ? 'A' : /answer is ([A-D])/.exec(verdict)![1]!;
      const reveal = await page.$('[data-name="practice.reveal"]');
      seen.push({
        stem,
        options,
        answer: 'ABCD'.indexOf(letter),
        reveal: reveal ? await reveal.textContent() : null,
      });
      await page.keyboard.press('Enter');
      await page.waitForSelector(
        '[data-name="practice.question"] legend, [data-name="practice.report"]',
      );
    }
    expect(seen.length).toBeGreaterThanOrEqual(20);

    // The game as the page holds it, replayed here by the engine.
    const played = await page.evaluate(() => {
      const s = window.__nba.session.getState().session!;
      return { scenario: s.scenario.id, seed: s.seed, difficulty: s.difficulty, log: s.log };
    });
    const level = readLevelFile(`levels/${played.scenario}.json`);
    if (!level.ok) throw new Error(level.errors.join('\n'));
    const log = played.log as DecisionLog;
    const ctx = gameContextOf(level.value, played.seed, played.difficulty as Difficulty, log)!;
    const results = ctx.record.results;
    const last = results.length - 1;

    // NPS from the first quarter's shares: the right option is promoters minus detractors, and
    // those shares are the game's own.
    const shares = seen.find((q) => /of your customers were promoters/.test(q.stem))!;
    const [, p, d] = /(\d+)% of your customers were promoters and (\d+)% detractors/.exec(
      shares.stem,
    )!;
    expect(Number(p)).toBe(Math.round(results[0]!.true.promoters));
    expect(Number(d)).toBe(Math.round(results[0]!.true.detractors));
    expect(shares.options[shares.answer]).toBe(String(Number(p) - Number(d)));

    // The what-if: the engine's own fork of this game (same seed, same decisions, the loop
    // switched from quarter 1 on) gives the numbers the page revealed.
    const loop = seen.find((q) => /closed the loop with respondents from quarter 1/.test(q.stem));
    const first = log[0]!;
    expect(loop?.stem).toContain(
      first.understanding.closeTheLoop ? 'not closed the loop' : 'had closed the loop',
    );
    const fork = whatIf(level.value, played.seed, played.difficulty as Difficulty, log, {
      quarter: 0,
      patch: { understanding: { closeTheLoop: !first.understanding.closeTheLoop } },
      scope: 'onward',
    });
    if (!fork.ok) throw new Error('the fork was refused');
    const r1 = (x: number) => Math.round(x * 10) / 10;
    const before = r1(results[last]!.true.nps);
    const after = r1(fork.record.results[last]!.true.nps);
    expect(loop!.reveal).toContain(
      `true NPS ${formatNumber(after, 'en', 1)} in quarter ${last + 1} instead of ${formatNumber(before, 'en', 1)}`,
    );
    // And every what-if the page revealed is the one the engine gives for this game.
    const en = createNodeI18n('en');
    const expected = gameQuestions(ctx, 1)
      .filter((q) => q.reveal)
      .map((q) => renderText((k, x) => en.t(k, x), 'en', q.reveal!));
    expect(seen.filter((q) => q.reveal).map((q) => q.reveal)).toEqual(
      expect.arrayContaining(expected),
    );
    expect(seen.filter((q) => q.reveal)).toHaveLength(expected.length);
    expect(game.errors).toEqual([]);
  });
});

describe('practice when its questions cannot be fetched', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
  });
  afterAll(async () => {
    await game?.close();
  });

  it('says so in words, in both languages, and loads them on a retry', async () => {
    const { page } = game;
    const metricsFile = /\/assets\/metrics-[\w-]+\.json$/;
    await page.route(metricsFile, (route) => route.fulfill({ status: 404, body: '' }));
    await page.keyboard.press('Tab');
    while ((await focusedName(page)) !== 'title.practice') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.bankFailed"]');
    expect(await page.textContent('[data-name="practice.bankFailed"]')).toMatch(
      /questions could not be loaded/,
    );
    expect(await page.textContent('[data-name="practice"]')).toContain('metrics.json: HTTP 404');
    expect(await focusedName(page)).toBe('practice.retry');
    await page.screenshot({ path: 'tests/e2e/out/practice-bank-failed-en.png' });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect(await page.textContent('[data-name="practice.bankFailed"]')).toMatch(
      /vragen konden niet worden geladen/,
    );
    await page.screenshot({ path: 'tests/e2e/out/practice-bank-failed-nl.png' });

    await page.unroute(metricsFile);
    await page.focus('[data-name="practice.retry"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="practice.mode.diagnostic"]');
  });
});
