import { readLevelFile } from '../../src/content/readLevelFile';
import {
  DRIVER_GROUPS,
  keepOnly,
  playCounterfactual,
  type DecisionLog,
  type DriverGroup,
  type QuarterOutcome,
  applyPatch,
  defaultDecisions,
  newGame,
  planToLog,
  playQuarter,
  replay,
  type DecisionsPatch,
  type GameRecord,
  type QuarterDecisions,
  type Scenario,
} from '../../src/engine';

/** A shipped level, read as the game reads it. */
export function level(name: string): Scenario {
  const r = readLevelFile(`levels/${name}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

export function airline(): Scenario {
  return level('airline');
}

/**
 * A driver group's effect on `f`, as the attribution finds it, played again from the building
 * blocks: the group switched on after the groups before it and after those after it (the two
 * orders), the mean of its two marginal effects.
 */
export function groupEffect(
  scenario: Scenario,
  seed: number,
  log: DecisionLog,
  group: DriverGroup,
  f: (os: QuarterOutcome[]) => number,
): number {
  const i = DRIVER_GROUPS.indexOf(group);
  const play = (set: DriverGroup[]) =>
    f(
      playCounterfactual(
        scenario,
        seed,
        'normal',
        keepOnly(scenario, log, new Set(set)),
        set.includes('events'),
      ),
    );
  const before = DRIVER_GROUPS.slice(0, i);
  const after = DRIVER_GROUPS.slice(i + 1);
  return (play([...before, group]) - play(before) + play([...after, group]) - play(after)) / 2;
}

/** A whole game where each quarter applies the patch (one-offs only where given). */
export function play(
  scenario: Scenario,
  seed: number,
  patches: DecisionsPatch[] = [{}],
  difficulty: 'easy' | 'normal' | 'hard' = 'normal',
): GameRecord {
  return replay(
    scenario,
    seed,
    difficulty,
    planToLog(scenario.company.start, { quarters: patches }, scenario.quarters),
  );
}

/** Plays only the first `quarters` quarters with the given decisions function. */
export function playFor(
  scenario: Scenario,
  seed: number,
  quarters: number,
  decide: (q: number, base: QuarterDecisions) => QuarterDecisions,
) {
  let state = newGame(scenario, seed, 'normal');
  const outcomes = [];
  for (let q = 0; q < quarters && !state.finished; q++) {
    const step = playQuarter(scenario, state, decide(q, defaultDecisions(scenario, state)));
    state = step.state;
    outcomes.push(step.outcome);
  }
  return { state, outcomes };
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const avg = (r: GameRecord, f: (o: GameRecord['results'][number]) => number, from = 0) =>
  mean(r.results.slice(from).map(f));

export { applyPatch };

/** A strong, sensible CX strategy for the airline: a premium promise kept, measured, owned; its core
 * channels (website, app, call centre) connected, as connecting is a project sized to the company. */
export const strongPlan: DecisionsPatch[] = [
  {
    strategy: {
      brandPromise: 'premiumComfort',
      customerPromises: ['oneContactSolves', 'weTellYouFirst', 'bagOnTheBelt'],
      pricePosition: 'premium',
    },
    understanding: { research: 'none', closeTheLoop: true, leadersDays: 1 },
    metrics: {
      surveys: {
        loyalty: { metric: 'nps', sampleSize: 500 },
        disruption: { metric: 'ces', sampleSize: 200 },
        manageBooking: { metric: 'ces', sampleSize: 200 },
        baggageClaim: { metric: 'csat', sampleSize: 200 },
        checkin: { metric: 'csat', sampleSize: 200 },
        complaint: { metric: 'csat', sampleSize: 100 },
      },
    },
    journey: {
      touchpoints: {
        disruption: { investment: 300, redesign: true },
        baggageClaim: { investment: 300 },
      },
      peak: 'inflightService',
      end: 'baggageClaim',
      initiatives: ['recoveryToolkit'],
    },
    channels: {
      social: { open: false },
      website: { connected: true },
      app: { connected: true, funding: 400 },
      callCentre: { connected: true, capacity: 22, funding: 1200 },
      chat: { capacity: 7, funding: 300 },
      airportDesk: { capacity: 23, funding: 1000 },
      kiosk: { capacity: 5 },
      cabinCrew: { funding: 1600 },
    },
    governance: { owner: 'ceo', council: true },
    culture: {
      hiringForAttitude: true,
      training: 500,
      empowerment: 'high',
      wellbeing: 300,
      staffing: 1.05,
    },
  },
  {
    journey: { initiatives: ['bagTracking'], touchpoints: { manageBooking: { redesign: true } } },
    understanding: { research: 'light' },
  },
  {},
];
