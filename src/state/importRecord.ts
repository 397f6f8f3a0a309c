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

/**
 * Checks an exported game record and replays it, so play can go on at its next quarter: it must
 * be a record (the strict schema), of a level this game has, no longer than that level's game,
 * every decision still accepted, and (same revision) the results must be the replay's own.
 * A record of an older revision that the current one refuses cannot be continued; with the level
 * as it was under that revision (`archived`), it comes back as an old game to read.
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
  const parsed = GameRecordSchema.safeParse(data);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') || '—';
    return refuse('notRecord', { path: cut(path) });
  }
  const record = parsed.data;
  const scenario = scenarioOf(record.scenario.id);
  if (!scenario) return refuse('unknownLevel', { level: record.scenario.id });
  /** The current revision refuses the record at `quarter`: an older revision's game to read. */
  const older = (quarter: number) => {
    const from = record.scenario.revision;
    if (from === scenario.revision)
      return quarter > scenario.quarters
        ? refuse('tooLong', { count: record.decisions.length, quarters: scenario.quarters })
        : refuse('refused', { quarter });
    const old = replayOldGame(
      archived(record.scenario.id, from),
      { id: 'imported', ...record },
      scenario.revision,
      resultsFingerprint(record.results),
    );
    const values = { from, to: scenario.revision, quarter };
    if (old.ok) return { ...refuse('olderRevision', values), oldGame: old.game };
    // Its own level refuses it too: a record that was changed, not a game that was played.
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
  if (record.scenario.revision === scenario.revision) {
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
