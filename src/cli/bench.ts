/**
 * npm run bench [-- --json] [--runs N] [--only engine,cli,debrief,browser,class] [--games N]
 * [--heap-games N] [--debrief-runs N] [--browser-loads N] [--browser-games N] [--cli-runs N]
 * [--class-teams N] [--class-quarters N]: speed and memory of the engine on the largest scenario, a
 * whole sim from the command line, the debrief, the game in the browser and a full class server
 * (in a process of its own, on a free port the system picks).
 * Sections are modules under ./bench. `--runs N` measures every figure N times in this process
 * (the browser ones in one browser) and prints each figure's min, median and max beside its
 * budget: met when the median meets it and the worst run is within 5%. `--only` runs the named
 * sections. `--json` prints `{ runs, figures: { name: { min, median, max, budget, … } }, draws }`,
 * `draws` holding each section's full result per run.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { browserReport, runBrowserBench } from './bench/browserBench';
import { classReport, runClassBench } from './bench/classBench';
import { cliReport, runCliBench } from './bench/cliBench';
import { debriefReport, runDebriefBench } from './bench/debriefBench';
import { engineReport, runEngineBench } from './bench/engineBench';
import {
  browserFigures,
  classFigures,
  cliFigures,
  debriefFigures,
  engineFigures,
  FIGURES,
  machineSpeedNote,
  type Draw,
} from './bench/figures';
import { figuresTable, summariseAll } from './bench/stats';

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
const runs = numberArg(argv, 'runs', 1);
const json = argv.includes('--json');
const started = performance.now();
const times = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);
/** Progress on stderr, so a long run shows it is alive and stdout stays clean for --json. */
const note = (what: string) =>
  process.stderr.write(`bench: ${what} (${Math.round((performance.now() - started) / 1000)} s)\n`);

note(`${runs} run${runs === 1 ? '' : 's'} of ${[...only].join(', ')}`);
const gc = exposeGc();
const engine = only.has('engine')
  ? times(runs, () =>
      runEngineBench({
        levelsDir: 'levels',
        games: numberArg(argv, 'games', 41),
        heapGames: numberArg(argv, 'heap-games', 1000),
        now: () => performance.now(),
        gc,
      }),
    )
  : undefined;
if (engine) note('engine done');
const cli = only.has('cli')
  ? times(runs, () =>
      runCliBench({ runs: numberArg(argv, 'cli-runs', 7), now: () => performance.now() }),
    )
  : undefined;
if (cli) note('cli done');
const debrief = only.has('debrief')
  ? await runDebriefBench({
      levelsDir: 'levels',
      runs: numberArg(argv, 'debrief-runs', 5),
      rounds: runs,
    })
  : undefined;
if (debrief) note('debrief done');
const browser = only.has('browser')
  ? await runBrowserBench({
      // Each draw of the title's figures is the median of this many loads of each page. One load
      // varies by ±20% here; with five, draws of the same build ranged 1.12–1.36× (45 pairs:
      // 1.22× over all), so a draw said more about the host's moment than about the title.
      loads: numberArg(argv, 'browser-loads', 15),
      heapGames: numberArg(argv, 'browser-games', 10),
      fpsSeconds: 5,
      runs,
    })
  : undefined;
if (browser) note('browser done');
let classRoom: Awaited<ReturnType<typeof runClassBench>>[] | undefined;
if (only.has('class')) {
  classRoom = [];
  for (let r = 0; r < runs; r++)
    classRoom.push(
      await runClassBench({
        teams: numberArg(argv, 'class-teams', 40),
        quarters: numberArg(argv, 'class-quarters', 8),
      }),
    );
  note('class done');
}

const draws: Draw[] = Array.from({ length: runs }, (_, r) => ({
  ...(engine && engineFigures(engine[r]!)),
  ...(cli && cliFigures(cli[r]!)),
  ...(debrief && debriefFigures(debrief[r]!)),
  ...(browser && browserFigures(browser[r]!)),
  ...(classRoom && classFigures(classRoom[r]!)),
}));
const figures = summariseAll(FIGURES, draws);
note('finished');
if (json)
  process.stdout.write(
    JSON.stringify({
      runs,
      seconds: Math.round((performance.now() - started) / 1000),
      figures,
      draws: { engine, cli, debrief, browser, class: classRoom },
    }) + '\n',
  );
else
  process.stdout.write(
    [
      // The last run's details (what was measured, on what), then every figure's spread.
      engine && engineReport(engine.at(-1)!),
      cli && cliReport(cli.at(-1)!),
      debrief && debriefReport(debrief.at(-1)!),
      browser && browserReport(browser.at(-1)!),
      classRoom && classReport(classRoom.at(-1)!),
      '',
      figuresTable(figures),
      machineSpeedNote(figures),
    ]
      .filter((t): t is string => typeof t === 'string')
      .join('\n') + '\n',
  );
