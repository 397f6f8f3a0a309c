import type { QuarterOutcome } from '../../engine';
import { npsWithMargin } from '../../engine/quarter/measure';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/**
 * The answers the player's NPS survey collected in a quarter: promoters, passives and detractors
 * among those who responded. The outcome keeps the pooled score, its margin and each surveyed
 * touchpoint's responses, not the counts themselves; the counts are the one whole-number split
 * whose score and margin, by the engine's own formula and rounding, are exactly the recorded
 * ones. Null where no NPS was measured, or where the record does not pin down one split (such as
 * answers pushed up by bonus targets, which are no longer whole people).
 */
export function surveyNpsCounts(o: QuarterOutcome): NpsCounts | null {
  const score = o.measured.nps;
  const margin = o.measured.marginOfError.nps;
  if (score === null || margin === null) return null;
  const n = o.touchpoints.reduce(
    (a, t) => a + (t.measured.metric === 'nps' ? t.measured.responses : 0),
    0,
  );
  if (n <= 0 || !Number.isInteger(n)) return null;
  const diff = Math.round((score * n) / 100);
  const found: NpsCounts[] = [];
  for (let d = Math.max(0, -diff); 2 * d + diff <= n; d++) {
    const p = d + diff;
    const x = npsWithMargin(p, d, n);
    if (r2(x.score) === score && r2(x.margin) === margin)
      found.push({ promoters: p, passives: n - p - d, detractors: d });
  }
  return found.length === 1 ? found[0]! : null;
}
