import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedisServer } from '../../src/cli/redisServer';
import type { QuarterDecisions } from '../../src/engine';
import { inbox } from './inbox';

// Past one machine: two class server processes share their rooms through one Redis (Colyseus's
// Redis presence and driver). Teams of one class connect to either process and play together.
const REDIS_PORT = 6391;
const PORTS = [4344, 4345];
const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'nba-redis-'));

function waitFor(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (pattern.test(seen)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (seen += d.toString()));
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}): ${seen}`)));
  });
}

describe('a class spread over two server processes', () => {
  beforeAll(async () => {
    const redis = spawn(
      findRedisServer(),
      [
        '--port',
        String(REDIS_PORT),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(redis);
    await waitFor(redis, /Ready to accept connections/i, 'redis-server');
    await Promise.all(
      PORTS.map((port) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/server/serve.ts', '--port', String(port)],
          {
            env: {
              ...process.env,
              REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
              PUBLIC_ADDRESS: `127.0.0.1:${port}`,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        children.push(child);
        return waitFor(child, /^ready /m, `class server on ${port}`);
      }),
    );
  }, 120_000);

  afterAll(async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets teams on either process join one class and play a quarter together', async () => {
    const [a, b] = PORTS.map((p) => new Client(`http://127.0.0.1:${p}/`));
    const trainerKey = 'redis-trainer-key-0123456789';
    const setup = {
      scenario: 'tutorial',
      difficulty: 'normal',
      quarters: 2,
      seed: 7,
      minutesPerQuarter: 0,
    };
    const trainer = await a!.create('class', { role: 'trainer', setup, trainerKey });
    const trainerBox = inbox(trainer);
    const teams = await Promise.all(
      ['North', 'South', 'East'].map(async (name, i) => {
        const room = await (i % 2 ? b! : a!).joinById(trainer.roomId, {
          role: 'team',
          name,
          teamKey: `${name}-key-0123456789abc`,
        });
        const box = inbox(room);
        return { name, room, box, game: await box.next<{ draft: QuarterDecisions }>('game') };
      }),
    );
    // The team joined through the second process reached the same room.
    expect(teams.map((t) => t.room.roomId)).toEqual([
      trainer.roomId,
      trainer.roomId,
      trainer.roomId,
    ]);

    trainer.send('open');
    for (const t of teams.slice(0, 2)) {
      t.room.send('commit', t.game.draft);
      await t.box.next('committed');
    }
    trainer.send('close');
    const games = await Promise.all(
      teams.map((t) => t.box.next<{ played: number; carriedOver: number[] }>('played')),
    );
    expect(games.map((g) => g.played)).toEqual([1, 1, 1]);
    expect(games[2]!.carriedOver).toEqual([0]);
    trainer.send('sync');
    let dashboard = await trainerBox.next<{ teams: { team: string; quarters: unknown[] }[] }>(
      'dashboard',
    );
    while (dashboard.teams.length < 3 || dashboard.teams.some((t) => t.quarters.length === 0))
      dashboard = await trainerBox.next<{ teams: { team: string; quarters: unknown[] }[] }>(
        'dashboard',
      );
    expect(dashboard.teams.map((t) => t.team).sort()).toEqual(['East', 'North', 'South']);
    await Promise.all([trainer.leave(), ...teams.map((t) => t.room.leave())]);
  });
});
