/**
 * This tab's place in a live class (sessionStorage): the session code, the team name, the
 * reconnection token, where the team was, its draft and the event cards it answered. A reload takes the place back; a team
 * that leaves the class forgets it. Small and free of the network library, so the title can ask.
 */
import type { QuarterDecisions } from '../engine';
import type { GamePhase } from '../state/gameStore';

const SEAT_KEY = 'nba.class.seat';

export interface Seat {
  code: string;
  name: string;
  token?: string;
  phase?: GamePhase;
  played?: number;
  draft?: QuarterDecisions | null;
  /** Event cards answered in the quarter being planned. */
  answered?: string[];
}

export function readSeat(): Seat | null {
  try {
    const seat = JSON.parse(sessionStorage.getItem(SEAT_KEY) ?? 'null') as Seat | null;
    return seat && typeof seat.code === 'string' && typeof seat.name === 'string' ? seat : null;
  } catch {
    return null;
  }
}

export function writeSeat(seat: Seat | null): void {
  try {
    if (seat) sessionStorage.setItem(SEAT_KEY, JSON.stringify(seat));
    else sessionStorage.removeItem(SEAT_KEY);
  } catch {
    // Storage refused (private mode, full): a reload then asks for the code again.
  }
}
