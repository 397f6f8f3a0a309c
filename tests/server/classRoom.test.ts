import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { figuresOf } from '../../src/class/classSummary';
import {
  withClosedQuarter,
  type ClosedMessage,
  type DashboardMessage,
} from '../../src/class/dashboardFeed';
import { checkRecord } from '../../src/class/recordCheck';
import type { EventPlan, QuarterDecisions, QuarterOutcome } from '../../src/engine';
import type { ClassSession } from '../../src/server/classSession';
import type { ServerQuarter } from '../../src/state/classTeam';
import { createClassServer, ROOM_NAME } from '../../src/server/classServer';
import { level } from '../class/records';
import { inbox } from './inbox';

// The class room through Colyseus's own test server: real clients over WebSocket on 127.0.0.1.
const airline = level('airline');
const scenarios = new Map([[airline.id, airline]]);
const TRAINER_KEY = 'trainer-key-0123456789abcdef';
const setup = {
  scenario: 'airline',
  difficulty: 'normal',
  quarters: 4,
  seed: 42,
  minutesPerQuarter: 0,
};

interface Game {
  team: string;
  quarter: number;
  log: QuarterDecisions[];
  results: QuarterOutcome[];
  draft: QuarterDecisions;
  committed: boolean;
  carriedOver: number[];
}

// A message is handled some time after it is sent; the room's next patch may be an earlier one.
// So the tests wait until the room's state shows the effect (or 10 s pass).
const settled = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

describe('the class room', () => {
  let colyseus: ColyseusTestServer;

  beforeAll(async () => {
    colyseus = await boot(createClassServer({ scenarios }), 4341);
  });
  afterAll(async () => {
    await colyseus.shutdown();
  });
  beforeEach(async () => {
    await colyseus.cleanup();
  });

  async function classWithTrainer() {
    const room = await colyseus.createRoom(ROOM_NAME, { setup, trainerKey: TRAINER_KEY });
    const trainer = await colyseus.connectTo(room, { role: 'trainer', trainerKey: TRAINER_KEY });
    return { room, trainer, trainerInbox: inbox(trainer) };
  }
  async function team(roomId: string, name: string, teamKey = `key-of-${name}-0123456789`) {
    const client = await colyseus.sdk.joinById(roomId, { role: 'team', name, teamKey });
    return { client, box: inbox(client), teamKey };
  }

  it('uses a short session code that is easy to read as its room id', async () => {
    const { room } = await classWithTrainer();
    expect(room.roomId).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  });

  it('refuses a setup it cannot play and a trainer with the wrong key', async () => {
    await expect(
      colyseus.createRoom(ROOM_NAME, {
        setup: { ...setup, quarters: 99 },
        trainerKey: TRAINER_KEY,
      }),
    ).rejects.toThrow();
    await expect(
      colyseus.createRoom(ROOM_NAME, {
        setup: { ...setup, scenario: 'nowhere' },
        trainerKey: TRAINER_KEY,
      }),
    ).rejects.toThrow();
    const { room } = await classWithTrainer();
    await expect(
      colyseus.sdk.joinById(room.roomId, { role: 'trainer', trainerKey: 'x'.repeat(30) }),
    ).rejects.toThrow(/class\.join\.notTrainer/);
  });

  it('keeps team names unique without regard to case, and limited in length', async () => {
    const { room } = await classWithTrainer();
    await team(room.roomId, 'Blue');
    await expect(team(room.roomId, 'blue')).rejects.toThrow(/class\.join\.taken/);
    await expect(team(room.roomId, 'x'.repeat(40))).rejects.toThrow(/class\.join\.tooLong/);
    await expect(team(room.roomId, '   ')).rejects.toThrow(/class\.join\.empty/);
  });

  it('plays the quarter on the server for every team; a team that did not commit keeps its last decisions', async () => {
    const { room, trainer, trainerInbox } = await classWithTrainer();
    const blue = await team(room.roomId, 'Blue');
    const red = await team(room.roomId, 'Red');
    const blueStart = await blue.box.next<Game>('game');
    await red.box.next<Game>('game');

    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    const plan = structuredClone(blueStart.draft);
    plan.culture.training += 20;
    blue.client.send('commit', plan);
    await blue.box.next('committed');
    await settled(() => expect(room.state.teams.get(blue.client.sessionId)?.committed).toBe(true));

    trainer.send('close');
    const [blueGame, redGame] = await Promise.all([
      blue.box.next<ServerQuarter>('played'),
      red.box.next<ServerQuarter>('played'),
    ]);
    expect(blueGame.played).toBe(1);
    expect(blueGame.outcome.quarter).toBe(0);
    expect(blueGame.decisions.culture.training).toBe(plan.culture.training);
    expect(redGame.played).toBe(1);
    expect(redGame.carriedOver).toEqual([0]);
    expect(room.state.phase).toBe('between');
    expect(room.state.quarter).toBe(1);

    // Second quarter: Red again commits nothing and plays on with its last decisions.
    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    trainer.send('close');
    const redAgain = await red.box.next<ServerQuarter>('played');
    expect(redAgain.carriedOver).toEqual([0, 1]);
    expect(redAgain.decisions).toEqual(redGame.decisions);

    // The trainer got the whole dashboard when the teams joined, then at each close only the
    // quarter just played; put together, they are the whole dashboard a sync sends.
    const joined = trainerInbox.latest<DashboardMessage>('dashboard')!;
    expect(joined.teams.map((t) => [t.team, t.quarters.length])).toEqual([
      ['Blue', 0],
      ['Red', 0],
    ]);
    const closed = [
      await trainerInbox.next<ClosedMessage>('closed'),
      await trainerInbox.next<ClosedMessage>('closed'),
    ];
    for (const [q, c] of closed.entries())
      for (const x of c.teams) {
        expect(Object.keys(x).sort()).toEqual(['carriedOver', 'played', 'quarter', 'team']);
        expect([x.played, x.quarter?.quarter]).toEqual([q + 1, q + 1]);
      }
    expect(withClosedQuarter(joined, closed[1]!)).toBeNull(); // A missed close: sync again.
    const composed = withClosedQuarter(withClosedQuarter(joined, closed[0]!)!, closed[1]!)!;
    trainer.send('sync');
    await settled(() =>
      expect(
        trainerInbox.latest<DashboardMessage>('dashboard')!.teams.map((t) => t.quarters.length),
      ).toEqual([2, 2]),
    );
    const dash = trainerInbox.latest<DashboardMessage>('dashboard')!;
    expect(composed).toEqual(dash);
    expect(dash.teams[1]!.carriedOver).toEqual([0, 1]);
    trainer.send('export');
    const exported = await trainerInbox.next<{
      csv: string;
      records: { team: string; record: unknown }[];
    }>('export');
    for (const { record } of exported.records) {
      const check = checkRecord(JSON.stringify(record), (id) => scenarios.get(id), null);
      expect(check.ok).toBe(true);
    }
    expect(exported.csv.split('\r\n').filter((l) => l.startsWith('"Blue",2,nps,'))).toHaveLength(1);
    expect(dash.ranking).toHaveLength(2);
  });

  it('sends a team only the quarter it has played and keeps no outcome: a rejoin and the export get them back by replay', async () => {
    const { room, trainer, trainerInbox } = await classWithTrainer();
    const blue = await team(room.roomId, 'Blue');
    await blue.box.next<Game>('game');
    const sent: ServerQuarter[] = [];
    for (let q = 0; q < 3; q++) {
      trainer.send('open');
      await settled(() => expect(room.state.phase).toBe('open'));
      trainer.send('close');
      sent.push(await blue.box.next<ServerQuarter>('played'));
    }
    // Each close sends the new quarter, never the decisions and results the team already has.
    sent.forEach((m, q) => {
      expect(Object.keys(m).sort()).toEqual([
        'carriedOver',
        'committed',
        'decisions',
        'draft',
        'outcome',
        'played',
        'quarter',
      ]);
      expect(m.played).toBe(q + 1);
      expect(m.outcome.quarter).toBe(q);
    });

    // What the room keeps of the team: its decisions and, per quarter, the dashboard's figures;
    // no outcome with its touchpoints, walks and comments.
    const session = (room as unknown as { session: ClassSession }).session;
    const kept = [...session.teams.values()][0]!;
    expect(Object.keys(kept).sort()).toEqual([
      'carriedOver',
      'committed',
      'draft',
      'figures',
      'id',
      'key',
      'log',
      'name',
      'state',
    ]);
    expect(kept.log).toEqual(sent.map((m) => m.decisions));
    expect(kept.figures).toEqual(sent.map((m) => figuresOf(m.outcome)));
    for (const f of kept.figures)
      expect(Object.keys(f).sort()).toEqual(['channels', 'costs', 'measured', 'quarter', 'true']);

    // A reload gets the whole game, replayed: the same outcomes it was sent, bit for bit.
    await blue.client.leave(true);
    const again = await team(room.roomId, 'Blue', blue.teamKey);
    const game = await again.box.next<Game>('game');
    expect(game.log).toEqual(sent.map((m) => m.decisions));
    expect(game.results).toEqual(sent.map((m) => m.outcome));

    // So does the export: its record holds them and verifies; the CSV has every quarter.
    trainer.send('export');
    const exported = await trainerInbox.next<{
      csv: string;
      records: { record: { results: unknown } }[];
    }>('export');
    const record = exported.records[0]!.record;
    expect(record.results).toEqual(sent.map((m) => m.outcome));
    expect(checkRecord(JSON.stringify(record), (id) => scenarios.get(id), null).ok).toBe(true);
    expect(exported.csv).toContain(
      `"Blue",3,nps,${sent[2]!.outcome.true.nps},${sent[2]!.outcome.measured.nps ?? ''},`,
    );
  });

  it('refuses decisions the engine refuses, saying why, and never takes a score from a client', async () => {
    const { room, trainer } = await classWithTrainer();
    const blue = await team(room.roomId, 'Blue');
    const start = await blue.box.next<Game>('game');
    trainer.send('commit', start.draft);
    // Not open yet: refused.
    blue.client.send('commit', start.draft);
    expect(await blue.box.next<{ reason: string }>('refused')).toMatchObject({
      reason: 'class.error.notOpen',
    });
    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    const bad = structuredClone(start.draft) as QuarterDecisions & { results?: unknown };
    bad.culture.staffing = 9;
    blue.client.send('commit', bad);
    const refused = await blue.box.next<{
      reason: string;
      errors: { path: string; code: string }[];
    }>('refused');
    expect(refused.reason).toBe('class.error.refused');
    expect(refused.errors[0]).toMatchObject({
      path: 'culture.staffing',
      code: 'engine.error.tooBig',
    });
    blue.client.send('commit', { ...start.draft, results: [{ nps: 100 }] });
    expect((await blue.box.next<{ reason: string }>('refused')).reason).toBe('class.error.refused');
  });

  it('takes a dropped team back with its reconnection token, as a reloaded page does', async () => {
    const { room, trainer } = await classWithTrainer();
    const blue = await team(room.roomId, 'Blue');
    const start = await blue.box.next<Game>('game');
    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    const draft = structuredClone(start.draft);
    draft.culture.training += 15;
    blue.client.send('draft', draft);
    const token = blue.client.reconnectionToken;
    // Not consented: the room keeps the seat for the team's return.
    await blue.client.leave(false);
    await settled(() => expect(room.state.teams.get(blue.client.sessionId)?.connected).toBe(false));
    const back = await colyseus.sdk.reconnect(token);
    expect(back.sessionId).toBe(blue.client.sessionId);
    const game = await inbox(back).next<Game>('game');
    expect(game.draft.culture.training).toBe(draft.culture.training);
    await settled(() => expect(room.state.teams.get(back.sessionId)?.connected).toBe(true));
  });

  it('gives a team its draft back when it rejoins on a new connection with its key', async () => {
    const { room } = await classWithTrainer();
    const blue = await team(room.roomId, 'Blue');
    const start = await blue.box.next<Game>('game');
    const draft = structuredClone(start.draft);
    draft.understanding.leadersDays = 3;
    blue.client.send('draft', draft);
    await room.waitForNextMessage();
    await blue.client.leave(true);
    await expect(team(room.roomId, 'Blue', 'someone-else-0123456789')).rejects.toThrow(
      /class\.join\.taken/,
    );
    const again = await team(room.roomId, 'Blue', blue.teamKey);
    const game = await again.box.next<Game>('game');
    expect(game.draft.understanding.leadersDays).toBe(3);
    expect(room.state.teams.size).toBe(1);
  });

  it('lets only the trainer pace the class, and pauses and extends the timer', async () => {
    const { room, trainer } = await classWithTrainer();
    const blue = await team(room.roomId, 'Blue');
    await blue.box.next('game');
    blue.client.send('open');
    expect((await blue.box.next<{ reason: string }>('refused')).reason).toBe(
      'class.error.notTrainer',
    );
    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    expect(room.state.deadline).toBe(0);
    trainer.send('extend', { minutes: 2 });
    await settled(() => expect(room.state.deadline).toBeGreaterThan(Date.now() + 60_000));
    trainer.send('pause');
    await settled(() => expect(room.state.paused).toBe(true));
    expect(room.state.deadline).toBe(0);
    expect(room.state.remaining).toBeGreaterThan(60_000);
    trainer.send('resume');
    await settled(() => expect(room.state.paused).toBe(false));
    expect(room.state.deadline).toBeGreaterThan(Date.now() + 60_000);
    expect(room.state.phase).toBe('open');
  });

  it('plays a session without events, or with the events the trainer triggers live; the records verify', async () => {
    const room = await colyseus.createRoom(ROOM_NAME, {
      setup: { ...setup, events: 'live' },
      trainerKey: TRAINER_KEY,
    });
    const trainer = await colyseus.connectTo(room, { role: 'trainer', trainerKey: TRAINER_KEY });
    const trainerInbox = inbox(trainer);
    expect(room.state.events).toBe('live');
    const blue = await team(room.roomId, 'Blue');
    const start = await blue.box.next<Game & { events?: unknown }>('game');
    expect(start.events).toEqual({ mode: 'chosen', quarters: [] });
    // A team cannot trigger; an event that is not the scenario's is refused by name.
    blue.client.send('trigger', { event: 'storm' });
    expect((await blue.box.next<{ reason: string }>('refused')).reason).toBe(
      'class.error.notTrainer',
    );
    trainer.send('trigger', { event: 'volcano' });
    expect((await trainerInbox.next<{ reason: string }>('refused')).reason).toBe(
      'class.error.badEvent',
    );

    // Quarter 1 with the competitor, triggered before it opens: the team is told the new events.
    trainer.send('trigger', { event: 'newCompetitor' });
    const triggered = await blue.box.next<EventPlan>('events');
    expect(triggered).toEqual({ mode: 'chosen', quarters: [['newCompetitor']] });
    await settled(() =>
      expect(trainerInbox.latest<{ triggerable: string[] }>('dashboard')!.triggerable).toEqual([
        'storm',
        'itOutage',
        'viralComplaint',
        'cabinCrewStrike',
      ]),
    );
    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    trainer.send('trigger', { event: 'storm' });
    expect((await trainerInbox.next<{ reason: string }>('refused')).reason).toBe(
      'class.error.eventWhenClosed',
    );
    const plan = structuredClone(start.draft);
    plan.events = { newCompetitor: 'sharpenPromise' };
    blue.client.send('commit', plan);
    await blue.box.next('committed');
    trainer.send('close');
    const played = await blue.box.next<ServerQuarter>('played');
    expect(played.outcome.events).toEqual([
      { id: 'newCompetitor', response: 'sharpenPromise', started: true },
    ]);
    // Quarter 2: nothing new triggered, and the scenario's own events do not strike by themselves.
    trainer.send('open');
    await settled(() => expect(room.state.phase).toBe('open'));
    trainer.send('close');
    const second = await blue.box.next<ServerQuarter>('played');
    expect(second.outcome.events.map((e) => [e.id, e.started])).toEqual([['newCompetitor', false]]);

    trainer.send('export');
    const exported = await trainerInbox.next<{ records: { record: unknown }[] }>('export');
    const record = exported.records[0]!.record as { events: unknown; results: unknown };
    expect(record.events).toEqual({ mode: 'chosen', quarters: [['newCompetitor']] });
    // The record's results, replayed for the export, are the outcomes the team was sent.
    expect(record.results).toEqual([played.outcome, second.outcome]);
    const check = checkRecord(JSON.stringify(record), (id) => scenarios.get(id), null);
    expect(check.ok).toBe(true);
    // The same record claiming the scenario's own events does not verify: it answers an event
    // that would not have struck.
    const { events: _events, ...withoutEvents } = record;
    void _events;
    expect(
      checkRecord(JSON.stringify(withoutEvents), (id) => scenarios.get(id), null),
    ).toMatchObject({ ok: false, reason: 'cannotReplay' });

    // A session without events: the storm of quarter 3 never strikes; triggering is refused.
    const quiet = await colyseus.createRoom(ROOM_NAME, {
      setup: { ...setup, events: 'none' },
      trainerKey: TRAINER_KEY,
    });
    const quietTrainer = await colyseus.connectTo(quiet, {
      role: 'trainer',
      trainerKey: TRAINER_KEY,
    });
    const quietInbox = inbox(quietTrainer);
    const red = await team(quiet.roomId, 'Red');
    await red.box.next('game');
    quietTrainer.send('trigger', { event: 'storm' });
    expect((await quietInbox.next<{ reason: string }>('refused')).reason).toBe(
      'class.error.notLiveEvents',
    );
    const outcomes: QuarterOutcome[] = [];
    for (let q = 0; q < 3; q++) {
      quietTrainer.send('open');
      await settled(() => expect(quiet.state.phase).toBe('open'));
      quietTrainer.send('close');
      outcomes.push((await red.box.next<ServerQuarter>('played')).outcome);
    }
    expect(outcomes.flatMap((o) => o.events)).toEqual([]);
  });
});
