import type { QuarterOutcome, Scenario } from '../../engine';

/** Length of a quarter on screen at 1× speed (seconds): long enough to read, short enough to keep a class moving. */
export const RUN_SECONDS = 42;
/** A quarter has thirteen weeks; the clock on screen counts them. */
export const WEEKS = 13;
/** Seconds a customer takes to walk from one touchpoint to the next. */
const TRAVEL_SECONDS = 0.9;
/** Seconds at a touchpoint when nobody has to wait. */
const BASE_DWELL = 0.45;
/** Each sampled customer stands for a stream of similar ones: they set off this many times. */
const DEFAULT_REPEATS = 3;
/** A channel at or above this load builds a visible queue. */
export const OVERLOAD = 0.95;

export interface MapStage {
  id: string;
  nameKey: string;
  /** Indices into `nodes`. */
  nodes: number[];
}

export interface MapNode {
  id: string;
  nameKey: string;
  stage: number;
  /** Position inside its stage (0-based) and how many touchpoints the stage has. */
  row: number;
  rows: number;
  removed: boolean;
}

export interface MapChannel {
  id: string;
  nameKey: string;
  kind: 'digital' | 'human';
  open: boolean;
  /** Demand over capacity (1 = full). */
  load: number;
  waitMinutes: number;
  overloaded: boolean;
}

export interface RunStep {
  node: number;
  channel: number;
  mood: number;
  /** Seconds spent at the touchpoint (longer where the channel keeps people waiting). */
  dwell: number;
}

export interface RunJourney {
  start: number;
  end: number;
  segment: string;
  steps: RunStep[];
}

export interface RunEvent {
  id: string;
  at: number;
  nameKey: string;
  descriptionKey: string;
  /** The response the player chose, as a name key, or null when they chose none. */
  responseKey: string | null;
}

export interface RunTimeline {
  duration: number;
  stages: MapStage[];
  nodes: MapNode[];
  channels: MapChannel[];
  journeys: RunJourney[];
  events: RunEvent[];
}

/** Seconds of waiting on screen for a channel's average wait: minutes compress, but stay in order. */
export function dwellFor(waitMinutes: number, load: number): number {
  const queue = Math.min(2.6, waitMinutes / 6) + (load >= OVERLOAD ? 0.8 : 0);
  return BASE_DWELL + queue;
}

function journeyLength(steps: RunStep[]): number {
  return steps.reduce((sum, step) => sum + TRAVEL_SECONDS + step.dwell, TRAVEL_SECONDS);
}

/**
 * The steps with their waits shortened, in proportion, where the whole walk would outlast the
 * quarter on screen (long queues at every touchpoint): every customer who sets off also finishes
 * before the quarter ends, and is counted.
 */
function withinQuarter(steps: RunStep[], duration: number): RunStep[] {
  const length = journeyLength(steps);
  if (length <= duration) return steps;
  const dwell = steps.reduce((sum, step) => sum + step.dwell, 0);
  const factor = Math.max(0, duration - (length - dwell)) / dwell;
  return steps.map((step) => ({ ...step, dwell: step.dwell * factor }));
}

/**
 * What the Run scene plays: the journey map's layout (stages, touchpoints, channels), the sampled
 * customers' walks with their timing, and when each event card arrives. Pure, so it is tested
 * without a browser and the scene only draws.
 */
export function buildRunTimeline(
  scenario: Scenario,
  outcome: QuarterOutcome,
  options: { seconds?: number; repeats?: number } = {},
): RunTimeline {
  const duration = options.seconds ?? RUN_SECONDS;
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const removed = new Set(outcome.touchpoints.filter((t) => t.removed).map((t) => t.id));

  const stages: MapStage[] = [];
  const nodes: MapNode[] = [];
  const nodeIndex = new Map<string, number>();
  scenario.stages.forEach((stage, s) => {
    const indices: number[] = [];
    stage.touchpoints.forEach((touchpoint, row) => {
      nodeIndex.set(touchpoint.id, nodes.length);
      indices.push(nodes.length);
      nodes.push({
        id: touchpoint.id,
        nameKey: touchpoint.name,
        stage: s,
        row,
        rows: stage.touchpoints.length,
        removed: removed.has(touchpoint.id),
      });
    });
    stages.push({ id: stage.id, nameKey: stage.name, nodes: indices });
  });

  const channelOutcome = new Map(outcome.channels.map((c) => [c.id, c]));
  const channelIndex = new Map<string, number>();
  const channels: MapChannel[] = scenario.channels.map((channel, i) => {
    channelIndex.set(channel.id, i);
    const result = channelOutcome.get(channel.id);
    const load = result?.load ?? 0;
    return {
      id: channel.id,
      nameKey: channel.name,
      kind: channel.kind,
      open: result?.open ?? false,
      load,
      waitMinutes: result?.waitMinutes ?? 0,
      overloaded: (result?.open ?? false) && load >= OVERLOAD,
    };
  });

  const walks = outcome.paths
    .map((path) => ({
      segment: path.segment,
      steps: path.steps.flatMap((step): RunStep[] => {
        const node = nodeIndex.get(step.touchpoint);
        const channel = channelIndex.get(step.channel);
        if (node === undefined || channel === undefined) return [];
        const c = channels[channel]!;
        return [{ node, channel, mood: step.mood, dwell: dwellFor(c.waitMinutes, c.load) }];
      }),
    }))
    .map((walk) => ({ ...walk, steps: withinQuarter(walk.steps, duration) }))
    .filter((walk) => walk.steps.length > 0);

  // Starts are spread evenly over the quarter, interleaving the streams, so the map fills,
  // stays busy through the middle and empties by the end of the last week.
  const journeys: RunJourney[] = [];
  const total = walks.length * repeats;
  for (let r = 0; r < repeats; r++) {
    walks.forEach((walk, k) => {
      const length = Math.min(duration, journeyLength(walk.steps));
      const order = (r * walks.length + k) / Math.max(1, total);
      const start = order * (duration - length);
      journeys.push({ start, end: start + length, segment: walk.segment, steps: walk.steps });
    });
  }
  journeys.sort((a, b) => a.start - b.start);

  const byId = new Map(scenario.events.map((e) => [e.id, e]));
  const happening = outcome.events.filter((e) => byId.has(e.id));
  const events: RunEvent[] = happening.map((e, i) => {
    const event = byId.get(e.id)!;
    const response = event.responses.find((r) => r.id === e.response);
    return {
      id: e.id,
      at: duration * (0.18 + (0.5 * i) / Math.max(1, happening.length)),
      nameKey: event.name,
      descriptionKey: event.description,
      responseKey: response?.name ?? null,
    };
  });

  return { duration, stages, nodes, channels, journeys, events };
}

export type DotPlace =
  | { kind: 'moving'; from: number | null; to: number; progress: number; mood: number }
  | { kind: 'waiting'; node: number; mood: number; since: number }
  | { kind: 'leaving'; from: number; progress: number; mood: number };

/**
 * Where one customer is at time `t` (seconds into the quarter), or null when not on the map.
 * Moving between touchpoints, waiting at one (`since` orders the queue), or walking off the map.
 * The mood shown is the one felt at the last touchpoint reached (neutral before the first).
 */
export function placeAt(journey: RunJourney, t: number): DotPlace | null {
  if (t < journey.start || t >= journey.end) return null;
  let clock = journey.start;
  let previous: RunStep | null = null;
  for (const step of journey.steps) {
    const mood = previous?.mood ?? 0;
    if (t < clock + TRAVEL_SECONDS) {
      return {
        kind: 'moving',
        from: previous?.node ?? null,
        to: step.node,
        progress: (t - clock) / TRAVEL_SECONDS,
        mood,
      };
    }
    clock += TRAVEL_SECONDS;
    if (t < clock + step.dwell) return { kind: 'waiting', node: step.node, mood, since: clock };
    clock += step.dwell;
    previous = step;
  }
  const last = previous!;
  return {
    kind: 'leaving',
    from: last.node,
    progress: Math.min(1, (t - clock) / TRAVEL_SECONDS),
    mood: last.mood,
  };
}

/** The three mood bands the map draws, each with its own shape as well as colour. */
export type MoodBand = 'delighted' | 'neutral' | 'unhappy';

export function moodBand(mood: number): MoodBand {
  if (mood > 0.2) return 'delighted';
  if (mood < -0.2) return 'unhappy';
  return 'neutral';
}

/**
 * How many customers finished in each band by time `t`: the running tally beside the map. Each
 * counts with the mood of its last touchpoint, the one its mark wears as it leaves the map.
 */
export function moodTally(timeline: RunTimeline, t: number): Record<MoodBand, number> {
  const tally: Record<MoodBand, number> = { delighted: 0, neutral: 0, unhappy: 0 };
  for (const journey of timeline.journeys) {
    if (journey.end > t) continue;
    tally[moodBand(journey.steps.at(-1)!.mood)]++;
  }
  return tally;
}

/** The week (1–13) the clock shows at time `t`. */
export function weekAt(timeline: RunTimeline, t: number): number {
  return Math.min(WEEKS, 1 + Math.floor((t / timeline.duration) * WEEKS));
}

/** The moment the most customers are on the map: where the frame-rate benchmark measures. */
export function busiestMoment(timeline: RunTimeline, samples = 120): number {
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i <= samples; i++) {
    const t = (timeline.duration * i) / samples;
    let count = 0;
    for (const journey of timeline.journeys) if (t >= journey.start && t < journey.end) count++;
    if (count > bestCount) {
      bestCount = count;
      best = t;
    }
  }
  return best;
}
