import { z } from 'zod';
import { QuarterOutcomeSchema } from '../../src/engine';

/**
 * A quarter as `sim --json` prints it: the engine's own schema (numbers must be finite: NaN and
 * Infinity print as null, which a number field refuses), without the animation paths.
 */
const PrintedQuarter = z.object(QuarterOutcomeSchema.shape).omit({ paths: true });

const within = (lo: number, hi: number) => z.number().min(lo).max(hi);
const orNull = (s: z.ZodNumber) => s.nullable();

/** The ranges the game's scores live in: their scales, 0–1 for shares, 0–100 for percentages. */
const Ranges = z.object({
  true: z.object({
    nps: within(-100, 100),
    csat: within(0, 100),
    ces: within(1, 7),
    retention: within(0, 100),
    customers: z.number().min(0),
    reputation: within(0, 100),
    engagement: within(0, 100),
    credibility: within(0, 1),
    promoters: within(0, 100),
    detractors: within(0, 100),
    gaps: z.record(z.string(), within(0, 1)),
  }),
  measured: z.object({
    nps: orNull(within(-100, 100)),
    csat: orNull(within(0, 100)),
    ces: orNull(within(1, 7)),
    responses: z.number().min(0),
    responseRate: orNull(within(0, 100)),
  }),
  channels: z.array(
    z.object({
      load: z.number().min(0),
      waitMinutes: z.number().min(0),
      quality: within(0, 1),
      connection: within(0, 1),
    }),
  ),
});

/** What is wrong with the quarters `sim --json` printed: not finite, or out of range. */
export function outcomeProblems(quarters: unknown): string[] {
  const parsed = z.array(PrintedQuarter.and(Ranges)).safeParse(quarters);
  return parsed.success
    ? []
    : parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
}
