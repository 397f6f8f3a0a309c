import { newGame } from './game';
import { canonicalJson, hashText } from './hash';
import { handOnPool } from './poolArrays';
import { playQuarter } from './quarter/play';
import type { Difficulty } from './schema/common';
import type { DecisionLog } from './schema/decisions';
import type { QuarterOutcome } from './schema/outcome';
import { scenarioWithEvents } from './quarter/events';
import type { EventPlan, GameRecord } from './schema/record';
import type { Scenario } from './schema/scenario';

type Unhashed = Omit<GameRecord, 'hash'>;

/** The hash of a record's content (everything but the hash itself). */
export function hashRecord(record: Unhashed | GameRecord): string {
  const { format, scenario, seed, difficulty, events, decisions, results } = record;
  // canonicalJson leaves an undefined field out: a record without events hashes as it always did.
  return hashText(
    canonicalJson({ format, scenario, seed, difficulty, events, decisions, results }),
  );
}

/**
 * Replays a decision log from the start: a game is a fold of playQuarter over its log. `events`,
 * the session's choice of events, replaces the scenario's own (a plan that does not fit the
 * scenario throws InvalidEventPlanError).
 */
export function replay(
  base: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
  events?: EventPlan,
): GameRecord {
  const scenario = scenarioWithEvents(base, events);
  let state = newGame(scenario, seed, difficulty);
  const results: QuarterOutcome[] = [];
  const played: DecisionLog = [];
  for (const decisions of log) {
    if (state.finished) break;
    // Every state here is this replay's own and read once: the next quarter may take its pool.
    handOnPool(state);
    const step = playQuarter(scenario, state, decisions);
    state = step.state;
    results.push(step.outcome);
    played.push(decisions);
  }
  const record: Unhashed = {
    format: 'not-by-accident/record@1',
    scenario: { id: scenario.id, revision: scenario.revision },
    seed: seed >>> 0,
    difficulty,
    ...(events && { events }),
    decisions: played,
    results,
  };
  return { ...record, hash: hashRecord(record) };
}

/** The first place where two values differ, as a dotted path, or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return path || '(root)';
  if (Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of [...keys].sort((x, y) =>
    Array.isArray(a) ? Number(x) - Number(y) : x < y ? -1 : 1,
  )) {
    const diff = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      path ? `${path}.${k}` : k,
    );
    if (diff) return diff;
  }
  return null;
}
