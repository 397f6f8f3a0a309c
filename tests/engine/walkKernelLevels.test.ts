import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { defaultDecisions, newGame, playQuarter, type GameState } from '../../src/engine';
import type * as KernelModule from '../../src/engine/kernel/walkKernel';
import { copyPool, copyTotals, differences } from './walkCompare';

// Every walk of whole games of every shipped level, as the engine makes it: the engine's walk is
// wrapped so each call also runs the TypeScript walk on copies of its inputs, with the quarter's
// own close-the-loop setting and with the other one.

const seen = vi.hoisted(() => ({ wasmCalls: 0, checks: 0, problems: [] as string[] }));

vi.mock('../../src/engine/kernel/walkKernel', async (importOriginal) => {
  const kernel = await importOriginal<typeof KernelModule>();
  const { walk: walkTs } = await import('../../src/engine/quarter/walk');
  const engineWalk: typeof kernel.walk = (model, tb, pool, p, out) => {
    for (const closeTheLoop of [!p.closeTheLoop, p.closeTheLoop]) {
      const params = { ...p, closeTheLoop };
      const poolTs = copyPool(pool);
      const totalsTs = copyTotals(out);
      walkTs(model, tb, poolTs, params, totalsTs);
      // The last round is the engine's own walk, so the game goes on from its results.
      const last = closeTheLoop === p.closeTheLoop;
      const poolWasm = last ? pool : copyPool(pool);
      const totalsWasm = last ? out : copyTotals(out);
      if (kernel.walkUsed(model) === 'wasm') seen.wasmCalls++;
      kernel.walk(model, tb, poolWasm, params, totalsWasm);
      seen.checks++;
      for (const d of differences(totalsTs, totalsWasm, poolTs, poolWasm))
        seen.problems.push(`quarter ${p.quarter}, closeTheLoop ${closeTheLoop}: ${d}`);
    }
  };
  return { ...kernel, walk: engineWalk };
});

const levels = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('the WebAssembly walk on the shipped levels', () => {
  it.each(levels)('%s: every quarter of a game, bit for bit', (file) => {
    const r = readLevelFile(join('levels', file));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const scenario = r.value;
    seen.wasmCalls = 0;
    seen.checks = 0;
    seen.problems.length = 0;
    let state: GameState = newGame(scenario, 7, 'normal');
    while (!state.finished)
      state = playQuarter(scenario, state, defaultDecisions(scenario, state)).state;
    expect(seen.checks).toBe(2 * scenario.quarters);
    expect(seen.wasmCalls).toBe(seen.checks);
    expect(seen.problems).toEqual([]);
  });
});
