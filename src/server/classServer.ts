/**
 * The class server: Colyseus with the class room, optionally serving the built game from the same
 * address (so teams open one address and the page talks to its own origin). With REDIS_URL set,
 * several such processes share their rooms through Colyseus's Redis presence and driver.
 */
import express from 'express';
import { Server, LocalPresence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { WebSocket as NodeWebSocket } from 'ws';
import type { Scenario } from '../engine';
import { classRoomWith } from './ClassRoom';
import { levelsOnDisk } from './levelsOnDisk';

export const ROOM_NAME = 'class';

// Colyseus 0.18 compares a reconnecting client with the global WebSocket's OPEN, which Node
// only has from version 22; on Node 20 every reconnection with a token failed. `ws` is the
// implementation its transport and the SDK use in Node anyway.
if (!('WebSocket' in globalThis))
  Object.assign(globalThis, { WebSocket: NodeWebSocket as unknown as typeof WebSocket });

export interface ClassServerOptions {
  host: string;
  port: number;
  /** A built game (dist/) to serve at the same address, or none (server only). */
  staticDir?: string;
  /** redis://… to share rooms with other processes. */
  redisUrl?: string;
  /** The address clients reach this process at, when several processes share rooms. */
  publicAddress?: string;
  scenarios?: Map<string, Scenario>;
  /** The address teams open, shown as text and QR code on the trainer's page. */
  teamUrl?: string;
  /** Told each new session code (the command line prints it). */
  announce?: (code: string) => void;
}

export interface RunningClassServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** The largest message a browser may send: a quarter's decisions are a few kB. */
const MAX_PAYLOAD = 256 * 1024;

export function createClassServer(options: Omit<ClassServerOptions, 'host' | 'port'>): Server {
  const scenarios = options.scenarios ?? levelsOnDisk();
  const staticDir = options.staticDir;
  const server = new Server({
    greet: false,
    gracefullyShutdown: false,
    transport: new WebSocketTransport({ maxPayload: MAX_PAYLOAD }),
    presence: options.redisUrl ? new RedisPresence(options.redisUrl) : new LocalPresence(),
    ...(options.redisUrl ? { driver: new RedisDriver(options.redisUrl) } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    ...(staticDir
      ? {
          express: (app: express.Application) => {
            // /class opens the trainer's page; everything else is the built game as it is.
            app.get('/class-info.json', (_req, res) => {
              res.json({ live: true, teamUrl: options.teamUrl ?? null });
            });
            app.use(express.static(staticDir, { extensions: ['html'], index: 'index.html' }));
          },
        }
      : {}),
  });
  server.define(ROOM_NAME, classRoomWith(scenarios, options.announce));
  return server;
}

/** Listens on `options.port`, or with port 0 on a free port the system picks (see `port`). */
export async function startClassServer(
  options: ClassServerOptions,
): Promise<RunningClassServer & { port: number }> {
  const server = createClassServer(options);
  await server.listen(options.port, options.host);
  const address = (server.transport as { server?: { address(): unknown } }).server?.address();
  const port =
    typeof address === 'object' && address !== null && 'port' in address
      ? Number(address.port)
      : options.port;
  return {
    server,
    port,
    url: `http://${options.host}:${port}/`,
    close: () => server.gracefullyShutdown(false),
  };
}
