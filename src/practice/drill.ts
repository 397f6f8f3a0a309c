/**
 * Drill: questions of one competency, missed ones brought back by FSRS (ts-fsrs) across days. The
 * caller passes the time, so this stays pure; a right answer rates Good, a wrong one Again.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { Bank } from './bank';
import type { Competency } from './competencies';
import type { CardRecord, Progress } from './progress';
import type { Question } from './questionSchema';
import { seededRandom, shuffled } from './random';

/**
 * No fuzz: the same answers at the same times give the same schedule. No short-term (minute)
 * steps: a practice question comes back on another day, not ten minutes later in the same sitting.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

export const DRILL_SIZE = 10;

function toCard(r: CardRecord): Card {
  return {
    ...r,
    due: new Date(r.due),
    last_review: r.last_review ? new Date(r.last_review) : undefined,
  };
}

function toRecord(c: Card): CardRecord {
  const record: CardRecord = {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) record.last_review = c.last_review.toISOString();
  return record;
}

/** The progress after a drilled answer: the question's card rescheduled. */
export function scheduleAnswer(
  progress: Progress,
  id: string,
  correct: boolean,
  now: Date,
): Progress {
  const existing = progress.cards[id];
  const card = existing ? toCard(existing) : createEmptyCard(now);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
  return { ...progress, cards: { ...progress.cards, [id]: toRecord(next) } };
}

/** When a question is next due, or null when it was never drilled. */
export function dueOf(progress: Progress, id: string): Date | null {
  const card = progress.cards[id];
  return card ? new Date(card.due) : null;
}

export interface DrillQueue {
  questions: Question[];
  /** Of those, how many came back because they were due. */
  due: number;
  /** The next moment a card of this competency falls due, when none is due now. */
  nextDue: Date | null;
}

/**
 * The next drill round of a competency: cards that are due (the most overdue first), then
 * questions never drilled (shuffled by the seed), up to `size`.
 */
export function drillQueue(
  bank: Bank,
  progress: Progress,
  competency: Competency,
  now: Date,
  seed: number,
  size = DRILL_SIZE,
): DrillQueue {
  const pool = bank.byCompetency(competency);
  const dueNow = pool
    .filter((q) => {
      const due = dueOf(progress, q.id);
      return due !== null && due.getTime() <= now.getTime();
    })
    .sort((a, b) => dueOf(progress, a.id)!.getTime() - dueOf(progress, b.id)!.getTime());
  const fresh = shuffled(
    pool.filter((q) => !progress.cards[q.id]),
    seededRandom(seed),
  );
  const questions = [...dueNow, ...fresh].slice(0, size);
  const later = pool
    .map((q) => dueOf(progress, q.id))
    .filter((d): d is Date => d !== null && d.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  return {
    questions,
    due: Math.min(dueNow.length, size),
    nextDue: questions.length ? null : (later[0] ?? null),
  };
}
