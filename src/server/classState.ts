/**
 * What every client of a class sees, synchronised by Colyseus: the session's setup and pace, and
 * per team only its name and whether it has committed. Scores travel in messages, to the trainer
 * and to each team its own.
 */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const TeamView = schema(
  {
    name: t.string(),
    committed: t.boolean(),
    connected: t.boolean(),
    /** Quarters played. */
    played: t.uint8(),
  },
  'TeamView',
);
export type TeamView = SchemaType<typeof TeamView>;

export const ClassState = schema(
  {
    /** lobby | open | between | finished */
    phase: t.string(),
    scenario: t.string(),
    difficulty: t.string(),
    seed: t.uint32(),
    quarters: t.uint8(),
    /** 0-based: the quarter open now, or the next to open. */
    quarter: t.uint8(),
    minutesPerQuarter: t.float32(),
    /** The session's events: scenario | none | live (see EVENT_MODES). */
    events: t.string(),
    /** Epoch ms at which the open quarter closes by itself; 0 when no timer runs. */
    deadline: t.float64(),
    paused: t.boolean(),
    /** Milliseconds left when paused. */
    remaining: t.float64(),
    teams: t.map(TeamView),
  },
  'ClassState',
);
export type ClassState = SchemaType<typeof ClassState>;
