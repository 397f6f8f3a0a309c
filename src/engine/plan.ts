import { clone } from './game';
import type { DecisionLog, DecisionsPatch, Plan, QuarterDecisions } from './schema/decisions';

/** Applies a hand-written patch to a quarter's decisions (records merge per key). */
export function applyPatch(base: QuarterDecisions, patch: DecisionsPatch): QuarterDecisions {
  const d = clone(base);
  if (patch.strategy) Object.assign(d.strategy, patch.strategy);
  if (patch.understanding) Object.assign(d.understanding, patch.understanding);
  if (patch.metrics?.targets) Object.assign(d.metrics.targets, patch.metrics.targets);
  for (const [id, s] of Object.entries(patch.metrics?.surveys ?? {}))
    d.metrics.surveys[id] = { metric: 'none', sampleSize: 0, ...d.metrics.surveys[id], ...s };
  if (patch.journey) {
    const j = patch.journey;
    for (const [id, tp] of Object.entries(j.touchpoints ?? {}))
      d.journey.touchpoints[id] = {
        investment: 0,
        redesign: false,
        removed: false,
        ...d.journey.touchpoints[id],
        ...tp,
      };
    if (j.peak !== undefined) d.journey.peak = j.peak;
    if (j.end !== undefined) d.journey.end = j.end;
    if (j.initiatives) d.journey.initiatives = [...j.initiatives];
  }
  for (const [id, ch] of Object.entries(patch.channels ?? {}))
    d.channels[id] = {
      open: false,
      funding: 0,
      capacity: 0,
      connected: false,
      ...d.channels[id],
      ...ch,
    };
  if (patch.governance) Object.assign(d.governance, patch.governance);
  if (patch.culture) Object.assign(d.culture, patch.culture);
  if (patch.events) d.events = { ...patch.events };
  return d;
}

/**
 * Expands a plan into a full decision log: each quarter patches the previous one; one-off choices
 * (redesigns, initiatives, event responses) do not carry over; the last patch repeats.
 */
export function planToLog(start: QuarterDecisions, plan: Plan, quarters: number): DecisionLog {
  const log: DecisionLog = [];
  let current = clone(start);
  for (let q = 0; q < quarters; q++) {
    const carried = clone(current);
    for (const tp of Object.values(carried.journey.touchpoints)) tp.redesign = false;
    carried.journey.initiatives = [];
    carried.events = {};
    const patch = plan.quarters[Math.min(q, plan.quarters.length - 1)]!;
    current = applyPatch(carried, q < plan.quarters.length ? patch : { strategy: {} });
    log.push(current);
  }
  return log;
}
