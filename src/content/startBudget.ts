import { DIFFICULTIES, budgetOf, costOf, newGame, type Scenario } from '../engine';

/** The company's starting settings must fit the CX budget on every difficulty, or quarter 1 cannot be played as is. */
export function startBudgetErrors(s: Scenario): string[] {
  const errors: string[] = [];
  for (const difficulty of DIFFICULTIES) {
    const state = newGame(s, 1, difficulty);
    const cost = costOf(s, state, s.company.start).total;
    const budget = budgetOf(s, state);
    if (cost > budget + 1e-9)
      errors.push(
        `company.budget: the starting settings cost ${Math.round(cost)} k€, above the ${difficulty} budget of ${Math.round(budget)} k€`,
      );
  }
  return errors;
}
