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

const NO_GAMING = [0, 0, 0, 0] as const;

const r = (x: number | null, digits = 2) => (x === null ? null : round(x, digits));

/**
 * What respondents answer when a share `g` of those below the top answer are talked or picked
 * into one step better (survey begging under bonus targets): NPS detractors become passives and
 * passives promoters; CSAT answers below 4 become 4; CES answers rise by one point (at most 7).
 */
function gamed(m: number, g: number, sum: number, sq: number, n: number): [number, number] {
  if (g <= 0 || n <= 0) return [sum, sq];
  if (m === 1) {
    const prom = (sq + sum) / 2;
    const det = (sq - sum) / 2;
    const passives = n - prom - det;
    const p = prom + g * passives;
    const d = det * (1 - g);
    return [p - d, p + d];
  }
  if (m === 2) return [sum + g * (n - sum), sq];
  const lift = g * n * Math.min(1, 7 - sum / n);
  const shifted = sum + lift;
  return [shifted, sq + (shifted * shifted - sum * sum) / n];
}

/**
 * The player's view (link 8): only what the surveys collected, with its error. `gaming` is, per
 * metric (none, NPS, CSAT, CES), the share of answers pushed up by bonus targets.
 */
export function measuredView(
  model: Model,
  tb: Tables,
  w: WalkTotals,
  sampleSizes: number[],
  removed: boolean[],
  gaming: readonly number[] = NO_GAMING,
): { measured: QuarterOutcome['measured']; touchpoints: QuarterOutcome['touchpoints'] } {
  const { T } = model;
  const pooled = { nps: [0, 0, 0], csat: [0, 0, 0], ces: [0, 0, 0] };
  // Which metrics some survey asked this quarter (indexed like `tb.metric`: none, NPS, CSAT, CES).
  const asked = [false, false, false, false];
  let responses = 0;
  let invitations = 0;
  const touchpoints: QuarterOutcome['touchpoints'] = [];
  for (let t = 0; t < T; t++) {
    const m = tb.metric[t]!;
    const n = w.responses[t]!;
    if (m > 0 && !removed[t] && sampleSizes[t]! > 0) asked[m] = true;
    responses += n;
    invitations += w.invited[t]!;
    let measured: { score: number | null; margin: number | null } = { score: null, margin: null };
    const [mSum, mSq] = gamed(m, gaming[m] ?? 0, w.mSum[t]!, w.mSq[t]!, n);
    if (m === 1) {
      const prom = (mSq + mSum) / 2;
      const det = (mSq - mSum) / 2;
      measured = npsWithMargin(prom, det, n);
      pooled.nps[0]! += prom;
      pooled.nps[1]! += det;
      pooled.nps[2]! += n;
    } else if (m === 2) {
      measured = shareWithMargin(mSum, n);
      pooled.csat[0]! += mSum;
      pooled.csat[2]! += n;
    } else if (m === 3) {
      measured = meanWithMargin(mSum, mSq, n);
      pooled.ces[0]! += mSum;
      pooled.ces[1]! += mSq;
      pooled.ces[2]! += n;
    }
    const contacts = w.contacts[t]!;
    const tpNpsN = m === 1 ? contacts : 0;
    // Too few answers give no score at all, never a 0.0 (truth 4).
    if (n < K.MIN_ANSWERS) measured = { score: null, margin: null };
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
  const status = (m: number, n: number) =>
    !asked[m] ? 'notAsked' : n < K.MIN_ANSWERS ? 'notEnough' : 'measured';
  const enough = (s: string, x: { score: number | null; margin: number | null }) =>
    s === 'measured' ? x : { score: null, margin: null };
  const st = {
    nps: status(1, pooled.nps[2]!),
    csat: status(2, pooled.csat[2]!),
    ces: status(3, pooled.ces[2]!),
  } as const;
  const nps = enough(st.nps, npsWithMargin(pooled.nps[0]!, pooled.nps[1]!, pooled.nps[2]!));
  const csat = enough(st.csat, shareWithMargin(pooled.csat[0]!, pooled.csat[2]!));
  const ces = enough(st.ces, meanWithMargin(pooled.ces[0]!, pooled.ces[1]!, pooled.ces[2]!));
  return {
    measured: {
      nps: r(nps.score),
      csat: r(csat.score),
      ces: r(ces.score),
      responses,
      invitations,
      responseRate: invitations > 0 ? r((100 * responses) / invitations) : null,
      marginOfError: { nps: r(nps.margin), csat: r(csat.margin), ces: r(ces.margin) },
      status: st,
    },
    touchpoints,
  };
}
