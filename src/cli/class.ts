/**
 * npm run class [-- --lan] [--port N] [--no-build]: serves the built game and the class server at
 * one address, prints where teams go and the trainer's page, and a QR code of the team address.
 * 127.0.0.1 by default; --lan listens on this laptop's network so teams join over the venue's
 * Wi-Fi (no internet needed). REDIS_URL shares sessions with other processes (see docs/class.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { startClassServer } from '../server/classServer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist`;
export const DEFAULT_PORT = 2567;
const USAGE = 'usage: npm run class [-- --lan] [--port N] [--no-build]';

/** The laptop's own addresses on its networks (IPv4, not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function needsBuild(): boolean {
  const built = `${DIST}/class.html`;
  if (!existsSync(built) || !existsSync(`${DIST}/index.html`)) return true;
  // Sources newer than the build: build again, so teams never play an old game.
  const builtAt = statSync(built).mtimeMs;
  return ['src', 'levels', 'index.html', 'class.html'].some(
    (p) => existsSync(`${ROOT}${p}`) && newestIn(`${ROOT}${p}`) > builtAt,
  );
}

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const out = spawnSync('find', [
    path,
    '-type',
    'f',
    '-newer',
    `${DIST}/class.html`,
    '-print',
    '-quit',
  ]);
  return out.stdout.length > 0 ? Infinity : 0;
}

async function main(argv: string[]): Promise<number> {
  let lan = false;
  let build = true;
  let port = Number(process.env.CLASS_PORT ?? DEFAULT_PORT);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lan') lan = true;
    else if (a === '--no-build') build = false;
    else if (a === '--port' && /^\d+$/.test(argv[i + 1] ?? '')) port = Number(argv[++i]);
    else {
      process.stderr.write(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (build && needsBuild()) {
    process.stdout.write('Building the game (once)…\n');
    const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
    const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) return 1;
  }
  if (!existsSync(`${DIST}/class.html`)) {
    process.stderr.write(`No built game in ${DIST}: run without --no-build.\n`);
    return 2;
  }
  const host = lan ? '0.0.0.0' : '127.0.0.1';
  const lanHost = lan ? lanAddresses()[0] : undefined;
  if (lan && !lanHost)
    process.stderr.write('No network found: teams can join from this laptop only.\n');
  const teamUrl = `http://${lanHost ?? '127.0.0.1'}:${port}/`;
  const running = await startClassServer({
    host,
    port,
    staticDir: DIST,
    teamUrl,
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
    announce: (code) => process.stdout.write(`Session code: ${code}\n`),
  });
  process.stdout.write(
    [
      `Class server ready.`,
      `  Teams open:      ${teamUrl}  (then "Join a class")`,
      `  Trainer's page:  http://127.0.0.1:${port}/class  (set up the session; its code shows there and here)`,
      '',
      await QRCode.toString(teamUrl, { type: 'terminal', small: true }),
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
