import { describe, expect, it } from 'vitest';
import {
  clone,
  Counterfactuals,
  lessonCandidates,
  MIN_GAIN,
  planToLog,
  replay,
  type ClaimMetric,
  type DecisionLog,
  type DecisionsPatch,
  type DriverGroup,
  type QuarterOutcome,
} from '../../src/engine';
import { readLevelFile } from '../../src/content/readLevelFile';
import { KEPT_CSAT } from '../../src/engine/lessons';
import { airline } from './helpers';

// Each lesson on its own: the player's real game, and a replay made to say "better", "worse" or
// "the same" by the given margin. The lesson must appear, with the label the replay supports,
// exactly when the replay agrees with a claim, and never otherwise.
const scenario = airline();
const LOWER: ClaimMetric[] = ['knowledgeGap', 'npsMargin'];

/** A replay that is `gain` worse than the game as played (in the metric's good direction). */
class Scripted extends Counterfactuals {
  gain = 0;
  override effect(_g: DriverGroup, _f: (os: QuarterOutcome[]) => number): number {
    // Only the lessons ask here, each for its own metric (set by the test).
    return this.metric && LOWER.includes(this.metric) ? -this.gain : this.gain;
  }
  metric: ClaimMetric | null = null;
  override variant(): QuarterOutcome[] {
    const os = clone(this.actual);
    const g = this.gain;
    const last = os[os.length - 1]!;
    for (const o of os) {
      o.true.nps -= g;
      if (o.measured.marginOfError.nps !== null) o.measured.marginOfError.nps += g;
    }
    last.true.engagement -= g;
    last.true.gaps.knowledge += g;
    if (this.metric === 'npsMeasured')
      // A replay "better" by n quarters measured NPS in n more quarters.
      for (let q = 0; q < Math.min(os.length, Math.max(0, -g)); q++) {
        os[q]!.measured.nps = 10;
        os[q]!.measured.responses = 100;
      }
    return os;
  }
}

function game(
  patches: DecisionsPatch[],
  quarters = 3,
): { log: DecisionLog; actual: QuarterOutcome[] } {
  const log = planToLog(scenario.company.start, { quarters: patches }, quarters);
  return { log, actual: replay(scenario, 2, 'normal', log).results };
}

function lessonWith(
  g: { log: DecisionLog; actual: QuarterOutcome[] },
  id: string,
  metric: ClaimMetric,
  gain: number,
) {
  const cf = new Scripted(scenario, 2, 'normal', g.log, g.actual);
  cf.metric = metric;
  cf.gain = gain;
  return lessonCandidates(cf).find((l) => l.id === id);
}

const used = (id: string, metric: ClaimMetric, patches: DecisionsPatch[]) => {
  it(`${id}: worked when the replay without it is worse, cost when better, absent when the same`, () => {
    const g = game(patches);
    const big = MIN_GAIN[metric] * 10;
    expect(lessonWith(g, id, metric, big)?.label).toBe('worked');
    expect(lessonWith(g, id, metric, -big)?.label).toBe('cost');
    expect(lessonWith(g, id, metric, MIN_GAIN[metric] / 10)).toBeUndefined();
    const l = lessonWith(g, id, metric, big)!;
    expect(l.claim.used).toBe(true);
    expect(l.params.gain).toBeGreaterThan(0);
  });
};

const notUsed = (id: string, metric: ClaimMetric, patches: DecisionsPatch[]) => {
  it(`${id}: left on the table only when the road not taken is better`, () => {
    const g = game(patches);
    const big = MIN_GAIN[metric] * 10;
    const missed = lessonWith(g, id, metric, -big);
    expect(missed?.label).toBe('missed');
    expect(missed?.claim.used).toBe(false);
    expect(lessonWith(g, id, metric, big)).toBeUndefined();
    expect(lessonWith(g, id, metric, -MIN_GAIN[metric] / 10)).toBeUndefined();
  });
};

describe('each lesson appears when and only when its replay agrees', () => {
  used('promiseChanged', 'nps', [{ strategy: { brandPromise: 'effortless' } }]);
  used('promiseChurn', 'nps', [
    { strategy: { brandPromise: 'effortless' } },
    { strategy: { brandPromise: 'caring' } },
  ]);
  used('knowledgeGap', 'knowledgeGap', [{ understanding: { leadersDays: 2 } }]);
  used('loopClosed', 'npsMargin', [
    {
      understanding: { closeTheLoop: true },
      metrics: { surveys: { loyalty: { metric: 'nps', sampleSize: 300 } } },
    },
  ]);
  used('journey', 'nps', [{ journey: { touchpoints: { baggageClaim: { investment: 200 } } } }]);
  used('governance', 'nps', [{ governance: { owner: 'ceo' } }]);
  used('culture', 'engagement', [{ culture: { empowerment: 'high' } }]);

  // Seed 2's airline meets an IT outage in Q2 and a storm in Q3 (checked below).
  used('eventsAnswered', 'nps', [{}, { events: { itOutage: 'transparentUpdates' } }]);
  notUsed('eventsIgnored', 'nps', [{}]);
  it('events: the game above meets its events, and a lesson names how many were answered', () => {
    const g = game([{}, { events: { itOutage: 'transparentUpdates' } }]);
    expect(g.actual.map((o) => o.events.map((e) => e.id))).toEqual([[], ['itOutage'], ['storm']]);
    const l = lessonWith(g, 'eventsAnswered', 'nps', 5)!;
    expect(l.params).toMatchObject({ events: 2, responded: 1, from: 2 });
    // No event, no events lesson either way.
    const calm = { log: g.log, actual: clone(g.actual).map((o) => ({ ...o, events: [] })) };
    expect(lessonWith(calm, 'eventsAnswered', 'nps', 5)).toBeUndefined();
    expect(lessonWith(calm, 'eventsIgnored', 'nps', -5)).toBeUndefined();
  });

  notUsed('knowledgeUnheard', 'knowledgeGap', [{}]);
  notUsed('journeyUntouched', 'nps', [{}]);
  notUsed('governanceUntouched', 'nps', [{}]);
  notUsed('cultureUntouched', 'engagement', [{}]);
  notUsed('loopOpen', 'npsMargin', [
    { metrics: { surveys: { loyalty: { metric: 'nps', sampleSize: 300 } } } },
  ]);

  it('npsNeverMeasured: left on the table when the survey would have measured it', () => {
    // Every NPS survey of the start switched off.
    const surveys = Object.fromEntries(
      Object.entries(scenario.company.start.metrics.surveys)
        .filter(([, s]) => s.metric === 'nps')
        .map(([id]) => [id, { metric: 'none' as const, sampleSize: 0 }]),
    );
    const g = game([{ metrics: { surveys } }]);
    expect(g.actual.every((o) => o.measured.nps === null)).toBe(true);
    expect(lessonWith(g, 'npsNeverMeasured', 'npsMeasured', -3)?.label).toBe('missed');
    expect(lessonWith(g, 'npsNeverMeasured', 'npsMeasured', 0)).toBeUndefined();
  });

  it('promiseUnchanged: says the promise was not changed, whichever way the replay goes', () => {
    const g = game([{}]);
    const better = lessonWith(g, 'promiseUnchanged', 'nps', -5)!;
    const worse = lessonWith(g, 'promiseUnchanged', 'nps', 5)!;
    expect(better.label).toBe('missed');
    expect(worse.label).toBe('worked');
    for (const l of [better, worse]) {
      expect(l.claim.used).toBe(false);
      expect(['debrief.kept.yes', 'debrief.kept.no']).toContain(l.params.kept);
    }
    expect(lessonWith(g, 'promiseUnchanged', 'nps', 0.1)).toBeUndefined();
  });

  it('promiseUnchanged: "kept" only where every moment the promise names scores at least KEPT_CSAT', () => {
    const g = game([{}]);
    const last = g.actual[g.actual.length - 1]!;
    const named = lessonWith(g, 'promiseUnchanged', 'nps', -5)!;
    const moments = [named.params.moment1, named.params.moment2, named.params.moment3];
    const withCsat = (csat: (name: string) => number) => {
      const actual = clone(g.actual);
      for (const t of actual[actual.length - 1]!.touchpoints) {
        const name = scenario.stages.flatMap((s) => s.touchpoints).find((x) => x.id === t.id)!.name;
        t.true.csat = csat(name);
      }
      return lessonWith({ log: g.log, actual }, 'promiseUnchanged', 'nps', -5)!;
    };
    expect(withCsat(() => 95).params.kept).toBe('debrief.kept.yes');
    // One named moment at 3%: not kept, whatever the others score.
    const one = withCsat((n) => (n === moments[1] ? 3 : 95));
    expect(one.params.kept).toBe('debrief.kept.no');
    expect(one.params.csat2).toBe(3);
    expect(withCsat((n) => (n === moments[0] ? KEPT_CSAT - 0.5 : 95)).params.kept).toBe(
      'debrief.kept.no',
    );
    // A moment nobody reached has no score: the next one the promise speaks to is judged instead.
    const unreached = withCsat((n) => (n === moments[0] ? (null as unknown as number) : 80));
    expect([unreached.params.moment1, unreached.params.moment2]).not.toContain(moments[0]);
    expect(unreached.params.kept).toBe('debrief.kept.yes');
    expect(last.touchpoints.length).toBeGreaterThan(3);
  });

  it('promiseUnchanged: names the road not taken as at the same price only when it is', () => {
    const l = lessonWith(game([{}]), 'promiseUnchanged', 'nps', -5)!;
    const alt = scenario.promises.brand.find((p) => p.name === l.params.alternative)!;
    const price = scenario.company.start.strategy.pricePosition;
    expect(l.params.alternativeIs).toBe(
      alt.price === price ? 'debrief.alternative.samePrice' : 'debrief.alternative.other',
    );
    // The tutorial has one promise per price: the road not taken is never "at your price".
    const r = readLevelFile('levels/tutorial.json');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const tutorial = r.value;
    const log = planToLog(tutorial.company.start, { quarters: [{}] }, 3);
    const cf = new Scripted(tutorial, 2, 'normal', log, replay(tutorial, 2, 'normal', log).results);
    cf.metric = 'nps';
    cf.gain = 5;
    const t = lessonCandidates(cf).find((x) => x.id === 'promiseUnchanged')!;
    expect(t.label).toBe('worked');
    expect(t.params.alternativeIs).toBe('debrief.alternative.other');
  });
});
