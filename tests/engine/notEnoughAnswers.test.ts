import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import type { QuarterDecisions, Scenario } from '../../src/engine';
import { MIN_ANSWERS } from '../../src/engine/constants';
import { buildReviewModel } from '../../src/ui/viewModels/reviewModel';
import { playFor } from './helpers';

// Truth 4: a measured score is never 0.0 because of an empty or tiny sample; the engine says
// "not enough answers" instead, and the Review shows those words.
function level(name: string): Scenario {
  const r = readLevelFile(`levels/${name}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

/** One survey per metric at the first touchpoint(s), each inviting `invite` customers. */
const surveys =
  (s: Scenario, invite: number) =>
  (_q: number, d: QuarterDecisions): QuarterDecisions => {
    const tps = s.stages.flatMap((st) => st.touchpoints.map((t) => t.id));
    d.metrics.surveys = {
      [tps[0]!]: { metric: 'nps', sampleSize: invite },
      [tps[1]!]: { metric: 'csat', sampleSize: invite },
      [tps[2]!]: { metric: 'ces', sampleSize: invite },
    };
    return d;
  };

describe.each(['airline', 'hotel'])('not enough answers: %s', (name) => {
  const s = level(name);

  it('a survey of one customer gives no score but the words, never a 0.0', () => {
    const { outcomes } = playFor(s, 1, 2, surveys(s, 1));
    for (const o of outcomes) {
      for (const m of ['nps', 'csat', 'ces'] as const) {
        expect(o.measured[m], `${m} q${o.quarter}`).toBeNull();
        expect(o.measured.marginOfError[m]).toBeNull();
        expect(o.measured.status?.[m], `${m} q${o.quarter}`).toBe('notEnough');
      }
      for (const t of o.touchpoints)
        if (t.measured.responses < MIN_ANSWERS) expect(t.measured.score, t.id).toBeNull();
    }
    const review = buildReviewModel(s, outcomes);
    expect(review.measured.map((f) => f.status)).toEqual(['notEnough', 'notEnough', 'notEnough']);
    expect(review.heat.filter((c) => c.notEnough).length).toBeGreaterThanOrEqual(1);
  });

  it('a metric no survey asks is "not asked", one with enough answers is measured', () => {
    const { outcomes } = playFor(s, 1, 1, (q, d) => {
      d = surveys(s, 2000)(q, d);
      const first = Object.keys(d.metrics.surveys)[0]!;
      d.metrics.surveys[first] = { metric: 'none', sampleSize: 0 };
      return d;
    });
    const o = outcomes[0]!;
    expect(o.measured.status).toEqual({ nps: 'notAsked', csat: 'measured', ces: 'measured' });
    expect(o.measured.nps).toBeNull();
    expect(o.measured.csat).not.toBeNull();
    expect(o.measured.ces).not.toBeNull();
  });
});
