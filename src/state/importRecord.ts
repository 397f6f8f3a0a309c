import {
  GameRecordSchema,
  firstDifference,
  newGame,
  playQuarter,
  type DecisionLog,
  type GameState,
  type QuarterOutcome,
  type Scenario,
} from '../engine';
import { replayOldGame, resultsFingerprint, type OldGame } from './oldGame';
import { SavedGameSchema, currentSaveData } from './savedGame';

/** Why a file cannot be continued: a locale key (`saving.import.*`) and its values. */
export interface ImportRefusal {
  key: string;
  values: Record<string, string | number>;
}

export type ImportedGame = {
  scenario: Scenario;
  seed: number;
  difficulty: GameState['difficulty'];
  log: DecisionLog;
  state: GameState;
  results: QuarterOutcome[];
};

const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export type ImportResult =
  { ok: true; game: ImportedGame } | { ok: false; refusal: ImportRefusal; oldGame?: OldGame };

/** What an imported file holds: a game record, or a save as the save notice offers it. */
interface ImportedFile {
  scenario: { id: string; revision: number };
  seed: number;
  difficulty: GameState['difficulty'];
  decisions: DecisionLog;
  /** A record's results (checked against its decisions); a save has none. */
  results: QuarterOutcome[] | null;
  /** The fingerprint of the figures the player saw, when the file has them. */
  seen: string | undefined;
}

/** A save as "Download the game as saved" writes it: the storage entry, version and data. */
function isSaveFile(data: unknown): data is { version: unknown; data: unknown } {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    'version' in data &&
    'data' in data &&
    !('format' in data)
  );
}

function readFile(data: unknown): { ok: true; file: ImportedFile } | { ok: false; path: string } {
  if (isSaveFile(data)) {
    const body = currentSaveData(data.version, data.data);
    if (body === null) return { ok: false, path: 'version' };
    const parsed = SavedGameSchema.safeParse(body);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.map(String).join('.');
      return { ok: false, path: path ? `data.${path}` : 'data' };
    }
    const save = parsed.data;
    return { ok: true, file: { ...save, results: null, seen: save.seen } };
  }
  const parsed = GameRecordSchema.safeParse(data);
  if (!parsed.success)
    return { ok: false, path: parsed.error.issues[0]?.path.map(String).join('.') || '—' };
  const record = parsed.data;
  return {
    ok: true,
    file: { ...record, results: record.results, seen: resultsFingerprint(record.results) },
  };
}

/**
 * Checks an exported game record (or a save downloaded as it was stored) and replays it, so play
 * can go on at its next quarter: it must be a record (the strict schema) or a save, of a level
 * this game has, no longer than that level's game, every decision still accepted, and (a record
 * of the same revision) the results must be the replay's own. A game of an older revision that
 * the current one refuses cannot be continued; with the level as it was under that revision
 * (`archived`), it comes back as an old game to read.
 */
export function importGameRecord(
  data: unknown,
  scenarioOf: (id: string) => Scenario | undefined,
  archived: (id: string, revision: number) => Scenario | null = () => null,
): ImportResult {
  const refuse = (key: string, values: Record<string, string | number> = {}) => ({
    ok: false as const,
    refusal: { key: `saving.import.${key}`, values },
  });
  const read = readFile(data);
  if (!read.ok) return refuse('notRecord', { path: cut(read.path) });
  const record = read.file;
  const scenario = scenarioOf(record.scenario.id);
  if (!scenario) return refuse('unknownLevel', { level: record.scenario.id });
  /** The current revision refuses the game at `quarter`: an older revision's game to read. */
  const older = (quarter: number) => {
    const from = record.scenario.revision;
    // Its own revision, or a newer one (an update this copy has not taken): no old game to read.
    if (from >= scenario.revision)
      return quarter > scenario.quarters
        ? refuse('tooLong', { count: record.decisions.length, quarters: scenario.quarters })
        : refuse('refused', { quarter });
    const old = replayOldGame(
      archived(record.scenario.id, from),
      { id: 'imported', ...record },
      scenario.revision,
      record.seen,
    );
    const values = { level: scenario.name, from, to: scenario.revision, quarter };
    if (old.ok) return { ...refuse('olderRevision', values), oldGame: old.game };
    // Its own level refuses it too: a file that was changed, not a game that was played.
    return old.reason === 'noLevel'
      ? refuse('olderRevisionNoLevel', values)
      : refuse('refused', { quarter });
  };
  if (record.decisions.length > scenario.quarters) return older(scenario.quarters + 1);
  let state = newGame(scenario, record.seed, record.difficulty);
  const results: QuarterOutcome[] = [];
  for (const [q, decisions] of record.decisions.entries()) {
    try {
      const step = playQuarter(scenario, state, decisions);
      state = step.state;
      results.push(step.outcome);
    } catch {
      return older(q + 1);
    }
  }
  if (record.results && record.scenario.revision === scenario.revision) {
    const diff =
      record.results.length !== results.length
        ? 'results'
        : firstDifference(results, record.results);
    if (diff) return refuse('mismatch', { path: cut(diff) });
  }
  return {
    ok: true,
    game: {
      scenario,
      seed: record.seed,
      difficulty: record.difficulty,
      log: record.decisions,
      state,
      results,
    },
  };
}
