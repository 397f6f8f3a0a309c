/**
 * What the player can know of things no survey scores: the five gaps and staff engagement as
 * estimates whose uncertainty narrows with listening (research, leaders' days with customers,
 * closing the loop, surveys that answered), unknown without any; and the customers' own words,
 * only from the comment fields of the surveys the player ran, taken from the walks of the
 * quarter's sampled customers (the engine's paths), so a fixed problem is no longer mentioned.
 */
import type { Message, QuarterDecisions, QuarterOutcome, Scenario } from '../../engine';

/** How much the quarter's listening tells about the gaps (0 nothing … 0.85 at most). */
export function listeningOf(
  outcome: QuarterOutcome,
  decisions: QuarterDecisions | undefined,
  previous: QuarterDecisions | undefined,
): number {
  if (!decisions) return outcome.measured.responses > 0 ? 0.15 : 0;
  // Research pays off the quarter after it is bought; its report is read in this review then.
  const research = (d: QuarterDecisions | undefined) =>
    d?.understanding.research === 'deep' ? 0.45 : d?.understanding.research === 'light' ? 0.25 : 0;
  const l =
    Math.max(research(previous), research(decisions) / 2) +
    0.1 * decisions.understanding.leadersDays +
    (decisions.understanding.closeTheLoop && outcome.measured.responses > 0 ? 0.15 : 0) +
    (outcome.measured.responses > 0 ? 0.15 : 0);
  return Math.min(0.85, l);
}

/** Widest uncertainty of a gap estimate (0–1 scale), with next to no listening. */
export const GAP_UNCERTAINTY = 0.3;
/** Widest uncertainty of the engagement estimate (points), from leaders' days alone. */
export const ENGAGEMENT_UNCERTAINTY = 20;

/** A deterministic offset in −0.5…0.5 for an estimate (no clock, no Math.random). */
export function offset(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 10007) / 10007 - 0.5;
}

export interface Estimate {
  /** null: nothing the player did this quarter tells anything about it. */
  value: number | null;
  uncertainty: number | null;
}

export function estimate(
  truth: number,
  listening: number,
  widest: number,
  range: [number, number],
  key: (string | number)[],
): Estimate {
  if (listening <= 0) return { value: null, uncertainty: null };
  const uncertainty = widest * (1 - listening);
  const value = Math.min(range[1], Math.max(range[0], truth + uncertainty * offset(...key)));
  return { value, uncertainty };
}

/** Most comments shown per quarter. */
export const MAX_COMMENTS = 4;
/** Moods (−1…1) at or beyond which a customer writes something in the comment field. */
const ANGRY = -0.35;
const DELIGHTED = 0.45;
/** Minutes of waiting at or above which a waiting customer mentions it. */
const LONG_WAIT = 10;

export interface Comment extends Message {
  /** The touchpoint whose survey carried the comment. */
  touchpoint: string;
}

/**
 * Comments from the survey comment fields the player ran: each from a sampled customer who passed
 * a surveyed touchpoint (with answers) this quarter, about what happened to them there. Varied:
 * one per touchpoint, one per kind of remark, in a seeded order.
 */
export function commentsOf(scenario: Scenario, outcome: QuarterOutcome): Comment[] {
  const surveyed = new Set(
    outcome.touchpoints
      .filter((t) => t.measured.metric !== 'none' && t.measured.responses > 0 && !t.removed)
      .map((t) => t.id),
  );
  if (surveyed.size === 0) return [];
  const names = new Map(scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name]));
  const channels = new Map(outcome.channels.map((c) => [c.id, c]));
  const channelName = new Map(scenario.channels.map((c) => [c.id, c.name]));
  const candidates: (Comment & { order: number })[] = [];
  outcome.paths.forEach((path, p) => {
    path.steps.forEach((step, s) => {
      if (!surveyed.has(step.touchpoint)) return;
      const touchpoint = names.get(step.touchpoint) ?? step.touchpoint;
      const order = offset(outcome.quarter, p, s, step.touchpoint);
      const channel = channels.get(step.channel);
      const before = path.steps[s - 1];
      if (step.mood <= ANGRY) {
        if (channel && channel.waitMinutes >= LONG_WAIT)
          candidates.push({
            key: 'engine.verbatim.longWait',
            params: {
              channel: channelName.get(step.channel) ?? step.channel,
              minutes: Math.round(channel.waitMinutes),
            },
            touchpoint: step.touchpoint,
            order,
          });
        else if (
          before &&
          before.channel !== step.channel &&
          Math.min(channels.get(before.channel)?.connection ?? 0, channel?.connection ?? 0) < 0.5
        )
          candidates.push({
            key: 'engine.verbatim.repeatMyself',
            params: {},
            touchpoint: step.touchpoint,
            order,
          });
        else
          candidates.push({
            key: 'engine.verbatim.badTouchpoint',
            params: { touchpoint },
            touchpoint: step.touchpoint,
            order,
          });
      } else if (step.mood >= DELIGHTED)
        candidates.push({
          key: 'engine.verbatim.goodTouchpoint',
          params: { touchpoint },
          touchpoint: step.touchpoint,
          order,
        });
    });
  });
  candidates.sort((a, b) => a.order - b.order);
  const out: Comment[] = [];
  const places = new Set<string>();
  const kinds = new Set<string>();
  for (const c of candidates) {
    if (out.length >= MAX_COMMENTS) break;
    if (places.has(c.touchpoint) || (kinds.has(c.key) && kinds.size < 3)) continue;
    places.add(c.touchpoint);
    kinds.add(c.key);
    out.push({ key: c.key, params: c.params, touchpoint: c.touchpoint });
  }
  return out;
}
