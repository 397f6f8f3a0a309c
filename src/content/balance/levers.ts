import type { Dims, QuarterDecisions, Scenario } from '../../engine';

/** The strategic levers a plan can pull, one per pillar (channels counted apart from the journey). */
export const LEVERS = [
  'promise',
  'listening',
  'governance',
  'culture',
  'channels',
  'journey',
] as const;
export type Lever = (typeof LEVERS)[number];

/** A plan as data: which levers it pulls, behind which brand promise, how hard (0.5–1). */
export interface StrategySpec {
  id: string;
  kind: 'idle' | 'scripted' | 'single' | 'random';
  levers: Lever[];
  /** The brand promise the plan adopts when it pulls the promise lever. */
  promise: string;
  intensity: number;
}

const dot = (a: Dims, b: Dims) =>
  a.reliability * b.reliability +
  a.assurance * b.assurance +
  a.tangibles * b.tangibles +
  a.empathy * b.empathy +
  a.responsiveness * b.responsiveness;

/** The brand promise segments like best on average (weighted by their share). */
export function favouritePromise(s: Scenario): string {
  let best = s.promises.brand[0]!.id;
  let bestAppeal = -Infinity;
  for (const p of s.promises.brand) {
    const appeal = s.segments.reduce((a, g) => a + g.share * (g.promiseAppeal[p.id] ?? 0), 0);
    if (appeal > bestAppeal) [best, bestAppeal] = [p.id, appeal];
  }
  return best;
}

/** Touchpoint ids ranked by how much the promise speaks to what matters there. */
function touchpointsFor(s: Scenario, promiseId: string): string[] {
  const promise = s.promises.brand.find((p) => p.id === promiseId)!;
  return s.stages
    .flatMap((st) => st.touchpoints)
    .map((t) => ({
      id: t.id,
      w: dot(t.dims, promise.dims) * t.reach * (t.kano === 'mustBe' ? 1.3 : 1),
    }))
    .sort((a, b) => b.w - a.w || a.id.localeCompare(b.id))
    .map((x) => x.id);
}

function pullPromise(s: Scenario, d: QuarterDecisions, spec: StrategySpec): void {
  const promise = s.promises.brand.find((p) => p.id === spec.promise)!;
  d.strategy.brandPromise = promise.id;
  d.strategy.pricePosition = promise.price;
  d.strategy.customerPromises = s.promises.customer
    .map((c) => ({ id: c.id, fit: dot(c.dims, promise.dims) }))
    .filter((c) => c.fit > 0)
    .sort((a, b) => b.fit - a.fit || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((c) => c.id);
  d.strategy.targetSegments = s.segments
    .filter((g) => (g.promiseAppeal[promise.id] ?? 0) >= 0.4)
    .slice(0, 2)
    .map((g) => g.id);
}

function pullListening(s: Scenario, d: QuarterDecisions, q: number): void {
  const tps = s.stages.flatMap((st) => st.touchpoints);
  const sample = (share: number) => Math.min(5000, Math.round(s.population.customers * share));
  const last = s.stages[s.stages.length - 1]!.touchpoints;
  const relationship = [...last].sort((a, b) => b.reach - a.reach)[0]!;
  d.metrics.surveys[relationship.id] = { metric: 'nps', sampleSize: sample(0.08) };
  for (const t of tps.filter((x) => x.serviceContact))
    d.metrics.surveys[t.id] = { metric: 'ces', sampleSize: sample(0.04) };
  for (const t of tps.filter((x) => x.kano === 'mustBe' && !x.serviceContact).slice(0, 2))
    d.metrics.surveys[t.id] = { metric: 'csat', sampleSize: sample(0.03) };
  d.understanding.closeTheLoop = true;
  d.understanding.research = q < 2 ? 'light' : 'none';
  d.understanding.leadersDays = 1;
}

// Culture and channels are set from the company's starting settings every quarter, so a quarter
// trimmed to fit the budget does not lower the plan for good.
function pullCulture(s: Scenario, d: QuarterDecisions, x: number): void {
  const start = s.company.start.culture;
  d.culture.hiringForAttitude = true;
  d.culture.training = start.training + Math.round(s.company.budget * 0.02 * x);
  d.culture.wellbeing = start.wellbeing + Math.round(s.company.budget * 0.01 * x);
  d.culture.empowerment = x >= 0.7 ? 'high' : 'medium';
}

/** Great at a few (link 5): the three channels the company funds most are connected and run
 * better; connecting all of them at once is a project few companies finish. */
function pullChannels(s: Scenario, d: QuarterDecisions, x: number, growth: number): void {
  const core = new Set(
    s.channels
      .filter((ch) => s.company.start.channels[ch.id]?.open)
      .sort(
        (a, b) =>
          (s.company.start.channels[b.id]?.funding ?? 0) -
            (s.company.start.channels[a.id]?.funding ?? 0) || a.id.localeCompare(b.id),
      )
      .slice(0, 3)
      .map((ch) => ch.id),
  );
  for (const ch of s.channels) {
    const plan = d.channels[ch.id];
    const start = s.company.start.channels[ch.id];
    if (!plan?.open || !start) continue;
    if (core.has(ch.id)) plan.connected = true;
    plan.funding = Math.round(start.funding * (1 + 0.3 * x));
    if (ch.kind === 'human')
      plan.capacity = Math.round(start.capacity * (1 + growth * x) * 10) / 10;
  }
}

function pullJourney(s: Scenario, d: QuarterDecisions, spec: StrategySpec, q: number): void {
  const ranked = touchpointsFor(s, spec.promise);
  for (const id of ranked.slice(0, 3)) {
    const tp = d.journey.touchpoints[id];
    if (tp) tp.investment = Math.round(s.company.budget * 0.01 * spec.intensity);
  }
  // The weakest service contact gets redesigned once, early.
  const weakest = s.stages
    .flatMap((st) => st.touchpoints)
    .filter((t) => t.serviceContact)
    .sort((a, b) => a.quality - b.quality)[0];
  if (q === 1 && weakest && d.journey.touchpoints[weakest.id])
    d.journey.touchpoints[weakest.id]!.redesign = true;
  const initiatives = s.initiatives
    .map((i) => ({
      id: i.id,
      fit: i.touchpoints.filter((t) => ranked.slice(0, 6).includes(t)).length,
    }))
    .sort((a, b) => b.fit - a.fit || a.id.localeCompare(b.id));
  const pick = initiatives[q === 0 ? 0 : q === 2 ? 1 : -1];
  d.journey.initiatives = pick ? [pick.id] : [];
  const all = s.stages.flatMap((st) => st.touchpoints);
  const peak = all
    .filter((t) => t.kano === 'delighter')
    .sort((a, b) => b.intensity - a.intensity)[0];
  const lastStage = s.stages[s.stages.length - 1]!.touchpoints;
  d.journey.peak = peak?.id ?? null;
  d.journey.end = [...lastStage].sort((a, b) => b.reach - a.reach)[0]!.id;
}

/** The quarter's decisions for a plan: the settings in force with the plan's levers pulled. */
export function pullLevers(
  s: Scenario,
  base: QuarterDecisions,
  spec: StrategySpec,
  q: number,
): QuarterDecisions {
  const d = base;
  for (const lever of spec.levers) {
    if (lever === 'promise') pullPromise(s, d, spec);
    else if (lever === 'listening') pullListening(s, d, q);
    else if (lever === 'governance')
      d.governance = { owner: 'ceo', council: true, blueprint: false };
    else if (lever === 'culture') pullCulture(s, d, spec.intensity);
    else if (lever === 'channels') pullChannels(s, d, spec.intensity, 0.1);
    else if (lever === 'journey') pullJourney(s, d, spec, q);
  }
  return d;
}
