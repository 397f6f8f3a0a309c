/**
 * npm run bench [-- --json] [--games N] [--heap-games N] [--debrief-runs N]: speed and memory of
 * the engine on the largest scenario. Sections are modules under ./bench; each adds one key to the JSON.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { debriefReport, runDebriefBench } from './bench/debriefBench';
import { engineReport, runEngineBench } from './bench/engineBench';

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function numberArg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
}

const argv = process.argv.slice(2);
const engine = runEngineBench({
  levelsDir: 'levels',
  games: numberArg(argv, 'games', 25),
  heapGames: numberArg(argv, 'heap-games', 1000),
  now: () => performance.now(),
  gc: exposeGc(),
});
const debrief = await runDebriefBench({
  levelsDir: 'levels',
  runs: numberArg(argv, 'debrief-runs', 5),
});
if (argv.includes('--json')) process.stdout.write(JSON.stringify({ engine, debrief }) + '\n');
else process.stdout.write(engineReport(engine) + '\n' + debriefReport(debrief) + '\n');
