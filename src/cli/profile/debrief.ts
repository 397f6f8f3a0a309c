/**
 * npm run profile:debrief [-- --runs N] [--out file.cpuprofile]: a CPU profile of the full debrief
 * (attribution, lessons, the pillars' returns) of the bench's 8-quarter game of the largest
 * scenario, in Node after two untimed debriefs. Prints the functions and files with the most self
 * time and writes the profile for Chrome DevTools.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { debriefOf, planToLog } from '../../engine';
import { BENCH_PLAN } from '../bench/debriefBench';
import { largestScenario } from '../bench/engineBench';
import { costTable, fileTimes, selfTimes, type CpuProfile } from './cpuProfile';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 5);
const out = arg('out') ?? 'debrief.cpuprofile';

const scenario = largestScenario('levels');
const log = planToLog(scenario.company.start, BENCH_PLAN, scenario.quarters);
let replays = 0;
for (let i = 0; i < 2; i++) replays = debriefOf(scenario, 7, 'normal', log).attribution.replays;

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < runs; i++) debriefOf(scenario, 7, 'normal', log);
const ms = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
session.disconnect();
writeFileSync(out, JSON.stringify(profile));

const lines = selfTimes(profile);
process.stdout.write(
  [
    `${scenario.id}: full debrief of 8 quarters (${replays} quarters played) ${runs} times, ${(ms / runs).toFixed(0)} ms each in Node (with the profiler on); profile in ${out}`,
    costTable('Self time by function', lines, 25),
    costTable('Self time by file', fileTimes(lines), 15),
  ].join('\n\n') + '\n',
);
