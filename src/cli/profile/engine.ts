/**
 * npm run profile:engine [-- --quarters N] [--out file.cpuprofile]: a CPU profile of the engine's
 * quarter on the largest scenario, taken after the JIT has settled (50 warm-up games, as the bench
 * plays), with V8's own profiler through node:inspector. Quarter 5 is replayed from a saved state N
 * times (the debrief's unit of work); prints the functions and files with the most self time and
 * writes the profile for Chrome DevTools (Performance panel → Load profile).
 */
import { defaultDecisions, newGame, playQuarter, type GameState } from '../../engine';
import { largestScenario } from '../bench/engineBench';
import { cliArg, costTable, fileTimes, profileRun, selfTimes } from './cpuProfile';

const quarters = Number(cliArg('quarters') ?? 400);
const out = cliArg('out') ?? 'engine-quarter.cpuprofile';

const scenario = largestScenario('levels');
const game = (seed: number) => {
  let s: GameState = newGame(scenario, seed, 'normal');
  while (!s.finished) s = playQuarter(scenario, s, defaultDecisions(scenario, s)).state;
};
for (let i = 0; i < 50; i++) game(1000 + i);

let state: GameState = newGame(scenario, 77, 'normal');
for (let q = 0; q < 4; q++)
  state = playQuarter(scenario, state, defaultDecisions(scenario, state)).state;
const decisions = defaultDecisions(scenario, state);

const { profile, ms } = await profileRun(
  () => {
    for (let i = 0; i < quarters; i++) playQuarter(scenario, state, decisions);
  },
  50,
  out,
);

const lines = selfTimes(profile);
process.stdout.write(
  [
    `${scenario.id}: quarter 5 replayed ${quarters} times, ${(ms / quarters).toFixed(2)} ms each (with the profiler on); profile in ${out}`,
    costTable('Self time by function', lines, 25),
    costTable('Self time by file', fileTimes(lines), 12),
  ].join('\n\n') + '\n',
);
