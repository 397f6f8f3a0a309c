/**
 * npm run profile:debrief [-- --runs N] [--out file.cpuprofile]: a CPU profile of the full debrief
 * (attribution, lessons, the pillars' returns) of the bench's 8-quarter game of the largest
 * scenario, in Node after two untimed debriefs. Prints the functions and files with the most self
 * time and writes the profile for Chrome DevTools.
 */
import { debriefOf, planToLog } from '../../engine';
import { BENCH_PLAN } from '../bench/debriefBench';
import { largestScenario } from '../bench/engineBench';
import { cliArg, costTable, fileTimes, profileRun, selfTimes } from './cpuProfile';

const runs = Number(cliArg('runs') ?? 5);
const out = cliArg('out') ?? 'debrief.cpuprofile';

const scenario = largestScenario('levels');
const log = planToLog(scenario.company.start, BENCH_PLAN, scenario.quarters);
let replays = 0;
for (let i = 0; i < 2; i++) replays = debriefOf(scenario, 7, 'normal', log).attribution.replays;

const { profile, ms } = await profileRun(
  () => {
    for (let i = 0; i < runs; i++) debriefOf(scenario, 7, 'normal', log);
  },
  100,
  out,
);

const lines = selfTimes(profile);
process.stdout.write(
  [
    `${scenario.id}: full debrief of 8 quarters (${replays} quarters played) ${runs} times, ${(ms / runs).toFixed(0)} ms each in Node (with the profiler on); profile in ${out}`,
    costTable('Self time by function', lines, 25),
    costTable('Self time by file', fileTimes(lines), 15),
  ].join('\n\n') + '\n',
);
