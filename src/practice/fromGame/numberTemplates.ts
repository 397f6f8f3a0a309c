/**
 * Templates that compute with the game's own numbers: NPS from counts and shares, CSAT, CES,
 * margins of error, response rates, churn, CLV and ROI from its money.
 */
import { recompute } from '../calc';
import type { Calc } from '../questionSchema';
import type { Random } from '../random';
import { lastIndex, outcomes, round1, round2, type GameContext } from './gameContext';
import {
  num,
  numericOptions,
  text,
  type GameQuestion,
  type Mistake,
  type Param,
} from './gameQuestion';
import { surveyNpsCounts } from './surveyCounts';
import type { GameTemplate } from './template';

type Pick = (ctx: GameContext) => number | null;
const first: Pick = () => 0;
const last: Pick = (ctx) => lastIndex(ctx);
const second: Pick = (ctx) => (lastIndex(ctx) >= 1 ? 1 : null);

function numeric(
  random: Random,
  base: Omit<GameQuestion, 'answer' | 'options' | 'why'>,
  right: { value: number; why: string },
  mistakes: Mistake[],
  decimals: number,
  params: Record<string, Param>,
  unit = 'practice.game.option.number',
): GameQuestion | null {
  const picked = numericOptions(
    random,
    right,
    mistakes,
    decimals,
    (v) => text(unit, { value: v }),
    params,
  );
  return picked && { ...base, ...picked };
}

/** Quarters whose NPS survey's answer counts the record pins down (see surveyNpsCounts). */
const npsSurveyed = (ctx: GameContext) =>
  outcomes(ctx).flatMap((o, q) => (surveyNpsCounts(o) ? [q] : []));
const firstNps: Pick = (ctx) => npsSurveyed(ctx)[0] ?? null;
const lastNps: Pick = (ctx) => npsSurveyed(ctx).at(-1) ?? null;
const middleNps: Pick = (ctx) => {
  const qs = npsSurveyed(ctx);
  return qs.length >= 3 ? qs[Math.floor(qs.length / 2)]! : null;
};

/** NPS from the counts the player's own survey collected: the answer is the measured NPS. */
function npsCounts(id: string, at: Pick): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const q = at(ctx);
      if (q === null) return null;
      const counts = surveyNpsCounts(outcomes(ctx)[q]!);
      if (!counts) return null;
      const { promoters: p, passives: pa, detractors: d } = counts;
      const total = p + pa + d;
      const calc: Calc = { kind: 'nps', promoters: p, passives: pa, detractors: d, value: 0 };
      calc.value = recompute(calc);
      const params = { q: num(q + 1), p: num(p), pa: num(pa), d: num(d), total: num(total) };
      return numeric(
        random,
        { template: id, competency: 'metrics', stem: text('practice.game.nps.stem', params), calc },
        { value: calc.value, why: 'npsRight' },
        [
          { value: p + d > 0 ? Math.round((100 * (p - d)) / (p + d)) : NaN, why: 'npsNoPassives' },
          { value: Math.round((100 * p) / total), why: 'npsPromotersOnly' },
          { value: Math.round((100 * (p + pa - d)) / total), why: 'npsPassivesAsPromoters' },
          { value: -calc.value, why: 'npsReversed' },
        ],
        0,
        params,
      );
    },
  };
}

function npsShares(id: string, at: Pick): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const q = at(ctx);
      if (q === null) return null;
      const o = outcomes(ctx)[q]!;
      const p = Math.round(o.true.promoters);
      const d = Math.round(o.true.detractors);
      const params = { q: num(q + 1), p: num(p), d: num(d) };
      return numeric(
        random,
        { template: id, competency: 'metrics', stem: text('practice.game.npsShares.stem', params) },
        { value: p - d, why: 'sharesRight' },
        [
          { value: p + d, why: 'sharesAdded' },
          { value: p, why: 'sharesPromotersOnly' },
          {
            value: p + d > 0 ? Math.round((100 * (p - d)) / (p + d)) : NaN,
            why: 'sharesNoPassives',
          },
          { value: d - p, why: 'sharesReversed' },
        ],
        0,
        params,
      );
    },
  };
}

function csatCount(id: string, at: Pick): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const q = at(ctx);
      if (q === null) return null;
      const o = outcomes(ctx)[q]!;
      const contacts = Math.round(o.touchpoints.reduce((a, t) => a + t.contacts, 0));
      const csat = Math.round(o.true.csat);
      if (contacts < 10) return null;
      const value = Math.round((contacts * csat) / 100);
      const params = { q: num(q + 1), contacts: num(contacts), csat: num(csat) };
      return numeric(
        random,
        { template: id, competency: 'metrics', stem: text('practice.game.csat.stem', params) },
        { value, why: 'csatRight' },
        [
          { value: contacts - value, why: 'csatRest' },
          { value: csat, why: 'csatPercentAsCount' },
          { value: Math.round((contacts * csat) / 1000), why: 'csatDecimal' },
          { value: Math.round(contacts / 2), why: 'csatHalf' },
        ],
        0,
        params,
      );
    },
  };
}

const cesChange: GameTemplate = {
  id: 'game-ces-change',
  competency: 'metrics',
  build(ctx, random) {
    if (lastIndex(ctx) < 1) return null;
    const a = round1(outcomes(ctx)[0]!.true.ces);
    const b = round1(outcomes(ctx)[lastIndex(ctx)]!.true.ces);
    const value = round1(b - a);
    const params = { a: num(a, 1), b: num(b, 1), quarters: num(lastIndex(ctx) + 1) };
    return numeric(
      random,
      {
        template: 'game-ces-change',
        competency: 'metrics',
        stem: text('practice.game.ces.stem', params),
      },
      { value, why: 'cesRight' },
      [
        { value: round1(a - b), why: 'cesReversed' },
        { value: a > 0 ? round1((100 * (b - a)) / a) : NaN, why: 'cesPercent' },
        { value: b, why: 'cesLastOnly' },
        { value: round1(a + b), why: 'cesAdded' },
      ],
      1,
      params,
    );
  },
};

function moeCalc(id: string, at: Pick): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const q = at(ctx);
      if (q === null) return null;
      const n = Math.round(outcomes(ctx)[q]!.measured.responses);
      if (n < 4) return null;
      const calc: Calc = { kind: 'moe', p: 0.5, n, value: 0 };
      calc.value = recompute(calc);
      const se = Math.sqrt(0.25 / n) * 100;
      const params = { q: num(q + 1), n: num(n) };
      return numeric(
        random,
        { template: id, competency: 'metrics', stem: text('practice.game.moe.stem', params), calc },
        { value: calc.value, why: 'moeCalcRight' },
        [
          { value: round1(se), why: 'moeNoZ' },
          { value: round1(2 * calc.value), why: 'moeFullWidth' },
          { value: round1(1.96 * (0.25 / n) * 100), why: 'moeNoRoot' },
          { value: round1(calc.value / 2), why: 'moeHalved' },
        ],
        1,
        params,
        'practice.game.option.points',
      );
    },
  };
}

function responseRate(id: string, at: (ctx: GameContext) => number | null): GameTemplate {
  return {
    id,
    competency: 'insights',
    build(ctx, random) {
      const q = at(ctx);
      if (q === null) return null;
      const o = outcomes(ctx)[q]!;
      const sent = Math.round(o.measured.invitations);
      const got = Math.round(o.measured.responses);
      if (sent < 10 || got < 1) return null;
      const value = Math.round((100 * got) / sent);
      const params = { q: num(q + 1), sent: num(sent), got: num(got) };
      return numeric(
        random,
        { template: id, competency: 'insights', stem: text('practice.game.rate.stem', params) },
        { value, why: 'rateRight' },
        [
          { value: 100 - value, why: 'rateNonResponse' },
          { value: Math.round((100 * sent) / got), why: 'rateInverse' },
          {
            value: Math.round((100 * got) / Math.max(1, o.true.customers)),
            why: 'rateOfCustomers',
          },
          { value: Math.round((1000 * got) / sent), why: 'rateDecimal' },
        ],
        0,
        params,
        'practice.game.option.percent',
      );
    },
  };
}

const firstMeasured = (ctx: GameContext) => {
  const q = outcomes(ctx).findIndex((o) => o.measured.invitations > 0);
  return q < 0 ? null : q;
};
const lastMeasured = (ctx: GameContext) => {
  const q = outcomes(ctx).findLastIndex((o) => o.measured.invitations > 0);
  return q < 0 ? null : q;
};

function churnCount(id: string, at: Pick): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const q = at(ctx);
      if (q === null || q < 1) return null;
      const before = Math.round(outcomes(ctx)[q - 1]!.true.customers);
      const now = Math.round(outcomes(ctx)[q]!.true.customers);
      const kept = Math.round(outcomes(ctx)[q]!.true.retention);
      const value = Math.round((before * (100 - kept)) / 100);
      const params = {
        q: num(q + 1),
        prev: num(q),
        before: num(before),
        now: num(now),
        kept: num(kept),
      };
      return numeric(
        random,
        { template: id, competency: 'metrics', stem: text('practice.game.churn.stem', params) },
        { value, why: 'churnRight' },
        [
          { value: Math.round((before * kept) / 100), why: 'churnStayed' },
          { value: Math.round((now * (100 - kept)) / 100), why: 'churnWrongBase' },
          { value: 100 - kept, why: 'churnPercentAsCount' },
          { value: before - now, why: 'churnNetChange' },
        ],
        0,
        params,
      );
    },
  };
}

const clv: GameTemplate = {
  id: 'game-clv',
  competency: 'metrics',
  build(ctx, random) {
    const o = outcomes(ctx)[lastIndex(ctx)]!;
    const customers = o.true.customers;
    if (customers <= 0 || o.true.profit <= 0) return null;
    const margin = Math.round((4 * o.true.profit * 1000) / customers);
    const retention = round2((o.true.retention / 100) ** 4);
    if (margin <= 0 || retention <= 0.05 || retention >= 0.99) return null;
    const calc: Calc = { kind: 'clv', margin, retention, discount: 0.1, value: 0 };
    calc.value = recompute(calc);
    const params = {
      q: num(lastIndex(ctx) + 1),
      margin: num(margin),
      quarterly: num(Math.round(o.true.retention)),
      retention: num(retention, 2),
    };
    return numeric(
      random,
      {
        template: 'game-clv',
        competency: 'metrics',
        stem: text('practice.game.clv.stem', params),
        calc,
      },
      { value: calc.value, why: 'clvRight' },
      [
        { value: Math.round((margin * retention) / (1 - retention)), why: 'clvNoDiscount' },
        { value: Math.round(margin / (1.1 - retention)), why: 'clvNoRetentionOnTop' },
        { value: Math.round(margin * retention), why: 'clvOneYear' },
        { value: Math.round(margin / 0.1), why: 'clvNoChurn' },
      ],
      0,
      params,
      'practice.game.option.euro',
    );
  },
};

function roi(id: string, whole: boolean): GameTemplate {
  return {
    id,
    competency: 'metrics',
    build(ctx, random) {
      const os = whole ? outcomes(ctx) : [outcomes(ctx)[lastIndex(ctx)]!];
      const gain = Math.round(os.reduce((a, o) => a + o.true.revenue, 0));
      const cost = Math.round(os.reduce((a, o) => a + o.true.cost, 0));
      if (cost <= 0 || gain <= 0) return null;
      const calc: Calc = { kind: 'roi', gain, cost, value: 0 };
      calc.value = recompute(calc);
      const params = { q: num(lastIndex(ctx) + 1), gain: num(gain), cost: num(cost) };
      return numeric(
        random,
        {
          template: id,
          competency: 'metrics',
          stem: text(
            whole ? 'practice.game.roi.stemGame' : 'practice.game.roi.stemQuarter',
            params,
          ),
          calc,
        },
        { value: calc.value, why: 'roiRight' },
        [
          { value: Math.round((100 * (gain - cost)) / gain), why: 'roiOnRevenue' },
          { value: Math.round((100 * gain) / cost), why: 'roiRatio' },
          { value: -calc.value, why: 'roiReversed' },
          { value: gain - cost, why: 'roiMoney' },
        ],
        0,
        params,
        'practice.game.option.percent',
      );
    },
  };
}

const churnRevenue: GameTemplate = {
  id: 'game-churn-revenue',
  competency: 'metrics',
  build(ctx, random) {
    if (lastIndex(ctx) < 1) return null;
    const a = outcomes(ctx)[0]!;
    const b = outcomes(ctx)[lastIndex(ctx)]!;
    const customers = Math.round(b.true.customers);
    if (customers <= 0) return null;
    const churnBefore = round2(1 - a.true.retention / 100);
    const churnAfter = round2(1 - b.true.retention / 100);
    const revenuePerCustomer = Math.round((b.true.revenue * 1000) / customers);
    if (churnBefore === churnAfter || revenuePerCustomer <= 0) return null;
    const calc: Calc = {
      kind: 'churnRevenue',
      customers,
      churnBefore,
      churnAfter,
      revenuePerCustomer,
      value: 0,
    };
    calc.value = recompute(calc);
    const params = {
      last: num(lastIndex(ctx) + 1),
      customers: num(customers),
      before: num(Math.round(churnBefore * 100)),
      after: num(Math.round(churnAfter * 100)),
      revenue: num(revenuePerCustomer),
    };
    return numeric(
      random,
      {
        template: 'game-churn-revenue',
        competency: 'metrics',
        stem: text('practice.game.churnRevenue.stem', params),
        calc,
      },
      { value: calc.value, why: 'churnRevenueRight' },
      [
        { value: -calc.value, why: 'churnRevenueReversed' },
        {
          value: Math.round(customers * churnAfter * revenuePerCustomer),
          why: 'churnRevenueAfterOnly',
        },
        {
          value: Math.round(customers * churnBefore * revenuePerCustomer),
          why: 'churnRevenueBeforeOnly',
        },
        { value: Math.round(customers * (churnBefore - churnAfter)), why: 'churnRevenueCustomers' },
      ],
      0,
      params,
      'practice.game.option.euro',
    );
  },
};

export const NUMBER_TEMPLATES: GameTemplate[] = [
  npsCounts('game-nps-first', firstNps),
  npsCounts('game-nps-middle', middleNps),
  npsCounts('game-nps-last', lastNps),
  npsShares('game-nps-shares-first', first),
  npsShares('game-nps-shares-last', last),
  csatCount('game-csat-first', first),
  csatCount('game-csat-last', last),
  cesChange,
  moeCalc('game-moe-first', firstMeasured),
  moeCalc('game-moe-last', lastMeasured),
  responseRate('game-rate-first', firstMeasured),
  responseRate('game-rate-last', lastMeasured),
  churnCount('game-churn-second', second),
  churnCount('game-churn-last', last),
  clv,
  roi('game-roi-quarter', false),
  roi('game-roi-game', true),
  churnRevenue,
];
