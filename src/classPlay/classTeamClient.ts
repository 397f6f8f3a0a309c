/**
 * A team's connection to a live class: joins the session's room with the code and team name,
 * hands the game's store the team's game as the server plays it, and sends the store's plans.
 * The scenes then play the ordinary game; the store takes its results from here.
 */
import { Client, type Room } from '@colyseus/sdk';
import type Phaser from 'phaser';
import type { Difficulty, EventPlan } from '../engine';
import { DifficultySchema, QuarterDecisionsSchema } from '../engine';
import { sceneFor } from '../scenes/gameFlow';
import { SceneKeys } from '../scenes/keys';
import type { Services } from '../scenes/services';
import {
  withQuarter,
  type ClassRoomPhase,
  type ClassTeamStatus,
  type ServerGame,
  type ServerQuarter,
  type ServerRefusal,
} from '../state/classTeam';
import { tidyTeamName, TEAM_NAME_MAX } from '../class/teamName';
import { randomKey, type RoomView } from '../class/roomView';
import { readSeat, writeSeat, type Seat } from './classSeat';

/** This browser's team key: with it, and only with it, a team takes its name back. */
const TEAM_KEY = 'nba.class.teamKey';
export const CODE_LENGTH = 6;

interface RoomState extends RoomView {
  teams?: Map<string, { name: string; committed: boolean }>;
}

export type JoinResult = { ok: true } | { ok: false; reason: string };

/** A code as teams type it: upper case, without spaces. */
export function tidyCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

function teamKey(): string {
  try {
    const kept = localStorage.getItem(TEAM_KEY);
    if (kept && kept.length >= 16) return kept;
  } catch {
    // No storage: a key for this page only.
  }
  const key = randomKey();
  try {
    localStorage.setItem(TEAM_KEY, key);
  } catch {
    // As above.
  }
  return key;
}

/** A join error as a locale key: the server's own reasons are keys; the rest named plainly. */
function reasonOf(error: unknown): string {
  const err = error as { message?: string; code?: number } | null;
  const message = err?.message ?? '';
  if (/^class\.[\w.]+$/.test(message)) return message;
  // The matchmaker's "room not found" (4212), or a code of a room that is not a class.
  if (err?.code === 4212 || /not found/i.test(message)) return 'class.team.noSession';
  return 'class.team.noServer';
}

/** Joins the class `code` as `name`; on success the game shows the team's current scene. */
export async function joinClass(
  services: Services,
  from: Phaser.Scene,
  rawCode: string,
  rawName: string,
): Promise<JoinResult> {
  const code = tidyCode(rawCode);
  const name = tidyTeamName(rawName);
  if (code.length !== CODE_LENGTH) return { ok: false, reason: 'class.team.badCode' };
  if (!name) return { ok: false, reason: 'class.join.empty' };
  if ([...name].length > TEAM_NAME_MAX) return { ok: false, reason: 'class.join.tooLong' };
  const client = new Client(location.origin);
  let room: Room;
  try {
    room = await client.joinById(code, { role: 'team', name, teamKey: teamKey() });
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  return play(services, from, room, { code, name });
}

/** Takes this tab's class seat back after a reload (null: there was none, or it is gone). */
export async function rejoinClass(services: Services, from: Phaser.Scene): Promise<JoinResult> {
  const seat = readSeat();
  if (!seat) return { ok: false, reason: 'class.team.noSeat' };
  const client = new Client(location.origin);
  let room: Room | null = null;
  if (seat.token) room = await client.reconnect(seat.token).catch(() => null);
  try {
    room ??= await client.joinById(seat.code, {
      role: 'team',
      name: seat.name,
      teamKey: teamKey(),
    });
  } catch (error) {
    writeSeat(null);
    return { ok: false, reason: reasonOf(error) };
  }
  return play(services, from, room, seat);
}

function statusOf(state: RoomState, seat: Seat, previous: ClassTeamStatus | null): ClassTeamStatus {
  return {
    code: seat.code,
    team: seat.name,
    roomPhase: (['lobby', 'open', 'between', 'finished'].includes(state.phase)
      ? state.phase
      : 'lobby') as ClassRoomPhase,
    quarter: state.quarter,
    quarters: state.quarters,
    paused: state.paused,
    committed: previous?.committed ?? false,
    teams: [...(state.teams?.values() ?? [])].map((t) => ({
      name: t.name,
      committed: t.committed,
    })),
    carriedOver: previous?.carriedOver ?? [],
    connected: previous?.connected ?? true,
  };
}

/** Waits for the room's first state and the team's game, then hands them to the store. */
function play(services: Services, from: Phaser.Scene, room: Room, seat: Seat): Promise<JoinResult> {
  const store = services.game;
  const game = from.game;
  const state = () => room.state as RoomState;
  let entered = false;

  /** A change from the server moves a team that is waiting or planning to the scene it needs. */
  const follow = () => {
    const target = sceneFor(store.getState());
    const following = [SceneKeys.Plan, SceneKeys.ClassWait, SceneKeys.Briefing] as string[];
    const active = game.scene.getScenes(true).find((s) => following.includes(s.scene.key));
    if (active && active.scene.key !== target) active.scene.start(target);
  };

  return new Promise<JoinResult>((resolve) => {
    let first: ServerGame | null = null;
    const enter = () => {
      if (entered || !first || !state()?.teams) return;
      const s = state();
      const scenario = services.levels.get(s.scenario);
      const difficulty = DifficultySchema.safeParse(s.difficulty);
      if (!scenario || !difficulty.success) {
        void room.leave(true);
        resolve({ ok: false, reason: 'class.error.unknownScenario' });
        return;
      }
      const draft = QuarterDecisionsSchema.safeParse(seat.draft);
      const ok = store.getState().enterClass({
        scenario,
        seed: s.seed,
        difficulty: difficulty.data as Difficulty,
        status: statusOf(s, seat, null),
        game: first,
        server: {
          commit: (d) => room.send('commit', d),
          draft: (d) => room.send('draft', d),
          uncommit: () => room.send('uncommit'),
          leave: () => {
            writeSeat(null);
            unsubscribe();
            void room.leave(true);
          },
        },
        resumeAt:
          seat.phase !== undefined && seat.played !== undefined
            ? { phase: seat.phase, played: seat.played }
            : null,
        localDraft: draft.success && seat.played === first.log.length ? draft.data : null,
        answeredEvents:
          seat.played === first.log.length && Array.isArray(seat.answered)
            ? seat.answered.filter((id): id is string => typeof id === 'string')
            : null,
      });
      if (!ok) {
        void room.leave(true);
        resolve({ ok: false, reason: 'class.team.otherVersion' });
        return;
      }
      entered = true;
      resolve({ ok: true });
      from.scene.start(sceneFor(store.getState()));
    };

    // This tab keeps where the team is and its draft, so a reload comes back to it.
    const unsubscribe = store.subscribe((now) => {
      const session = now.session;
      if (!now.classTeam || !session) return;
      writeSeat({
        code: seat.code,
        name: seat.name,
        token: room.reconnectionToken,
        phase: session.phase,
        played: session.log.length,
        draft: session.phase === 'plan' ? session.draft : null,
        answered: session.phase === 'plan' ? session.answeredEvents : [],
      });
    });

    room.onStateChange(() => {
      if (!entered) return enter();
      store.getState().updateClass(statusOf(state(), seat, store.getState().classTeam));
      follow();
    });
    // The team's whole game comes after a join or reconnection; after that only what changes:
    // the quarter just played, or the session's events. `game` is the whole game as it stands.
    let game: ServerGame | null = null;
    const receive = (next: ServerGame) => {
      game = next;
      if (!entered) {
        first = next;
        return enter();
      }
      store.getState().receiveClassGame(next);
      follow();
    };
    room.onMessage('game', receive);
    room.onMessage('played', (message: ServerQuarter) => {
      if (!game) return; // The whole game, asked for, is on its way and holds this quarter.
      const next = withQuarter(game, message);
      // A quarter missed while the connection was down: the whole game again.
      if (next) receive(next);
      else room.send('sync');
    });
    room.onMessage('events', (message: EventPlan) => {
      if (game) receive({ ...game, events: message });
    });
    room.onMessage('committed', () => undefined);
    room.onMessage('refused', (message: ServerRefusal) => {
      store.getState().classRefused(message);
      follow();
    });
    room.onDrop(() => store.getState().updateClass({ connected: false }));
    room.onReconnect(() => {
      store.getState().updateClass({ connected: true });
      room.send('sync');
    });
    room.onLeave(() => {
      if (!entered) resolve({ ok: false, reason: 'class.team.noServer' });
    });
    writeSeat({ ...seat, token: room.reconnectionToken });
    room.send('sync');
  });
}
