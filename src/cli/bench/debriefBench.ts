/**
 * The debrief's speed where it runs for players: the full debrief (attribution by counterfactual
 * replays, and lessons) of an 8-quarter game of the largest scenario, in headless Chromium.
 * Budget: ≤ 1 s (`debrief.ms`, the median of the timed runs after one warm-up).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../../engine';
import { findChromium } from '../chromium';
import { largestScenario } from './engineBench';
import type { DebriefBenchPageResult } from './debriefBenchPage';

export interface DebriefBenchResult {
  scenario: string;
  quarters: number;
  /** Median ms of one full debrief in Chromium. */
  ms: number;
  firstMs: number;
  runs: number;
  /** Quarters replayed per debrief (the game itself plus the counterfactuals). */
  replays: number;
  msPerReplay: number;
  budgetMs: number;
  walk: 'wasm' | 'ts';
}

export const DEBRIEF_BUDGET_MS = 1000;

/**
 * The worst case: every pillar changes in every quarter, so no counterfactual can be shared and
 * each quarter needs all 2 × groups − 1 replays.
 */
export const BENCH_PLAN: Plan = {
  quarters: Array.from({ length: 8 }, (_, q) => ({
    strategy: { pricePosition: q % 2 ? 'low' : 'mid' },
    understanding: { leadersDays: 1 + (q % 2), closeTheLoop: q % 2 === 0 },
    metrics: { surveys: { checkin: { metric: 'csat', sampleSize: 100 + 10 * q } } },
    journey: { touchpoints: { baggageClaim: { investment: 100 + 20 * q } } },
    governance: { owner: 'ceo', council: q % 2 === 0 },
    culture: { training: 100 + 20 * q, empowerment: q % 2 ? 'high' : 'medium' },
  })),
};

async function bundlePage(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'nba-debrief-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        lib: {
          entry: new URL('./debriefBenchPage.ts', import.meta.url).pathname,
          formats: ['iife'],
          name: 'DebriefBench',
          fileName: () => 'page.js',
        },
      },
    });
    return readFileSync(join(outDir, 'page.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function runDebriefBench(options: {
  levelsDir: string;
  /** Debriefs timed per draw (after one untimed); the draw's figure is their median. */
  runs: number;
  /** Draws, in the same page. */
  rounds: number;
}): Promise<DebriefBenchResult[]> {
  const scenario = largestScenario(options.levelsDir);
  const script = await bundlePage();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>debrief bench</title>');
    await page.addScriptTag({ content: script });
    const results: DebriefBenchResult[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const result = await page.evaluate(
        ([s, plan, runs]) =>
          (
            globalThis as unknown as {
              runDebriefBench: (
                a: unknown,
                b: unknown,
                c: number,
                d: number,
              ) => DebriefBenchPageResult;
            }
          ).runDebriefBench(s, plan, 7, runs),
        [scenario, BENCH_PLAN, options.runs + 1] as const,
      );
      const timed = result.runs.slice(1).sort((a, b) => a - b);
      const ms = timed[Math.floor(timed.length / 2)]!;
      results.push({
        scenario: scenario.id,
        quarters: scenario.quarters,
        ms: Math.round(ms),
        firstMs: Math.round(result.runs[0]!),
        runs: timed.length,
        replays: result.replays,
        msPerReplay: Math.round((ms / result.replays) * 100) / 100,
        budgetMs: DEBRIEF_BUDGET_MS,
        walk: result.walk,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

export function debriefReport(r: DebriefBenchResult): string {
  return [
    `debrief (${r.scenario}, ${r.quarters} quarters, headless Chromium, ${r.walk === 'wasm' ? 'WebAssembly' : 'TypeScript'} walk, median of ${r.runs})`,
    `  full debrief ${r.ms} ms (first ${r.firstMs} ms), ${r.replays} quarter replays, ${r.msPerReplay} ms each — budget ≤ ${r.budgetMs} ms ${r.ms <= r.budgetMs ? 'ok' : 'OVER'}`,
  ].join('\n');
}
