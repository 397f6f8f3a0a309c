import * as Constants from '../constants';
import { clone } from '../game';
import { kernelPool, walk } from '../kernel/walkKernel';
import { modelOf } from '../model';
import { attachPool, ownPool, poolArraysOf } from '../poolArrays';
import type { QuarterDecisions } from '../schema/decisions';
import type { QuarterOutcome } from '../schema/outcome';
import type { Scenario } from '../schema/scenario';
import type { GameState } from '../schema/state';
import { checkAndCost } from '../validate';
import { eventImpact, rollEvents } from './events';
import { arrive, decideStaying } from './market';
import { measuredView } from './measure';
import { moveSlowVariables } from './slow';
import { buildTables, tableInputs } from './tables';
import { chooseVerbatims, eventWordsOf } from './verbatims';
import { emptyTotals } from './walk';

// A plain copy of the constants: where modules become CommonJS (tsx: the CLI, the bench) every
// read of a namespace property is a getter call, and these are read per touchpoint and channel.
const K = { ...Constants };

export class InvalidDecisionsError extends Error {
  constructor(
    readonly errors: { path: string; code: string; params: Record<string, string | number> }[],
    /** The quarter (0-based) the decisions were refused for. */
    readonly quarter: number,
  ) {
    super(
      `invalid decisions in quarter ${quarter + 1}: ${errors.map((e) => `${e.path || '(plan)'} ${e.code} ${JSON.stringify(e.params)}`).join('; ')}`,
    );
  }
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Plays one quarter: the decisions are applied, the slow variables move, customers stay or leave,
 * new ones arrive, everyone walks the journey, surveys collect answers, money is counted. Pure: the
 * input state is not changed; the next state and the quarter's outcome are returned.
 */
export function playQuarter(
  scenario: Scenario,
  state: GameState,
  decisions: QuarterDecisions,
): { state: GameState; outcome: QuarterOutcome } {
  const check = checkAndCost(scenario, state, decisions);
  if (!check.ok) throw new InvalidDecisionsError(check.errors, state.quarter);
  const d = check.value;
  const model = modelOf(scenario);
  const preset = scenario.difficulty[state.difficulty];
  const c = clone(state.company);
  const prev = state.decisions;
  const q = state.quarter;
  // The quarter's copy of the pool goes straight into the WebAssembly walk's memory where it runs.
  const work = poolArraysOf(state, (cap) => kernelPool(model, cap));

  const impact = eventImpact(scenario, state, d);
  const costs = check.costs;
  // Customers stay or leave on last quarter's experience (churn reads only the pool, the slow
  // variables only the head count, so staying is decided first and counts the segments on the way).
  const stay = decideStaying(model, work, d, impact, state.seed, q);
  moveSlowVariables(model, c, prev, d, impact, stay.before);

  // Then new ones arrive.
  const inputs = tableInputs(
    model,
    c,
    d,
    impact,
    preset.expectations,
    prev.governance,
    prev.strategy.brandPromise,
  );
  const early = buildTables(inputs, stay.counts, false);
  let bestChannel = 0;
  for (let ch = 0; ch < model.C; ch++)
    if (early.open[ch]) bestChannel = Math.max(bestChannel, early.quality[ch]!);
  const arrivals = arrive(model, work, c, d, impact, early.coherent, bestChannel, state.seed, q);
  const counts = new Float64Array(model.G);
  for (let g = 0; g < model.G; g++) counts[g] = stay.counts[g]! + arrivals[g]!;
  const tb = buildTables(inputs, counts);

  const totals = emptyTotals(model);
  const spend = new Float64Array(
    scenario.segments.map((g) => g.spend * K.PRICE_FACTOR[d.strategy.pricePosition]),
  );
  walk(
    model,
    tb,
    work,
    { seed: state.seed, quarter: q, spend, closeTheLoop: d.understanding.closeTheLoop },
    totals,
  );
  // The next state's pool, in a buffer of its own.
  const pool = ownPool(work);

  // True outcomes.
  let customers = 0;
  let promoters = 0;
  let detractors = 0;
  for (let g = 0; g < model.G; g++) {
    customers += totals.segCustomers[g]!;
    promoters += totals.segPromoters[g]!;
    detractors += totals.segDetractors[g]!;
  }
  const nps = customers > 0 ? (100 * (promoters - detractors)) / customers : 0;
  let contacts = 0;
  let top2 = 0;
  let below = 0;
  for (let t = 0; t < model.T; t++) {
    contacts += totals.contacts[t]!;
    top2 += totals.top2[t]!;
    below += totals.below[t]!;
  }
  const csat = contacts > 0 ? (100 * top2) / contacts : 0;
  const ces =
    totals.serviceCustomers > 0
      ? totals.serviceEaseSum / totals.serviceCustomers
      : clamp(7 - K.CES_PER_EFFORT * (customers > 0 ? totals.effortSum / customers : 0), 1, 7);

  // Slow variables that follow the quarter: promise kept, reputation, word of mouth, listening.
  c.gaps.communication = clamp(
    K.COMMUNICATION_GAP_MEMORY * c.gaps.communication +
      (1 - K.COMMUNICATION_GAP_MEMORY) * tb.communicationGap,
    0,
    1,
  );
  const kept =
    (1 - K.GAP4_TO_CREDIBILITY * c.gaps.communication) *
    (tb.coherent ? 1 : K.INCOHERENT_PROMISE_KEPT);
  c.credibility = clamp(c.credibility + K.CREDIBILITY_RATE * (kept - c.credibility), 0, 1);
  const repTarget = clamp(50 + K.REPUTATION_PER_NPS * nps, 0, 100);
  c.reputation = clamp(
    c.reputation +
      (repTarget > c.reputation ? K.REPUTATION_UP_RATE : K.REPUTATION_DOWN_RATE) *
        (repTarget - c.reputation),
    0,
    100,
  );
  c.nps = nps;
  c.promoters = customers > 0 ? promoters / customers : 0;
  c.detractors = customers > 0 ? detractors / customers : 0;
  const removed = model.touchpoints.map((tp) => d.journey.touchpoints[tp.id]?.removed ?? false);
  const sampleSizes = model.touchpoints.map((tp) => d.metrics.surveys[tp.id]?.sampleSize ?? 0);
  // Targets tied to bonuses push the measured answers up, not the true ones (truth 5).
  const tg = d.metrics.targets;
  const gamedShare = (x: number | null) => (tg.bonus && x !== null ? K.BONUS_GAMING_SHARE : 0);
  const gaming = [0, gamedShare(tg.nps), gamedShare(tg.csat), gamedShare(tg.ces)];
  const view = measuredView(model, tb, totals, sampleSizes, removed, gaming);
  const fatigueTarget =
    customers > 0 ? (K.FATIGUE_PER_INVITATION * view.measured.invitations) / customers : 0;
  c.fatigue = clamp(c.fatigue + K.FATIGUE_RATE * (fatigueTarget - c.fatigue), 0, K.FATIGUE_MAX);
  c.overload = tb.overload;
  c.pendingQuality = tb.pendingQuality;
  c.pendingRelief = tb.pendingRelief;

  // Money (link 13).
  const operations =
    (scenario.company.fixedCosts + scenario.company.costPerCustomer * customers) *
    K.PRICE_COST_TO_SERVE[d.strategy.pricePosition];
  // Whole k€, so cash is exactly the sum of profits.
  const revenue = Math.round(totals.revenue);
  const cost = Math.round(operations + costs.total + impact.cost);
  const profit = revenue - cost;
  c.cash += profit;
  const gameOver = c.cash < 0;

  const bySegment: Record<string, number> = {};
  const npsBySegment: Record<string, number> = {};
  const csatBySegment: Record<string, number> = {};
  const cesBySegment: Record<string, number> = {};
  const contactsBySegment: Record<string, number> = {};
  const serviceBySegment: Record<string, number> = {};
  scenario.segments.forEach((g, i) => {
    const n = totals.segCustomers[i]!;
    bySegment[g.id] = n * scenario.population.realPerSimulated;
    npsBySegment[g.id] =
      n > 0 ? round2((100 * (totals.segPromoters[i]! - totals.segDetractors[i]!)) / n) : 0;
    const contacted = totals.segContacts[i]!;
    csatBySegment[g.id] = contacted > 0 ? round2((100 * totals.segTop2[i]!) / contacted) : 0;
    const served = totals.segService[i]!;
    contactsBySegment[g.id] = contacted;
    serviceBySegment[g.id] = served;
    cesBySegment[g.id] = served > 0 ? round2(totals.segEaseSum[i]! / served) : round2(ces);
  });

  // The sampled customers are the first ones walked; what each remembers is in the pool.
  const paths: QuarterOutcome['paths'] = [];
  let member = 0;
  for (let k = 0; k < totals.paths; k++) {
    while (pool.segment[member]! < 0) member++;
    const memory = pool.memory[member++]!;
    const steps = [];
    for (let s = 0; s < totals.pathLen[k]!; s++) {
      const at = k * model.T + s;
      const ch = totals.pathCh[at]!;
      steps.push({
        touchpoint: model.touchpoints[totals.pathTp[at]!]!.id,
        channel: ch >= 0 ? scenario.channels[ch]!.id : 'none',
        mood: round2(clamp(totals.pathMood[at]! * 3, -1, 1)),
      });
    }
    paths.push({
      segment: scenario.segments[totals.pathSeg[k]!]!.id,
      steps,
      memory: round2(memory),
    });
  }

  const channels: QuarterOutcome['channels'] = scenario.channels.map((ch, i) => ({
    id: ch.id,
    open: tb.open[i] === 1,
    demand: Math.round(tb.demand[i]!),
    capacity: Math.round(tb.capacity[i]!),
    load: round2(tb.load[i]!),
    waitMinutes: round2(tb.wait[i]!),
    quality: round2(tb.quality[i]!),
    connection: round2(c.connection[ch.id] ?? 0),
  }));

  const outcome: QuarterOutcome = {
    quarter: q,
    true: {
      nps: round2(nps),
      csat: round2(csat),
      ces: round2(ces),
      retention: stay.before > 0 ? round2((100 * stay.stayed) / stay.before) : 100,
      customers: customers * scenario.population.realPerSimulated,
      simulatedCustomers: customers,
      customersBySegment: bySegment,
      npsBySegment,
      csatBySegment,
      cesBySegment,
      contactsBySegment,
      serviceBySegment,
      newCustomers: arrivals.reduce((a, b) => a + b, 0) * scenario.population.realPerSimulated,
      reputation: round2(c.reputation),
      engagement: round2(c.engagement),
      credibility: round2(c.credibility),
      promoters: round2(100 * c.promoters),
      detractors: round2(100 * c.detractors),
      gaps: {
        knowledge: round2(c.gaps.knowledge),
        standards: round2(c.gaps.standards),
        delivery: round2(c.gaps.delivery),
        communication: round2(c.gaps.communication),
        customer: round2(contacts > 0 ? below / contacts : 0),
      },
      revenue,
      cost,
      profit,
      cash: c.cash,
    },
    measured: view.measured,
    touchpoints: view.touchpoints,
    channels,
    costs: {
      ...costs,
      events: costs.events + impact.cost,
      total: costs.total + impact.cost,
    },
    verbatims: chooseVerbatims(scenario, {
      seed: state.seed,
      quarter: q,
      paths,
      channels,
      touchpoints: view.touchpoints,
      posts: { complaints: d.understanding.complaints, reviewSites: d.understanding.reviewSites },
      eventWords: eventWordsOf(scenario, impact),
    }),
    paths,
    events: impact.list,
    drivers: tb.drivers,
    gameOver,
  };

  // The pool stays typed arrays until someone reads it (see poolArrays.ts).
  const next = attachPool<GameState>(
    {
      format: state.format,
      scenario: state.scenario,
      seed: state.seed,
      difficulty: state.difficulty,
      quarter: q + 1,
      finished: gameOver || q + 1 >= scenario.quarters,
      gameOver,
      company: c,
      decisions: clone(d),
    },
    pool,
  );
  rollEvents(scenario, next);
  return { state: next, outcome };
}
