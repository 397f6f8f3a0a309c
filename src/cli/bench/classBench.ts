/**
 * The class server under a full room: N teams (Node clients of the browser's SDK, over WebSocket on
 * 127.0.0.1) commit every quarter; measured is the time from the last commit to the moment every
 * team has its results, and the heap the server still holds after each quarter. The server runs in
 * a process of its own (classBenchServer.ts) that collects its garbage before each sample, so the
 * figure is the server's retained memory alone, not the clients' nor garbage not yet collected.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from '@colyseus/sdk';
import { levelsOnDisk } from '../../server/levelsOnDisk';
import type { BenchServerReply } from './classBenchServer';
import { FLAT_MB_PER_QUARTER } from './figures';
import { slope } from './stats';

export interface ClassBenchResult {
  teams: number;
  scenario: string;
  quarters: number;
  /** Per quarter: ms from the last commit until every team had its results. */
  resultsMs: number[];
  maxResultsMs: number;
  /** The server's heap once every team has joined, before the first quarter (MB, after a GC). */
  joinedHeapMB: number;
  /** The server's heap after each quarter (MB, after a GC). */
  heapMB: number[];
  /** Heap growth per quarter from the end of quarter 2 to the last (MB; least squares). */
  slopeMBPerQuarter: number;
  /** What a team receives when a quarter closes (kB of JSON, mean over the teams), per quarter. */
  sentKB: number[];
  /** What the trainer's page receives over each quarter, commits and close (kB of JSON). */
  trainerKB: number[];
  /** ms from the trainer's export to its CSV and every team's record (replayed). */
  exportMs: number;
}

const BUDGET_MS = 1000;

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** The bench's own class server process and a way to ask it for its retained heap. */
async function serverProcess(): Promise<{ url: string; heap(): Promise<number>; stop(): void }> {
  const entry = fileURLToPath(new URL('./classBenchServer.ts', import.meta.url));
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Colyseus says 'ready' to a parent process itself (for process managers): only the bench
  // server's own replies count.
  const reply = <K extends keyof BenchServerReply>(key: K) =>
    new Promise<NonNullable<BenchServerReply[K]>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`class server exited (${code})`));
      const onMessage = (m: BenchServerReply | null) => {
        const value = m?.[key];
        if (value === undefined) return;
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve(value);
      };
      child.once('exit', onExit);
      child.on('message', onMessage);
    });
  const url = await reply('url');
  return {
    url,
    heap: async () => {
      const answer = reply('heapUsed');
      child.send('heap');
      return answer;
    },
    stop: () => {
      if (child.connected) child.send('stop');
    },
  };
}

export async function runClassBench(options: {
  teams: number;
  quarters: number;
}): Promise<ClassBenchResult> {
  const scenarios = levelsOnDisk();
  const scenario = [...scenarios.values()].find((s) => s.quarters >= options.quarters)!;
  // A free port the system picks, so the bench never meets another program's server on a fixed
  // port of a shared machine.
  const server = await serverProcess();
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
    // What the trainer's page is sent, quarter by quarter (JSON bytes).
    let toTrainer = 0;
    let closed: () => void = () => undefined;
    trainer.onMessage('dashboard', (m: unknown) => (toTrainer += JSON.stringify(m).length));
    trainer.onMessage('closed', (m: unknown) => {
      toTrainer += JSON.stringify(m).length;
      closed();
    });
    const teams = await Promise.all(
      Array.from({ length: options.teams }, async (_, i) => {
        const room = await new Client(url).joinById(trainer.roomId, {
          role: 'team',
          name: `Team ${i + 1}`,
          teamKey: `bench-team-${i}-0123456789`,
        });
        const first = nextGame(room);
        room.send('sync');
        return { room, draft: (await first).draft };
      }),
    );
    const joinedHeapMB = mb(await server.heap());
    const resultsMs: number[] = [];
    const heapMB: number[] = [];
    const sentKB: number[] = [];
    const trainerKB: number[] = [];
    for (let q = 0; q < options.quarters; q++) {
      toTrainer = 0;
      const opened = phase(trainer, 'open');
      trainer.send('open');
      await opened;
      const committed = teams.map((t) => committedOrRefused(t.room));
      // The trainer closes the quarter as soon as the last commit is acknowledged.
      teams.forEach((t) => t.room.send('commit', t.draft));
      await Promise.all(committed);
      const start = performance.now();
      const played = teams.map((t) => nextResults(t.room));
      const dashboard = new Promise<void>((resolve) => (closed = resolve));
      trainer.send('close');
      const results = await Promise.all(played);
      resultsMs.push(Math.round(performance.now() - start));
      await dashboard;
      // The clients keep only their next draft, so nothing of theirs grows either.
      results.forEach((r, i) => (teams[i]!.draft = r.draft));
      const sent = results.reduce((a, r) => a + r.bytes, 0) / results.length;
      sentKB.push(Math.round(sent / 100) / 10);
      trainerKB.push(Math.round(toTrainer / 100) / 10);
      heapMB.push(mb(await server.heap()));
    }
    // The export replays every team's game (the room keeps no outcomes): its time, for the record.
    const exportStart = performance.now();
    const exported = once<{ records: unknown[] }>(trainer, 'export');
    trainer.send('export');
    if ((await exported).records.length !== options.teams)
      throw new Error('export: records missing');
    const exportMs = Math.round(performance.now() - exportStart);
    await Promise.all([trainer.leave(), ...teams.map((t) => t.room.leave())]);
    return {
      teams: options.teams,
      scenario: scenario.id,
      quarters: options.quarters,
      resultsMs,
      maxResultsMs: Math.max(...resultsMs),
      joinedHeapMB,
      heapMB,
      slopeMBPerQuarter: Math.round(slope(heapMB.slice(1)) * 100) / 100,
      sentKB,
      trainerKB,
      exportMs,
    };
  } finally {
    server.stop();
  }
}

interface Game {
  draft: unknown;
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

/** A team's results of the quarter just closed: its next draft and the message's size. */
function nextResults(room: Room): Promise<{ draft: unknown; bytes: number }> {
  return once<Game>(room, 'played').then((m) => ({
    draft: m.draft,
    bytes: JSON.stringify(m).length,
  }));
}

const verdict = (mbPerQuarter: number) =>
  !Number.isFinite(mbPerQuarter)
    ? 'needs 3 quarters or more'
    : mbPerQuarter <= FLAT_MB_PER_QUARTER
      ? 'flat'
      : 'NOT flat';

export function classReport(r: ClassBenchResult): string {
  const marks = [...new Set([1, 4, r.quarters])].filter((q) => q <= r.quarters);
  return [
    `class: ${r.teams} teams commit each of ${r.quarters} quarters of ${r.scenario} on one class server (127.0.0.1)`,
    `  last commit → every team's results: ${r.resultsMs.join(', ')} ms (max ${r.maxResultsMs} ms; budget ≤ ${BUDGET_MS} ms)`,
    `  server heap after GC (its own process): ${r.joinedHeapMB} MB with every team joined (quarter 1 adds each team's own game state, once); after each quarter ${r.heapMB.join(', ')} MB`,
    `  quarter ${marks.join(' / ')}: ${marks.map((q) => r.heapMB[q - 1]).join(' / ')} MB; growth from quarter 2 on: ${r.slopeMBPerQuarter} MB a quarter ` +
      `(flat: ≤ ${FLAT_MB_PER_QUARTER} MB a quarter for 40 teams, as their decisions and dashboard figures need, no full outcomes: ${verdict(r.slopeMBPerQuarter)})`,
    `  sent to each team when a quarter closes (JSON): ${r.sentKB.join(', ')} kB`,
    `  sent to the trainer over each quarter, commits and close (JSON): ${r.trainerKB.join(', ')} kB`,
    `  export (CSV and every team's record, replayed): ${r.exportMs} ms`,
  ].join('\n');
}
