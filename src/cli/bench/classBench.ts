/**
 * The class server under a full room: N teams (Node clients of the browser's SDK, over WebSocket on
 * 127.0.0.1) commit every quarter; measured is the time from the last commit to the moment every
 * team has its results, and the server's heap after each quarter (the process holds server and
 * clients; the clients' share stays constant).
 */
import { Client, type Room } from '@colyseus/sdk';
import { startClassServer } from '../../server/classServer';
import { levelsOnDisk } from '../../server/levelsOnDisk';

export interface ClassBenchResult {
  teams: number;
  scenario: string;
  quarters: number;
  /** Per quarter: ms from the last commit until every team had its results. */
  resultsMs: number[];
  maxResultsMs: number;
  /** Heap used after each quarter (MB, after a GC when available). */
  heapMB: number[];
  /** The teams' results the room keeps (for rejoins, the dashboard and export), as JSON (MB). */
  keptMB: number[];
}

const BUDGET_MS = 1000;

export async function runClassBench(options: {
  teams: number;
  quarters: number;
  port: number;
  gc: (() => void) | null;
}): Promise<ClassBenchResult> {
  const scenarios = levelsOnDisk();
  const scenario = [...scenarios.values()].find((s) => s.quarters >= options.quarters)!;
  // Port 0 (the default): a free port the system picks, so the bench never meets another
  // program's server on a fixed port of a shared machine.
  const server = await startClassServer({ host: '127.0.0.1', port: options.port, scenarios });
  try {
    const url = server.url;
    const trainerKey = 'bench-trainer-key-0123456789';
    const setup = {
      scenario: scenario.id,
      difficulty: 'normal',
      quarters: options.quarters,
      seed: 1,
      minutesPerQuarter: 0,
    };
    const trainer = await new Client(url).create('class', { role: 'trainer', setup, trainerKey });
    trainer.onMessage('dashboard', () => undefined);
    const teams = await Promise.all(
      Array.from({ length: options.teams }, async (_, i) => {
        const room = await new Client(url).joinById(trainer.roomId, {
          role: 'team',
          name: `Team ${i + 1}`,
          teamKey: `bench-team-${i}-0123456789`,
        });
        const first = nextGame(room);
        room.send('sync');
        return { room, game: await first };
      }),
    );
    const resultsMs: number[] = [];
    const heapMB: number[] = [];
    const keptMB: number[] = [];
    let kept = 0;
    for (let q = 0; q < options.quarters; q++) {
      const opened = phase(trainer, 'open');
      trainer.send('open');
      await opened;
      const committed = teams.map((t) => committedOrRefused(t.room));
      // The trainer closes the quarter as soon as the last commit is acknowledged.
      teams.forEach((t) => t.room.send('commit', t.game.draft));
      await Promise.all(committed);
      const start = performance.now();
      const games = teams.map((t) => nextGame(t.room));
      trainer.send('close');
      const results = await Promise.all(games);
      resultsMs.push(Math.round(performance.now() - start));
      results.forEach((g, i) => (teams[i]!.game = g));
      for (const g of results) kept += JSON.stringify(g.results.at(-1) ?? null).length;
      keptMB.push(Math.round(kept / 1e5) / 10);
      options.gc?.();
      heapMB.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
    }
    await Promise.all([trainer.leave(), ...teams.map((t) => t.room.leave())]);
    return {
      teams: options.teams,
      scenario: scenario.id,
      quarters: options.quarters,
      resultsMs,
      maxResultsMs: Math.max(...resultsMs),
      heapMB,
      keptMB,
    };
  } finally {
    await server.close();
  }
}

interface Game {
  draft: unknown;
  results: unknown[];
}

function once<T>(room: Room, type: string): Promise<T> {
  return new Promise((resolve) => {
    const off = room.onMessage(type, (m: T) => {
      off();
      resolve(m);
    });
  });
}

function phase(room: Room, wanted: string): Promise<void> {
  return new Promise((resolve) => {
    const check = (state: { phase?: string }) => {
      if (state.phase !== wanted) return;
      room.onStateChange.remove(check);
      resolve();
    };
    room.onStateChange(check);
  });
}

/** A refusal would make the figures meaningless: it stops the bench with the room's reason. */
function committedOrRefused(room: Room): Promise<void> {
  return new Promise((resolve, reject) => {
    const offs = [
      room.onMessage('committed', () => {
        offs.forEach((off) => off());
        resolve();
      }),
      room.onMessage('refused', (m: { reason: string }) => {
        offs.forEach((off) => off());
        reject(new Error(`commit refused: ${m.reason}`));
      }),
    ];
  });
}

function nextGame(room: Room): Promise<Game> {
  return once<Game>(room, 'game');
}

export function classReport(r: ClassBenchResult): string {
  return [
    `class: ${r.teams} teams commit each of ${r.quarters} quarters of ${r.scenario} on one class server (127.0.0.1)`,
    `  last commit → every team's results: ${r.resultsMs.join(', ')} ms (max ${r.maxResultsMs} ms; budget ≤ ${BUDGET_MS} ms)`,
    `  heap after each quarter: ${r.heapMB.join(', ')} MB`,
    `  teams' results the room keeps by then (JSON): ${r.keptMB.join(', ')} MB`,
  ].join('\n');
}
