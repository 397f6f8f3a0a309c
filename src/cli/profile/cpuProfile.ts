/**
 * Reads a V8 CPU profile (what `node --cpu-prof`, `node:inspector` and Chromium's DevTools
 * protocol `Profiler.stop` return) into the functions that took the most self time, so a profile
 * can be read in a terminal and quoted in the docs.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface CostLine {
  /** `function (file:line)`, or V8's own names: (garbage collector), (program), (idle). */
  name: string;
  selfMs: number;
  /** Share of the profile's samples outside (idle). */
  share: number;
}

function label(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const fn = frame.functionName || '(anonymous)';
  if (fn.startsWith('wasm-function')) return `${fn} (WebAssembly)`;
  if (!frame.url) return fn;
  // Shortest useful file name: the path from src/ or node_modules/ on, without a query.
  const url = frame.url.split('?')[0]!;
  const at = Math.max(url.lastIndexOf('/src/'), url.lastIndexOf('/node_modules/'));
  const file = at >= 0 ? url.slice(at + 1) : url.slice(url.lastIndexOf('/') + 1);
  // Code compiled on the fly (tsx) reports line 0 for every function: the name says enough.
  return frame.lineNumber > 0 ? `${fn} (${file}:${frame.lineNumber + 1})` : `${fn} (${file})`;
}

/** Self time per function, largest first; (idle) is left out of the shares. */
export function selfTimes(profile: CpuProfile): CostLine[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    // A sample's time is the gap to the next one (the last sample gets the previous gap).
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const name = label(node.callFrame);
    ms.set(name, (ms.get(name) ?? 0) + dt);
  }
  const busy = [...ms].filter(([n]) => n !== '(idle)').reduce((a, [, v]) => a + v, 0);
  return [...ms]
    .map(([name, selfMs]) => ({ name, selfMs, share: name === '(idle)' ? 0 : selfMs / busy }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/** Self time per source file (by the part of the name in brackets), largest first. */
export function fileTimes(lines: CostLine[]): CostLine[] {
  const ms = new Map<string, CostLine>();
  for (const l of lines) {
    const m = /\(([^()]+?)(?::\d+)?\)$/.exec(l.name);
    const file = m ? m[1]! : l.name;
    const cur = ms.get(file) ?? { name: file, selfMs: 0, share: 0 };
    cur.selfMs += l.selfMs;
    cur.share += l.share;
    ms.set(file, cur);
  }
  return [...ms.values()].sort((a, b) => b.selfMs - a.selfMs);
}

export function costTable(title: string, lines: CostLine[], top: number): string {
  const total = lines.filter((l) => l.name !== '(idle)').reduce((a, l) => a + l.selfMs, 0);
  return [
    `${title} (${total.toFixed(0)} ms sampled outside idle)`,
    ...lines
      .filter((l) => l.name !== '(idle)')
      .slice(0, top)
      .map(
        (l) =>
          `  ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.selfMs.toFixed(1).padStart(8)} ms  ${l.name}`,
      ),
  ].join('\n');
}

/** The value after `--name` on the command line, or undefined. */
export function cliArg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * Runs `work` under V8's sampling profiler (every `intervalUs` µs), writes the profile to `out`
 * for Chrome DevTools, and returns it with the wall time `work` took.
 */
export async function profileRun(
  work: () => void,
  intervalUs: number,
  out: string,
): Promise<{ profile: CpuProfile; ms: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  const t0 = performance.now();
  work();
  const ms = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  writeFileSync(out, JSON.stringify(profile));
  return { profile, ms };
}
