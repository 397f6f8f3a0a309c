import { MAX_VERBATIMS } from '../constants';
import type { Model } from '../model';
import type { Message } from '../schema/common';
import type { QuarterDecisions } from '../schema/decisions';
import type { CompanyState } from '../schema/state';
import type { Tables } from './tables';
import type { WalkTotals } from './walk';

/**
 * A handful of comments customers would write this quarter, as locale keys with parameters, in
 * order of how much they say about what happened. Parameters that are themselves locale keys are
 * translated by the locale text (nesting).
 */
export function chooseVerbatims(
  model: Model,
  tb: Tables,
  w: WalkTotals,
  c: CompanyState,
  d: QuarterDecisions,
  eventIds: string[],
  nps: number,
): Message[] {
  const { scenario, T, C } = model;
  const out: Message[] = [];
  for (const id of eventIds) {
    const ev = scenario.events.find((e) => e.id === id);
    if (ev) out.push({ key: ev.verbatim, params: {} });
  }
  let worst = -1;
  let best = -1;
  for (let t = 0; t < T; t++) {
    if (w.contacts[t]! < 20) continue;
    const m = w.satSum[t]! / w.contacts[t]!;
    if (worst < 0 || m < w.satSum[worst]! / w.contacts[worst]!) worst = t;
    if (best < 0 || m > w.satSum[best]! / w.contacts[best]!) best = t;
  }
  if (worst >= 0 && w.satSum[worst]! / w.contacts[worst]! < -0.03)
    out.push({
      key: 'engine.verbatim.badTouchpoint',
      params: { touchpoint: model.touchpoints[worst]!.name },
    });
  let longest = -1;
  for (let ch = 0; ch < C; ch++)
    if (tb.open[ch] && (longest < 0 || tb.wait[ch]! > tb.wait[longest]!)) longest = ch;
  if (longest >= 0 && tb.wait[longest]! >= 10)
    out.push({
      key: 'engine.verbatim.longWait',
      params: { channel: scenario.channels[longest]!.name, minutes: Math.round(tb.wait[longest]!) },
    });
  // A preferred channel that is closed while customers look for it.
  let closed = -1;
  let closedShare = 0;
  for (let ch = 0; ch < C; ch++) {
    if (tb.open[ch]) continue;
    let share = 0;
    for (let i = 0; i < model.prefShare.length; i += C) share += model.prefShare[i + ch]!;
    if (share > closedShare) {
      closedShare = share;
      closed = ch;
    }
  }
  if (closed >= 0 && closedShare / (model.G * model.S) > 0.05)
    out.push({
      key: 'engine.verbatim.channelClosed',
      params: { channel: scenario.channels[closed]!.name },
    });
  let siloPairs = 0;
  let openCount = 0;
  for (let a = 0; a < C; a++) {
    if (!tb.open[a]) continue;
    openCount++;
    for (let b = a + 1; b < C; b++) if (tb.open[b] && tb.silo[a * C + b]! > 0.09) siloPairs++;
  }
  if (openCount >= 3 && siloPairs >= 3)
    out.push({ key: 'engine.verbatim.repeatMyself', params: {} });
  const brand = scenario.promises.brand.find((p) => p.id === d.strategy.brandPromise)!;
  if (c.gaps.communication > 0.3)
    out.push({ key: 'engine.verbatim.promiseBroken', params: { promise: brand.name } });
  if (c.engagement < 40) out.push({ key: 'engine.verbatim.tiredStaff', params: {} });
  else if (c.engagement > 62) out.push({ key: 'engine.verbatim.friendlyStaff', params: {} });
  if (best >= 0 && w.satSum[best]! / w.contacts[best]! > 0.04)
    out.push({
      key: 'engine.verbatim.goodTouchpoint',
      params: { touchpoint: model.touchpoints[best]!.name },
    });
  if (c.gaps.communication < 0.1 && c.credibility > 0.7)
    out.push({ key: 'engine.verbatim.promiseKept', params: { promise: brand.name } });
  if (d.strategy.pricePosition === 'low')
    out.push({ key: 'engine.verbatim.goodValue', params: {} });
  else if (d.strategy.pricePosition === 'premium' && nps < 20)
    out.push({ key: 'engine.verbatim.tooExpensive', params: {} });
  return out.slice(0, MAX_VERBATIMS);
}
