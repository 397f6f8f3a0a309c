import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchGame } from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** The Review's figures as its screen-reader text gives them: section heading → lines. */
type Sections = Record<string, string[]>;

describe('the Review after a quarter with no survey and no listening', () => {
  for (const lang of ['en', 'nl'])
    it(`shows no score, gap, engagement or comment that was not measured (${lang})`, async () => {
      const game = await launchGame(
        { width: 1366, height: 768 },
        { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' },
      );
      try {
        const { page } = game;
        const texts = await page.evaluate(async () => {
          const store = window.__nba.session;
          store.getState().start('airline', 'normal', 20260101);
          store.getState().beginPlanning();
          const draft = store.getState().session!.draft;
          store.getState().setDraft({
            ...draft,
            understanding: {
              research: 'none',
              closeTheLoop: false,
              leadersDays: 0,
              driversLicence: false,
              complaints: false,
              reviewSites: false,
            },
            metrics: { ...draft.metrics, surveys: {} },
          });
          if (!store.getState().commitQuarter()) throw new Error('commit refused');
          const game = window.__nba.game;
          game.scene.getScenes(true)[0]!.scene.start('Review');
          await window.__nba.waitForReady('Review');
          const i18n = window.__nba.i18n;
          return {
            unknown: i18n.t('play.review.unknown'),
            notMeasured: i18n.t('play.review.notMeasured'),
            noVerbatims: i18n.t('play.review.noVerbatims'),
            gaps: i18n.t('play.review.gaps'),
            measured: i18n.t('play.review.measured'),
            verbatims: i18n.t('play.review.verbatims'),
            engagement: i18n.t('play.review.engagement'),
            fact: i18n.t('sources.heading'),
            source: i18n.t('sources.sourceLine', { source: '' }).trim(),
          };
        });
        const sections = await page.evaluate(() => {
          const root = document.querySelector('[data-scene="Review"] section')!;
          const out: Record<string, string[]> = {};
          for (const h of root.querySelectorAll('h2'))
            out[h.textContent ?? ''] = [
              ...(h.nextElementSibling?.querySelectorAll('li') ?? []),
            ].map((li) => li.textContent ?? '');
          return out;
        });
        await page.screenshot({ path: `${OUT}review-unmeasured-${lang}.png` });
        const s = sections as Sections;
        // Every score: "not measured", no number.
        expect(s[texts.measured]!.length).toBeGreaterThan(0);
        for (const line of s[texts.measured]!.filter((l) => /NPS|CSAT|CES/.test(l)))
          expect(line).toContain(texts.notMeasured);
        // Every gap: unknown, no number.
        expect(s[texts.gaps]).toHaveLength(5);
        for (const line of s[texts.gaps]!) {
          expect(line).toContain(texts.unknown);
          expect(line).not.toMatch(/\d/);
        }
        // Engagement: unknown.
        const engagement = Object.values(s)
          .flat()
          .find((l) => l.startsWith(texts.engagement));
        expect(engagement).toContain(texts.unknown);
        // No customer comment: only the line that says none reached you.
        expect(s[texts.verbatims]).toEqual([texts.noVerbatims]);
        // A fact from the sources, with its source, whatever was measured.
        const fact = s[texts.fact];
        expect(fact).toHaveLength(1);
        expect(fact![0]!.length).toBeGreaterThan(60);
        expect(fact![0]).toContain(texts.source);
      } finally {
        await game.close();
      }
    }, 120_000);
});

describe('the Review after a quarter of listening', () => {
  it('shows the gaps as estimates with their uncertainty', async () => {
    const game = await launchGame({ width: 1366, height: 768 });
    try {
      const { page } = game;
      const lines = await page.evaluate(async () => {
        const store = window.__nba.session;
        store.getState().start('airline', 'normal', 20260101);
        store.getState().beginPlanning();
        store.getState().editDraft({ understanding: { leadersDays: 2, closeTheLoop: true } });
        if (!store.getState().commitQuarter()) throw new Error('commit refused');
        window.__nba.game.scene.getScenes(true)[0]!.scene.start('Review');
        await window.__nba.waitForReady('Review');
        const heading = window.__nba.i18n.t('play.review.gaps');
        const h = [...document.querySelectorAll('[data-scene="Review"] section h2')].find(
          (x) => x.textContent === heading,
        )!;
        return [...h.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent ?? '');
      });
      await page.screenshot({ path: `${OUT}review-listening.png` });
      expect(lines).toHaveLength(5);
      for (const line of lines) expect(line).toMatch(/≈ [\d.]+ ± [\d.]+/);
    } finally {
      await game.close();
    }
  }, 120_000);
});

describe('the Review after a quarter of surveys too small to answer', () => {
  for (const lang of ['en', 'nl'])
    it(`says "not enough answers" instead of a score (${lang})`, async () => {
      const game = await launchGame(
        { width: 1366, height: 768 },
        { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' },
      );
      try {
        const { page } = game;
        const { lines, notEnough } = await page.evaluate(async () => {
          const store = window.__nba.session;
          store.getState().start('airline', 'normal', 20260101);
          store.getState().beginPlanning();
          const draft = store.getState().session!.draft;
          const surveys = Object.fromEntries(
            Object.entries(draft.metrics.surveys).map(([tp, sv]) => [
              tp,
              { metric: sv.metric, sampleSize: 1 },
            ]),
          );
          store.getState().setDraft({ ...draft, metrics: { ...draft.metrics, surveys } });
          if (!store.getState().commitQuarter()) throw new Error('commit refused');
          window.__nba.game.scene.getScenes(true)[0]!.scene.start('Review');
          await window.__nba.waitForReady('Review');
          const i18n = window.__nba.i18n;
          const heading = i18n.t('play.review.measured');
          const h = [...document.querySelectorAll('[data-scene="Review"] section h2')].find(
            (x) => x.textContent === heading,
          )!;
          return {
            lines: [...h.nextElementSibling!.querySelectorAll('li')].map(
              (li) => li.textContent ?? '',
            ),
            notEnough: i18n.t('play.review.notEnough'),
          };
        });
        await page.screenshot({ path: `${OUT}review-not-enough-${lang}.png` });
        const asked = lines.filter((l) => l.includes(notEnough));
        expect(asked.length).toBeGreaterThanOrEqual(1);
        for (const line of asked) expect(line).not.toMatch(/\d/);
      } finally {
        await game.close();
      }
    }, 120_000);
});

describe('the Review after a quarter of complaints and review sites, no survey', () => {
  for (const lang of ['en', 'nl'])
    it(`shows their comments, each with its post, and says they are no score (${lang})`, async () => {
      const game = await launchGame(
        { width: 1366, height: 768 },
        { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' },
      );
      try {
        const { page } = game;
        await page.evaluate(async () => {
          const store = window.__nba.session;
          store.getState().start('airline', 'normal', 20260101);
          store.getState().beginPlanning();
          const draft = store.getState().session!.draft;
          store.getState().setDraft({
            ...draft,
            understanding: { ...draft.understanding, complaints: true, reviewSites: true },
            metrics: { ...draft.metrics, surveys: {} },
          });
          window.__nba.game.scene.getScenes(true)[0]!.scene.start('Plan');
          await window.__nba.waitForReady('Plan');
        });
        // The listening posts on the Plan, switched on, with their cost and "?".
        await page.click('#plan-tab-understanding');
        for (const post of ['complaints', 'reviewSites'])
          expect(
            await page.$(`.plan-tab .control[data-control="understanding.${post}"] .help-button`),
          ).not.toBeNull();
        await page.$eval('.plan-tab .control[data-control="understanding.reviewSites"]', (e) =>
          e.scrollIntoView({ block: 'end' }),
        );
        await page.screenshot({ path: `${OUT}plan-listening-${lang}.png` });
        const texts = await page.evaluate(async () => {
          const store = window.__nba.session;
          if (!store.getState().commitQuarter()) throw new Error('commit refused');
          window.__nba.game.scene.getScenes(true)[0]!.scene.start('Review');
          await window.__nba.waitForReady('Review');
          const i18n = window.__nba.i18n;
          // What a post's label says before the touchpoint's name.
          const lead = (post: string) =>
            i18n.t(`play.review.from.${post}`, { touchpoint: '@@' }).split('@@')[0]!;
          return {
            verbatims: i18n.t('play.review.verbatims'),
            unsolicited: i18n.t('play.review.unsolicited'),
            survey: lead('survey'),
            complaints: lead('complaints'),
            reviews: lead('reviews'),
          };
        });
        const lines = await page.evaluate((heading) => {
          const h = [...document.querySelectorAll('[data-scene="Review"] section h2')].find(
            (x) => x.textContent === heading,
          )!;
          return [...h.nextElementSibling!.querySelectorAll('li')].map(
            (li) => li.textContent ?? '',
          );
        }, texts.verbatims);
        await page.screenshot({ path: `${OUT}review-comments-${lang}.png` });
        // First the warning that unsolicited words are no sample, then the comments.
        expect(lines[0]).toBe(texts.unsolicited);
        const comments = lines.slice(1);
        expect(comments.length).toBeGreaterThan(0);
        for (const line of comments) {
          // Each names its post; none comes from a survey comment field, as none ran.
          expect(line.includes(texts.complaints) || line.includes(texts.reviews)).toBe(true);
          expect(line).not.toContain(texts.survey);
        }
        expect(game.errors).toEqual([]);
      } finally {
        await game.close();
      }
    }, 120_000);
});
