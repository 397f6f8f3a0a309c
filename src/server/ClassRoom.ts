/**
 * The Colyseus room of one class session. The room is the authority: teams send decisions, the
 * room checks them with the engine's schemas and rules (ClassSession) and plays every quarter
 * itself; the trainer paces it. Its id is the short session code teams type.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { Room, ServerError, type Client } from '@colyseus/core';
import { z } from 'zod';
import { classToCsv } from '../class/classCsv';
import { teamDebrief, type TeamDebrief } from '../class/classDebrief';
import { rankTeams, teamQuarters } from '../class/classSummary';
import type { ClosedMessage, DashboardMessage } from '../class/dashboardFeed';
import type { Scenario } from '../engine';
import { ClassSession, ClassSetupSchema, MAX_MINUTES, type TeamGame } from './classSession';
import { ClassState, TeamView } from './classState';

/** Letters and digits nobody misreads on a projector (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
/** How long a dropped browser keeps its seat for Colyseus's own reconnection. */
export const RECONNECT_SECONDS = 15 * 60;

export function sessionCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

const KeySchema = z.string().min(16).max(128);
const CreateSchema = z.object({ setup: ClassSetupSchema, trainerKey: KeySchema });
const JoinSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('trainer'), trainerKey: KeySchema }),
  z.object({ role: z.literal('team'), name: z.string().max(200), teamKey: KeySchema }),
]);
const ExtendSchema = z.object({ minutes: z.number().min(-MAX_MINUTES).max(MAX_MINUTES) });

type Seat = { role: 'trainer' } | { role: 'team'; teamId: string };

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class ClassRoom extends Room<{ state: ClassState }> {
  override state = new ClassState();
  override maxClients = 64;
  private session!: ClassSession;
  private trainerKey = '';
  /** Tells the host a new session's code. */
  protected announce(code: string): void {
    void code;
  }

  /** Finds a scenario by id: the game's own levels, bound by `classRoomWith`. */
  protected scenarioOf(id: string): Scenario | undefined {
    void id;
    return undefined;
  }
  private readonly seats = new Map<string, Seat>();
  private timer: { clear(): void } | null = null;
  /** Each team's log and prompts, once the session is over. */
  private debriefs: TeamDebrief[] | null = null;

  override onCreate(options: unknown) {
    const parsed = CreateSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, 'class.error.badSetup');
    const { setup, trainerKey } = parsed.data;
    const scenario = this.scenarioOf(setup.scenario);
    if (!scenario) throw new ServerError(400, 'class.error.unknownScenario');
    if (setup.quarters > scenario.quarters) throw new ServerError(400, 'class.error.badSetup');
    this.roomId = sessionCode();
    this.announce(this.roomId);
    this.trainerKey = trainerKey;
    this.session = new ClassSession(scenario, setup);
    // The room outlives a trainer's reload or a drop of every team's Wi-Fi.
    this.autoDispose = false;
    Object.assign(this.state, {
      phase: 'lobby',
      scenario: setup.scenario,
      difficulty: setup.difficulty,
      seed: setup.seed,
      quarters: setup.quarters,
      quarter: 0,
      minutesPerQuarter: setup.minutesPerQuarter,
      events: setup.events,
      deadline: 0,
      paused: false,
      remaining: 0,
    });

    // A client asks once its handlers are in place (after a join or a reconnection): a team gets
    // its game and draft, the trainer the dashboard.
    this.onMessage('sync', (client) => this.sync(client));
    this.onMessage('draft', (client, message) => {
      const team = this.teamOf(client);
      if (team) this.session.saveDraft(team.id, message);
    });
    this.onMessage('commit', (client, message) => {
      const team = this.teamOf(client);
      if (!team) return;
      const result = this.session.commit(team.id, message);
      if (!result.ok)
        client.send('refused', { reason: result.reason, errors: result.errors ?? [] });
      else client.send('committed', { quarter: this.session.quarter });
      // Who has committed travels in the room's state (the dashboard's figures do not change).
      this.syncTeams();
    });
    this.onMessage('uncommit', (client) => {
      const team = this.teamOf(client);
      if (!team) return;
      this.session.uncommit(team.id);
      this.syncTeams();
    });

    this.onMessage('open', (client) => this.asTrainer(client, () => this.openQuarter()));
    this.onMessage('close', (client) => this.asTrainer(client, () => this.closeQuarter()));
    this.onMessage('pause', (client) => this.asTrainer(client, () => this.pause()));
    this.onMessage('resume', (client) => this.asTrainer(client, () => this.resume()));
    this.onMessage('extend', (client, message) =>
      this.asTrainer(client, () => {
        const parsed = ExtendSchema.safeParse(message);
        if (parsed.success) this.extend(parsed.data.minutes);
      }),
    );
    this.onMessage('trigger', (client, message) =>
      this.asTrainer(client, () => {
        const id = (message as { event?: unknown } | null)?.event;
        const result = this.session.trigger(id);
        if (!result.ok) {
          client.send('refused', { reason: result.reason, errors: [] });
          return;
        }
        // Every team sees the event on its plan: the session's events as they now stand.
        for (const c of this.clients) if (this.teamOf(c)) c.send('events', this.session.events);
        this.sendDashboard();
      }),
    );
    this.onMessage('export', (client) =>
      this.asTrainer(client, () => {
        const teams = [...this.session.teams.values()];
        client.send('export', {
          csv: classToCsv(teams.map((t) => ({ team: t.name, outcomes: t.figures }))),
          records: teams.map((t) => ({ team: t.name, record: this.session.record(t) })),
        });
      }),
    );
  }

  override onJoin(client: Client, options: unknown) {
    const parsed = JoinSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, 'class.join.bad');
    const join = parsed.data;
    if (join.role === 'trainer') {
      if (!sameKey(join.trainerKey, this.trainerKey))
        throw new ServerError(403, 'class.join.notTrainer');
      this.seats.set(client.sessionId, { role: 'trainer' });
      return;
    }
    const result = this.session.join(join.name, join.teamKey, client.sessionId);
    if (!result.ok) throw new ServerError(409, result.reason);
    const { team } = result;
    // A team taking its place back on a new connection: the old one, if still counted, goes.
    for (const [sessionId, seat] of this.seats)
      if (seat.role === 'team' && seat.teamId === team.id && sessionId !== client.sessionId)
        this.seats.delete(sessionId);
    this.seats.set(client.sessionId, { role: 'team', teamId: team.id });
    let view = this.state.teams.get(team.id);
    if (!view) {
      view = new TeamView();
      this.state.teams.set(team.id, view);
    }
    view.connected = true;
    this.syncTeams();
    // A new team is a new row (with any quarters it joined too late for); a team back is not.
    if (!result.rejoined) this.sendDashboard();
  }

  override onDrop(client: Client) {
    this.setConnected(client, false);
    void this.allowReconnection(client, RECONNECT_SECONDS).catch(() => undefined);
  }

  override onReconnect(client: Client) {
    this.setConnected(client, true);
    this.sync(client);
  }

  private sync(client: Client) {
    const seat = this.seats.get(client.sessionId);
    if (seat?.role === 'team') {
      const team = this.session.teams.get(seat.teamId);
      if (team) this.sendGame(client, team);
    } else if (seat?.role === 'trainer') {
      client.send('trainer', { code: this.roomId });
      this.sendDashboard(client);
    }
  }

  override onLeave(client: Client) {
    this.setConnected(client, false);
    this.seats.delete(client.sessionId);
    if (this.session.phase === 'finished' && this.clients.length === 0) this.autoDispose = true;
  }

  override onDispose() {
    this.timer?.clear();
  }

  private setConnected(client: Client, connected: boolean) {
    const seat = this.seats.get(client.sessionId);
    if (seat?.role !== 'team') return;
    const view = this.state.teams.get(seat.teamId);
    if (view) view.connected = connected;
  }

  private teamOf(client: Client): TeamGame | undefined {
    const seat = this.seats.get(client.sessionId);
    return seat?.role === 'team' ? this.session.teams.get(seat.teamId) : undefined;
  }

  private asTrainer(client: Client, act: () => void) {
    if (this.seats.get(client.sessionId)?.role === 'trainer') act();
    else client.send('refused', { reason: 'class.error.notTrainer', errors: [] });
  }

  private openQuarter() {
    if (!this.session.open()) return;
    this.state.phase = this.session.phase;
    this.state.paused = false;
    this.startTimer(this.state.minutesPerQuarter * 60_000);
    this.syncTeams();
  }

  private closeQuarter() {
    const played = this.session.close();
    if (!played) return;
    this.stopTimer();
    this.state.phase = this.session.phase;
    this.state.quarter = this.session.quarter;
    this.state.paused = false;
    this.syncTeams();
    // Each team gets only the quarter it has just played (it has the rest); a team whose game
    // has stopped gets its whole game, which says so. The outcomes are not kept.
    for (const client of this.clients) {
      const team = this.teamOf(client);
      if (!team) continue;
      const outcome = played.get(team.id);
      if (outcome) client.send('played', this.session.quarterOf(team, outcome));
      else this.sendGame(client, team);
    }
    // The prompts are cheap; the lessons (replays) are the trainer's page's work.
    if (this.session.phase === 'finished')
      this.debriefs = [...this.session.teams.values()].map((t) =>
        teamDebrief(this.session.scenario, {
          team: t.name,
          log: t.log,
          results: t.figures,
          carriedOver: t.carriedOver,
        }),
      );
    this.sendClosed(played);
  }

  private startTimer(ms: number) {
    this.stopTimer();
    if (ms <= 0) return;
    this.state.deadline = Date.now() + ms;
    this.timer = this.clock.setTimeout(() => this.closeQuarter(), ms);
  }

  private stopTimer() {
    this.timer?.clear();
    this.timer = null;
    this.state.deadline = 0;
  }

  private pause() {
    if (this.state.paused) return;
    this.state.remaining = this.state.deadline ? Math.max(0, this.state.deadline - Date.now()) : 0;
    this.stopTimer();
    this.state.paused = true;
  }

  private resume() {
    if (!this.state.paused) return;
    this.state.paused = false;
    if (this.session.phase === 'open' && this.state.remaining > 0)
      this.startTimer(this.state.remaining);
    this.state.remaining = 0;
  }

  /** "+2 minutes": more time on the open quarter (a quarter without a timer gets one). */
  private extend(minutes: number) {
    if (this.session.phase !== 'open') return;
    if (this.state.paused) {
      this.state.remaining = Math.max(0, this.state.remaining + minutes * 60_000);
      return;
    }
    const left = this.state.deadline ? this.state.deadline - Date.now() : 0;
    this.startTimer(Math.max(0, left) + minutes * 60_000);
  }

  private syncTeams() {
    for (const team of this.session.teams.values()) {
      const view = this.state.teams.get(team.id);
      if (!view) continue;
      view.name = team.name;
      view.committed = team.committed !== null;
      view.played = team.log.length;
    }
  }

  /** A team's whole game (after a join or reload): its log and results (replayed), and its draft. */
  private sendGame(client: Client, team: TeamGame) {
    client.send('game', this.session.gameOf(team));
  }

  private trainers(): Client[] {
    return this.clients.filter((c) => this.seats.get(c.sessionId)?.role === 'trainer');
  }

  private ranking() {
    return rankTeams(
      this.session.scenario,
      [...this.session.teams.values()].map((t) => ({ team: t.name, outcomes: t.figures })),
    );
  }

  /**
   * The trainer's whole dashboard: each team's quarters and the ranking, from the engine's
   * figures. Sent when it changes other than by a close (a trainer's page connects, a team
   * joins, an event is triggered); whether a team has committed is in the room's state.
   */
  private sendDashboard(only?: Client) {
    const trainers = only ? [only] : this.trainers();
    if (trainers.length === 0) return;
    const message: DashboardMessage = {
      phase: this.session.phase,
      teams: [...this.session.teams.values()].map((t) => ({
        team: t.name,
        quarters: teamQuarters(t.figures),
        carriedOver: t.carriedOver,
      })),
      ranking: this.ranking(),
      debriefs: this.debriefs,
      events: this.session.events ?? null,
      triggerable: this.session.triggerable(),
    };
    for (const c of trainers) c.send('dashboard', message);
  }

  /** At a close, the trainer gets only the quarter just played (its page has the rest). */
  private sendClosed(played: ReadonlyMap<string, unknown>) {
    const trainers = this.trainers();
    if (trainers.length === 0) return;
    const message: ClosedMessage = {
      phase: this.session.phase,
      teams: [...this.session.teams.values()].map((t) => ({
        team: t.name,
        played: t.figures.length,
        quarter: played.has(t.id) ? teamQuarters(t.figures.slice(-1))[0]! : null,
        carriedOver: t.carriedOver,
      })),
      ranking: this.ranking(),
      debriefs: this.debriefs,
    };
    for (const c of trainers) c.send('closed', message);
  }
}

/** The room bound to a set of scenarios (never taken from a client's options). */
export function classRoomWith(
  scenarios: Map<string, Scenario>,
  announce?: (code: string) => void,
): typeof ClassRoom {
  return class extends ClassRoom {
    protected override scenarioOf(id: string) {
      return scenarios.get(id);
    }
    protected override announce(code: string) {
      announce?.(code);
    }
  };
}
