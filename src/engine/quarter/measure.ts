import * as K from '../constants';
import type { Model } from '../model';
import type { QuarterOutcome } from '../schema/outcome';
import type { Tables } from './tables';
import type { WalkTotals } from './walk';

const round = (x: number, digits = 2) => {
  const f = digits === 2 ? 100 : digits === 1 ? 10 : 1000;
  return Math.round(x * f) / f;
};

/**
 * NPS and its 95% margin of error from promoter and detractor counts. The margin is an adjusted
 * Wald interval (one pseudo-answer added to each of the three groups): a plain Wald interval says
 * ±0 when a small sample happens to answer all alike, which no researcher would report.
 */
export function npsWithMargin(promoters: number, detractors: number, n: number) {
  if (n <= 0) return { score: null, margin: null };
  const m = n + 3;
  const p = (promoters + 1) / m;
  const d = (detractors + 1) / m;
  const variance = p + d - (p - d) * (p - d);
  return {
    score: 100 * (promoters / n - detractors / n),
    margin: 100 * K.Z95 * Math.sqrt(variance / m),
  };
}

/**
 * A share in % and its 95% margin of error (Agresti–Coull: two successes and two failures added),
 * so 0 of 17 is reported as 0% ± 13, not 0% ± 0.
 */
export function shareWithMargin(hits: number, n: number) {
  if (n <= 0) return { score: null, margin: null };
  const m = n + 4;
  const p = (hits + 2) / m;
  return { score: 100 * (hits / n), margin: 100 * K.Z95 * Math.sqrt((p * (1 - p)) / m) };
}

/** A mean and its margin of error from the sum and the sum of squares. */
export function meanWithMargin(sum: number, sumSq: number, n: number) {
  if (n <= 0) return { score: null, margin: null };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  return { score: mean, margin: K.Z95 * Math.sqrt(variance / n) };
}

const r = (x: number | null, digits = 2) => (x === null ? null : round(x, digits));

/** The player's view (link 8): only what the surveys collected, with its error. */
export function measuredView(
  model: Model,
  tb: Tables,
  w: WalkTotals,
  sampleSizes: number[],
  removed: boolean[],
): { measured: QuarterOutcome['measured']; touchpoints: QuarterOutcome['touchpoints'] } {
  const { T } = model;
  const pooled = { nps: [0, 0, 0], csat: [0, 0, 0], ces: [0, 0, 0] };
  let responses = 0;
  let invitations = 0;
  const touchpoints: QuarterOutcome['touchpoints'] = [];
  for (let t = 0; t < T; t++) {
    const m = tb.metric[t]!;
    const n = w.responses[t]!;
    responses += n;
    invitations += w.invited[t]!;
    let measured: { score: number | null; margin: number | null } = { score: null, margin: null };
    if (m === 1) {
      const prom = (w.mSq[t]! + w.mSum[t]!) / 2;
      const det = (w.mSq[t]! - w.mSum[t]!) / 2;
      measured = npsWithMargin(prom, det, n);
      pooled.nps[0]! += prom;
      pooled.nps[1]! += det;
      pooled.nps[2]! += n;
    } else if (m === 2) {
      measured = shareWithMargin(w.mSum[t]!, n);
      pooled.csat[0]! += w.mSum[t]!;
      pooled.csat[2]! += n;
    } else if (m === 3) {
      measured = meanWithMargin(w.mSum[t]!, w.mSq[t]!, n);
      pooled.ces[0]! += w.mSum[t]!;
      pooled.ces[1]! += w.mSq[t]!;
      pooled.ces[2]! += n;
    }
    const contacts = w.contacts[t]!;
    const tpNpsN = m === 1 ? contacts : 0;
    touchpoints.push({
      id: model.touchpoints[t]!.id,
      removed: removed[t]!,
      contacts,
      true: {
        nps:
          tpNpsN > 0 ? r(npsWithMargin(w.tpPromoters[t]!, w.tpDetractors[t]!, tpNpsN).score) : null,
        csat: contacts > 0 ? r((100 * w.top2[t]!) / contacts) : null,
        ces: contacts > 0 && tb.service[t] ? r(w.easeSum[t]! / contacts) : null,
        satisfaction: contacts > 0 ? r(w.satSum[t]! / contacts, 3) : null,
      },
      measured: {
        metric: (['none', 'nps', 'csat', 'ces'] as const)[m]!,
        score: r(measured.score),
        responses: n,
        sampleSize: m === 0 ? 0 : sampleSizes[t]!,
        marginOfError: r(measured.margin),
      },
    });
  }
  const nps = npsWithMargin(pooled.nps[0]!, pooled.nps[1]!, pooled.nps[2]!);
  const csat = shareWithMargin(pooled.csat[0]!, pooled.csat[2]!);
  const ces = meanWithMargin(pooled.ces[0]!, pooled.ces[1]!, pooled.ces[2]!);
  return {
    measured: {
      nps: r(nps.score),
      csat: r(csat.score),
      ces: r(ces.score),
      responses,
      invitations,
      responseRate: invitations > 0 ? r((100 * responses) / invitations) : null,
      marginOfError: { nps: r(nps.margin), csat: r(csat.margin), ces: r(ces.margin) },
    },
    touchpoints,
  };
}
