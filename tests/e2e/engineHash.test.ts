import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, planToLog, replay, type GameRecord } from '../../src/engine';
import type { EngineHook } from '../../src/testing/engineHook';
import { airline, strongPlan } from '../engine/helpers';
import { launchGame, type GameBrowser } from './browser';

type WithEngine = Window & { __nba: { engine: EngineHook } };

/**
 * The contract says scenario + seed + decision log gives the same game bit for bit in Node and in
 * Chromium. One whole airline game with a scripted plan that touches every pillar (surveys of all
 * three metrics, promises, investments, channels, governance) is played in both and compared.
 */
describe('engine: Node and Chromium play the same game', () => {
  let browser: GameBrowser;
  beforeAll(async () => {
    browser = await launchGame();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the same record hash for the airline scenario with a scripted plan', async () => {
    const scenario = airline();
    const seed = 20261123;
    const log = planToLog(scenario.company.start, { quarters: strongPlan }, scenario.quarters);
    const node = replay(scenario, seed, 'normal', log);
    expect(node.results).toHaveLength(scenario.quarters);

    const chromium: GameRecord = await browser.page.evaluate(
      ({ scenario, seed, log }) =>
        (window as unknown as WithEngine).__nba.engine.replayGame(scenario, seed, 'normal', log),
      { scenario: JSON.parse(JSON.stringify(scenario)) as unknown, seed, log },
    );

    // On a mismatch, name the first number that differs rather than two hashes.
    expect(firstDifference(chromium.results, node.results)).toBeNull();
    expect(chromium.hash).toBe(node.hash);
    expect(browser.errors).toEqual([]);
  });
});
