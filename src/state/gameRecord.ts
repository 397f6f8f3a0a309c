import { hashRecord, type GameRecord } from '../engine';
import type { GameSession } from './gameStore';

/** The session as the record `npm run sim -- --verify` accepts. */
export function gameRecordOf(
  session: Pick<GameSession, 'scenario' | 'seed' | 'difficulty' | 'events' | 'log' | 'results'>,
): GameRecord {
  const record: Omit<GameRecord, 'hash'> = {
    format: 'not-by-accident/record@1' as const,
    scenario: { id: session.scenario.id, revision: session.scenario.revision },
    seed: session.seed >>> 0,
    difficulty: session.difficulty,
    ...(session.events && { events: session.events }),
    decisions: session.log.slice(0, session.results.length),
    results: session.results,
  };
  return { ...record, hash: hashRecord(record) };
}
