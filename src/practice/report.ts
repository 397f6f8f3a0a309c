/**
 * Scoring a practice session and its report per competency, like the exam's score report: the
 * share right in each competency, the weakest named, and what to read or play next.
 */
import { COMPETENCIES, EXAM_WEIGHTS, type Competency } from './competencies';
import type { Pillar } from '../engine/attribution';

export interface AnsweredQuestion {
  id: string;
  competency: Competency;
  /** The chosen option (0–3), or null when left unanswered (time ran out, skipped). */
  chosen: number | null;
  answer: number;
}

export interface CompetencyScore {
  competency: Competency;
  asked: number;
  correct: number;
  /** Percentage right (0–100), null when none was asked. */
  percent: number | null;
}

/** Where to go next for a competency: a pillar of the game, a scenario to play, a source to read. */
export interface NextStep {
  pillar: Pillar;
  scenario: 'tutorial' | 'airline' | 'hotel';
  /** The key under `practice.source.` naming the reading. */
  source: string;
}

export const NEXT_STEPS: Record<Competency, NextStep> = {
  insights: { pillar: 'understanding', scenario: 'airline', source: 'voc' },
  strategy: { pillar: 'strategy', scenario: 'airline', source: 'promise' },
  metrics: { pillar: 'metrics', scenario: 'hotel', source: 'metrics' },
  design: { pillar: 'journey', scenario: 'hotel', source: 'journey' },
  culture: { pillar: 'governance', scenario: 'airline', source: 'governance' },
};

export interface Report {
  asked: number;
  correct: number;
  percent: number;
  competencies: CompetencyScore[];
  /** The competency with the lowest share right (of those asked); ties go to the heavier one. */
  weakest: Competency | null;
  next: NextStep | null;
}

const percentOf = (correct: number, asked: number) =>
  asked > 0 ? Math.round((100 * correct) / asked) : 0;

export function scoreSession(answers: readonly AnsweredQuestion[]): Report {
  const competencies: CompetencyScore[] = COMPETENCIES.map((competency) => {
    const mine = answers.filter((a) => a.competency === competency);
    const correct = mine.filter((a) => a.chosen === a.answer).length;
    return {
      competency,
      asked: mine.length,
      correct,
      percent: mine.length ? percentOf(correct, mine.length) : null,
    };
  });
  const ranked = competencies
    .filter((c) => c.asked > 0)
    .sort(
      (a, b) =>
        a.correct / a.asked - b.correct / b.asked ||
        EXAM_WEIGHTS[b.competency] - EXAM_WEIGHTS[a.competency],
    );
  const weakest = ranked[0]?.competency ?? null;
  const correct = answers.filter((a) => a.chosen === a.answer).length;
  return {
    asked: answers.length,
    correct,
    percent: percentOf(correct, answers.length),
    competencies,
    weakest,
    next: weakest ? NEXT_STEPS[weakest] : null,
  };
}
