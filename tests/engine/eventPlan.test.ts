import { describe, expect, it } from 'vitest';
import {
  GameRecordSchema,
  InvalidEventPlanError,
  canonicalJson,
  defaultDecisions,
  eventPlanErrors,
  hashRecord,
  newGame,
  playQuarter,
  replay,
  restrikeEvents,
  scenarioWithEvents,
  type DecisionLog,
  type EventPlan,
  type GameState,
} from '../../src/engine';
import { airline } from './helpers';

// A class session may play without the scenario's events, or with those a trainer chose per
// quarter: the record carries the choice, and a replay of it gives the same bits.
const scenario = airline();
const SEED = 11;

/** Plays `quarters` quarters on the company's settings under `events`, returning the log. */
function settingsLog(events: EventPlan | undefined, quarters: number): DecisionLog {
  const played = scenarioWithEvents(scenario, events);
  let state = newGame(played, SEED, 'normal');
  const log: DecisionLog = [];
  for (let q = 0; q < quarters; q++) {
    const d = defaultDecisions(played, state);
    log.push(d);
    state = playQuarter(played, state, d).state;
  }
  return log;
}

const struck = (rec: ReturnType<typeof replay>) =>
  rec.results.map((o) => o.events.filter((e) => e.started).map((e) => e.id));

describe('a session’s choice of events', () => {
  it('with none, no event ever strikes; the record carries the choice and replays bit for bit', () => {
    const own = replay(scenario, SEED, 'normal', settingsLog(undefined, 8));
    expect(struck(own).flat()).toContain('storm'); // the scenario's own events do strike
    const none: EventPlan = { mode: 'none' };
    const rec = replay(scenario, SEED, 'normal', settingsLog(none, 8), none);
    expect(struck(rec).flat()).toEqual([]);
    expect(rec.events).toEqual(none);
    expect(GameRecordSchema.parse(rec)).toEqual(rec);
    const again = replay(scenario, SEED, 'normal', rec.decisions, rec.events);
    expect(canonicalJson(again)).toBe(canonicalJson(rec));
    // The choice is part of what the hash covers: the same game without it is another record.
    expect(hashRecord({ ...rec, events: undefined })).not.toBe(rec.hash);
    expect(rec.results[2]!.true.nps).not.toBe(own.results[2]!.true.nps);
  });

  it('with events chosen per quarter, exactly those strike, each in its quarter', () => {
    const chosen: EventPlan = { mode: 'chosen', quarters: [[], ['viralComplaint'], [], ['storm']] };
    const rec = replay(scenario, SEED, 'normal', settingsLog(chosen, 8), chosen);
    expect(struck(rec)).toEqual([[], ['viralComplaint'], [], ['storm'], [], [], [], []]);
  });

  it('a record without a choice hashes as it always did (no events field at all)', () => {
    const rec = replay(scenario, SEED, 'normal', settingsLog(undefined, 2));
    expect('events' in rec).toBe(false);
    // (The golden hashes of fixed games pin that these hashes did not move.)
  });

  it('an event triggered after the quarter before was played gives the state a replay reaches', () => {
    const live: EventPlan = { mode: 'chosen', quarters: [] };
    const log = settingsLog(live, 2);
    let state: GameState = newGame(scenarioWithEvents(scenario, live), SEED, 'normal');
    for (const d of log) state = playQuarter(scenarioWithEvents(scenario, live), state, d).state;
    expect(state.company.activeEvents).toEqual({});
    // The trainer triggers the competitor (lasting 4 quarters), then the storm, for quarter 3.
    const one: EventPlan = { mode: 'chosen', quarters: [[], [], ['newCompetitor']] };
    const two: EventPlan = { mode: 'chosen', quarters: [[], [], ['newCompetitor', 'storm']] };
    const before = canonicalJson(state);
    const triggered = restrikeEvents(
      scenarioWithEvents(scenario, two),
      restrikeEvents(scenarioWithEvents(scenario, one), state),
    );
    expect(canonicalJson(state)).toBe(before); // pure
    let replayed = newGame(scenarioWithEvents(scenario, two), SEED, 'normal');
    for (const d of log)
      replayed = playQuarter(scenarioWithEvents(scenario, two), replayed, d).state;
    expect(canonicalJson(triggered)).toBe(canonicalJson(replayed));
    expect(Object.keys(triggered.company.activeEvents)).toEqual(['storm', 'newCompetitor']);
    // And the quarters after it play the same as in the replay of the whole record.
    const d = defaultDecisions(scenario, triggered);
    const next = playQuarter(scenarioWithEvents(scenario, two), triggered, d);
    const whole = replay(scenario, SEED, 'normal', [...log, d], two);
    expect(canonicalJson(next.outcome)).toBe(canonicalJson(whole.results[2]));
  });

  it('refuses a choice that does not fit the scenario, naming the field and the limit', () => {
    expect(
      eventPlanErrors(scenario, { mode: 'chosen', quarters: [['volcano'], ['storm'], ['storm']] }),
    ).toEqual([
      {
        path: 'events.quarters.0.0',
        message:
          '"volcano" is not an event of airline (its events: storm, itOutage, viralComplaint, cabinCrewStrike, newCompetitor)',
      },
      {
        path: 'events.quarters.2.0',
        message: '"storm" is already chosen for quarter 2: an event strikes at most once',
      },
    ]);
    const long: EventPlan = { mode: 'chosen', quarters: Array.from({ length: 9 }, () => []) };
    expect(eventPlanErrors(scenario, long)).toEqual([
      { path: 'events.quarters', message: '9 quarters, but airline lasts 8: at most 8' },
    ]);
    expect(() => replay(scenario, SEED, 'normal', [], long)).toThrow(InvalidEventPlanError);
    // The record's schema keeps the shape and its limits.
    const rec = replay(scenario, SEED, 'normal', []);
    for (const events of [
      { mode: 'some' },
      { mode: 'none', quarters: [] },
      { mode: 'chosen', quarters: Array.from({ length: 13 }, () => []) },
      { mode: 'chosen', quarters: [['Not An Id!']] },
    ])
      expect(GameRecordSchema.safeParse({ ...rec, events }).success).toBe(false);
  });
});
