/**
 * The debrief report as data the DOM draws: tables of cells (locale keys or numbers, never text)
 * and chart series. Built from the engine's debrief; nothing here computes a rule.
 */
import {
  DRIVER_GROUPS,
  SCORES,
  type Debrief,
  type Driver,
  type Scenario,
  type Score,
  type ScoreAttribution,
} from '../../engine';
import { printedNumber } from '../minusSign';
import { formatMoneyIn, formatSigned, isMoneyMetric, scorecardMoneyUnit } from '../review/format';

/** One table cell: a locale key with parameters, a number, or nothing (an empty cell). */
export type Cell =
  | { key: string; params?: Record<string, string | number>; tone?: 'good' | 'bad' }
  | {
      num: number;
      digits: number;
      signed?: boolean;
      unit?: '%' | ' k€' | ' M€';
      tone?: 'good' | 'bad';
    }
  | { empty: true };

export interface Table {
  name: string;
  caption: { key: string; params?: Record<string, string | number> };
  columns: Cell[];
  /** The first cell of each row is its header. */
  rows: Cell[][];
}

export interface Bar {
  label: { key: string; params?: Record<string, string | number> };
  value: number;
}

export interface BarChart {
  name: string;
  caption: { key: string; params?: Record<string, string | number> };
  bars: Bar[];
  digits: number;
}

export interface DebriefView {
  subtitle: { key: string; params: Record<string, string | number> };
  gameOver: boolean;
  scorecard: { table: Table; met: number; total: number };
  why: {
    charts: BarChart[];
    tables: Table[];
    summaries: { key: string; params: Record<string, string | number> }[];
    touchpoints: Table | null;
    segments: Table;
    segmentScores: Table;
  };
  believed: {
    quarters: Table;
    touchpoints: Table;
    gap: { from: number; to: number };
    blind: number;
  };
  pillars: { chart: BarChart; spent: BarChart; table: Table };
}

const key = (k: string, params?: Record<string, string | number>): Cell =>
  params ? { key: k, params } : { key: k };
const num = (n: number, digits = 1, signed = false): Cell => ({ num: n, digits, signed });
/** A signed effect: the sign is written and the mark says which way (never colour alone). */
const signedNum = (n: number, digits: number): Cell => {
  const shown = Math.round(n * 10 ** digits) / 10 ** digits;
  return shown === 0
    ? { num: 0, digits, signed: true }
    : { num: n, digits, signed: true, tone: shown > 0 ? 'good' : 'bad' };
};
const DIGITS: Record<Score, number> = { nps: 1, csat: 1, ces: 2 };

function touchpointNames(scenario: Scenario): Map<string, string> {
  return new Map(scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name]));
}

function driverLabel(d: Pick<Driver, 'id'>) {
  return { key: `debrief.driver.${d.id}` };
}

function attributionTable(debrief: Debrief, s: Score): Table {
  const quarters = debrief.attribution.quarters;
  const parts: { label: Cell; a: ScoreAttribution }[] = [
    ...quarters.map((q) => ({ label: key('debrief.quarter', { n: q.quarter + 1 }), a: q[s] })),
    { label: key('debrief.wholeGame'), a: debrief.attribution.game[s] },
  ];
  const d = DIGITS[s];
  return {
    name: `why-${s}`,
    caption: { key: 'debrief.why.tableCaption', params: { score: `debrief.score.${s}` } },
    columns: [
      key('debrief.column.period'),
      key('debrief.why.from'),
      key('debrief.why.to'),
      key('debrief.why.change'),
      ...[...DRIVER_GROUPS, 'carryOver' as const].map((id) => key(`debrief.driver.${id}`)),
    ],
    rows: parts.map(({ label, a }) => [
      label,
      num(a.from, d),
      num(a.to, d),
      num(a.total, d, true),
      ...a.drivers.map((x) => num(x.delta, d, true)),
    ]),
  };
}

function largest(a: ScoreAttribution): Driver {
  return a.drivers.reduce((best, x) => (Math.abs(x.delta) > Math.abs(best.delta) ? x : best));
}

function measuredCell(value: number | null, digits: number): Cell {
  return value === null ? key('debrief.believed.notMeasured') : num(value, digits);
}

export function buildDebriefView(
  scenario: Scenario,
  seed: number,
  debrief: Debrief,
  language = 'en',
): DebriefView {
  const names = touchpointNames(scenario);
  const game = debrief.attribution.game;
  const pct = (x: number) => Math.round(x * 100);
  const fmt = (x: number, digits: number) => formatSigned(x, language, digits);
  // One money unit for the whole scorecard (M€ for an airline's cash and profit alike).
  const moneyUnit = scorecardMoneyUnit(debrief.scorecard, (l) => l.actual);
  const scorecardRows = debrief.scorecard.map((l) => {
    const digits =
      l.metric === 'knowledgeGap' || l.metric === 'ces' ? 2 : l.metric === 'nps' ? 1 : 0;
    // A target and its result in one unit, the unit the target's name is written in (M€ for an
    // airline's cash, k€ for a bike shop's), never bare thousands beside "350 M€".
    const unit = isMoneyMetric(l.metric) ? moneyUnit : null;
    const percent = l.metric === 'csat' || l.metric === 'retention';
    const target = unit
      ? formatMoneyIn(unit, l.target, language)
      : printedNumber(
          new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(l.target),
        ) + (percent ? '%' : '');
    const actual: Cell = unit
      ? {
          num: unit === 'M€' ? l.actual / 1000 : l.actual,
          digits: unit === 'M€' ? 1 : 0,
          unit: unit === 'M€' ? ' M€' : ' k€',
        }
      : { ...num(l.actual, digits), ...(percent ? { unit: '%' as const } : {}) };
    return [
      key(l.name),
      key(`debrief.scorecard.${l.direction}`, { value: target }),
      actual,
      { key: `debrief.scorecard.${l.met ? 'met' : 'missed'}`, tone: l.met ? 'good' : 'bad' },
    ] satisfies Cell[];
  });

  const lastQuarter = debrief.attribution.quarters[debrief.attribution.quarters.length - 1]!;
  const firstQuarter = debrief.attribution.quarters[0]!;
  const believedQuarters: Table = {
    name: 'believed-quarters',
    caption: { key: 'debrief.believed.quartersCaption' },
    columns: [
      key('debrief.column.quarter'),
      ...SCORES.flatMap((s) => [
        key('debrief.believed.colMeasured', { score: `debrief.score.${s}` }),
        key('debrief.believed.margin'),
        key('debrief.believed.colTrue', { score: `debrief.score.${s}` }),
      ]),
      key('debrief.believed.knowledgeGap'),
    ],
    rows: debrief.believed.quarters.map((q) => [
      key('debrief.quarter', { n: q.quarter + 1 }),
      ...SCORES.flatMap((s) => [
        measuredCell(q[s].measured, DIGITS[s]),
        q[s].margin === null ? ({ empty: true } as Cell) : num(q[s].margin!, DIGITS[s]),
        num(q[s].true, DIGITS[s]),
      ]),
      { num: pct(q.knowledgeGap), digits: 0, unit: '%' },
    ]),
  };
  const tps = debrief.believed.touchpoints;
  const believedTouchpoints: Table = {
    name: 'believed-touchpoints',
    caption: { key: 'debrief.believed.touchpointsCaption' },
    columns: [
      key('debrief.why.touchpoint'),
      key('debrief.believed.metric'),
      key('debrief.believed.measured'),
      key('debrief.believed.margin'),
      key('debrief.believed.true'),
      key('debrief.believed.responses'),
      key('debrief.believed.quartersMeasured'),
    ],
    rows: tps.map((t) => {
      const digits = t.metric === 'ces' ? 2 : 1;
      return [
        key(names.get(t.id) ?? t.id),
        key(`debrief.whatIf.metricName.${t.metric}`),
        measuredCell(t.measured, digits),
        t.margin === null ? { empty: true } : num(t.margin, digits),
        t.true === null ? { empty: true } : num(t.true, digits),
        num(t.responses, 0),
        num(t.quartersMeasured, 0),
      ];
    }),
  };

  const csatLast = lastQuarter.csat.byTouchpoint;
  const segmentsFrom = new Map(firstQuarter.bySegment.map((s) => [s.id, s.from]));
  const segmentNames = new Map(scenario.segments.map((g) => [g.id, g.name]));
  const segmentPart = (score: 'nps' | 'csat' | 'ces', id: string) =>
    debrief.attribution.game[score].bySegment.find((g) => g.id === id);

  const pillarBars = debrief.pillars.map((p) => ({
    label: { key: `debrief.driver.${p.pillar}` },
    value: p.nps,
  }));

  return {
    subtitle: {
      key: 'debrief.subtitle',
      params: {
        company: scenario.name,
        played: debrief.quarters,
        quarters: scenario.quarters,
        seed,
      },
    },
    gameOver: debrief.gameOver,
    scorecard: {
      table: {
        name: 'scorecard',
        caption: { key: 'debrief.scorecard.caption' },
        columns: [
          key('debrief.scorecard.target'),
          key('debrief.scorecard.goal'),
          key('debrief.scorecard.actual'),
          key('debrief.scorecard.verdict'),
        ],
        rows: scorecardRows,
      },
      met: debrief.scorecard.filter((l) => l.met).length,
      total: debrief.scorecard.length,
    },
    why: {
      charts: SCORES.map((s) => ({
        name: `why-chart-${s}`,
        caption: { key: 'debrief.why.chartCaption', params: { score: `debrief.score.${s}` } },
        bars: game[s].drivers.map((d) => ({ label: driverLabel(d), value: d.delta })),
        digits: DIGITS[s],
      })),
      tables: SCORES.map((s) => attributionTable(debrief, s)),
      summaries: SCORES.map((s): { key: string; params: Record<string, string | number> } => {
        const top = largest(game[s]);
        // A "largest driver" of nothing, at the figure's precision, is no cause at all.
        if (Math.abs(top.delta) < 0.5 * 10 ** -DIGITS[s])
          return {
            key: 'debrief.why.drivenNone',
            params: { score: `debrief.score.${s}`, total: fmt(game[s].total, DIGITS[s]) },
          };
        return {
          key: 'debrief.why.drivenMost',
          params: {
            score: `debrief.score.${s}`,
            total: fmt(game[s].total, DIGITS[s]),
            driver: `debrief.driver.${top.id}`,
            delta: fmt(top.delta, DIGITS[s]),
          },
        };
      }),
      touchpoints: csatLast
        ? {
            name: 'why-touchpoints',
            caption: {
              key: 'debrief.why.touchpointsCaption',
              params: { n: lastQuarter.quarter + 1 },
            },
            columns: [key('debrief.why.touchpoint'), key('debrief.why.delta')],
            rows: csatLast.map((t) => [key(names.get(t.id) ?? t.id), num(t.delta, 2, true)]),
          }
        : null,
      segments: {
        name: 'why-segments',
        caption: { key: 'debrief.why.segmentsCaption' },
        columns: [
          key('debrief.why.segment'),
          key('debrief.why.from'),
          key('debrief.why.to'),
          key('debrief.why.delta'),
          key('debrief.why.segmentNpsFrom'),
          key('debrief.why.segmentNpsTo'),
          key('debrief.why.segmentNpsMoved'),
        ],
        rows: lastQuarter.bySegment.map((s) => {
          const from = segmentsFrom.get(s.id) ?? 0;
          const nps = segmentPart('nps', s.id);
          return [
            key(segmentNames.get(s.id) ?? s.id),
            num(from, 0),
            num(s.to, 0),
            num(s.to - from, 0, true),
            num(nps?.from ?? 0, 1),
            num(nps?.to ?? 0, 1),
            num(nps?.delta ?? 0, 1, true),
          ];
        }),
      },
      segmentScores: {
        name: 'why-segment-scores',
        caption: { key: 'debrief.why.segmentScoresCaption' },
        columns: [
          key('debrief.why.segment'),
          key('debrief.why.segmentCsatFrom'),
          key('debrief.why.segmentCsatTo'),
          key('debrief.why.segmentCsatMoved'),
          key('debrief.why.segmentCesFrom'),
          key('debrief.why.segmentCesTo'),
          key('debrief.why.segmentCesMoved'),
        ],
        rows: lastQuarter.bySegment.map((s) => {
          const csat = segmentPart('csat', s.id);
          const ces = segmentPart('ces', s.id);
          return [
            key(segmentNames.get(s.id) ?? s.id),
            num(csat?.from ?? 0, 1),
            num(csat?.to ?? 0, 1),
            num(csat?.delta ?? 0, 1, true),
            num(ces?.from ?? 0, 2),
            num(ces?.to ?? 0, 2),
            num(ces?.delta ?? 0, 2, true),
          ];
        }),
      },
    },
    believed: {
      quarters: believedQuarters,
      touchpoints: believedTouchpoints,
      gap: {
        from: pct(scenario.company.gaps.knowledge),
        to: pct(debrief.believed.quarters[debrief.believed.quarters.length - 1]!.knowledgeGap),
      },
      blind: tps.filter((t) => t.quartersMeasured === 0).length,
    },
    pillars: {
      chart: {
        name: 'pillars-nps',
        caption: { key: 'debrief.lessons.moved' },
        bars: pillarBars,
        digits: 1,
      },
      spent: {
        name: 'pillars-spent',
        caption: { key: 'debrief.lessons.spent' },
        bars: debrief.pillars.map((p) => ({
          label: { key: `debrief.driver.${p.pillar}` },
          value: p.spent,
        })),
        digits: 0,
      },
      table: {
        name: 'pillars',
        caption: { key: 'debrief.lessons.pillarsCaption' },
        columns: [
          key('debrief.lessons.pillar'),
          key('debrief.lessons.spent'),
          key('debrief.lessons.extraSpent'),
          key('debrief.lessons.moved'),
          key('debrief.lessons.roiProfit'),
          key('debrief.lessons.roiRetention'),
          key('debrief.lessons.roiClv'),
        ],
        rows: debrief.pillars.map((p) => [
          key(`debrief.driver.${p.pillar}`),
          num(p.spent, 0),
          num(p.extraSpent, 0, true),
          signedNum(p.nps, 1),
          signedNum(p.profit, 0),
          signedNum(p.retention, 1),
          signedNum(p.clv, 0),
        ]),
      },
    },
  };
}
