/**
 * One class session's rules, apart from the network: teams, their drafts and commits, and the
 * quarters the trainer opens and closes. Every team plays the same scenario, seed and difficulty;
 * the engine plays each team's quarter here, so no client ever reports a score. Of each quarter a
 * team keeps its decisions and the figures the dashboard shows, never the full outcome: a replay
 * of its decisions gives that back whenever a page reloads or the trainer exports (a room's memory
 * grows by a few kB a team a quarter, not by every customer's walk and comment).
 */
import { z } from 'zod';
import {
  DifficultySchema,
  QuarterDecisionsSchema,
  defaultDecisions,
  hashRecord,
  newGame,
  playGame,
  playQuarter,
  restrikeEvents,
  scenarioWithEvents,
  validateDecisions,
  type DecisionError,
  type EventPlan,
  type GameRecord,
  type GameState,
  type QuarterDecisions,
  type QuarterOutcome,
  type Scenario,
} from '../engine';
import { EVENT_MODES } from '../class/eventModes';
import { figuresOf, type QuarterFigures } from '../class/classSummary';
import { checkTeamName } from '../class/teamName';
import type { ServerGame, ServerQuarter } from '../state/classTeam';

/** The most quarters a class may be shorter than its scenario. */
export const MIN_CLASS_QUARTERS = 1;
export const MAX_MINUTES = 60;

export const ClassSetupSchema = z.strictObject({
  scenario: z.string().min(1).max(64),
  difficulty: DifficultySchema,
  quarters: z.number().int().min(MIN_CLASS_QUARTERS).max(40),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Minutes a quarter stays open before it closes by itself; 0: only the trainer closes it. */
  minutesPerQuarter: z.number().min(0).max(MAX_MINUTES),
  events: z.enum(EVENT_MODES).default('scenario'),
});
// As a caller writes it: a setup without `events` plays the scenario's own.
export type ClassSetup = z.input<typeof ClassSetupSchema>;

export type ClassPhase = 'lobby' | 'open' | 'between' | 'finished';

export interface TeamGame {
  id: string;
  name: string;
  /** A secret the team's browser keeps, so it can take its place back after a long drop. */
  key: string;
  state: GameState;
  log: QuarterDecisions[];
  /** Per quarter played, what the dashboard shows of it (outcomesOf replays the rest). */
  figures: QuarterFigures[];
  /** What the team is planning for the open (or next) quarter, kept for a reload. */
  draft: QuarterDecisions;
  /** The decisions committed for the open quarter, or null. */
  committed: QuarterDecisions | null;
  /** Quarters the team did not commit and played on its last decisions. */
  carriedOver: number[];
}

export type Refusal = { ok: false; reason: string; errors?: DecisionError[] };
type Ok<T> = { ok: true } & T;

export class ClassSession {
  /** The scenario as the teams play it: under the session's events (scenarioWithEvents). */
  scenario: Scenario;
  /** The scenario as the level defines it (the trainer's list of events to trigger). */
  readonly level: Scenario;
  readonly setup: ClassSetup;
  /** The session's choice of events, as every team's record carries it; undefined: the scenario's. */
  events: EventPlan | undefined;
  phase: ClassPhase = 'lobby';
  /** 0-based: the quarter open now, or the next one to open. */
  quarter = 0;
  readonly teams = new Map<string, TeamGame>();
  private start: GameState;

  constructor(scenario: Scenario, setup: ClassSetup) {
    if (setup.quarters > scenario.quarters)
      throw new Error(`${scenario.id} has ${scenario.quarters} quarters, not ${setup.quarters}`);
    this.level = scenario;
    this.setup = setup;
    this.events =
      setup.events === 'none'
        ? { mode: 'none' }
        : setup.events === 'live'
          ? { mode: 'chosen', quarters: [] }
          : undefined;
    this.scenario = scenarioWithEvents(scenario, this.events);
    this.start = newGame(this.scenario, setup.seed, setup.difficulty);
  }

  /** The events the trainer may still trigger live (none in another mode). */
  triggerable(): string[] {
    const plan = this.events;
    if (plan?.mode !== 'chosen') return [];
    const chosen = plan.quarters.flat();
    return this.level.events.map((ev) => ev.id).filter((id) => !chosen.includes(id));
  }

  /**
   * The trainer strikes one of the scenario's events in the quarter about to open: every team
   * sees it on its plan, as it would a scenario's event, and its record carries the choice.
   */
  trigger(eventId: unknown): Ok<object> | Refusal {
    const plan = this.events;
    if (plan?.mode !== 'chosen') return { ok: false, reason: 'class.error.notLiveEvents' };
    if (this.phase !== 'lobby' && this.phase !== 'between')
      return { ok: false, reason: 'class.error.eventWhenClosed' };
    if (typeof eventId !== 'string' || !this.triggerable().includes(eventId))
      return { ok: false, reason: 'class.error.badEvent' };
    const quarters = plan.quarters.map((q) => [...q]);
    while (quarters.length <= this.quarter) quarters.push([]);
    quarters[this.quarter]!.push(eventId);
    this.events = { mode: 'chosen', quarters };
    this.scenario = scenarioWithEvents(this.level, this.events);
    if (this.quarter === 0) this.start = restrikeEvents(this.scenario, this.start);
    for (const team of this.teams.values()) team.state = restrikeEvents(this.scenario, team.state);
    return { ok: true };
  }

  /**
   * The team's outcomes, replayed from its decisions: the same bits as when each quarter was
   * played (a live event is only ever added to the quarter about to open, so the session's
   * events as they stand now give every quarter already played the events it had).
   */
  outcomesOf(team: TeamGame): QuarterOutcome[] {
    if (team.log.length === 0) return [];
    return playGame(this.scenario, this.setup.seed, this.setup.difficulty, team.log).outcomes;
  }

  /** The team's own game as its browser needs it after a join or reload: log, results and draft. */
  gameOf(team: TeamGame): ServerGame {
    return {
      team: team.name,
      quarter: this.quarter,
      log: team.log,
      results: this.outcomesOf(team),
      draft: team.draft,
      committed: team.committed !== null,
      carriedOver: team.carriedOver,
      ...(this.events && { events: this.events }),
    };
  }

  /** Just the quarter a team has played, with its new draft: what it needs once it has its game. */
  quarterOf(team: TeamGame, outcome: QuarterOutcome): ServerQuarter {
    return {
      played: team.log.length,
      quarter: this.quarter,
      decisions: team.log.at(-1)!,
      outcome,
      draft: team.draft,
      committed: team.committed !== null,
      carriedOver: team.carriedOver,
    };
  }

  /** A new team, or a team taking its place back with its key. */
  join(
    rawName: unknown,
    key: string,
    id: string,
  ): Ok<{ team: TeamGame; rejoined: boolean }> | Refusal {
    if (typeof rawName === 'string')
      for (const team of this.teams.values())
        if (
          team.name.toLocaleLowerCase('en') === rawName.trim().toLocaleLowerCase('en') &&
          team.key === key
        )
          return { ok: true, team, rejoined: true };
    const name = checkTeamName(
      rawName,
      [...this.teams.values()].map((t) => t.name),
    );
    if (!name.ok) return { ok: false, reason: `class.join.${name.reason}` };
    if (this.phase === 'finished') return { ok: false, reason: 'class.join.finished' };
    // A team joining late starts from the same world and plays on the company's settings for
    // the quarters it missed, so every team stands at the same quarter.
    const team: TeamGame = {
      id,
      name: name.name,
      key,
      state: this.start,
      log: [],
      figures: [],
      draft: defaultDecisions(this.scenario, this.start),
      committed: null,
      carriedOver: [],
    };
    // (A game the engine stops early stops here too.)
    while (team.log.length < this.quarter) if (!this.play(team, null)) break;
    team.draft = defaultDecisions(this.scenario, team.state);
    this.teams.set(id, team);
    return { ok: true, team, rejoined: false };
  }

  /** Keeps a team's plan as it is being drafted (checked for shape only: a draft may be over budget). */
  saveDraft(id: string, input: unknown): Ok<object> | Refusal {
    const team = this.teams.get(id);
    if (!team) return { ok: false, reason: 'class.error.noTeam' };
    const parsed = QuarterDecisionsSchema.safeParse(input);
    if (!parsed.success) return { ok: false, reason: 'class.error.badDecisions' };
    team.draft = parsed.data;
    return { ok: true };
  }

  /** A team's decisions for the open quarter: checked by the engine's own rules, or refused. */
  commit(id: string, input: unknown): Ok<object> | Refusal {
    const team = this.teams.get(id);
    if (!team) return { ok: false, reason: 'class.error.noTeam' };
    if (this.phase !== 'open') return { ok: false, reason: 'class.error.notOpen' };
    const check = validateDecisions(this.scenario, team.state, input);
    if (!check.ok) return { ok: false, reason: 'class.error.refused', errors: check.errors };
    team.committed = check.value;
    team.draft = check.value;
    return { ok: true };
  }

  /** Takes a commit back while the quarter is still open. */
  uncommit(id: string): void {
    const team = this.teams.get(id);
    if (team && this.phase === 'open') team.committed = null;
  }

  open(): boolean {
    if (this.phase !== 'lobby' && this.phase !== 'between') return false;
    this.phase = 'open';
    return true;
  }

  /**
   * Plays the open quarter for every team; a team that did not commit keeps its last decisions.
   * Returns each team's outcome of the quarter (by team id; none for a team whose game has
   * stopped), for the room to send on: the session keeps only its figures.
   */
  close(): Map<string, QuarterOutcome> | null {
    if (this.phase !== 'open') return null;
    const played = new Map<string, QuarterOutcome>();
    for (const team of this.teams.values()) {
      const outcome = this.play(team, team.committed);
      if (outcome) played.set(team.id, outcome);
      team.committed = null;
      team.draft = defaultDecisions(this.scenario, team.state);
    }
    this.quarter++;
    this.phase =
      this.quarter >= this.setup.quarters || [...this.teams.values()].some((t) => t.state.finished)
        ? 'finished'
        : 'between';
    return played;
  }

  private play(team: TeamGame, committed: QuarterDecisions | null): QuarterOutcome | null {
    if (team.state.finished) return null;
    let decisions = committed;
    if (!decisions) {
      team.carriedOver.push(team.log.length);
      // The last decisions, carried over (one-off choices do not repeat); should the budget no
      // longer allow them, the company's starting settings.
      decisions =
        [
          defaultDecisions(this.scenario, team.state),
          defaultDecisions(this.scenario, this.start),
        ].find((d) => validateDecisions(this.scenario, team.state, d).ok) ?? null;
      // Nothing the engine accepts: the team's game stops here rather than the whole class's.
      if (!decisions) return null;
    }
    const step = playQuarter(this.scenario, team.state, decisions);
    team.state = step.state;
    team.log.push(decisions);
    team.figures.push(figuresOf(step.outcome));
    return step.outcome;
  }

  /** The team's game record, which `npm run sim -- --verify` accepts. */
  record(team: TeamGame): GameRecord {
    const body: Omit<GameRecord, 'hash'> = {
      format: 'not-by-accident/record@1' as const,
      scenario: { id: this.level.id, revision: this.level.revision },
      seed: this.setup.seed >>> 0,
      difficulty: this.setup.difficulty,
      ...(this.events && { events: this.events }),
      decisions: team.log,
      results: this.outcomesOf(team),
    };
    return { ...body, hash: hashRecord(body) };
  }
}
