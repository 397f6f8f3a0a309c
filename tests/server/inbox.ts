/** Collects a client room's messages by type, so a test can wait for one sent at any time. */
import type { Room } from '@colyseus/sdk';

export interface Inbox {
  /** The next message of this type not yet taken (waits for it). */
  next<T = unknown>(type: string): Promise<T>;
  /** The latest message of this type received so far, if any. */
  latest<T = unknown>(type: string): T | undefined;
}

export function inbox(room: Room): Inbox {
  const queues = new Map<string, unknown[]>();
  const latest = new Map<string, unknown>();
  const waiting = new Map<string, ((m: unknown) => void)[]>();
  room.onMessage('*', (type, message) => {
    const key = String(type);
    latest.set(key, message);
    const waiter = waiting.get(key)?.shift();
    if (waiter) waiter(message);
    else (queues.get(key) ?? queues.set(key, []).get(key)!).push(message);
  });
  // Handlers are in place: now the room may send this client its game or dashboard.
  room.send('sync');
  return {
    next<T>(type: string) {
      const queued = queues.get(type);
      if (queued?.length) return Promise.resolve(queued.shift() as T);
      return new Promise<T>((resolve) =>
        (waiting.get(type) ?? waiting.set(type, []).get(type)!).push(
          resolve as (m: unknown) => void,
        ),
      );
    },
    latest: <T>(type: string) => latest.get(type) as T | undefined,
  };
}
