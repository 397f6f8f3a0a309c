/**
 * Lessons from one run: findings tied to a pillar and a CCXP competency, each carrying the numbers
 * from the run that show it (a locale key with parameters, never text).
 */
import type { GameAttribution, Pillar } from './attribution';
import type { DecisionLog } from './schema/decisions';
import type { QuarterOutcome } from './schema/outcome';
import type { Scenario } from './schema/scenario';

/** The CCXP exam's five competencies. */
export const COMPETENCIES = ['insights', 'strategy', 'metrics', 'design', 'culture'] as const;
export type Competency = (typeof COMPETENCIES)[number];

export interface Lesson {
  /** Also the locale key's last part: `debrief.lesson.<id>`. */
  id: string;
  pillar: Pillar;
  competency: Competency;
  /** Whether the run shows the practice done well or the cost of missing it. */
  tone: 'strength' | 'warning';
  key: string;
  /** Numbers from the run; a value ending in a locale key's form is translated by the text. */
  params: Record<string, string | number>;
  /** How much the finding mattered in this run (ranking only). */
  weight: number;
}

export const MIN_LESSONS = 3;
export const MAX_LESSONS = 6;

const r1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => Math.round(x * 100);

interface RunFacts {
  scenario: Scenario;
  log: DecisionLog;
  outcomes: QuarterOutcome[];
  pillarDelta: (p: Pillar | 'events') => number;
}

function lesson(
  id: string,
  pillar: Pillar,
  competency: Competency,
  tone: Lesson['tone'],
  params: Lesson['params'],
  weight: number,
): Lesson {
  return { id, pillar, competency, tone, key: `debrief.lesson.${id}`, params, weight };
}

function strategyLesson({ scenario, log, outcomes, pillarDelta }: RunFacts): Lesson {
  let changes = 0;
  let previous = scenario.company.start.strategy.brandPromise;
  for (const d of log.slice(0, outcomes.length)) {
    if (d.strategy.brandPromise !== previous) changes++;
    previous = d.strategy.brandPromise;
  }
  const promise = scenario.promises.brand.find((p) => p.id === previous);
  const params = {
    changes,
    promise: promise?.name ?? previous,
    from: pct(scenario.company.credibility),
    to: pct(outcomes[outcomes.length - 1]!.true.credibility),
    delta: r1(pillarDelta('strategy')),
  };
  const weight = Math.abs(params.delta) + 6 * Math.max(0, changes - 1);
  if (changes >= 2)
    return lesson('promiseChurn', 'strategy', 'strategy', 'warning', params, weight);
  return lesson(
    changes === 1 ? 'promiseChanged' : 'promiseKept',
    'strategy',
    'strategy',
    params.to >= params.from ? 'strength' : 'warning',
    params,
    weight,
  );
}

function understandingLesson({ scenario, log, outcomes, pillarDelta }: RunFacts): Lesson {
  const played = log.slice(0, outcomes.length);
  const from = pct(scenario.company.gaps.knowledge);
  const to = pct(outcomes[outcomes.length - 1]!.true.gaps.knowledge);
  const params = {
    from,
    to,
    leaderDays: played.reduce((a, d) => a + d.understanding.leadersDays, 0),
    research: played.filter((d) => d.understanding.research !== 'none').length,
    loop: played.filter((d) => d.understanding.closeTheLoop).length,
    quarters: outcomes.length,
    delta: r1(pillarDelta('understanding')),
  };
  const weight = Math.abs(from - to) / 2 + Math.abs(params.delta) + (to > 40 ? 8 : 0);
  return to <= from - 5
    ? lesson('knowledgeGapClosed', 'understanding', 'insights', 'strength', params, weight)
    : lesson('knowledgeGapOpen', 'understanding', 'insights', 'warning', params, weight);
}

function metricsLesson({ outcomes }: RunFacts): Lesson {
  const last = outcomes[outcomes.length - 1]!;
  const live = last.touchpoints.filter((t) => !t.removed);
  const unmeasured = live.filter((t) => t.measured.metric === 'none').length;
  const errors: number[] = [];
  const margins: number[] = [];
  for (const o of outcomes)
    if (o.measured.nps !== null) {
      errors.push(Math.abs(o.measured.nps - o.true.nps));
      if (o.measured.marginOfError.nps !== null) margins.push(o.measured.marginOfError.nps);
    }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const params = {
    unmeasured,
    touchpoints: live.length,
    measuredQuarters: errors.length,
    quarters: outcomes.length,
    error: r1(mean(errors)),
    margin: r1(mean(margins)),
  };
  if (errors.length === 0)
    return lesson('npsNeverMeasured', 'metrics', 'metrics', 'warning', params, 20);
  if (unmeasured * 2 > live.length)
    return lesson('blindSpots', 'metrics', 'metrics', 'warning', params, 4 + unmeasured);
  if (params.margin > 8)
    return lesson('wideMargins', 'metrics', 'metrics', 'warning', params, params.margin);
  return lesson('measuredWell', 'metrics', 'metrics', 'strength', params, 6 - params.margin / 2);
}

function journeyLesson({ scenario, outcomes, pillarDelta }: RunFacts): Lesson {
  const last = outcomes[outcomes.length - 1]!;
  const names = new Map(scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name]));
  let weakest = last.touchpoints[0]!;
  for (const t of last.touchpoints)
    if (!t.removed && (t.true.csat ?? 101) < (weakest.true.csat ?? 101)) weakest = t;
  const open = last.channels.filter((c) => c.open);
  const params = {
    touchpoint: names.get(weakest.id) ?? weakest.id,
    csat: r1(weakest.true.csat ?? 0),
    overall: r1(last.true.csat),
    open: open.length,
    connected: open.filter((c) => c.connection >= 0.5).length,
    wait: r1(Math.max(0, ...open.map((c) => c.waitMinutes))),
    delta: r1(pillarDelta('journey')),
  };
  const weight = Math.abs(params.delta) + Math.max(0, params.overall - params.csat) / 3;
  if (params.open - params.connected >= 2 && params.wait >= 10)
    return lesson('silos', 'journey', 'design', 'warning', params, weight + 4);
  return lesson(
    'weakestTouchpoint',
    'journey',
    'design',
    params.delta > 0 ? 'strength' : 'warning',
    params,
    weight,
  );
}

/** Events are not a pillar, but answering them is service recovery: a journey-design skill. */
function eventsLesson({ log, outcomes, pillarDelta }: RunFacts): Lesson | null {
  const struck = new Set<string>();
  const answered = new Set<string>();
  outcomes.forEach((o, q) => {
    for (const e of o.events) {
      struck.add(e.id);
      if (log[q]?.events[e.id]) answered.add(e.id);
    }
  });
  if (struck.size === 0) return null;
  const params = {
    events: struck.size,
    responded: answered.size,
    delta: r1(pillarDelta('events')),
  };
  const weight = Math.abs(params.delta) / 2 + 2 * (struck.size - answered.size);
  return answered.size === struck.size
    ? lesson('eventsAnswered', 'journey', 'design', 'strength', params, weight)
    : lesson('eventsIgnored', 'journey', 'design', 'warning', params, weight);
}

function governanceLesson({ scenario, log, outcomes, pillarDelta }: RunFacts): Lesson {
  const played = log.slice(0, outcomes.length);
  const last = outcomes[outcomes.length - 1]!;
  const owner = played[played.length - 1]!.governance.owner;
  const params = {
    owner: `debrief.owner.${owner}`,
    councilQuarters: played.filter((d) => d.governance.council).length,
    standardsFrom: pct(scenario.company.gaps.standards),
    standardsTo: pct(last.true.gaps.standards),
    deliveryFrom: pct(scenario.company.gaps.delivery),
    deliveryTo: pct(last.true.gaps.delivery),
    delta: r1(pillarDelta('governance')),
  };
  const closed =
    params.standardsFrom - params.standardsTo + (params.deliveryFrom - params.deliveryTo);
  const weight = Math.abs(params.delta) + Math.abs(closed) / 4;
  return owner === 'ceo' || closed >= 10
    ? lesson('ownedCx', 'governance', 'culture', 'strength', params, weight)
    : lesson('noMandate', 'governance', 'culture', 'warning', params, weight + 3);
}

function cultureLesson({ scenario, outcomes, pillarDelta }: RunFacts): Lesson {
  const last = outcomes[outcomes.length - 1]!;
  const params = {
    from: Math.round(scenario.company.engagement),
    to: Math.round(last.true.engagement),
    lowest: Math.round(Math.min(...outcomes.map((o) => o.true.engagement))),
    delta: r1(pillarDelta('culture')),
  };
  const weight = Math.abs(params.to - params.from) / 2 + Math.abs(params.delta);
  return params.to >= params.from + 3
    ? lesson('engagementRose', 'culture', 'culture', 'strength', params, weight)
    : lesson('engagementFell', 'culture', 'culture', 'warning', params, weight + 1);
}

/** Every finding the run supports, before ranking: one per pillar, and one on events if any struck. */
export function lessonCandidates(
  scenario: Scenario,
  log: DecisionLog,
  outcomes: QuarterOutcome[],
  attribution: GameAttribution,
): Lesson[] {
  if (outcomes.length === 0) return [];
  const facts: RunFacts = {
    scenario,
    log,
    outcomes,
    pillarDelta: (p) => attribution.game.nps.drivers.find((d) => d.id === p)?.delta ?? 0,
  };
  return [
    strategyLesson(facts),
    understandingLesson(facts),
    metricsLesson(facts),
    journeyLesson(facts),
    governanceLesson(facts),
    cultureLesson(facts),
    eventsLesson(facts),
  ]
    .filter((l): l is Lesson => l !== null)
    .map((l) => ({ ...l, weight: r1(l.weight) }));
}

/**
 * The run's lessons, most important first, weighed by how much each moved NPS and how far its gap
 * or measure is from good practice; 3 to 6 are kept, each pillar once before any twice.
 */
export function lessonsOf(
  scenario: Scenario,
  log: DecisionLog,
  outcomes: QuarterOutcome[],
  attribution: GameAttribution,
): Lesson[] {
  const ranked = lessonCandidates(scenario, log, outcomes, attribution).sort(
    (a, b) => b.weight - a.weight,
  );
  // One finding per pillar first, so the debrief covers the run broadly; a second finding on a
  // pillar only when no other pillar has one left.
  const seen = new Set<Pillar>();
  const first = ranked.filter((l) => !seen.has(l.pillar) && seen.add(l.pillar));
  const ordered = [...first, ...ranked.filter((l) => !first.includes(l))];
  return ordered
    .filter((l, i) => i < MIN_LESSONS || (i < MAX_LESSONS && l.weight >= 2))
    .sort((a, b) => b.weight - a.weight);
}
