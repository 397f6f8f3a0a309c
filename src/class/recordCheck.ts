/**
 * Checks a team's game record by replaying it: the only way a trainer can trust a score that
 * arrived as a file. Pure (engine and zod only), so the offline dashboard, the class server and
 * the tests share one verdict.
 */
import {
  GameRecordSchema,
  InvalidDecisionsError,
  canonicalJson,
  eventPlanErrors,
  scenarioWithEvents,
  firstDifference,
  replay,
  type Difficulty,
  type GameRecord,
  type Scenario,
} from '../engine';

/** What every record of one class must share. */
export interface SessionKey {
  scenario: string;
  revision: number;
  seed: number;
  difficulty: Difficulty;
  /** The session's choice of events (canonical JSON), or '' for the scenario's own. */
  events: string;
}

export type RecordRefusal =
  | { reason: 'notJson' }
  | { reason: 'notRecord'; field: string }
  | { reason: 'unknownScenario'; scenario: string }
  | { reason: 'otherRevision'; scenario: string; found: number; expected: number }
  | { reason: 'otherScenario'; found: string; expected: string }
  | { reason: 'otherSeed'; found: number; expected: number }
  | { reason: 'otherDifficulty'; found: string; expected: string }
  | { reason: 'otherEvents' }
  | { reason: 'badEvents'; field: string }
  | { reason: 'cannotReplay'; quarter: number }
  | { reason: 'resultsDiffer'; field: string }
  | { reason: 'hashDiffers' };

export type RecordCheck =
  | { ok: true; record: GameRecord; scenario: Scenario; session: SessionKey }
  | ({ ok: false } & RecordRefusal);

export function sessionOf(record: GameRecord): SessionKey {
  return {
    scenario: record.scenario.id,
    revision: record.scenario.revision,
    seed: record.seed,
    difficulty: record.difficulty,
    events: record.events ? canonicalJson(record.events) : '',
  };
}

/** The first way a record's session differs from the class's, or null when it is the same. */
export function sessionMismatch(found: SessionKey, expected: SessionKey): RecordRefusal | null {
  if (found.scenario !== expected.scenario)
    return { reason: 'otherScenario', found: found.scenario, expected: expected.scenario };
  if (found.revision !== expected.revision)
    return {
      reason: 'otherRevision',
      scenario: found.scenario,
      found: found.revision,
      expected: expected.revision,
    };
  if (found.seed !== expected.seed)
    return { reason: 'otherSeed', found: found.seed, expected: expected.seed };
  if (found.difficulty !== expected.difficulty)
    return { reason: 'otherDifficulty', found: found.difficulty, expected: expected.difficulty };
  if (found.events !== expected.events) return { reason: 'otherEvents' };
  return null;
}

/**
 * Parses, matches and replays a record file's text. `expected` is the class's session (null
 * while no record has set it); `scenarioOf` finds the game's own copy of a scenario.
 */
export function checkRecord(
  text: string,
  scenarioOf: (id: string) => Scenario | undefined,
  expected: SessionKey | null,
): RecordCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const parsed = GameRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    return { ok: false, reason: 'notRecord', field: path.length ? path.join('.') : '(root)' };
  }
  const record = parsed.data;
  const session = sessionOf(record);
  const scenario = scenarioOf(record.scenario.id);
  if (!scenario) return { ok: false, reason: 'unknownScenario', scenario: record.scenario.id };
  if (scenario.revision !== record.scenario.revision)
    return {
      ok: false,
      reason: 'otherRevision',
      scenario: scenario.id,
      found: record.scenario.revision,
      expected: scenario.revision,
    };
  const mismatch = expected ? sessionMismatch(session, expected) : null;
  if (mismatch) return { ok: false, ...mismatch };
  const planError = record.events ? eventPlanErrors(scenario, record.events)[0] : undefined;
  if (planError) return { ok: false, reason: 'badEvents', field: planError.path };
  let again: GameRecord;
  try {
    again = replay(scenario, record.seed, record.difficulty, record.decisions, record.events);
  } catch (e) {
    if (e instanceof InvalidDecisionsError)
      return { ok: false, reason: 'cannotReplay', quarter: e.quarter + 1 };
    throw e;
  }
  const diff = firstDifference(again.results, record.results);
  if (diff) return { ok: false, reason: 'resultsDiffer', field: `results.${diff}` };
  if (again.hash !== record.hash) return { ok: false, reason: 'hashDiffers' };
  // The scenario as the record's game was played: under its session's events.
  return { ok: true, record, scenario: scenarioWithEvents(scenario, record.events), session };
}
