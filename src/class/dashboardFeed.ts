/**
 * What the class server tells the trainer's dashboard: the whole picture when the trainer's page
 * (re)connects, a team joins or an event is triggered, and at each close only the quarter just
 * played. Whether a team has committed or is connected is not here: the room's state, which
 * Colyseus keeps in sync on every client, says so.
 */
import type { EventPlan } from '../engine';
import type { TeamDebrief } from './classDebrief';
import type { TeamQuarter, TeamStanding } from './classSummary';

export interface DashboardTeamFigures {
  team: string;
  /** Figures per quarter played. */
  quarters: TeamQuarter[];
  /** Quarters the team did not commit (0-based). */
  carriedOver: number[];
}

/** The `dashboard` message: everything the dashboard shows. */
export interface DashboardMessage {
  phase: string;
  teams: DashboardTeamFigures[];
  ranking: TeamStanding[];
  /** After the last quarter: each team's log (for its lessons) and discussion prompts. */
  debriefs: TeamDebrief[] | null;
  /** The session's choice of events (null: the scenario's own) and what may still be triggered. */
  events: EventPlan | null;
  triggerable: string[];
}

/** The `closed` message: the quarter the trainer has just closed. */
export interface ClosedMessage {
  phase: string;
  teams: {
    team: string;
    /** Quarters the team has now played. */
    played: number;
    /** Its figures of the quarter just closed; null when its game had already stopped. */
    quarter: TeamQuarter | null;
    carriedOver: number[];
  }[];
  ranking: TeamStanding[];
  debriefs: TeamDebrief[] | null;
}

/**
 * The dashboard with a closed quarter added, or null when it does not follow on from what the
 * page has (a message missed while its connection was down): then only the whole picture will do.
 */
export function withClosedQuarter(
  dashboard: DashboardMessage,
  closed: ClosedMessage,
): DashboardMessage | null {
  const known = new Map(dashboard.teams.map((t) => [t.team, t]));
  const teams: DashboardTeamFigures[] = [];
  for (const next of closed.teams) {
    const team = known.get(next.team);
    if (!team) return null;
    const quarters = next.quarter ? [...team.quarters, next.quarter] : team.quarters;
    if (quarters.length !== next.played) return null;
    teams.push({ team: next.team, quarters, carriedOver: next.carriedOver });
  }
  return {
    ...dashboard,
    phase: closed.phase,
    teams,
    ranking: closed.ranking,
    debriefs: closed.debriefs,
  };
}
