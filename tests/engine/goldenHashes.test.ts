import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import {
  canonicalJson,
  defaultDecisions,
  newGame,
  playQuarter,
  type QuarterDecisions,
  type Scenario,
} from '../../src/engine';
import { hashText } from '../../src/engine/hash';

// The same bits everywhere: per-quarter hashes of the whole state and outcome of a few fixed
// games. Any change to a rule, a constant, a level or a floating-point operation changes them; a
// change that should not move results (a refactor, a speed-up) must leave them alone. Regenerate
// with `npx vitest run --project unit tests/engine/goldenHashes.test.ts -u` and say why in the
// commit.
function level(name: string): Scenario {
  const r = readLevelFile(`levels/${name}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

function hashes(
  scenario: Scenario,
  seed: number,
  decide: (q: number, d: QuarterDecisions) => QuarterDecisions,
): string[] {
  let state = newGame(scenario, seed, 'normal');
  const out = [`start ${hashText(canonicalJson(state))}`];
  while (!state.finished) {
    const q = state.quarter;
    const step = playQuarter(scenario, state, decide(q, defaultDecisions(scenario, state)));
    state = step.state;
    out.push(
      `q${q + 1} ${hashText(canonicalJson(state))} ${hashText(canonicalJson(step.outcome))}`,
    );
  }
  return out;
}

/** A busy plan that touches every pillar, built from the level's own ids. */
function busy(scenario: Scenario) {
  return (q: number, d: QuarterDecisions): QuarterDecisions => {
    const promise = scenario.promises.brand[q % 2 === 0 ? 0 : scenario.promises.brand.length - 1]!;
    d.strategy.brandPromise = promise.id;
    d.strategy.pricePosition = promise.price;
    d.understanding.closeTheLoop = q % 3 !== 1;
    d.understanding.leadersDays = q % 3;
    d.governance = { owner: q < 2 ? 'team' : 'ceo', council: q >= 3, blueprint: false };
    d.culture.training = Math.round(scenario.company.budget * 0.01 * (q + 1));
    const first = scenario.channels[0]!.id;
    if (d.channels[first]) d.channels[first]!.connected = true;
    const tp = scenario.stages[0]!.touchpoints[0]!.id;
    if (d.journey.touchpoints[tp]) d.journey.touchpoints[tp]!.investment = 10 * (q + 1);
    return d;
  };
}

const idle = (_q: number, d: QuarterDecisions) => d;

describe('golden state hashes (bit-for-bit replay)', () => {
  it.each([
    ['airline', 1, 'idle'],
    ['airline', 7, 'busy'],
    ['hotel', 3, 'idle'],
    ['hotel', 11, 'busy'],
    ['tutorial', 5, 'busy'],
  ] as const)('%s, seed %i, %s plan', async (name, seed, plan) => {
    const scenario = level(name);
    const list = hashes(scenario, seed, plan === 'idle' ? idle : busy(scenario));
    await expect(list.join('\n') + '\n').toMatchFileSnapshot(
      `./__snapshots__/hashes-${name}-seed${seed}-${plan}.snap`,
    );
  });
});
