import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { replay, type QuarterOutcome, type Scenario } from '../../src/engine';
import {
  buildReviewModel,
  driverLines,
  levelOf,
  outcomeDrivers,
  type MeasuredFigure,
  type ScoreDrivers,
  verdictKeys,
} from '../../src/ui/viewModels/reviewModel';
import { listeningOf } from '../../src/ui/viewModels/reviewListening';

function airline(): Scenario {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

const scenario = airline();
const start = scenario.company.start;
const game = replay(scenario, 11, 'normal', [start, start, start]);

describe('the Review view-model', () => {
  it('shows measured scores with their margin of error, and "not measured" as null', () => {
    const model = buildReviewModel(scenario, game.results);
    const last = game.results.at(-1)!;
    const nps = model.measured.find((m) => m.metric === 'nps')!;
    expect(nps.value).toBe(last.measured.nps);
    expect(nps.margin).toBe(last.measured.marginOfError.nps);
    expect(model.responses).toBe(last.measured.responses);
    const silent: QuarterOutcome = {
      ...last,
      measured: { ...last.measured, responses: 0, nps: null, csat: null, ces: null },
    };
    const none = buildReviewModel(scenario, [...game.results.slice(0, -1), silent]);
    for (const figure of none.measured) {
      expect(figure.value).toBeNull();
      expect(figure.margin).toBeNull();
      expect(figure.change).toBeNull();
    }
  });

  it('gives one trend point per quarter played, up to the reviewed quarter', () => {
    const model = buildReviewModel(scenario, game.results, 1);
    expect(model.quarter).toBe(1);
    for (const series of [...model.metricTrend, ...model.moneyTrend]) {
      expect(series.values).toHaveLength(2);
    }
    const profit = model.moneyTrend.find((s) => s.id === 'profit')!;
    expect(profit.values).toEqual(game.results.slice(0, 2).map((o) => o.true.profit));
  });

  it('builds a heat-map cell for every touchpoint, coloured only where a survey answered', () => {
    const model = buildReviewModel(scenario, game.results);
    const count = scenario.stages.reduce((n, s) => n + s.touchpoints.length, 0);
    expect(model.heat).toHaveLength(count);
    const last = game.results.at(-1)!;
    for (const cell of model.heat) {
      const result = last.touchpoints.find((t) => t.id === cell.touchpoint)!;
      const surveyed = result.measured.metric !== 'none' && result.measured.responses > 0;
      expect(cell.level !== null).toBe(surveyed);
      if (cell.level !== null) {
        expect(cell.level).toBeGreaterThanOrEqual(0);
        expect(cell.level).toBeLessThanOrEqual(1);
      }
    }
  });

  it('scales scores so that 1 is always best, CES included', () => {
    expect(levelOf('nps', 100)).toBe(1);
    expect(levelOf('nps', -100)).toBe(0);
    expect(levelOf('ces', 7)).toBe(1);
    expect(levelOf('csat', 50)).toBeCloseTo(0.5);
  });

  it('names the drivers that moved most since last quarter, biggest first', () => {
    const [nps] = outcomeDrivers(game.results, 2);
    const drivers = nps!.drivers;
    expect(nps!.score).toBe('nps');
    expect(drivers.length).toBeLessThanOrEqual(4);
    const before = new Map(game.results[1]!.drivers.map((d) => [d.key, d.value]));
    for (const d of drivers) {
      const now = game.results[2]!.drivers.find((x) => x.key === d.key)!.value;
      // Rounded to one decimal: within half a tenth of the exact change (ties included).
      expect(Math.abs(d.change - (now - before.get(d.key)!))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    const sizes = drivers.map((d) => Math.abs(d.change));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('uses a driver source handed in (the seam for a fuller attribution)', () => {
    const given = [
      { score: 'ces' as const, total: -4, drivers: [{ key: 'engine.driver.waits', change: -4 }] },
    ];
    expect(buildReviewModel(scenario, game.results, 2, () => given).drivers).toEqual(given);
  });

  it('gives all five gaps in SERVQUAL order and judges the quarter on what was measured', () => {
    const model = buildReviewModel(scenario, game.results);
    expect(model.gaps.map((g) => g.id)).toEqual([
      'knowledge',
      'standards',
      'delivery',
      'communication',
      'customer',
    ]);
    const last = game.results.at(-1)!;
    // Margins of ±5 on both measurements: a move of 20 is beyond the margin of their difference.
    const tight = (o: QuarterOutcome, nps: number): QuarterOutcome => ({
      ...o,
      measured: {
        ...o.measured,
        responses: 50,
        nps,
        marginOfError: { ...o.measured.marginOfError, nps: 5 },
      },
    });
    const before = tight(game.results[1]!, 10);
    const judge = (nps: number) =>
      buildReviewModel(scenario, [game.results[0]!, before, tight(last, nps)]);
    expect(judge(30).verdict).toBe('better');
    expect(judge(-10).verdict).toBe('worse');
    expect(judge(30).verdictBasis).toBe('nps');
    // Within the margin of the difference (√(5² + 5²) ≈ 7.1): no verdict either way.
    expect(judge(16).verdict).toBe('level');
    expect(judge(16).measured[0]!.significant).toBe(false);
    // … and the headline says the move is within the margin, never beyond it.
    expect(verdictKeys(judge(16))).toEqual([
      'play.review.verdict.level',
      'play.review.verdictBasisWithin.nps',
    ]);
    expect(verdictKeys(judge(30))).toEqual([
      'play.review.verdict.better',
      'play.review.verdictBasis.nps',
    ]);
  });

  it('says better or worse only like with like: the same metric over the same touchpoints', () => {
    const [a, b] = game.results;
    // Quarter 1 measured NPS, quarter 2 only CSAT: nothing to compare, whatever the numbers.
    const onlyCsat: QuarterOutcome = {
      ...b!,
      measured: { ...b!.measured, responses: 40, nps: null, csat: 20, ces: null },
      touchpoints: b!.touchpoints.map((t) => ({
        ...t,
        measured: {
          ...t.measured,
          metric: t.measured.metric === 'nps' ? 'csat' : t.measured.metric,
        },
      })),
    };
    const model = buildReviewModel(scenario, [a!, onlyCsat]);
    expect(model.measured.every((f) => f.change === null)).toBe(true);
    expect(model.verdictBasis).toBe('profit');
    // The same NPS, but from other touchpoints: not the same measurement either.
    const elsewhere: QuarterOutcome = {
      ...b!,
      touchpoints: b!.touchpoints.map((t) => ({
        ...t,
        measured: { ...t.measured, metric: 'none', responses: 0 },
      })),
    };
    expect(buildReviewModel(scenario, [a!, elsewhere]).measured[0]!.change).toBeNull();
  });

  it('shows the gaps and engagement as unknown without listening, as estimates that narrow with it', () => {
    const quiet = {
      ...start,
      understanding: {
        research: 'none' as const,
        closeTheLoop: false,
        leadersDays: 0,
        driversLicence: false,
        complaints: false,
        reviewSites: false,
      },
    };
    const silent = replay(scenario, 11, 'normal', [
      { ...quiet, metrics: { ...quiet.metrics, surveys: {} } },
    ]);
    const none = buildReviewModel(scenario, silent.results, 0, undefined, silent.decisions);
    for (const g of none.gaps) expect(g).toMatchObject({ value: null, uncertainty: null });
    expect(none.engagement).toEqual({ value: null, uncertainty: null });
    expect(none.verbatims).toEqual([]);

    const listening = (leadersDays: number, closeTheLoop: boolean) => {
      const d = {
        ...start,
        understanding: {
          research: 'none' as const,
          closeTheLoop,
          leadersDays,
          driversLicence: false,
          complaints: false,
          reviewSites: false,
        },
      };
      const r = replay(scenario, 11, 'normal', [d]);
      return { r, m: buildReviewModel(scenario, r.results, 0, undefined, r.decisions) };
    };
    const little = listening(0, false).m;
    const more = listening(2, true);
    for (let i = 0; i < 5; i++) {
      const wide = little.gaps[i]!.uncertainty;
      const narrow = more.m.gaps[i]!.uncertainty!;
      if (wide !== null) expect(narrow).toBeLessThan(wide);
      // An estimate: within its uncertainty of the truth, never beyond.
      const truth = more.r.results[0]!.true.gaps[more.m.gaps[i]!.id];
      expect(Math.abs(more.m.gaps[i]!.value! - truth)).toBeLessThanOrEqual(narrow / 2 + 1e-9);
    }
    expect(more.m.engagement.value).not.toBeNull();
  });

  it("counts research and the driver's licence from the quarter after they start, as the engine does", () => {
    const outcome = game.results[0]!;
    const silentOutcome = { ...outcome, measured: { ...outcome.measured, responses: 0 } };
    const quiet = {
      ...start,
      understanding: {
        ...start.understanding,
        research: 'none' as const,
        closeTheLoop: false,
        leadersDays: 0,
        driversLicence: false,
      },
    };
    const withLicence = {
      ...quiet,
      understanding: { ...quiet.understanding, driversLicence: true },
    };
    const withResearch = {
      ...quiet,
      understanding: { ...quiet.understanding, research: 'deep' as const },
    };
    expect(listeningOf(silentOutcome, quiet, quiet)).toBe(0);
    // Started this quarter: staff have not met customers yet; the report is not in yet either.
    expect(listeningOf(silentOutcome, withLicence, quiet)).toBe(0);
    expect(listeningOf(silentOutcome, quiet, withLicence)).toBeGreaterThan(0);
    const deepAfter = listeningOf(silentOutcome, quiet, withResearch);
    expect(deepAfter).toBeGreaterThan(listeningOf(silentOutcome, withResearch, quiet));
    expect(deepAfter).toBeGreaterThan(listeningOf(silentOutcome, quiet, withLicence));
  });

  it('shows the comments the engine heard, each with the listening post it came from', () => {
    const posts = replay(scenario, 11, 'normal', [
      { ...start, understanding: { ...start.understanding, complaints: true, reviewSites: true } },
      start,
    ]);
    const names = new Map(
      scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name] as const),
    );
    let unsolicited = 0;
    for (const o of [...game.results, ...posts.results]) {
      const model = buildReviewModel(scenario, [o]);
      expect(model.verbatims).toHaveLength(o.verbatims.length);
      model.verbatims.forEach((v, i) => {
        const heard = o.verbatims[i]!;
        expect(v.text).toEqual({ key: heard.key, params: heard.params });
        expect(v.source).toBe(heard.source);
        expect(v.from).toEqual({
          key: `play.review.from.${heard.source}`,
          params: { touchpoint: names.get(heard.touchpoint) },
        });
      });
      // The warning that unsolicited words are no sample shows exactly when some are shown.
      expect(model.unsolicited).toBe(o.verbatims.some((v) => v.source !== 'survey'));
      if (model.unsolicited) unsolicited++;
    }
    expect(unsolicited).toBeGreaterThan(0);
    // The quarter without the unsolicited posts: survey comments only.
    for (const v of buildReviewModel(scenario, [posts.results[1]!]).verbatims)
      expect(v.source).toBe('survey');
  });
});

describe('drivers from the engine attribution', () => {
  it('splits each score’s change over pillars, events and carry-over, biggest first', async () => {
    const { attributionDrivers } = await import('../../src/ui/viewModels/reviewDrivers');
    const source = attributionDrivers({
      scenario,
      seed: 11,
      difficulty: 'normal',
      decisions: game.decisions,
    });
    const drivers = source(game.results, 1);
    expect(drivers.map((d) => d.score)).toEqual(['nps', 'csat', 'ces']);
    const nps = drivers[0]!;
    expect(nps.total).toBeCloseTo(game.results[1]!.true.nps - game.results[0]!.true.nps, 1);
    for (const d of nps.drivers) expect(d.key).toMatch(/^(engine\.pillar\.|play\.review\.)/);
  });
});

describe('the "why did it move?" lines', () => {
  const scores: ScoreDrivers[] = [
    {
      score: 'nps',
      total: -30,
      drivers: [
        { key: 'events', change: -16.7 },
        { key: 'carryOver', change: -13.3 },
        { key: 'culture', change: 4 },
      ],
    },
    { score: 'csat', total: -12.1, drivers: [{ key: 'events', change: -12.1 }] },
    { score: 'ces', total: 0, drivers: [] },
  ];
  const figure = (
    metric: MeasuredFigure['metric'],
    value: number | null,
    change: number | null,
    significant = false,
  ) =>
    ({
      metric,
      value,
      status: value === null ? 'notAsked' : 'measured',
      margin: value === null ? null : 5,
      change,
      significant,
    }) satisfies MeasuredFigure;

  it('explains only measured scores, beside their measured change, never the true points', () => {
    const lines = driverLines(scores, [
      figure('nps', -7, -46.3),
      figure('csat', null, null),
      figure('ces', 5.1, null),
    ]);
    expect(lines).toEqual([
      { kind: 'score', score: 'nps', change: -46.3, significant: false },
      { kind: 'driver', key: 'events', share: 16.7 / 34, direction: -1 },
      { kind: 'driver', key: 'carryOver', share: 13.3 / 34, direction: -1 },
      { kind: 'unmeasured', score: 'csat' },
      { kind: 'first', score: 'ces' },
    ]);
    // The true change (−30, −12.1) appears nowhere.
    expect(JSON.stringify(lines)).not.toMatch(/-30|-12\.1|16\.7|13\.3/);
    // A move beyond its margin says so, so the Review can tell it from one that may be chance.
    expect(driverLines(scores, [figure('nps', -7, -46.3, true)])[0]).toEqual({
      kind: 'score',
      score: 'nps',
      change: -46.3,
      significant: true,
    });
  });

  it('explains no move where nothing was measured the same way before, however the truth moved', () => {
    // The first quarter measured: the true score moved (−30), but no measured move exists.
    expect(driverLines(scores.slice(0, 1), [figure('nps', 12, null)])).toEqual([
      { kind: 'first', score: 'nps' },
    ]);
    // Measured twice alike and not moved by anything: "nothing moved it".
    expect(driverLines(scores.slice(2), [figure('ces', 5.1, 0)])).toEqual([
      { kind: 'score', score: 'ces', change: 0, significant: false },
      { kind: 'still' },
    ]);
  });

  it('gives each score its reasons as shares of all its movement, at most the asked number', () => {
    const lines = driverLines(scores.slice(0, 1), [figure('nps', 10, 2)], 3);
    const shares = lines.flatMap((l) => (l.kind === 'driver' ? [l.share] : []));
    expect(shares).toHaveLength(3);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(lines.at(-1)).toMatchObject({ key: 'culture', direction: 1 });
  });
});
