/**
 * The class server of the class bench, in a process of its own, so that its heap is measured
 * apart from the 40 teams' clients: run with `node --expose-gc --import tsx`, it listens on a
 * free port of 127.0.0.1, says `{ url }` to its parent, and answers each `heap` with the heap it
 * still holds after a full garbage collection (retained memory, not garbage waiting to go).
 */
import { startClassServer } from '../../server/classServer';
import { levelsOnDisk } from '../../server/levelsOnDisk';

export interface BenchServerReply {
  url?: string;
  heapUsed?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!process.send || !gc) throw new Error('run as a forked child with --expose-gc');
const send = (m: BenchServerReply) => process.send!(m);

const server = await startClassServer({ host: '127.0.0.1', port: 0, scenarios: levelsOnDisk() });
process.on('message', (m: unknown) => {
  if (m === 'heap') {
    // Twice: a first pass may leave objects a finaliser frees for the second.
    gc();
    gc();
    send({ heapUsed: process.memoryUsage().heapUsed });
  } else if (m === 'stop') void server.close().then(() => process.exit(0));
});
send({ url: server.url });
