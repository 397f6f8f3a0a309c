import { describe, expect, it } from 'vitest';
import { FIGURES, machineSpeedNote } from '../../src/cli/bench/figures';
import {
  figuresTable,
  fmt,
  median,
  pairedRatio,
  slope,
  summarise,
  summariseAll,
} from '../../src/cli/bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('pairs each time with the one taken next to it: the ratio of the pairs, not of two medians', () => {
    // The title costs 1.2× the bare scene; the host ran at half speed for the third pair.
    const titles = [120, 120, 240, 120, 120];
    const bares = [100, 100, 200, 100, 100];
    expect(pairedRatio(titles, bares)).toBe(1.2);
    // The second pair straddles a change of speed, and each list's median comes from another
    // moment: 120 (fast) against 200 (slow).
    const shifted = [120, 120, 240, 240, 120];
    const shiftedBares = [100, 200, 200, 200, 100];
    expect(median(shifted) / median(shiftedBares)).toBe(0.6);
    expect(pairedRatio(shifted, shiftedBares)).toBe(1.2);
    expect(() => pairedRatio([1, 2], [1])).toThrow('2 times against 1');
  });

  it('reads a trend per step as the least-squares slope, flat for level noise', () => {
    expect(slope([27.2, 28.2, 29.2, 30.2])).toBeCloseTo(1, 10);
    expect(slope([28, 27, 28, 27])).toBeCloseTo(-0.2, 10);
    expect(slope([5])).toBeNaN();
  });

  it('an at-most budget is met by the median, and the worst (max) may miss it by 5%', () => {
    const spec = {
      name: 'engine.kernelRatio',
      unit: '×',
      budget: { limit: 2.5, direction: 'atMost' as const },
    };
    const s = summarise([2.4, 2.3, 2.6, 2.45, 2.2], spec);
    expect(s).toMatchObject({ min: 2.2, median: 2.4, max: 2.6, budget: 2.5, runs: 5 });
    expect(s.medianMeets).toBe(true);
    expect(s.worstWithin5).toBe(true); // 2.6 ≤ 2.625
    const worse = summarise([2.4, 2.3, 2.65, 2.45, 2.2], spec);
    expect(worse.medianMeets).toBe(true);
    expect(worse.worstWithin5).toBe(false); // 2.65 > 2.625
    expect(summarise([2.6, 2.55, 2.4], spec).medianMeets).toBe(false);
  });

  it('an at-least budget judges its worst run by the minimum', () => {
    const spec = {
      name: 'browser.runFps',
      unit: 'fps',
      budget: { limit: 55, direction: 'atLeast' as const },
    };
    const ok = summarise([57, 56, 52.5], spec);
    expect(ok.median).toBe(56);
    expect(ok.medianMeets).toBe(true);
    expect(ok.worstWithin5).toBe(true); // 52.5 ≥ 52.25
    expect(summarise([57, 56, 52], spec).worstWithin5).toBe(false);
    expect(summarise([54, 56, 53], spec).medianMeets).toBe(false);
  });

  it('a strictly-below budget is missed by a median equal to it', () => {
    const spec = {
      name: 'browser.heapGrowthMB',
      unit: 'MB',
      budget: { limit: 5, direction: 'below' as const },
    };
    expect(summarise([5, 5, 5], spec).medianMeets).toBe(false);
    expect(summarise([4.9, 1, 2], spec).medianMeets).toBe(true);
  });

  it('a figure without a budget has no verdict, and non-finite draws are left out', () => {
    const s = summarise([3, NaN, 1, Infinity], { name: 'engine.firstGameMs', unit: 'ms' });
    expect(s).toMatchObject({ min: 1, median: 2, max: 3, budget: null, runs: 2 });
    expect(s.medianMeets).toBeNull();
    expect(s.worstWithin5).toBeNull();
    expect(() => summarise([NaN], { name: 'x', unit: '' })).toThrow(/x: no finite value/);
  });

  it('summarises only the figures the runs measured', () => {
    const all = summariseAll(FIGURES, [
      { 'debrief.ms': 900, 'cli.simMs': undefined },
      { 'debrief.ms': 700 },
      { 'debrief.ms': 1100 },
    ]);
    expect(Object.keys(all)).toEqual(['debrief.ms']);
    expect(all['debrief.ms']).toMatchObject({ min: 700, median: 900, max: 1100, budget: 1000 });
    expect(all['debrief.ms']!.worstWithin5).toBe(false);
  });

  it('every budget the speed issue names is among the figures', () => {
    const budgets = Object.fromEntries(
      FIGURES.filter((f) => f.budget).map((f) => [f.name, f.budget!.limit]),
    );
    expect(budgets).toMatchObject({
      'engine.kernelRatio': 2.5,
      'engine.msPerGame': 15,
      'engine.customers': 5000,
      'browser.titleMs': 1000,
      'browser.titleRatio': 1.25,
      'browser.runFps': 55,
      'debrief.ms': 1000,
      'browser.jsGzipKB': 450,
      'browser.heapGrowthMB': 5,
      'cli.simMs': 500,
      'class.maxResultsMs': 1000,
      'class.heapMBPerQuarter': 0.5,
    });
  });

  it('prints one row per figure with its spread, budget and both verdicts', () => {
    const table = figuresTable(
      summariseAll(FIGURES, [
        { 'engine.kernelRatio': 2.3, 'engine.firstGameMs': 612.4 },
        { 'engine.kernelRatio': 2.7, 'engine.firstGameMs': 650 },
        { 'engine.kernelRatio': 2.4, 'engine.firstGameMs': 640 },
      ]),
    );
    const lines = table.split('\n');
    expect(lines[0]).toBe('Figures over 3 runs (min, median, max)');
    const ratio = lines.find((l) => l.startsWith('engine.kernelRatio'))!;
    expect(ratio.split(/\s+/)).toEqual([
      'engine.kernelRatio',
      '2.30',
      '2.40',
      '2.70',
      '×',
      '≤',
      '2.50',
      'ok',
      'MISSED',
    ]);
    const first = lines.find((l) => l.startsWith('engine.firstGameMs'))!;
    expect(first.split(/\s+/)).toEqual(['engine.firstGameMs', '612', '640', '650', 'ms', '—']);
    expect(figuresTable({})).toBe('');
  });

  it('rounds to about three significant figures', () => {
    expect(fmt(1234.5)).toBe('1235');
    expect(fmt(12.345)).toBe('12.3');
    expect(fmt(1.2345)).toBe('1.23');
    expect(fmt(-0.456)).toBe('-0.46');
  });

  it("notes the machine's own speed from the references, and says when it changed by half", () => {
    const steady = machineSpeedNote(
      summariseAll(FIGURES, [
        { 'engine.bareMsPerGame': 4.7, 'browser.bareMs': 92, 'engine.msPerGame': 8.2 },
        { 'engine.bareMsPerGame': 5.4, 'browser.bareMs': 101, 'engine.msPerGame': 8.9 },
      ]),
    )!;
    expect(steady).toContain('the bare loop 4.70–5.40 ms a game (1.15×)');
    expect(steady).toContain('the bare Phaser scene 92.0–101 ms (1.10×)');
    expect(steady).toContain('under 1.5× its fastest');
    expect(steady).not.toContain('changed');

    const changed = machineSpeedNote(
      summariseAll(FIGURES, [{ 'engine.bareMsPerGame': 5.68 }, { 'engine.bareMsPerGame': 11.7 }]),
    )!;
    expect(changed).toContain('the bare loop 5.68–11.7 ms a game (2.06×)');
    expect(changed).not.toContain('Phaser');
    expect(changed).toContain("the machine's speed changed");

    // Without a reference (only the class section run, say) there is nothing to note.
    expect(machineSpeedNote(summariseAll(FIGURES, [{ 'class.maxResultsMs': 250 }]))).toBeNull();
  });
});
