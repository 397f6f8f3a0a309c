import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN = '/usr/bin/redis-server';

/**
 * The redis-server the multi-process class test starts: REDIS_SERVER_PATH, else Debian's package,
 * installed with apt when missing and we run as root. Otherwise an error that says how to get one.
 */
export function findRedisServer(): string {
  const configured = process.env.REDIS_SERVER_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`REDIS_SERVER_PATH=${configured} does not exist.`);
    return configured;
  }
  if (existsSync(DEBIAN)) return DEBIAN;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log("redis-server is missing: installing Debian's redis-server package (apt-get)…");
    const result = spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server'],
      { stdio: 'inherit' },
    );
    if (result.status !== 0)
      throw new Error(
        `apt-get install redis-server failed (exit ${result.status ?? result.signal})`,
      );
    if (existsSync(DEBIAN)) return DEBIAN;
  }
  throw new Error(
    [
      'This needs redis-server, and none was found.',
      '  On Debian/Ubuntu, as root:  apt-get update && apt-get install -y redis-server',
      '  Or point to one you have:   REDIS_SERVER_PATH=/path/to/redis-server',
    ].join('\n'),
  );
}
