// `npm run sim`: the command itself lives in simCommand.ts, where tests call it in-process.
import './zodJitless'; // first: before any schema is built
import { main } from './simCommand';

process.exitCode = await main(process.argv.slice(2));
