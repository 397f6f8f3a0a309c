import {
  budgetOf,
  costOf,
  defaultDecisions,
  newGame,
  playQuarter,
  type GameState,
  type QuarterDecisions,
  type QuarterOutcome,
  type Scenario,
} from '../../engine';
import { pullLevers, type StrategySpec } from './levers';

/** Answers every event in force with its most mitigating response (ties: the cheaper). */
function respondToEvents(s: Scenario, state: GameState, d: QuarterDecisions): void {
  for (const id of Object.keys(state.company.activeEvents)) {
    const ev = s.events.find((e) => e.id === id);
    const best = [...(ev?.responses ?? [])].sort(
      (a, b) => b.mitigation - a.mitigation || a.cost - b.cost,
    )[0];
    if (best) d.events[id] = best.id;
  }
}

/**
 * Trims a plan until it fits the quarter's budget, the way a manager would: first the one-offs,
 * then a little less of every optional spend (never below the company's starting settings), then
 * the listening extras. Returns false if it cannot fit.
 */
function fitBudget(s: Scenario, state: GameState, d: QuarterDecisions): boolean {
  const budget = budgetOf(s, state);
  const floor = s.company.start;
  const over = () => costOf(s, state, d).total > budget + 1e-9;
  const oneOffs: (() => void)[] = [
    () => (d.understanding.research = 'none'),
    () => Object.values(d.journey.touchpoints).forEach((t) => (t.redesign = false)),
    () => (d.journey.initiatives = []),
  ];
  for (const cut of oneOffs) if (over()) cut();
  for (let i = 0; i < 12 && over(); i++) {
    for (const [id, tp] of Object.entries(d.journey.touchpoints))
      tp.investment = Math.max(
        floor.journey.touchpoints[id]?.investment ?? 0,
        Math.floor(tp.investment * 0.8),
      );
    d.culture.training = Math.max(floor.culture.training, Math.floor(d.culture.training * 0.9));
    d.culture.wellbeing = Math.max(floor.culture.wellbeing, Math.floor(d.culture.wellbeing * 0.9));
    for (const [id, ch] of Object.entries(d.channels)) {
      const was = floor.channels[id]?.funding ?? 0;
      if (ch.funding > was) ch.funding = Math.floor(was + (ch.funding - was) * 0.8);
    }
  }
  const rest: (() => void)[] = [
    () => (d.events = {}),
    () => (d.understanding.leadersDays = 0),
    () => (d.strategy.targetSegments = []),
    () => (d.governance.council = false),
    () =>
      Object.values(d.metrics.surveys).forEach(
        (x) => (x.sampleSize = Math.floor(x.sampleSize / 2)),
      ),
  ];
  for (const cut of rest) if (over()) cut();
  return !over();
}

export interface PlayedGame {
  outcomes: QuarterOutcome[];
  /** Quarters in which the plan had to be trimmed to fit the budget. */
  trimmed: number;
}

/** Plays one whole game of a plan on a seed (normal difficulty). */
export function playStrategy(s: Scenario, spec: StrategySpec, seed: number): PlayedGame {
  let state = newGame(s, seed, 'normal');
  const outcomes: QuarterOutcome[] = [];
  let trimmed = 0;
  for (let q = 0; q < s.quarters && !state.finished; q++) {
    const base = defaultDecisions(s, state);
    let d = base;
    if (spec.kind !== 'idle') {
      d = pullLevers(s, structuredClone(base), spec, q);
      respondToEvents(s, state, d);
      const before = JSON.stringify(d);
      if (!fitBudget(s, state, d)) d = base;
      if (JSON.stringify(d) !== before) trimmed++;
    }
    const step = playQuarter(s, state, d);
    state = step.state;
    outcomes.push(step.outcome);
  }
  return { outcomes, trimmed };
}
