import { scorecardOf, type QuarterOutcome, type Scenario } from '../../engine';

type Target = Scenario['targets'][number];
export type Perspective = Target['perspective'];
export const PERSPECTIVES: readonly Perspective[] = [
  'customer',
  'financial',
  'internal',
  'learning',
];

export interface ScorecardLine {
  id: string;
  nameKey: string;
  perspective: Perspective;
  metric: Target['metric'];
  target: number;
  direction: Target['direction'];
  /** The true value at the end of the game. */
  value: number;
  met: boolean;
}

export interface EndModel {
  /** Won: every target met. Mixed: at least half. Lost: fewer, or the money ran out. */
  result: 'won' | 'mixed' | 'lost';
  bankrupt: boolean;
  quartersPlayed: number;
  quarters: number;
  met: number;
  lines: ScorecardLine[];
}

/**
 * The balanced scorecard at the end: each of the scenario's targets against the true numbers the
 * company ended with (the debrief sets them beside what was measured). A game that ran out of
 * money gets the same scorecard and is lost.
 */
export function buildEndModel(scenario: Scenario, results: readonly QuarterOutcome[]): EndModel {
  const last = results.at(-1);
  if (!last) throw new Error('No quarter played: nothing to score');
  const bankrupt = last.gameOver || last.true.cash < 0;
  // The engine's scorecard, so the End screen and the debrief always agree on every verdict.
  const card = scorecardOf(scenario, [...results]);
  const lines = PERSPECTIVES.flatMap((perspective) =>
    scenario.targets.flatMap((t, i): ScorecardLine[] => {
      const line = card[i]!;
      if (t.perspective !== perspective) return [];
      return [
        {
          id: t.id,
          nameKey: t.name,
          perspective,
          metric: t.metric,
          target: t.value,
          direction: t.direction,
          value: line.actual,
          met: line.met,
        },
      ];
    }),
  );
  const met = lines.filter((l) => l.met).length;
  const result =
    bankrupt || met * 2 < lines.length ? 'lost' : met === lines.length ? 'won' : 'mixed';
  return {
    result,
    bankrupt,
    quartersPlayed: results.length,
    quarters: scenario.quarters,
    met,
    lines,
  };
}
