/**
 * Drawing a diagnostic (25 questions) or a mock exam (100) weighted like the exam: each
 * competency gets its share by the largest-remainder method, so no count is more than one
 * question from the exact weight.
 */
import type { Bank } from './bank';
import { COMPETENCIES, EXAM_WEIGHTS, type Competency } from './competencies';
import type { Question } from './questionSchema';
import { seededRandom, shuffled, type Random } from './random';

export const DIAGNOSTIC_SIZE = 25;
export const MOCK_SIZE = 100;
/** The exam's usual time: about 3 hours for 100 questions. */
export const MOCK_MINUTES = 180;

/** How many questions each competency gets out of `total`. */
export function allocate(total: number): Record<Competency, number> {
  const exact = COMPETENCIES.map((c) => ({ c, x: total * EXAM_WEIGHTS[c] }));
  const counts = Object.fromEntries(exact.map(({ c, x }) => [c, Math.floor(x)])) as Record<
    Competency,
    number
  >;
  let left = total - exact.reduce((a, { x }) => a + Math.floor(x), 0);
  // Largest remainders first; ties keep the exam's order.
  const byRemainder = [...exact].sort((a, b) => (b.x % 1) - (a.x % 1));
  for (const { c } of byRemainder) {
    if (left <= 0) break;
    counts[c]++;
    left--;
  }
  return counts;
}

export interface Draw {
  questions: Question[];
  /** Competencies the bank holds too few questions for: how many were wanted and found. */
  short: { competency: Competency; wanted: number; found: number }[];
}

/**
 * Draws `total` questions weighted like the exam, in a shuffled order. Questions the candidate
 * has seen least come first within a competency (`seen` counts earlier sightings by id).
 */
export function drawWeighted(
  bank: Bank,
  total: number,
  seed: number,
  seen: ReadonlyMap<string, number> = new Map(),
): Draw {
  const random: Random = seededRandom(seed);
  const counts = allocate(total);
  const picked: Question[] = [];
  const short: Draw['short'] = [];
  for (const c of COMPETENCIES) {
    const pool = shuffled(bank.byCompetency(c), random).sort(
      (a, b) => (seen.get(a.id) ?? 0) - (seen.get(b.id) ?? 0),
    );
    const take = pool.slice(0, counts[c]);
    if (take.length < counts[c])
      short.push({ competency: c, wanted: counts[c], found: take.length });
    picked.push(...take);
  }
  return { questions: shuffled(picked, random), short };
}

export const drawDiagnostic = (bank: Bank, seed: number, seen?: ReadonlyMap<string, number>) =>
  drawWeighted(bank, DIAGNOSTIC_SIZE, seed, seen);
export const drawMock = (bank: Bank, seed: number, seen?: ReadonlyMap<string, number>) =>
  drawWeighted(bank, MOCK_SIZE, seed, seen);
