/**
 * npm run bench [-- --json] [--games N] [--heap-games N] [--debrief-runs N] [--browser-games N]
 * [--cli-runs N] [--class-teams N] [--class-quarters N] [--class-port P]
 * [--only engine,cli,debrief,browser,class]: speed and memory of the engine on the largest
 * scenario, a whole sim from the command line, the debrief, the game in the browser and a full
 * class server. Sections are modules under ./bench; each adds one key to the JSON. `--only` runs
 * the named sections (the others are left out of the output).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { browserReport, runBrowserBench } from './bench/browserBench';
import { classReport, runClassBench } from './bench/classBench';
import { cliReport, runCliBench } from './bench/cliBench';
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

const SECTIONS = ['engine', 'cli', 'debrief', 'browser', 'class'] as const;
type Section = (typeof SECTIONS)[number];

function sectionsArg(argv: string[]): Set<Section> {
  const i = argv.indexOf('--only');
  if (i < 0) return new Set(SECTIONS);
  const names = (argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    process.stderr.write(
      `bench: --only takes a comma-separated list of ${SECTIONS.join(', ')}` +
        (unknown.length ? ` (unknown: ${unknown.join(', ')})` : '') +
        '\n',
    );
    process.exit(2);
  }
  return new Set(names as Section[]);
}

const argv = process.argv.slice(2);
const only = sectionsArg(argv);
const engine = only.has('engine')
  ? runEngineBench({
      levelsDir: 'levels',
      games: numberArg(argv, 'games', 41),
      heapGames: numberArg(argv, 'heap-games', 1000),
      now: () => performance.now(),
      gc: exposeGc(),
    })
  : undefined;
const cli = only.has('cli')
  ? runCliBench({ runs: numberArg(argv, 'cli-runs', 7), now: () => performance.now() })
  : undefined;
const debrief = only.has('debrief')
  ? await runDebriefBench({
      levelsDir: 'levels',
      runs: numberArg(argv, 'debrief-runs', 5),
    })
  : undefined;
const browser = only.has('browser')
  ? await runBrowserBench({
      loads: 5,
      heapGames: numberArg(argv, 'browser-games', 10),
      fpsSeconds: 5,
    })
  : undefined;
const classRoom = only.has('class')
  ? await runClassBench({
      teams: numberArg(argv, 'class-teams', 40),
      quarters: numberArg(argv, 'class-quarters', 8),
      port: numberArg(argv, 'class-port', 4349),
      gc: exposeGc(),
    })
  : undefined;
if (argv.includes('--json'))
  process.stdout.write(JSON.stringify({ engine, cli, debrief, browser, class: classRoom }) + '\n');
else
  process.stdout.write(
    [
      engine && engineReport(engine),
      cli && cliReport(cli),
      debrief && debriefReport(debrief),
      browser && browserReport(browser),
      classRoom && classReport(classRoom),
    ]
      .filter((t): t is string => Boolean(t))
      .join('\n') + '\n',
  );
