import * as Constants from '../constants';
import { exp } from '../math';
import type { Model } from '../model';
import { DIMENSIONS } from '../schema/common';
import type { QuarterDecisions } from '../schema/decisions';
import type { Scenario } from '../schema/scenario';
import type { CompanyState } from '../schema/state';
import type { EventImpact } from './events';
import { Block } from './block';
import { effectiveness } from './slow';

// A plain copy of the constants: where modules become CommonJS (tsx: the CLI, the bench) every
// read of a namespace property is a getter call, and these are read per touchpoint and channel.
const K = { ...Constants };

const REL = 0;
const ASS = 1;
const EMP = 3;
const RESP = 4;

/**
 * Everything that does not depend on the individual customer, computed once per quarter per
 * (segment, touchpoint, preferred channel): the channel that actually serves, the disconfirmation
 * before the customer's own expectations, and the effort. The hot loop only looks these up.
 */
export interface Tables {
  /** Channel serving touchpoint t for a customer preferring channel p: [t*C+p]; −1 none. */
  route: Int8Array;
  /** Effort (0–1): [t*C+p]. */
  effort: Float64Array;
  /** CES 2.0 ease (1–7) at a touchpoint for a customer coming from channel c (row c + 1; row 0:
   * none yet): [(row*T+t)*C+p]. The mean of the answers of those served, those who switched and
   * those who gave up, not the answer of a customer with their mean effort: the scale stops at 1,
   * and a queue where half give up would otherwise read as if everyone had given up. Filled only
   * where the walk reads it (a service contact, a CES survey). */
  ease: Float64Array;
  /** Disconfirmation minus effort penalty: [(g*T+t)*C+p]. */
  base: Float64Array;
  /** Reach as a threshold on 8 bits (256 = everyone). */
  reach256: Int32Array;
  kanoLoss: Float64Array;
  kanoGain: Float64Array;
  intensity: Float64Array;
  service: Uint8Array;
  silo: Float64Array;
  /** Per channel. */
  open: Uint8Array;
  demand: Float64Array;
  capacity: Float64Array;
  load: Float64Array;
  wait: Float64Array;
  quality: Float64Array;
  /** Per segment expectation [g*5+k]. */
  expectation: Float64Array;
  /** Survey: metric per touchpoint (0 none, 1 NPS, 2 CSAT, 3 CES), sampling threshold on 16 bits. */
  metric: Int32Array;
  sample: Int32Array;
  responseRate: Float64Array;
  passes: Float64Array;
  /** Over-promising (link 1): promised quality not delivered, 0–1. */
  communicationGap: number;
  /** Human-channel load (demand / capacity). */
  overload: number;
  coherent: boolean;
  drivers: { key: string; value: number }[];
  /** Touchpoint quality and effort relief bought this quarter that lasts (next quarter). */
  pendingQuality: Record<string, number>;
  pendingRelief: Record<string, number>;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

function queueFactor(load: number): number {
  // Waits grow like an M/M/1 queue, then pile up once demand passes capacity.
  const r = Math.min(load, K.LOAD_CEILING);
  let q = r / (1 - r);
  if (load > K.LOAD_CEILING) q += (load - K.LOAD_CEILING) * K.QUEUE_OVERFLOW;
  return q / K.QUEUE_REFERENCE;
}

/** What the tables need that does not depend on the head count per segment. */
export interface TableInputs {
  model: Model;
  c: CompanyState;
  d: QuarterDecisions;
  impact: EventImpact;
  brand: Scenario['promises']['brand'][number];
  coherent: boolean;
  expectation: Float64Array;
  raise: Float64Array;
  reach256: Int32Array;
  kanoLoss: Float64Array;
  kanoGain: Float64Array;
  intensity: Float64Array;
  service: Uint8Array;
  q: Float64Array;
  eventQ: Float64Array;
  pendingQuality: Record<string, number>;
  pendingRelief: Record<string, number>;
  open: Uint8Array;
  route: Int8Array;
  switched: Uint8Array;
  /** Where a customer who abandons channel ch's queue at touchpoint t tries next: [t*C+ch], the
   * most popular other open channel serving t; −1 none (link 4: customers switch channel). */
  alt: Int8Array;
  /** Governance in force this quarter: last quarter's decision (link 14). */
  governance: QuarterDecisions['governance'];
  /** The brand promise changed this quarter: staff are unsure what to deliver (link 1). */
  promiseChanged: boolean;
}

/**
 * The part of the tables that the head count does not change: expectations, touchpoint quality,
 * reach and routing. A quarter builds the tables twice (before and after arrivals) from one of
 * these, as `c`, `d` and the events do not change in between.
 */
export function tableInputs(
  model: Model,
  c: CompanyState,
  d: QuarterDecisions,
  impact: EventImpact,
  difficultyExpectation: number,
  /** Governance decided last quarter, which acts this quarter (link 14). */
  governance: QuarterDecisions['governance'] = d.governance,
  /** The brand promise last quarter; a different one now confuses staff (link 1). */
  previousPromise: string = d.strategy.brandPromise,
): TableInputs {
  const { T, C, G, S, scenario, touchpoints, tpWeights, serves, prefShare, stageOfTp } = model;
  const brand = scenario.promises.brand.find((p) => p.id === d.strategy.brandPromise)!;
  const customerPromises = scenario.promises.customer.filter((p) =>
    d.strategy.customerPromises.includes(p.id),
  );
  const coherent = brand.price === d.strategy.pricePosition;
  // The arrays below from one buffer (block.ts): 17 of them, 8 bytes each for alignment.
  const mem = new Block(8 * (5 * G + 10 * T) + 7 * T + C + 3 * T * C + 8 * 17);

  // Expectations per segment (link 1): baseline + promise + reputation + price position.
  const credibleShare = K.PROMISE_HEARD_SHARE + (1 - K.PROMISE_HEARD_SHARE) * c.credibility;
  const expectation = mem.f64(G * 5);
  scenario.segments.forEach((seg, g) => {
    DIMENSIONS.forEach((dim, k) => {
      expectation[g * 5 + k] =
        seg.expectations[dim] +
        difficultyExpectation +
        (K.REPUTATION_TO_EXPECTATION * (c.reputation - 50)) / 50 +
        K.PRICE_EXPECTATION[d.strategy.pricePosition] +
        brand.dims[dim] * credibleShare;
    });
  });
  const raise = mem.f64(T * 5);
  const promised = mem.u8(T);
  for (const cp of customerPromises)
    for (const id of cp.touchpoints) {
      const t = model.tpIndex.get(id);
      if (t === undefined) continue;
      promised[t] = 1;
      DIMENSIONS.forEach((dim, k) => (raise[t * 5 + k] = raise[t * 5 + k]! + cp.dims[dim]));
    }

  // Touchpoints: reach, Kano shape, quality.
  const reach256 = mem.i32(T);
  const kanoLoss = mem.f64(T);
  const kanoGain = mem.f64(T);
  const intensity = mem.f64(T);
  const service = mem.u8(T);
  const removed = mem.u8(T);
  const q = mem.f64(T);
  const eventQ = mem.f64(T);
  const pendingQuality: Record<string, number> = {};
  const pendingRelief: Record<string, number> = {};
  const investmentReference = K.INVESTMENT_REFERENCE * scenario.company.budget;
  let brandTop = 0;
  DIMENSIONS.forEach((dim) => (brandTop = Math.max(brandTop, brand.dims[dim])));
  touchpoints.forEach((tp, t) => {
    const plan = d.journey.touchpoints[tp.id];
    const survey = d.metrics.surveys[tp.id];
    const measured = survey !== undefined && survey.metric !== 'none' && survey.sampleSize > 0;
    // Linked to the promise: a customer promise covers it, or the brand promise speaks to the
    // dimension that weighs most here.
    let topK = 0;
    for (let k = 1; k < 5; k++) if (tpWeights[t * 5 + k]! > tpWeights[t * 5 + topK]!) topK = k;
    const linked =
      promised[t] === 1 ||
      (brandTop > 0 && brand.dims[DIMENSIONS[topK]!] >= brandTop * K.PROMISE_LINK_SHARE);
    const eff = effectiveness(governance.owner, measured, linked, c.gaps.knowledge);
    const invest = plan?.investment ?? 0;
    removed[t] = plan?.removed ? 1 : 0;
    eventQ[t] = impact.quality.get(tp.id) ?? 0;
    q[t] =
      tp.quality +
      (c.quality[tp.id] ?? 0) +
      K.INVESTMENT_MAX_QUALITY * eff * (1 - exp(-invest / investmentReference)) +
      eventQ[t]! +
      (d.journey.peak === tp.id ? K.DESIGNED_PEAK * eff : 0) +
      (d.journey.end === tp.id ? K.DESIGNED_END * eff : 0);
    if (plan?.redesign) {
      pendingQuality[tp.id] = (pendingQuality[tp.id] ?? 0) + K.REDESIGN_QUALITY * eff;
      pendingRelief[tp.id] = (pendingRelief[tp.id] ?? 0) + K.REDESIGN_EFFORT_RELIEF * eff;
    }
    const reach = clamp(tp.reach + (impact.reach.get(tp.id) ?? 0), 0, 1);
    reach256[t] = removed[t] && tp.kano !== 'mustBe' ? 0 : Math.round(reach * 256);
    kanoLoss[t] = K.KANO[tp.kano].loss;
    kanoGain[t] = K.KANO[tp.kano].gain;
    // One bad must-be spoils the journey whatever its own intensity (link 6).
    intensity[t] =
      tp.kano === 'mustBe' ? Math.max(tp.intensity, K.MUST_BE_PEAK_INTENSITY) : tp.intensity;
    service[t] = tp.serviceContact ? 1 : 0;
  });
  for (const id of d.journey.initiatives) {
    const ini = scenario.initiatives.find((x) => x.id === id);
    if (!ini) continue;
    const eff = effectiveness(
      governance.owner,
      true,
      ini.touchpoints.some((tp) => promised[model.tpIndex.get(tp) ?? 0] === 1),
      c.gaps.knowledge,
    );
    for (const tp of ini.touchpoints) {
      pendingQuality[tp] = (pendingQuality[tp] ?? 0) + ini.quality * eff;
      pendingRelief[tp] = (pendingRelief[tp] ?? 0) + ini.effort * eff;
    }
  }

  // Routing: the preferred channel when it is open and serves the touchpoint, else the open
  // serving channel most customers of that stage prefer (a switch, with effort).
  const open = mem.u8(C);
  scenario.channels.forEach((ch, i) => (open[i] = d.channels[ch.id]?.open ? 1 : 0));
  const route = mem.i8(T * C).fill(-1);
  const switched = mem.u8(T * C);
  const alt = mem.i8(T * C).fill(-1);
  for (let t = 0; t < T; t++) {
    if (removed[t]) continue;
    const s = stageOfTp[t]!;
    let fallback = -1;
    let second = -1;
    let best = -1;
    let next = -1;
    for (let ch = 0; ch < C; ch++) {
      if (!open[ch] || !serves[t * C + ch]) continue;
      let pop = 0;
      for (let g = 0; g < G; g++) pop += prefShare[(g * S + s) * C + ch]!;
      if (pop > best) {
        next = best;
        second = fallback;
        best = pop;
        fallback = ch;
      } else if (pop > next) {
        next = pop;
        second = ch;
      }
    }
    for (let p = 0; p < C; p++) {
      const direct = open[p] && serves[t * C + p];
      route[t * C + p] = direct ? p : fallback;
      switched[t * C + p] = direct ? 0 : 1;
      if (direct || p === fallback) alt[t * C + p] = p === fallback ? second : fallback;
    }
  }

  return {
    model,
    c,
    d,
    impact,
    brand,
    coherent,
    expectation,
    raise,
    reach256,
    kanoLoss,
    kanoGain,
    intensity,
    service,
    q,
    eventQ,
    pendingQuality,
    pendingRelief,
    open,
    route,
    switched,
    alt,
    governance,
    promiseChanged: previousPromise !== d.strategy.brandPromise,
  };
}

export function buildTables(
  inputs: TableInputs,
  segCounts: Float64Array,
  /** False: only what arrivals need (channels open, their quality; promise coherence). */
  full = true,
): Tables {
  const { model, c, d, impact, brand, coherent, expectation, raise, reach256, q, eventQ } = inputs;
  const { route, alt, open, governance, promiseChanged } = inputs;
  const { kanoLoss, kanoGain, intensity, service, pendingQuality, pendingRelief, switched } =
    inputs;
  const { T, C, G, S, scenario, touchpoints, tpWeights, prefShare, stageOfTp, human } = model;
  // The arrays from one buffer (block.ts), 8 bytes each for alignment: 10 up to the channels,
  // 25 more that only the full tables make.
  const mem = new Block(
    8 * (8 * C + T * C + T) +
      C +
      8 * 10 +
      (full
        ? 8 * (7 * C + C * C + T * C * (C + 22) + G * T * C + 10 * T + 15) + 8 * T + 8 * 25
        : 0),
  );
  // Expected demand per channel from the segments' preferences.
  const demand = mem.f64(C);
  // Demand per touchpoint and serving channel, for where abandoned contacts go next.
  const demandAt = mem.f64(T * C);
  const passes = mem.f64(T);
  for (let t = 0; t < T; t++) {
    const s = stageOfTp[t]!;
    const reach = reach256[t]! / 256;
    for (let g = 0; g < G; g++) {
      const n = segCounts[g]! * reach;
      passes[t] = passes[t]! + n;
      for (let p = 0; p < C; p++) {
        const ch = route[t * C + p]!;
        if (ch >= 0)
          demandAt[t * C + ch] = demandAt[t * C + ch]! + n * prefShare[(g * S + s) * C + p]!;
      }
    }
    for (let ch = 0; ch < C; ch++) demand[ch] = demand[ch]! + demandAt[t * C + ch]!;
  }

  // Channels: capacity, load, wait, quality from funding per contact (link 5).
  const capacity = mem.f64(C);
  const load = mem.f64(C);
  const wait = mem.f64(C);
  const quality = mem.f64(C);
  const waitIdx = mem.f64(C);
  const abandon = mem.f64(C);
  let humanDemand = 0;
  let humanCapacity = 0;
  const queue = (i: number) => {
    load[i] = capacity[i]! > 0 ? demand[i]! / capacity[i]! : demand[i]! > 0 ? 10 : 0;
    wait[i] = scenario.channels[i]!.baseWait * queueFactor(load[i]!);
    // Demand above capacity is not served: that share abandons the queue (capacity is what gets
    // through). Those served wait, with effort growing with the wait up to the longest a customer
    // sits through (link 4).
    abandon[i] = load[i]! > 1 ? 1 - 1 / load[i]! : 0;
    waitIdx[i] = Math.min(wait[i]!, K.WAIT_PATIENCE_MINUTES) / K.WAIT_FULL_EFFORT_MINUTES;
  };
  // A digital channel's capacity is systems that grow with the customers using them, so it follows
  // the customer base; a human channel's is people, the player's staffing and capacity decisions
  // (links 4 and 11: a company that grows without hiring overloads its staff).
  let walking = 0;
  for (let g = 0; g < G; g++) walking += segCounts[g]!;
  const volume = walking / scenario.population.customers;
  scenario.channels.forEach((ch, i) => {
    const plan = d.channels[ch.id];
    if (!open[i] || !plan) return;
    const staffing = ch.kind === 'human' ? d.culture.staffing : volume;
    capacity[i] = plan.capacity * ch.contactsPerUnit * staffing * (impact.capacity.get(ch.id) ?? 1);
    queue(i);
  });
  // Those who abandon a queue try the next channel that serves the touchpoint (link 4: customers
  // switch channel), adding to its demand and its queue; who abandons there too gives up. One
  // round: the first channel's abandonment is what spills.
  const spilled = mem.u8(C);
  const firstAbandon = mem.f64(C);
  firstAbandon.set(abandon);
  for (let t = 0; t < T; t++)
    for (let ch = 0; ch < C; ch++) {
      const a = firstAbandon[ch]!;
      const to = alt[t * C + ch]!;
      if (a > 0 && to >= 0 && demandAt[t * C + ch]! > 0) {
        demand[to] = demand[to]! + a * demandAt[t * C + ch]!;
        spilled[to] = 1;
      }
    }
  for (let i = 0; i < C; i++) if (spilled[i] && open[i]) queue(i);
  scenario.channels.forEach((ch, i) => {
    const plan = d.channels[ch.id];
    if (!open[i] || !plan) return;
    const perThousand =
      demand[i]! > 0 ? (plan.funding * 1000) / demand[i]! : ch.fundingReference * 4;
    const funded = 1 - exp(-perThousand / ch.fundingReference);
    quality[i] = ch.quality * (K.CHANNEL_FLOOR + (1 - K.CHANNEL_FLOOR) * funded);
    if (ch.kind === 'human') {
      humanDemand += demand[i]!;
      humanCapacity += capacity[i]!;
    }
  });
  const overload = humanCapacity > 0 ? humanDemand / humanCapacity : 0;
  if (!full) {
    // Arrivals look only at the channels; skip the per-customer tables (a quarter builds the
    // tables twice, before and after arrivals).
    const none = new Float64Array(0);
    return {
      route,
      effort: none,
      base: none,
      reach256,
      kanoLoss,
      kanoGain,
      intensity,
      service,
      silo: none,
      open,
      demand,
      capacity,
      load,
      wait,
      quality,
      expectation,
      ease: none,
      metric: new Int32Array(0),
      sample: new Int32Array(0),
      responseRate: none,
      passes,
      communicationGap: 0,
      overload,
      coherent,
      drivers: [],
      pendingQuality,
      pendingRelief,
    };
  }

  // Perceived-quality offsets per channel and dimension (engagement, waits) and per dimension
  // (the standards and delivery gaps, link 10/11).
  const engQ = (K.ENGAGEMENT_TO_QUALITY * (c.engagement - 50)) / 50;
  // What the price pays for (link 12) and how far customers trust the brand (link 1).
  const priceDelivered = K.PRICE_DELIVERED[d.strategy.pricePosition];
  const trust = K.CREDIBILITY_TO_TRUST * (c.credibility - K.CREDIBILITY_NEUTRAL);
  const chOff = mem.f64(C * 5);
  for (let ch = 0; ch < C; ch++) {
    const base = K.CHANNEL_WEIGHT * (quality[ch]! - K.CHANNEL_NEUTRAL);
    const e = human[ch] ? engQ : engQ * K.ENGAGEMENT_DIGITAL_SHARE;
    for (let k = 0; k < 5; k++) chOff[ch * 5 + k] = base;
    chOff[ch * 5 + ASS] = chOff[ch * 5 + ASS]! + e;
    chOff[ch * 5 + EMP] = chOff[ch * 5 + EMP]! + e;
    chOff[ch * 5 + RESP] = chOff[ch * 5 + RESP]! + e - K.WAIT_RESPONSIVENESS * waitIdx[ch]!;
  }
  const gapOff = mem.f64(5);
  gapOff[REL] =
    -K.STANDARDS_GAP_QUALITY * c.gaps.standards - K.DELIVERY_GAP_QUALITY * c.gaps.delivery;
  gapOff[ASS] = -K.STANDARDS_GAP_QUALITY * c.gaps.standards;
  gapOff[RESP] = -K.DELIVERY_GAP_QUALITY * c.gaps.delivery;
  DIMENSIONS.forEach((dim, k) => (gapOff[k] = gapOff[k]! + priceDelivered[dim]));
  gapOff[ASS] = gapOff[ASS]! + trust;
  // A promise changed this quarter: staff do not yet know what to deliver (link 1).
  if (promiseChanged) gapOff[REL] = gapOff[REL]! - K.PROMISE_CHANGE_CONFUSION;

  // Effort per touchpoint and preferred channel (link 4).
  const handoffEffort = K.HANDOFF_EFFORT * (governance.council ? K.COUNCIL_HANDOFF_FACTOR : 1);
  // Per channel: the wait of those served and how easy the channel is to use (a channel run well
  // takes less effort, link 5).
  const channelQualityEffort = mem.f64(C);
  const servedEffort = mem.f64(C);
  for (let ch = 0; ch < C; ch++) {
    channelQualityEffort[ch] = K.CHANNEL_QUALITY_EFFORT * (K.CHANNEL_NEUTRAL - quality[ch]!);
    servedEffort[ch] = K.WAIT_EFFORT * waitIdx[ch]! + channelQualityEffort[ch]!;
  }
  const silo = mem.f64(C * C);
  scenario.channels.forEach((a, i) =>
    scenario.channels.forEach((b, j) => {
      if (i !== j)
        silo[i * C + j] =
          K.SILO_EFFORT * (1 - (c.connection[a.id] ?? 0) * (c.connection[b.id] ?? 0));
    }),
  );
  // Per touchpoint and serving channel (link 4): those served there; those who abandon its queue
  // sat through the wait, then switch to the next channel (its effort, repeating themselves where
  // the two are not connected) and are served there, or abandon again and give up, the need unmet.
  // `tcOff` blends the perceived-quality offsets of the channels that served; `unserved` is the
  // share never served.
  const tcEffort = mem.f64(T * C);
  // The same per-touchpoint and serving-channel effort as up to three groups of customers (served
  // there; switched and served; gave up): weights and efforts [j*3+k], for CES (`ease`).
  const groupW = mem.f64(T * C * 3);
  const groupE = mem.f64(T * C * 3);
  const tcQualityEffort = mem.f64(T * C);
  const unserved = mem.f64(T * C);
  const tcOff = mem.f64(T * C * 5);
  // A service contact that needed a person and lands in self-service is often not resolved there
  // (links 3–4): that share gives up as if it had abandoned again.
  const needsPerson = (t: number, from: number, to: number) =>
    service[t] && human[from] && !human[to] ? K.SELF_SERVICE_UNRESOLVED : 0;
  for (let t = 0; t < T; t++)
    for (let ch = 0; ch < C; ch++) {
      const j = t * C + ch;
      const a = abandon[ch]!;
      const to = alt[j]!;
      let e = (1 - a) * servedEffort[ch]!;
      let qe = (1 - a) * channelQualityEffort[ch]!;
      for (let k = 0; k < 5; k++) tcOff[j * 5 + k] = chOff[ch * 5 + k]!;
      groupW[j * 3] = 1 - a;
      groupE[j * 3] = servedEffort[ch]!;
      if (a > 0 && to >= 0) {
        const u = needsPerson(t, ch, to);
        const a2 = abandon[to]! + (1 - abandon[to]!) * u;
        const retry =
          K.WAIT_EFFORT * waitIdx[ch]! * Math.min(load[ch]!, K.QUEUE_ATTEMPTS) +
          K.SWITCH_EFFORT +
          silo[ch * C + to]!;
        e += a * (retry + (1 - a2) * servedEffort[to]! + a2 * K.ABANDON_EFFORT);
        groupW[j * 3 + 1] = a * (1 - a2);
        groupE[j * 3 + 1] = retry + servedEffort[to]!;
        groupW[j * 3 + 2] = a * a2;
        groupE[j * 3 + 2] = retry + K.ABANDON_EFFORT;
        qe += a * (1 - a2) * channelQualityEffort[to]!;
        unserved[j] = a * a2;
        for (let k = 0; k < 5; k++)
          tcOff[j * 5 + k] = (1 - a) * chOff[ch * 5 + k]! + a * chOff[to * 5 + k]!;
      } else {
        e += a * K.ABANDON_EFFORT;
        groupW[j * 3 + 2] = a;
        groupE[j * 3 + 2] = K.ABANDON_EFFORT;
        unserved[j] = a;
      }
      tcEffort[j] = e;
      tcQualityEffort[j] = qe;
    }
  const effort = mem.f64(T * C);
  const ease = mem.f64((C + 1) * T * C);
  // Per touchpoint and preferred channel: the share whose need is not met because their channel
  // is closed and the one they are sent to cannot resolve it.
  const unresolved = mem.f64(T * C);
  // CES per group of customers (its effort off the mean), then their mean (link 4; SIMULATION.md
  // metrics: CES is a mean of answers on a 1–7 scale). `x` is a customer's own silo effort, from
  // the channel used before. One group when nobody abandons and nothing is left unresolved, so the
  // answer is then 7 − CES_PER_EFFORT × the effort, as for a single customer.
  const easeAt = (effort: number) => {
    const x = 7 - K.CES_PER_EFFORT * (effort < 0 ? 0 : effort);
    return x < 1 ? 1 : x;
  };
  const easeOf = (e: number, j: number, u: number, x: number) => {
    if (groupW[j * 3]! === 1 && u === 0) return easeAt((e < 0 ? 0 : e) + x);
    const rest = e - tcEffort[j]! - u * K.ABANDON_EFFORT + x;
    let sum = 0;
    for (let k = 0; k < 3; k++) {
      const w = groupW[j * 3 + k]!;
      if (w > 0) {
        const g = rest + groupE[j * 3 + k]!;
        sum += w * ((1 - u) * easeAt(g) + (u > 0 ? u * easeAt(g + K.ABANDON_EFFORT) : 0));
      }
    }
    return sum;
  };
  for (let t = 0; t < T; t++) {
    const tp = touchpoints[t]!;
    const asksEase = service[t] || d.metrics.surveys[tp.id]?.metric === 'ces';
    const design = tp.effort * (1 - (c.effortRelief[tp.id] ?? 0)) + handoffEffort * tp.handoffs;
    for (let p = 0; p < C; p++) {
      const ch = route[t * C + p]!;
      // No ceiling (links 3–4: waits grow without one short of abandonment): a queue at 20× its
      // capacity costs more than one at 2×. It stays bounded all the same: a wait stops counting
      // at the customer's patience, retries at QUEUE_ATTEMPTS.
      const u = ch >= 0 && switched[t * C + p] ? needsPerson(t, p, ch) : 0;
      unresolved[t * C + p] = u;
      const e =
        ch < 0
          ? 0
          : design +
            tcEffort[t * C + ch]! +
            (switched[t * C + p] ? K.SWITCH_EFFORT : 0) +
            u * K.ABANDON_EFFORT;
      effort[t * C + p] = e < 0 ? 0 : e;
      // Only where the walk reads it: a service contact, or a touchpoint with a CES survey. Row
      // 0: no channel before; row 1 + c: channel c before (the walk's silo table).
      if (asksEase)
        for (let r = 0; r <= C; r++)
          ease[r * T * C + t * C + p] =
            ch < 0 ? 7 : easeOf(e, t * C + ch, u, r === 0 ? 0 : silo[(r - 1) * C + ch]!);
    }
  }

  // The disconfirmation table. Constants and per-touchpoint values as locals first: this runs
  // segments × touchpoints × channels × dimensions, twice a quarter.
  const MISSING_MUST_BE = K.MISSING_MUST_BE;
  const EFFORT_TO_SATISFACTION = K.EFFORT_TO_SATISFACTION;
  const SWITCH_EFFORT = K.SWITCH_EFFORT;
  const digitalEngQ = engQ * K.ENGAGEMENT_DIGITAL_SHARE;
  const DRIVER_ENGAGEMENT_SHARE = K.DRIVER_ENGAGEMENT_SHARE;
  const DRIVER_GAP_REL = K.DRIVER_GAP_WEIGHTS.reliability;
  const DRIVER_GAP_ASS = K.DRIVER_GAP_WEIGHTS.assurance;
  const DRIVER_GAP_RESP = K.DRIVER_GAP_WEIGHTS.responsiveness;
  const brandDims = mem.f64(5);
  for (let k = 0; k < 5; k++) brandDims[k] = brand.dims[DIMENSIONS[k]!];
  const tpQuality = mem.f64(T);
  const tpHandoffs = mem.f64(T);
  const tpEffort = mem.f64(T);
  const tpRelief = mem.f64(T);
  for (let t = 0; t < T; t++) {
    const tp = touchpoints[t]!;
    tpQuality[t] = tp.quality;
    tpHandoffs[t] = tp.handoffs;
    tpEffort[t] = tp.effort;
    tpRelief[t] = 1 - (c.effortRelief[tp.id] ?? 0);
  }
  const base = mem.f64(G * T * C);
  let shortfall = 0;
  let promisedWeight = 0;
  const drv = {
    quality: 0,
    expectations: 0,
    waits: 0,
    switches: 0,
    handoffs: 0,
    design: 0,
    engagement: 0,
    gaps: 0,
    events: 0,
    w: 0,
  };
  // What does not depend on the segment or the preferred channel, made once (the same operations on
  // the same numbers as inline, so the same results): perceived quality per touchpoint, serving
  // channel and dimension; what is promised per touchpoint and dimension.
  const perceivedAt = mem.f64(T * C * 5);
  const promisedAt = mem.f64(T * 5);
  for (let t = 0; t < T; t++) {
    for (let ch = 0; ch < C; ch++)
      for (let k = 0; k < 5; k++)
        perceivedAt[(t * C + ch) * 5 + k] = q[t]! + tcOff[(t * C + ch) * 5 + k]! + gapOff[k]!;
    for (let k = 0; k < 5; k++) promisedAt[t * 5 + k] = brandDims[k]! + raise[t * 5 + k]!;
  }
  const gapsDriver =
    gapOff[REL]! * DRIVER_GAP_REL + gapOff[ASS]! * DRIVER_GAP_ASS + gapOff[RESP]! * DRIVER_GAP_RESP;
  const expectedAt = mem.f64(5);
  for (let g = 0; g < G; g++)
    for (let t = 0; t < T; t++) {
      const s = stageOfTp[t]!;
      const reach = reach256[t]! / 256;
      // Expected quality per dimension for this segment here, and its weighted sum (drivers).
      let weightedExpectation = 0;
      for (let k = 0; k < 5; k++) {
        const expected = expectation[g * 5 + k]! + raise[t * 5 + k]!;
        expectedAt[k] = expected;
        weightedExpectation += tpWeights[t * 5 + k]! * expected;
      }
      for (let p = 0; p < C; p++) {
        const j = t * C + p;
        const ch = route[j]!;
        const n = segCounts[g]! * reach * prefShare[(g * S + s) * C + p]!;
        let a: number;
        if (ch < 0) a = -MISSING_MUST_BE;
        else {
          a = 0;
          const at = (t * C + ch) * 5;
          for (let k = 0; k < 5; k++) {
            const w = tpWeights[t * 5 + k]!;
            const perceived = perceivedAt[at + k]!;
            const expected = expectedAt[k]!;
            a += w * (perceived - expected);
            // Promised dimensions not delivered open the communication gap (gap 4).
            const promisedHere = promisedAt[t * 5 + k]!;
            if (promisedHere > 0) {
              const m = n * w * promisedHere;
              shortfall += m * Math.max(0, expected - perceived);
              promisedWeight += m;
            }
          }
          a -=
            EFFORT_TO_SATISFACTION * effort[j]! +
            K.ABANDON_SHORTFALL * (unserved[t * C + ch]! + unresolved[j]!);
        }
        base[(g * T + t) * C + p] = a;
        if (n > 0 && ch >= 0) {
          drv.w += n;
          drv.quality += n * (q[t]! - tpQuality[t]!);
          drv.engagement += n * (human[ch] ? engQ : digitalEngQ) * DRIVER_ENGAGEMENT_SHARE;
          drv.gaps += n * gapsDriver;
          drv.events += n * eventQ[t]!;
          drv.expectations -= n * weightedExpectation;
          drv.waits -=
            n *
            (EFFORT_TO_SATISFACTION * (tcEffort[t * C + ch]! - tcQualityEffort[t * C + ch]!) +
              K.ABANDON_SHORTFALL * unserved[t * C + ch]!);
          drv.switches -=
            n *
            (EFFORT_TO_SATISFACTION *
              ((switched[j] ? SWITCH_EFFORT : 0) + unresolved[j]! * K.ABANDON_EFFORT) +
              K.ABANDON_SHORTFALL * unresolved[j]!);
          drv.handoffs -= n * EFFORT_TO_SATISFACTION * handoffEffort * tpHandoffs[t]!;
          drv.design -= n * EFFORT_TO_SATISFACTION * tpEffort[t]! * tpRelief[t]!;
        }
      }
    }
  const communicationGap = clamp(
    promisedWeight > 0 ? (K.OVERPROMISE_TO_GAP * shortfall) / promisedWeight : 0,
    0,
    1,
  );

  // Listening: sampling threshold and response rate per touchpoint (link 8).
  const metric = mem.i32(T);
  const sample = mem.i32(T);
  const responseRate = mem.f64(T);
  touchpoints.forEach((tp, t) => {
    const s = d.metrics.surveys[tp.id];
    if (!s || s.metric === 'none' || s.sampleSize === 0 || passes[t]! <= 0) return;
    metric[t] = s.metric === 'nps' ? 1 : s.metric === 'csat' ? 2 : 3;
    sample[t] = Math.min(65536, Math.round((s.sampleSize / passes[t]!) * 65536));
    const baseRate = s.metric === 'nps' ? K.RESPONSE_RELATIONSHIP : K.RESPONSE_TRANSACTIONAL;
    responseRate[t] = clamp(
      baseRate * (1 + K.LOOP_RESPONSE_GAIN * c.loopTrust) * (1 - c.fatigue),
      0,
      1,
    );
  });

  const w = drv.w || 1;
  const pts = (x: number) => Math.round((x / w) * 10000) / 100;
  const drivers = [
    { key: 'engine.driver.quality', value: pts(drv.quality) },
    { key: 'engine.driver.expectations', value: pts(drv.expectations) },
    { key: 'engine.driver.waits', value: pts(drv.waits) },
    { key: 'engine.driver.switches', value: pts(drv.switches) },
    { key: 'engine.driver.handoffs', value: pts(drv.handoffs) },
    { key: 'engine.driver.design', value: pts(drv.design) },
    { key: 'engine.driver.engagement', value: pts(drv.engagement) },
    { key: 'engine.driver.gaps', value: pts(drv.gaps) },
    { key: 'engine.driver.events', value: pts(drv.events) },
  ];

  return {
    route,
    effort,
    ease,
    base,
    reach256,
    kanoLoss,
    kanoGain,
    intensity,
    service,
    silo,
    open,
    demand,
    capacity,
    load,
    wait,
    quality,
    expectation,
    metric,
    sample,
    responseRate,
    passes,
    communicationGap,
    overload,
    coherent,
    drivers,
    pendingQuality,
    pendingRelief,
  };
}
