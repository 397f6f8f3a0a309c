/**
 * Lessons from one run: claims tested on the player's own game. Each names a lever (a cause) and
 * what it did (an effect), backed by a counterfactual replay of this game: the decision taken away
 * in every quarter it was in force, or a road not taken added. Its label follows the sign of that
 * replay: what worked, what it cost, or what was left on the table. A claim the replay does not
 * support is not made. Every lesson is a locale key with parameters, never text.
 */
import type { Counterfactuals } from './counterfactual';
import {
  DRIVER_GROUPS,
  inForce,
  keepOnly,
  startDecisions,
  withPatch,
  type DriverGroup,
  type Pillar,
} from './counterfactual';
import { clone } from './game';
import type { DecisionLog, DecisionsPatch } from './schema/decisions';
import type { QuarterOutcome } from './schema/outcome';
import type { Scenario } from './schema/scenario';

/** The CCXP exam's five competencies. */
export const COMPETENCIES = ['insights', 'strategy', 'metrics', 'design', 'culture'] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** What the replay says of the lever: it helped, it hurt, or not using it left something behind. */
export const LESSON_LABELS = ['worked', 'cost', 'missed'] as const;
export type LessonLabel = (typeof LESSON_LABELS)[number];

/** What a claim compares between the game as played and its replay. */
export const CLAIM_METRICS = [
  'nps',
  'engagement',
  'knowledgeGap',
  'npsMargin',
  'npsMeasured',
] as const;
export type ClaimMetric = (typeof CLAIM_METRICS)[number];

/**
 * How a claim's replay is made from the log as played: some groups reverted to the company's
 * settings as found in every quarter, one field reverted, or a patch added from a quarter on.
 */
export type ReplaySpec =
  | { kind: 'revert'; group: DriverGroup }
  | { kind: 'revertField'; field: 'brandPromise' | 'closeTheLoop' | 'eventResponses' }
  | { kind: 'patch'; patch: DecisionsPatch; later: DecisionsPatch; from: number }
  /** Event responses chosen in the quarters given (quarter → event → response). */
  | { kind: 'respond'; responses: Record<string, string>[] };

export interface LessonClaim {
  /** Whether the player used the lever (else the replay is the road not taken). */
  used: boolean;
  replay: ReplaySpec;
  metric: ClaimMetric;
  /** The comparison covers this quarter (0-based) to the last played. */
  from: number;
  /** The metric as played and in the replay, over those quarters. */
  actual: number;
  counterfactual: number;
  /**
   * How much better the game as played was than the replay, in the metric's good direction
   * (a lower knowledge gap or margin is better): > 0 the lever as played helped.
   */
  gain: number;
}

export interface Lesson {
  /** Also the locale key's middle part: `debrief.lesson.<id>.<label>`. */
  id: string;
  pillar: Pillar;
  competency: Competency;
  label: LessonLabel;
  key: string;
  /** Numbers from the run; a value ending in a locale key's form is translated by the text. */
  params: Record<string, string | number>;
  claim: LessonClaim;
  /** Locale key of the source the lesson rests on (`sources.<id>`). */
  source: string;
  /** How much the finding mattered in this run (ranking only). */
  weight: number;
}

/**
 * Every lesson and the labels its replay can give it: a lever the player used worked or cost; a
 * road not taken was left on the table (a promise never changed may also have been the best).
 */
export const LESSON_LABELS_BY_ID: Record<string, readonly LessonLabel[]> = {
  promiseChanged: ['worked', 'cost'],
  promiseChurn: ['worked', 'cost'],
  promiseUnchanged: ['worked', 'missed'],
  knowledgeGap: ['worked', 'cost'],
  knowledgeUnheard: ['missed'],
  npsNeverMeasured: ['missed'],
  loopClosed: ['worked', 'cost'],
  loopOpen: ['missed'],
  journey: ['worked', 'cost'],
  journeyUntouched: ['missed'],
  governance: ['worked', 'cost'],
  governanceUntouched: ['missed'],
  culture: ['worked', 'cost'],
  cultureUntouched: ['missed'],
  eventsAnswered: ['worked', 'cost'],
  eventsIgnored: ['missed'],
};

export const MIN_LESSONS = 3;
export const MAX_LESSONS = 6;

/** Smallest difference a claim states, per metric: below it the replay shows no real effect. */
export const MIN_GAIN: Record<ClaimMetric, number> = {
  nps: 0.5,
  engagement: 0.5,
  knowledgeGap: 0.01,
  npsMargin: 0.2,
  npsMeasured: 1,
};

/** Metrics where a lower value is better. */
const LOWER_IS_BETTER: ReadonlySet<ClaimMetric> = new Set(['knowledgeGap', 'npsMargin']);

/** Which source each lesson rests on. */
const SOURCES: Record<string, string> = {
  promise: 'sources.lesson.promise',
  knowledge: 'sources.lesson.servqual',
  measurement: 'sources.lesson.closeLoop',
  journey: 'sources.lesson.journey',
  governance: 'sources.lesson.mandate',
  culture: 'sources.lesson.culture',
  events: 'sources.lesson.recovery',
};

const r1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => Math.round(x * 100);

/** The claim's metric over quarters `from`… of a game (end value for slow ones, else the mean). */
export function metricOf(outcomes: readonly QuarterOutcome[], metric: ClaimMetric, from: number) {
  const span = outcomes.slice(from);
  const last = outcomes[outcomes.length - 1]!;
  const mean = (f: (o: QuarterOutcome) => number) =>
    span.length ? span.reduce((a, o) => a + f(o), 0) / span.length : 0;
  switch (metric) {
    case 'nps':
      return mean((o) => o.true.nps);
    case 'engagement':
      return last.true.engagement;
    case 'knowledgeGap':
      return last.true.gaps.knowledge;
    case 'npsMargin': {
      const m = span.flatMap((o) =>
        o.measured.marginOfError.nps === null ? [] : [o.measured.marginOfError.nps],
      );
      return m.length ? m.reduce((a, b) => a + b, 0) / m.length : Number.POSITIVE_INFINITY;
    }
    case 'npsMeasured':
      return span.filter((o) => o.measured.nps !== null && o.measured.responses > 0).length;
  }
}

/** The log a claim's replay plays. */
export function replayLog(scenario: Scenario, log: DecisionLog, spec: ReplaySpec): DecisionLog {
  switch (spec.kind) {
    case 'revert':
      return keepOnly(scenario, log, new Set(DRIVER_GROUPS.filter((g) => g !== spec.group)));
    case 'patch':
      return withPatch(log, spec.patch, spec.from, spec.later);
    case 'respond':
      return log.map((d, q) => ({ ...d, events: { ...d.events, ...spec.responses[q] } }));
    case 'revertField': {
      const start = startDecisions(scenario);
      return log.map((d) => {
        const out = clone(d);
        if (spec.field === 'brandPromise') out.strategy.brandPromise = start.strategy.brandPromise;
        else if (spec.field === 'closeTheLoop')
          out.understanding.closeTheLoop = start.understanding.closeTheLoop;
        else out.events = {};
        return out;
      });
    }
  }
}

/** The label a claim's replay supports. */
export function labelOf(claim: Pick<LessonClaim, 'used' | 'gain'>): LessonLabel {
  if (claim.gain > 0) return 'worked';
  return claim.used ? 'cost' : 'missed';
}

/** The replay of one claim, played (or found among the replays already played). */
function claimFrom(
  cf: Counterfactuals,
  used: boolean,
  replay: ReplaySpec,
  metric: ClaimMetric,
  from: number,
): LessonClaim {
  const actual = metricOf(cf.actual, metric, from);
  // A pillar taken away is measured as the attribution measures it (the mean of its two replays),
  // so a lesson and the "why did it move?" chart never disagree.
  const counterfactual =
    replay.kind === 'revert'
      ? actual - cf.effect(replay.group, (os) => metricOf(os, metric, from))
      : metricOf(
          cf.variant(JSON.stringify(replay), (log) => replayLog(cf.scenario, log, replay)),
          metric,
          from,
        );
  const raw = LOWER_IS_BETTER.has(metric) ? counterfactual - actual : actual - counterfactual;
  return {
    used,
    replay,
    metric,
    from,
    actual,
    counterfactual,
    // A margin where nothing was measured is no comparison: no claim.
    gain: Number.isFinite(raw) ? raw : 0,
  };
}

function lesson(
  id: string,
  pillar: Pillar,
  competency: Competency,
  claim: LessonClaim,
  params: Lesson['params'],
  source: string,
  scale: number,
): Lesson | null {
  if (Math.abs(claim.gain) < MIN_GAIN[claim.metric]) return null;
  const label = labelOf(claim);
  // A road not taken that would not have helped teaches nothing about the player's game.
  if (!claim.used && label === 'worked' && id !== 'promiseUnchanged') return null;
  const gain = claim.gain;
  return {
    id,
    pillar,
    competency,
    label,
    key: `debrief.lesson.${id}.${label}`,
    params: {
      ...params,
      gain: r1(Math.abs(gain * scale)),
      from: params.from ?? claim.from + 1,
    },
    claim,
    source: SOURCES[source]!,
    weight: r1(Math.min(40, Math.abs(gain * scale)) + (label === 'worked' ? 0 : 2)),
  };
}

/** The first quarter (0-based) in which a group or field differed from the settings as found. */
function firstInForce(
  cf: Counterfactuals,
  test: (d: DecisionLog[number]) => boolean,
): number | null {
  const q = cf.played().findIndex(test);
  return q < 0 ? null : q;
}

function groupFrom(cf: Counterfactuals, g: DriverGroup) {
  return firstInForce(cf, (d) => inForce(cf.scenario, d, g));
}

/** The touchpoints a brand promise speaks to most (its dimensions against theirs), first. */
function promisedMoments(scenario: Scenario, promiseId: string) {
  const promise = scenario.promises.brand.find((p) => p.id === promiseId);
  if (!promise) return [];
  const dims = Object.keys(promise.dims) as (keyof typeof promise.dims)[];
  return scenario.stages
    .flatMap((s) => s.touchpoints)
    .map((t) => ({ t, w: dims.reduce((a, d) => a + promise.dims[d] * Math.max(0, t.dims[d]), 0) }))
    .sort((a, b) => b.w - a.w)
    .map((x) => x.t);
}

/** CSAT (%) at or above which a moment the promise names counts as kept. */
export const KEPT_CSAT = 60;

function strategyLesson(cf: Counterfactuals): Lesson | null {
  const { scenario } = cf;
  const log = cf.played();
  const startPromise = scenario.company.start.strategy.brandPromise;
  let changes = 0;
  let previous = startPromise;
  for (const d of log) {
    if (d.strategy.brandPromise !== previous) changes++;
    previous = d.strategy.brandPromise;
  }
  const name = (id: string) => scenario.promises.brand.find((p) => p.id === id)?.name ?? id;
  const last = cf.actual[cf.actual.length - 1]!;
  const base = {
    promise: name(previous),
    previous: name(startPromise),
    changes,
    credibilityFrom: pct(scenario.company.credibility),
    credibilityTo: pct(last.true.credibility),
  };
  if (changes > 0) {
    const from = firstInForce(cf, (d) => d.strategy.brandPromise !== startPromise) ?? 0;
    const claim = claimFrom(cf, true, { kind: 'revertField', field: 'brandPromise' }, 'nps', from);
    return lesson(
      changes >= 2 ? 'promiseChurn' : 'promiseChanged',
      'strategy',
      'strategy',
      claim,
      base,
      'promise',
      1,
    );
  }
  // Never changed: say so, judge "kept" where the promise speaks, and test the other promises.
  // The three it speaks to most among those with a score in the last quarter (a moment nobody
  // reached has none); fewer than three scored, and "kept" cannot be judged as the text says.
  const scored = promisedMoments(scenario, startPromise)
    .map((t) => ({
      name: t.name,
      csat: last.touchpoints.find((x) => x.id === t.id)?.true.csat ?? null,
    }))
    .filter((m): m is { name: string; csat: number } => m.csat !== null)
    .slice(0, 3);
  if (scored.length < 3) return null;
  const kept = scored.every((m) => m.csat >= KEPT_CSAT);
  // The road not taken: the other promise that fits the price position played most (else the
  // first other one); one replay, not one per promise.
  const price = log[log.length - 1]!.strategy.pricePosition;
  const others = scenario.promises.brand.filter((p) => p.id !== startPromise);
  const alt = others.find((p) => p.price === price) ?? others[0];
  if (!alt) return null;
  const samePrice = alt.price === price;
  const best = {
    id: alt.id,
    claim: claimFrom(
      cf,
      false,
      {
        kind: 'patch',
        patch: { strategy: { brandPromise: alt.id } },
        later: { strategy: { brandPromise: alt.id } },
        from: 0,
      },
      'nps',
      0,
    ),
  };
  return lesson(
    'promiseUnchanged',
    'strategy',
    'strategy',
    best.claim,
    {
      ...base,
      alternative: name(best.id),
      alternativeIs: samePrice ? 'debrief.alternative.samePrice' : 'debrief.alternative.other',
      kept: kept ? 'debrief.kept.yes' : 'debrief.kept.no',
      moment1: scored[0]!.name,
      csat1: r1(scored[0]!.csat),
      moment2: scored[1]!.name,
      csat2: r1(scored[1]!.csat),
      moment3: scored[2]!.name,
      csat3: r1(scored[2]!.csat),
    },
    'promise',
    1,
  );
}

function understandingLesson(cf: Counterfactuals): Lesson | null {
  const log = cf.played();
  const from = groupFrom(cf, 'understanding');
  const params = {
    gapFrom: pct(cf.scenario.company.gaps.knowledge),
    gapTo: pct(cf.actual[cf.actual.length - 1]!.true.gaps.knowledge),
    leaderDays: log.reduce((a, d) => a + d.understanding.leadersDays, 0),
    research: log.filter((d) => d.understanding.research !== 'none').length,
    loop: log.filter((d) => d.understanding.closeTheLoop).length,
    quarters: log.length,
  };
  const claim =
    from !== null
      ? claimFrom(cf, true, { kind: 'revert', group: 'understanding' }, 'knowledgeGap', from)
      : claimFrom(
          cf,
          false,
          {
            kind: 'patch',
            patch: { understanding: { leadersDays: 1 } },
            later: { understanding: { leadersDays: 1 } },
            from: 0,
          },
          'knowledgeGap',
          0,
        );
  return lesson(
    from !== null ? 'knowledgeGap' : 'knowledgeUnheard',
    'understanding',
    'insights',
    claim,
    { ...params, replayGap: pct(cf.actual.length ? claim.counterfactual : 0) },
    'knowledge',
    100,
  );
}

/** The live touchpoint with the most contacts in the last quarter: where a survey hears most. */
function busiestTouchpoint(o: QuarterOutcome) {
  return [...o.touchpoints].filter((t) => !t.removed).sort((a, b) => b.contacts - a.contacts)[0];
}

function measurementLesson(cf: Counterfactuals): Lesson | null {
  const measured = cf.actual.some((o) => o.measured.nps !== null && o.measured.responses > 0);
  const log = cf.played();
  const names = new Map(
    cf.scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name]),
  );
  if (!measured) {
    const busiest = busiestTouchpoint(cf.actual[0]!);
    if (!busiest) return null;
    const survey = { [busiest.id]: { metric: 'nps' as const, sampleSize: 300 } };
    const claim = claimFrom(
      cf,
      false,
      { kind: 'patch', patch: { metrics: { surveys: survey } }, later: {}, from: 0 },
      'npsMeasured',
      0,
    );
    return lesson(
      'npsNeverMeasured',
      'metrics',
      'metrics',
      claim,
      {
        touchpoint: names.get(busiest.id) ?? busiest.id,
        sample: 300,
        quarters: log.length,
        measuredQuarters: claim.counterfactual,
      },
      'measurement',
      2,
    );
  }
  const loopFrom = firstInForce(cf, (d) => d.understanding.closeTheLoop);
  const measuredQuarters = cf.actual.filter((o) => o.measured.nps !== null).length;
  if (loopFrom !== null) {
    const claim = claimFrom(
      cf,
      true,
      { kind: 'revertField', field: 'closeTheLoop' },
      'npsMargin',
      loopFrom,
    );
    return lesson(
      'loopClosed',
      'metrics',
      'metrics',
      claim,
      { margin: r1(claim.actual), replayMargin: r1(claim.counterfactual), measuredQuarters },
      'measurement',
      2,
    );
  }
  const from = Math.min(1, log.length - 1);
  const claim = claimFrom(
    cf,
    false,
    {
      kind: 'patch',
      patch: { understanding: { closeTheLoop: true } },
      later: { understanding: { closeTheLoop: true } },
      from,
    },
    'npsMargin',
    from,
  );
  return lesson(
    'loopOpen',
    'metrics',
    'metrics',
    claim,
    { margin: r1(claim.actual), replayMargin: r1(claim.counterfactual), measuredQuarters },
    'measurement',
    2,
  );
}

function journeyLesson(cf: Counterfactuals): Lesson | null {
  const last = cf.actual[cf.actual.length - 1]!;
  const log = cf.played();
  const names = new Map(
    cf.scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name]),
  );
  let weakest = last.touchpoints.find((t) => !t.removed)!;
  for (const t of last.touchpoints)
    if (!t.removed && (t.true.csat ?? 101) < (weakest.true.csat ?? 101)) weakest = t;
  const open = last.channels.filter((c) => c.open);
  const params = {
    redesigns: log.reduce(
      (a, d) => a + Object.values(d.journey.touchpoints).filter((t) => t.redesign).length,
      0,
    ),
    open: open.length,
    connected: open.filter((c) => c.connection >= 0.5).length,
    touchpoint: names.get(weakest.id) ?? weakest.id,
    csat: r1(weakest.true.csat ?? 0),
    overall: r1(last.true.csat),
  };
  const from = groupFrom(cf, 'journey');
  if (from !== null)
    return lesson(
      'journey',
      'journey',
      'design',
      claimFrom(cf, true, { kind: 'revert', group: 'journey' }, 'nps', from),
      params,
      'journey',
      1,
    );
  const first = cf.actual[0]!;
  let worst = first.touchpoints.find((t) => !t.removed)!;
  for (const t of first.touchpoints)
    if (!t.removed && (t.true.csat ?? 101) < (worst.true.csat ?? 101)) worst = t;
  const redesign = { journey: { touchpoints: { [worst.id]: { redesign: true } } } };
  return lesson(
    'journeyUntouched',
    'journey',
    'design',
    claimFrom(cf, false, { kind: 'patch', patch: redesign, later: {}, from: 0 }, 'nps', 0),
    { ...params, redesigned: names.get(worst.id) ?? worst.id },
    'journey',
    1,
  );
}

function governanceLesson(cf: Counterfactuals): Lesson | null {
  const log = cf.played();
  const last = cf.actual[cf.actual.length - 1]!;
  const params = {
    owner: `debrief.owner.${log[log.length - 1]!.governance.owner}`,
    councilQuarters: log.filter((d) => d.governance.council).length,
    standardsFrom: pct(cf.scenario.company.gaps.standards),
    standardsTo: pct(last.true.gaps.standards),
  };
  const from = groupFrom(cf, 'governance');
  if (from !== null)
    return lesson(
      'governance',
      'governance',
      'culture',
      claimFrom(cf, true, { kind: 'revert', group: 'governance' }, 'nps', from),
      params,
      'governance',
      1,
    );
  const owned = { governance: { owner: 'ceo' as const, council: true } };
  return lesson(
    'governanceUntouched',
    'governance',
    'culture',
    claimFrom(cf, false, { kind: 'patch', patch: owned, later: owned, from: 0 }, 'nps', 0),
    params,
    'governance',
    1,
  );
}

function cultureLesson(cf: Counterfactuals): Lesson | null {
  const params = {
    engagementFrom: Math.round(cf.scenario.company.engagement),
    engagementTo: Math.round(cf.actual[cf.actual.length - 1]!.true.engagement),
    lowest: Math.round(Math.min(...cf.actual.map((o) => o.true.engagement))),
  };
  const from = groupFrom(cf, 'culture');
  if (from !== null) {
    const claim = claimFrom(cf, true, { kind: 'revert', group: 'culture' }, 'engagement', from);
    return lesson(
      'culture',
      'culture',
      'culture',
      claim,
      { ...params, replayEngagement: Math.round(claim.counterfactual) },
      'culture',
      1,
    );
  }
  const care = { culture: { empowerment: 'high' as const, hiringForAttitude: true } };
  const claim = claimFrom(
    cf,
    false,
    { kind: 'patch', patch: care, later: care, from: 0 },
    'engagement',
    0,
  );
  return lesson(
    'cultureUntouched',
    'culture',
    'culture',
    claim,
    { ...params, replayEngagement: Math.round(claim.counterfactual) },
    'culture',
    1,
  );
}

/** Events are not a pillar, but answering them is service recovery: a journey-design skill. */
function eventsLesson(cf: Counterfactuals): Lesson | null {
  const log = cf.played();
  const struck = new Map<string, number>();
  cf.actual.forEach((o, q) => {
    for (const e of o.events) if (!struck.has(e.id)) struck.set(e.id, q);
  });
  if (struck.size === 0) return null;
  const answered = [...struck.keys()].filter((id) => log.some((d) => d.events[id]));
  const params = { events: struck.size, responded: answered.length };
  const from = Math.min(...struck.values());
  if (answered.length > 0)
    return lesson(
      'eventsAnswered',
      'journey',
      'design',
      claimFrom(cf, true, { kind: 'revertField', field: 'eventResponses' }, 'nps', from),
      params,
      'events',
      1,
    );
  // The road not taken: each event answered with its first response in every quarter it was in
  // force (a response counts only while its event is).
  const firstResponse = (id: string) =>
    cf.scenario.events.find((e) => e.id === id)?.responses[0]?.id;
  const responses = cf.actual.map((o) =>
    Object.fromEntries(
      o.events.flatMap((e) => {
        const r = firstResponse(e.id);
        return r ? [[e.id, r]] : [];
      }),
    ),
  );
  if (responses.every((r) => Object.keys(r).length === 0)) return null;
  const claim = claimFrom(cf, false, { kind: 'respond', responses }, 'nps', from);
  return lesson('eventsIgnored', 'journey', 'design', claim, params, 'events', 1);
}

/**
 * Every finding the run supports, before ranking: at most one per pillar, and one on events if any
 * struck, each from `cf`, the game's replays (shared with the attribution).
 */
export function lessonCandidates(cf: Counterfactuals): Lesson[] {
  if (cf.actual.length === 0) return [];
  return [
    strategyLesson(cf),
    understandingLesson(cf),
    measurementLesson(cf),
    journeyLesson(cf),
    governanceLesson(cf),
    cultureLesson(cf),
    eventsLesson(cf),
  ].filter((l): l is Lesson => l !== null);
}

/**
 * The run's lessons, most important first, weighed by how much the replay moved; up to 6 are
 * kept, each pillar once before any twice.
 */
export function rankLessons(candidates: Lesson[]): Lesson[] {
  const ranked = [...candidates].sort((a, b) => b.weight - a.weight);
  // One finding per pillar first, so the debrief covers the run broadly.
  const seen = new Set<Pillar>();
  const first = ranked.filter((l) => !seen.has(l.pillar) && seen.add(l.pillar));
  const ordered = [...first, ...ranked.filter((l) => !first.includes(l))];
  return ordered
    .filter((l, i) => i < MIN_LESSONS || (i < MAX_LESSONS && l.weight >= 1))
    .sort((a, b) => b.weight - a.weight);
}

/** The run's lessons from its replays. */
export function lessonsOf(cf: Counterfactuals): Lesson[] {
  return rankLessons(lessonCandidates(cf));
}
