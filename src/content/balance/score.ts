import { scorecardOf, type QuarterOutcome, type Scenario } from '../../engine';

/**
 * How far below (or above, for "at most") a target still earns partial credit. A miss by this much
 * or more scores 0 on that line; meeting the target scores 1.
 */
function toleranceOf(scenario: Scenario, metric: string, target: number): number {
  switch (metric) {
    case 'nps':
      return 40;
    case 'csat':
      return 20;
    case 'ces':
      return 1.5;
    case 'retention':
      return 15;
    case 'reputation':
    case 'engagement':
      return 25;
    case 'knowledgeGap':
      return 0.3;
    case 'customers':
      return Math.max(1, Math.abs(target) * 0.25);
    default:
      // Money: a quarter's CX budget is the natural unit of a company's size.
      return Math.max(scenario.company.budget, Math.abs(target));
  }
}

/** Credit (0–1) for one scorecard line. */
export function attainment(
  scenario: Scenario,
  line: { metric: string; target: number; actual: number; direction: 'atLeast' | 'atMost' },
): number {
  const short =
    line.direction === 'atLeast' ? line.target - line.actual : line.actual - line.target;
  if (!(short > 0)) return Number.isNaN(short) ? 0 : 1;
  return Math.max(0, 1 - short / toleranceOf(scenario, line.metric, line.target));
}

/**
 * The balanced-scorecard score of a finished game (0–100): each perspective (customer, financial,
 * internal, learning) weighs the same, whatever the number of targets in it, as Kaplan and Norton
 * intended; inside a perspective the targets weigh the same.
 */
export function scorecardScore(scenario: Scenario, outcomes: QuarterOutcome[]): number {
  if (!outcomes.length || !scenario.targets.length) return 0;
  const byPerspective = new Map<string, number[]>();
  for (const line of scorecardOf(scenario, outcomes)) {
    const list = byPerspective.get(line.perspective) ?? [];
    list.push(attainment(scenario, line));
    byPerspective.set(line.perspective, list);
  }
  let sum = 0;
  for (const list of byPerspective.values()) sum += list.reduce((a, b) => a + b, 0) / list.length;
  return (100 * sum) / byPerspective.size;
}
