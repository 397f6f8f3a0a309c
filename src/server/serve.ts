/**
 * The class server alone (no static files), for running several processes behind one address:
 * tsx src/server/serve.ts --port N [--host H]; REDIS_URL shares rooms between the processes and
 * PUBLIC_ADDRESS (host:port) is where clients reach this one. Prints "ready <url>" when listening.
 */
import { startClassServer } from './classServer';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(arg('port') ?? process.env.PORT ?? 2567);
const host = arg('host') ?? '127.0.0.1';
const running = await startClassServer({
  host,
  port,
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
});
process.stdout.write(`ready ${running.url}\n`);
const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
