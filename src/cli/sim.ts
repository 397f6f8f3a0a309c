// `npm run sim`: the command itself lives in simCommand.ts, where tests call it in-process.
import { z } from 'zod';
import { main } from './simCommand';

// A sim parses each schema once: zod's compiled fast path costs more to build than it saves.
z.config({ jitless: true });

process.exitCode = await main(process.argv.slice(2));
