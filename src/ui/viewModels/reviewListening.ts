/**
 * What the player can know of things no survey scores: the five gaps and staff engagement as
 * estimates whose uncertainty narrows with listening (research, leaders' days with customers, the
 * staff's customer driver's licence, closing the loop, surveys that answered), unknown without any;
 * and the customers' own words, only from the listening posts the player ran, as the engine heard
 * them.
 */
import type {
  ListeningPost,
  Message,
  QuarterDecisions,
  QuarterOutcome,
  Scenario,
} from '../../engine';

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
  // Each weighs about twice what it closes of the knowledge gap in the engine (slow.ts); the
  // driver's licence, like research, is heard from the quarter after it starts.
  const l =
    Math.max(research(previous), research(decisions) / 2) +
    0.1 * decisions.understanding.leadersDays +
    (previous?.understanding.driversLicence ? 0.06 : 0) +
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

/** A customer's comment as the Review shows it: the words, and the listening post they came from. */
export interface ReviewComment {
  text: Message;
  /** "Survey comment · Check-in", "Complaint · Booking", "Review site · Seat". */
  from: Message;
  source: ListeningPost;
}

/**
 * The comments the engine heard at the listening posts the player ran (survey comment fields,
 * complaints, review sites), from the walks of the quarter's sampled customers, so a problem that
 * is fixed is no longer mentioned. None without a post.
 */
export function commentsOf(scenario: Scenario, outcome: QuarterOutcome): ReviewComment[] {
  const names = new Map(scenario.stages.flatMap((s) => s.touchpoints).map((t) => [t.id, t.name]));
  return outcome.verbatims.map((v) => ({
    text: { key: v.key, params: v.params },
    from: {
      key: `play.review.from.${v.source}`,
      params: { touchpoint: names.get(v.touchpoint) ?? v.touchpoint },
    },
    source: v.source,
  }));
}
