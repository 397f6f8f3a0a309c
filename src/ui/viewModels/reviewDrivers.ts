import {
  SCORES,
  attributeQuarter,
  type DecisionLog,
  type Difficulty,
  type Scenario,
} from '../../engine';
import { rankDrivers, type DriverSource } from './reviewModel';

/** Locale key for an attribution driver: the pillar's own name, events, or what carried over. */
export function driverKey(id: string): string {
  return id === 'carryOver' ? 'play.review.carryOver' : `engine.pillar.${id}`;
}

/**
 * Drivers from the engine's attribution: each score's change split over the pillars, the events
 * and what carried over from earlier quarters, found by replaying the quarter (deterministic).
 */
export function attributionDrivers(game: {
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
  decisions: DecisionLog;
}): DriverSource {
  return (_results, index) => {
    const a = attributeQuarter(game.scenario, game.seed, game.difficulty, game.decisions, index);
    return SCORES.map((score) => ({
      score,
      total: a[score].total,
      drivers: rankDrivers(
        a[score].drivers.map((d) => ({ key: driverKey(d.id), change: d.delta })),
      ),
    }));
  };
}
