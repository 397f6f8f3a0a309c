// `npm run sim`: the command itself lives in simCommand.ts, where tests call it in-process.
import { main } from './simCommand';

process.exitCode = await main(process.argv.slice(2));
