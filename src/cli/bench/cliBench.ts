import { spawnSync } from 'node:child_process';

/** How long a whole `sim` takes from the command line, as a trainer or a script runs it. */
export interface CliBenchResult {
  command: string;
  runs: number;
  /** Median wall-clock time of a whole `sim` process, start to exit. */
  simMs: number;
  minMs: number;
  maxMs: number;
  budgetMs: number;
}

export const SIM_BUDGET_MS = 500;

/**
 * Starts `node src/cli/launch.mjs sim` on the airline `runs` times (after one run that builds the
 * bundle if a source changed) and times each process from spawn to exit. `npm run` adds its own
 * start-up on top; this measures the tool.
 */
export function runCliBench(options: { runs: number; now: () => number }): CliBenchResult {
  const args = ['src/cli/launch.mjs', 'sim', '--level', 'levels/airline.json', '--json'];
  const once = (): number => {
    const start = options.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const ms = options.now() - start;
    if (result.status !== 0) throw new Error(`sim failed during the bench: ${result.stderr}`);
    return ms;
  };
  once();
  const times = Array.from({ length: options.runs }, once).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return {
    command: `node ${args.join(' ')}`,
    runs: options.runs,
    simMs: round(times[Math.floor(times.length / 2)] ?? 0),
    minMs: round(times[0] ?? 0),
    maxMs: round(times.at(-1) ?? 0),
    budgetMs: SIM_BUDGET_MS,
  };
}

export function cliReport(r: CliBenchResult): string {
  return [
    `cli: a whole sim of the airline (${r.command})`,
    `  ${r.simMs} ms (median of ${r.runs}; ${r.minMs}–${r.maxMs} ms; budget ≤ ${r.budgetMs} ms)`,
  ].join('\n');
}
