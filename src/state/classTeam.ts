/**
 * A team's side of a live class, as the game's store sees it: the class server plays every
 * quarter, so the store takes its results from here instead of running the engine itself.
 */
import type {
  DecisionError,
  DecisionLog,
  EventPlan,
  QuarterDecisions,
  QuarterOutcome,
} from '../engine';

export type ClassRoomPhase = 'lobby' | 'open' | 'between' | 'finished';

/** What the team sees of the session: its pace and who has committed. */
export interface ClassTeamStatus {
  code: string;
  team: string;
  roomPhase: ClassRoomPhase;
  /** 0-based: the quarter open now, or the next one to open. */
  quarter: number;
  quarters: number;
  /** This team's plan for the open quarter is with the server. */
  committed: boolean;
  /** Every team in the session and whether it has committed the open quarter. */
  teams: { name: string; committed: boolean }[];
  /** Quarters this team did not commit and played on its last decisions. */
  carriedOver: number[];
  /** The trainer has paused the session for a discussion. */
  paused: boolean;
  /** False while the connection to the class server is lost (it reconnects by itself). */
  connected: boolean;
}

/** The team's game as the class server sends it (the server's `game` message). */
export interface ServerGame {
  team: string;
  quarter: number;
  log: DecisionLog;
  results: QuarterOutcome[];
  draft: QuarterDecisions;
  committed: boolean;
  carriedOver: number[];
  /** The session's choice of events; absent: the scenario's own. */
  events?: EventPlan;
}

/**
 * A quarter the team has just played, as the class server sends it when the trainer closes the
 * quarter (the server's `played` message): only what is new, since the team has the rest.
 */
export interface ServerQuarter {
  /** Quarters the team has played, this one included. */
  played: number;
  quarter: number;
  /** The decisions the quarter was played on (the team's own, or its last ones carried over). */
  decisions: QuarterDecisions;
  outcome: QuarterOutcome;
  draft: QuarterDecisions;
  committed: boolean;
  carriedOver: number[];
}

/**
 * The team's game with the quarter just played, or null when it does not follow on from the game
 * the team has (a quarter it missed while offline): then only the whole game again will do.
 */
export function withQuarter(game: ServerGame, next: ServerQuarter): ServerGame | null {
  if (next.played !== game.log.length + 1) return null;
  return {
    ...game,
    quarter: next.quarter,
    log: [...game.log, next.decisions],
    results: [...game.results, next.outcome],
    draft: next.draft,
    committed: next.committed,
    carriedOver: next.carriedOver,
  };
}

/** What the store sends to the class server instead of playing a quarter or saving locally. */
export interface QuarterServer {
  commit(decisions: QuarterDecisions): void;
  draft(decisions: QuarterDecisions): void;
  uncommit(): void;
  leave(): void;
}

/** A refusal from the class server: its reason (a locale key) and the engine's reasons. */
export interface ServerRefusal {
  reason: string;
  errors: DecisionError[];
}
