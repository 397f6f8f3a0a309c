// `npm run levels:check`: the command itself lives in levelsCheckCommand.ts, where tests call it in-process.
import { main } from './levelsCheckCommand';

process.exitCode = main(process.argv.slice(2));
