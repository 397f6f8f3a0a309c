import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN = '/usr/bin/chromium';

/**
 * The Chromium the browser tests and the bench drive: CHROMIUM_PATH, else Debian's package, which
 * is installed with apt when missing and we run as root. Otherwise an error that says how to get one.
 */
export function findChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  if (existsSync(DEBIAN)) return DEBIAN;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
    const result = spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'],
      { stdio: 'inherit' },
    );
    if (result.status !== 0)
      throw new Error(`apt-get install chromium failed (exit ${result.status ?? result.signal})`);
    if (existsSync(DEBIAN)) return DEBIAN;
  }
  throw new Error(
    [
      'This needs Chromium, and none was found.',
      '  On Debian/Ubuntu, as root:  apt-get update && apt-get install -y chromium',
      '  Or point to one you have:   CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
}
