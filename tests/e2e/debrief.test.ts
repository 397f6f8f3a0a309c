import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signColor } from '../../src/ui/theme';
import { axeViolations, clickNamed, focusedName, launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** pdftotext and pdftoppm (Debian's poppler-utils); installed with apt when missing and root. */
function ensurePoppler(): void {
  const has = () =>
    spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm']).status === 0;
  if (has()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils'],
      { stdio: 'inherit' },
    );
    if (has()) return;
  }
  throw new Error(
    [
      'The debrief PDF test needs pdftotext and pdftoppm, and they were not found.',
      '  On Debian/Ubuntu, as root:  apt-get update && apt-get install -y poppler-utils',
    ].join('\n'),
  );
}

/** The tutorial played to its end through the store, with a decision changed on the way. */
async function playTutorial(page: Page): Promise<number> {
  return page.evaluate(() => {
    const store = window.__nba.session;
    store.getState().start('tutorial', 'normal', 20260102);
    store.getState().beginPlanning();
    for (let q = 0; ; q++) {
      if (q === 1) store.getState().editDraft({ governance: { owner: 'ceo', council: true } });
      if (!store.getState().commitQuarter()) throw new Error('commit refused');
      store.getState().finishRun();
      if (store.getState().session!.state.finished) return q + 1;
      store.getState().continueGame();
    }
  });
}

async function openDebriefFromEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    const running = window.__nba.game.scene.getScenes(true)[0]!;
    running.scene.start('End');
  });
  await page.evaluate(() => window.__nba.waitForReady('End'));
  await clickNamed(page, 'end.debrief');
  await page.evaluate(() => window.__nba.waitForReady('Debrief'));
}

/**
 * Every what-if option that reads as a raw id or a locale key rather than a word: for each
 * decision in the list, each of its values.
 */
async function whatIfOptionsAsIds(page: Page): Promise<string[]> {
  const levers = await page.locator('[data-name="whatif-lever"] option').count();
  const bad: string[] = [];
  for (let i = 0; i < levers; i++) {
    await page.selectOption('[data-name="whatif-lever"]', String(i));
    const options = await page.$$eval(
      '[data-name="whatif-lever"] option, [data-name="whatif-value"] option',
      (os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
    );
    for (const o of options)
      if (o.text === o.value || o.text.trim() === '' || /^[\w-]+(\.[\w-]+)+$/.test(o.text))
        bad.push(`${o.value} → ${o.text}`);
  }
  await page.selectOption('[data-name="whatif-lever"]', '0');
  return [...new Set(bad)];
}

function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

function pdfPages(file: string, prefix: string): number {
  spawnSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

describe('the debrief in the browser', () => {
  beforeAll(() => ensurePoppler());

  it('opens from the end, runs a what-if, prints to PDF, in English and in Dutch', async () => {
    const game = await launchGame({ width: 1366, height: 768 });
    try {
      const { page } = game;
      const quarters = await playTutorial(page);
      expect(quarters).toBe(3);
      const started = Date.now();
      await openDebriefFromEnd(page);
      const opened = Date.now() - started;

      await page.screenshot({ path: `${OUT}debrief-en-top.png` });

      // Real text: a heading, captioned tables, lessons, charts with text equivalents.
      const report = page.locator('[data-name="debrief-report"]');
      await expect(report.locator('h1').textContent()).resolves.toBe('Debrief');
      expect(await focusedName(page)).toBe('debrief-title');
      // The pause menu is here too; Escape opens it and closes it again.
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-name="pause"]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-name="pause"]', { state: 'detached' });
      expect(await report.locator('table caption').count()).toBeGreaterThanOrEqual(8);
      const lessons = await report.locator('[data-lesson]').count();
      expect(lessons).toBeGreaterThanOrEqual(3);
      expect(lessons).toBeLessThanOrEqual(6);
      const chartLabel = await report.locator('svg[role="img"] desc').first().textContent();
      expect(chartLabel).toMatch(/Strategy: /);
      // One colour per sign in every chart: each bar's fill follows the sign of its written value.
      const bars = await report.locator('svg.debrief-chart').evaluateAll((charts) =>
        charts.flatMap((c) => {
          const fills = [...c.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
          const values = [...c.querySelectorAll('text.chart-value')].map((t) =>
            Number((t.textContent ?? '').replace('−', '-').replace(/[^\d.-]/g, '')),
          );
          return fills.map((fill, i) => ({ fill, value: values[i]! }));
        }),
      );
      expect(bars.length).toBeGreaterThan(0);
      // (A value written as 0 may be a hair either side of it.)
      for (const b of bars) if (b.value !== 0) expect(b.fill).toBe(signColor(b.value));
      // The table of drivers adds up: the change equals the sum of its parts (whole game, NPS).
      const row = await report
        .locator('[data-name="table-why-nps"] tbody tr')
        .last()
        .locator('td')
        .allTextContents();
      const numbers = row.map((t) => Number(t.replace('−', '-').replace(/[^\d.-]/g, '')));
      const [, , total, ...drivers] = numbers;
      expect(Math.abs(drivers.reduce((a, b) => a + b, 0) - total!)).toBeLessThan(
        0.1 * drivers.length,
      );
      // Every axe rule, minor ones included: one main landmark, no empty table header.
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard: Tab from the heading reaches the back and print buttons.
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('debrief-close');

      expect(await whatIfOptionsAsIds(page)).toEqual([]);

      // What-if: in quarter 2, leave CX to nobody instead of the CEO.
      await page.selectOption('[data-name="whatif-quarter"]', '1');
      await page.selectOption('[data-name="whatif-lever"]', {
        index: await page.evaluate(() =>
          [...document.querySelectorAll('[data-name="whatif-lever"] option')].findIndex(
            (o) => (o as HTMLElement).dataset.lever === 'governance.owner',
          ),
        ),
      });
      await page.selectOption('[data-name="whatif-value"]', 'none');
      await page.click('[data-name="whatif-run"]');
      const whatIf = page.locator('[data-name="table-whatif"]');
      await whatIf.waitFor();
      expect(await whatIf.locator('tbody tr').count()).toBe(6);
      const npsRow = await whatIf.locator('tbody tr').first().locator('td').allTextContents();
      expect(npsRow[0]).not.toBe(npsRow[1]);

      // The CSV download holds the figures the report shows.
      const csvHref = await page.getAttribute('[data-name="export-csv"]', 'href');
      const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
      expect(csv.split('\r\n')[0]).toBe('quarter,metric,true,measured,marginOfError');
      const finalNps = await page.evaluate(
        () => window.__nba.session.getState().session!.results.at(-1)!.true.nps,
      );
      expect(csv).toContain(`\r\n3,nps,${finalNps},`);

      // The record download replays and verifies with the command-line tool.
      const recordHref = await page.getAttribute('[data-name="export-json"]', 'href');
      const record = await page.evaluate(async (href) => (await fetch(href!)).text(), recordHref);
      writeFileSync(`${OUT}debrief-record.json`, record);
      const verify = spawnSync(
        process.execPath,
        [
          'src/cli/launch.mjs',
          'sim',
          '--level',
          'levels/tutorial.json',
          '--verify',
          `${OUT}debrief-record.json`,
        ],
        { encoding: 'utf8' },
      );
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);

      await page.screenshot({ path: `${OUT}debrief-en.png`, fullPage: false });
      await page.locator('#debrief-why').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}debrief-en-why.png` });

      for (const lang of ['en', 'nl'] as const) {
        if (lang === 'nl') {
          await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
          await page.waitForFunction(
            () => document.querySelector('h1')?.textContent === 'Nabespreking',
          );
          await page.screenshot({ path: `${OUT}debrief-nl.png` });
        }
        const pdf = `${OUT}debrief-${lang}.pdf`;
        await page.emulateMedia({ media: 'print' });
        writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
        await page.emulateMedia({ media: 'screen' });
        const text = pdfText(pdf);
        const expected =
          lang === 'en'
            ? [
                'Debrief',
                'Scorecard',
                'Why did it move?',
                'What you believed vs what was true',
                'CCXP competency',
                'Lessons from your run',
              ]
            : [
                'Nabespreking',
                'Scorekaart',
                'Waarom bewoog het?',
                'Wat je dacht en wat waar was',
                'CCXP-competentie',
                'Lessen uit jouw spel',
              ];
        for (const phrase of expected) expect(text, `${lang} PDF`).toContain(phrase);
        // The decisions by quarter, in words: CX given to the CEO in quarter 2.
        const owner = lang === 'en' ? ['Who owns CX', 'the CEO'] : ['Eigenaar van CX', 'de CEO'];
        expect(text).toContain(
          lang === 'en' ? 'Your decisions, quarter by quarter' : 'Jouw beslissingen per kwartaal',
        );
        const ownerLine = text.split('\n').find((line) => line.includes(owner[0]!)) ?? '';
        expect(ownerLine).toContain(owner[1]);
        // Nothing that only works on screen: no download links, no command for developers.
        expect(text).not.toContain('npm');
        expect(text).not.toContain('Download');
        expect(text).not.toContain(lang === 'en' ? 'Take the run with you' : 'Neem je spel mee');
        if (lang === 'nl') expect(await whatIfOptionsAsIds(page)).toEqual([]);
        // Every lesson on paper with its label (what the replay showed) and its source line.
        const sourceWord = lang === 'en' ? 'Source:' : 'Bron:';
        expect(text.split(sourceWord).length - 1, `${lang} sources`).toBeGreaterThanOrEqual(
          lessons,
        );
        const labels =
          lang === 'en'
            ? ['What worked', 'What it cost you', 'What you left on the table']
            : ['Wat werkte', 'Wat het je kostte', 'Wat je liet liggen'];
        expect(
          labels.some((l) => text.includes(l)),
          `${lang} labels`,
        ).toBe(true);
        expect(await report.locator('[data-lesson] .debrief-source').count()).toBe(lessons);
        // Controls stay off paper; the what-if result stays on it.
        expect(text).not.toContain(
          lang === 'en' ? 'Print or save as PDF' : 'Afdrukken of opslaan als pdf',
        );
        const pages = pdfPages(pdf, `${OUT}debrief-${lang}-page`);
        expect(pages).toBeGreaterThanOrEqual(3);
        expect(pages).toBeLessThanOrEqual(12);
      }
      expect(game.errors).toEqual([]);
      // Reported, not asserted: the time from the click to a ready report on this machine.
      console.log(`debrief opened in ${opened} ms`);
    } finally {
      await game.close();
    }
  });
});
