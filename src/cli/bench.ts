/**
 * npm run bench [-- --json] [--games N] [--heap-games N] [--debrief-runs N] [--browser-games N]: speed and memory of
 * the engine on the largest scenario. Sections are modules under ./bench; each adds one key to the JSON.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { browserReport, runBrowserBench } from './bench/browserBench';
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
const browser = await runBrowserBench({
  loads: 5,
  heapGames: numberArg(argv, 'browser-games', 10),
  fpsSeconds: 5,
});
if (argv.includes('--json'))
  process.stdout.write(JSON.stringify({ engine, debrief, browser }) + '\n');
else
  process.stdout.write(
    [engineReport(engine), debriefReport(debrief), browserReport(browser)].join('\n') + '\n',
  );
