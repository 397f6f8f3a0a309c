import type { Scenario } from '../../engine';
import { streamKey, uniform } from '../../engine/rng';
import { LEVERS, favouritePromise, type Lever, type StrategySpec } from './levers';

/** A purpose of its own, so balance plans never share draws with the simulation's streams. */
const PLAN_STREAM = 0x4a7c15e9;

/** Doing nothing, a full plan behind each brand promise, and one plan per single lever. */
export function scriptedStrategies(s: Scenario): StrategySpec[] {
  const favourite = favouritePromise(s);
  return [
    {
      id: 'do-nothing',
      kind: 'idle',
      levers: [],
      promise: s.company.start.strategy.brandPromise,
      intensity: 0,
    },
    ...s.promises.brand.map((p): StrategySpec => ({
      id: `all-levers:${p.id}`,
      kind: 'scripted',
      levers: [...LEVERS],
      promise: p.id,
      intensity: 1,
    })),
    ...LEVERS.map((lever): StrategySpec => ({
      id: `only-${lever}`,
      kind: 'single',
      levers: [lever],
      promise: lever === 'promise' ? favourite : s.company.start.strategy.brandPromise,
      intensity: 1,
    })),
  ];
}

/** `n` random plans from the engine's seeded generator: any mix of levers, any promise. */
export function randomStrategies(s: Scenario, n: number, seed: number): StrategySpec[] {
  const key = streamKey(seed >>> 0, 0, PLAN_STREAM);
  const specs: StrategySpec[] = [];
  for (let i = 0; i < n; i++) {
    const u = (j: number) => uniform(key, i * 16 + j);
    let levers: Lever[] = LEVERS.filter((_, j) => u(j) < 0.55);
    if (levers.length === 0) levers = [LEVERS[Math.floor(u(8) * LEVERS.length)]!];
    const brand = s.promises.brand;
    const promise = levers.includes('promise')
      ? brand[Math.floor(u(9) * brand.length)]!.id
      : s.company.start.strategy.brandPromise;
    const intensity = Math.round((0.5 + 0.5 * u(10)) * 100) / 100;
    specs.push({ id: `random-${i + 1}`, kind: 'random', levers, promise, intensity });
  }
  return specs;
}
