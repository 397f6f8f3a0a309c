/**
 * Runs in headless Chromium for the debrief benchmark: the full debrief (attribution and lessons)
 * of one game, timed with the page's own clock. Bundled on the fly by debriefBench.ts.
 */
import { debriefOf, planToLog, type Plan, type Scenario } from '../../engine';
import { walkUsed } from '../../engine/kernel/walkKernel';
import { modelOf } from '../../engine/model';

export interface DebriefBenchPageResult {
  runs: number[];
  replays: number;
  lessons: number;
  /** The walk the page's engine used (WebAssembly, or the TypeScript fallback). */
  walk: 'wasm' | 'ts';
}

export function runDebriefBench(
  scenario: Scenario,
  plan: Plan,
  seed: number,
  runs: number,
): DebriefBenchPageResult {
  const log = planToLog(scenario.company.start, plan, scenario.quarters);
  const times: number[] = [];
  let replays = 0;
  let lessons = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const d = debriefOf(scenario, seed, 'normal', log);
    times.push(performance.now() - t0);
    replays = d.attribution.replays;
    lessons = d.lessons.length;
  }
  return { runs: times, replays, lessons, walk: walkUsed(modelOf(scenario)) };
}

(globalThis as { runDebriefBench?: typeof runDebriefBench }).runDebriefBench = runDebriefBench;
