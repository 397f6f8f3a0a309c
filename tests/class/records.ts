/** Game records of a small class, made by the engine itself, for the class tests. */
import {
  planToLog,
  replay,
  type DecisionsPatch,
  type GameRecord,
  type Scenario,
} from '../../src/engine';
import { readLevelFile } from '../../src/content/readLevelFile';

export function level(id: string): Scenario {
  const r = readLevelFile(`levels/${id}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

/** Three different plans, so the teams' results differ. */
export const TEAM_PLANS: DecisionsPatch[] = [
  {},
  { culture: { staffing: 1.2, training: 40 } },
  { understanding: { closeTheLoop: true, leadersDays: 2 } },
];

export function teamRecord(
  scenario: Scenario,
  seed: number,
  quarters: number,
  patch: DecisionsPatch,
): GameRecord {
  const log = planToLog(scenario.company.start, { quarters: [patch] }, quarters);
  return replay(scenario, seed, 'normal', log);
}

/** The same record with one result changed, as someone improving their score by hand would. */
export function tampered(record: GameRecord): GameRecord {
  const copy = structuredClone(record);
  copy.results[copy.results.length - 1]!.true.nps += 5;
  return copy;
}
