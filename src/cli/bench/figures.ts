/**
 * Every figure `npm run bench` reports, with its budget where the issues set one, and how each is
 * read from a section's result. One run of a section gives one value per figure; `--runs N` gives N.
 */
import type { BrowserBenchResult } from './browserBench';
import type { ClassBenchResult } from './classBench';
import type { CliBenchResult } from './cliBench';
import type { DebriefBenchResult } from './debriefBench';
import type { EngineBenchResult } from './engineBench';
import { fmt, type FigureSpec, type FigureSummary } from './stats';

/**
 * The class server's memory is flat when, once the room is warm (after quarter 2), its heap grows
 * by no more than this per quarter for 40 teams: only what it must keep of a quarter, each team's
 * decisions and the dashboard's figures (about 4 kB of JSON a team), never the full outcomes
 * (about 27 kB a team a quarter, which made it grow by 1.6 MB a quarter).
 */
export const FLAT_MB_PER_QUARTER = 0.5;

export const FIGURES: readonly FigureSpec[] = [
  { name: 'engine.msPerGame', unit: 'ms', budget: { limit: 15, direction: 'atMost' } },
  { name: 'engine.kernelRatio', unit: '×', budget: { limit: 2.5, direction: 'atMost' } },
  // The budget holds at 5,000 customers or more: a smaller scenario would make it easy.
  { name: 'engine.customers', unit: '', budget: { limit: 5000, direction: 'atLeast' } },
  { name: 'engine.bareMsPerGame', unit: 'ms' },
  { name: 'engine.keptRatio', unit: '×' },
  { name: 'engine.quarterReplayMs', unit: 'ms' },
  { name: 'engine.firstGameMs', unit: 'ms' },
  { name: 'engine.heapGrowthMB', unit: 'MB' },
  { name: 'cli.simMs', unit: 'ms', budget: { limit: 500, direction: 'atMost' } },
  { name: 'debrief.ms', unit: 'ms', budget: { limit: 1000, direction: 'atMost' } },
  { name: 'debrief.firstMs', unit: 'ms' },
  { name: 'debrief.msPerReplay', unit: 'ms' },
  { name: 'browser.titleMs', unit: 'ms', budget: { limit: 1000, direction: 'atMost' } },
  { name: 'browser.bareMs', unit: 'ms' },
  { name: 'browser.titleRatio', unit: '×', budget: { limit: 1.25, direction: 'atMost' } },
  { name: 'browser.runFps', unit: 'fps', budget: { limit: 55, direction: 'atLeast' } },
  { name: 'browser.runFpsChosen', unit: 'fps', budget: { limit: 55, direction: 'atLeast' } },
  { name: 'browser.titleFps', unit: 'fps' },
  { name: 'browser.jsGzipKB', unit: 'kB', budget: { limit: 450, direction: 'atMost' } },
  { name: 'browser.gamePageJsGzipKB', unit: 'kB' },
  { name: 'browser.dataGzipKB', unit: 'kB' },
  { name: 'browser.heapGrowthMB', unit: 'MB', budget: { limit: 5, direction: 'below' } },
  { name: 'class.maxResultsMs', unit: 'ms', budget: { limit: 1000, direction: 'atMost' } },
  { name: 'class.heapGrowthMB', unit: 'MB' },
  {
    name: 'class.heapMBPerQuarter',
    unit: 'MB',
    budget: { limit: FLAT_MB_PER_QUARTER, direction: 'atMost' },
  },
];

export type Draw = Record<string, number | undefined>;

export function engineFigures(r: EngineBenchResult): Draw {
  return {
    'engine.msPerGame': r.msPerGame,
    'engine.kernelRatio': r.kernelRatio,
    'engine.keptRatio': r.keptRatio,
    'engine.customers': r.customers,
    'engine.bareMsPerGame': r.bareMsPerGame,
    'engine.quarterReplayMs': r.quarterReplayMs,
    'engine.firstGameMs': r.firstGameMs,
    'engine.heapGrowthMB': r.heap.growthMB,
  };
}

export function cliFigures(r: CliBenchResult): Draw {
  return { 'cli.simMs': r.simMs };
}

export function debriefFigures(r: DebriefBenchResult): Draw {
  return {
    'debrief.ms': r.ms,
    'debrief.firstMs': r.firstMs,
    'debrief.msPerReplay': r.msPerReplay,
  };
}

export function browserFigures(r: BrowserBenchResult): Draw {
  return {
    'browser.titleMs': r.titleMs,
    'browser.bareMs': r.bareMs,
    'browser.titleRatio': r.titleRatio,
    'browser.runFps': r.runFps,
    'browser.runFpsChosen': r.runFpsChosen,
    'browser.titleFps': r.titleFps,
    'browser.jsGzipKB': r.jsGzipKB,
    'browser.gamePageJsGzipKB': r.gamePageJsGzipKB,
    'browser.dataGzipKB': r.dataGzipKB,
    'browser.heapGrowthMB': r.heapGrowthMB,
  };
}

export function classFigures(r: ClassBenchResult): Draw {
  return {
    'class.maxResultsMs': r.maxResultsMs,
    'class.heapGrowthMB':
      r.heapMB.length > 1
        ? Math.round((r.heapMB[r.heapMB.length - 1]! - r.heapMB[0]!) * 10) / 10
        : undefined,
    'class.heapMBPerQuarter': Number.isFinite(r.slopeMBPerQuarter)
      ? r.slopeMBPerQuarter
      : undefined,
  };
}

/** The references timed beside the figures: how fast the machine itself ran in each run. */
const REFERENCES = [
  { name: 'engine.bareMsPerGame', what: 'the bare loop', unit: 'ms a game' },
  { name: 'browser.bareMs', what: 'the bare Phaser scene', unit: 'ms' },
] as const;

/** A reference's slowest run over its fastest from which the note says the speed changed. */
export const SPEED_CHANGED = 1.5;

/**
 * A note under the figures on the machine's own speed over the runs: its references' spread. A
 * time or fps moves with the machine, a ratio to a reference timed beside it much less, so a
 * reader of a missed absolute figure sees whether the machine was the one that slowed.
 */
export function machineSpeedNote(figures: Record<string, FigureSummary>): string | null {
  const parts: string[] = [];
  let changed = false;
  for (const ref of REFERENCES) {
    const f = figures[ref.name];
    if (!f || !(f.min > 0)) continue;
    const spread = f.max / f.min;
    changed ||= spread >= SPEED_CHANGED;
    parts.push(`${ref.what} ${fmt(f.min)}–${fmt(f.max)} ${ref.unit} (${spread.toFixed(2)}×)`);
  }
  if (parts.length === 0) return null;
  return [
    `This machine's own speed over the runs (its references, fastest–slowest run):`,
    `  ${parts.join('; ')}.`,
    changed
      ? `  A reference's slowest run took ${SPEED_CHANGED}× its fastest or more: the machine's speed changed\n` +
        `  during the runs. Times and fps follow its speed; a ratio to a reference timed beside it, much less.`
      : `  Each reference's slowest run took under ${SPEED_CHANGED}× its fastest.`,
  ].join('\n');
}
