import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import type { Scenario } from '../../src/engine';
import { gameRecordOf } from '../../src/state/gameRecord';
import { createGameStore } from '../../src/state/gameStore';
import { createMemoryStorage } from '../../src/state/storage';

const tutorial = (() => {
  const r = readLevelFile('levels/tutorial.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
const levels = new Map<string, Scenario>([[tutorial.id, tutorial]]);
let next = 0;
const store = () =>
  createGameStore({
    storage: createMemoryStorage(),
    scenario: (id) => levels.get(id),
    newGameId: () => `g${next++}`,
  });

/** A record of two tutorial quarters, exported as the pause menu does. */
function exported() {
  const s = store();
  s.getState().start('tutorial', 'normal', 9);
  s.getState().beginPlanning();
  for (let q = 0; q < 2; q++) {
    expect(s.getState().commitQuarter()).toBe(true);
    s.getState().finishRun();
    s.getState().continueGame();
  }
  return JSON.parse(JSON.stringify(gameRecordOf(s.getState().session!))) as Record<
    string,
    unknown
  > & { decisions: unknown[]; results: { true: { nps: number } }[] };
}

describe('import a game record to continue', () => {
  it('replays it and continues at its next quarter, saved in a slot of its own', () => {
    const record = exported();
    const s = store();
    expect(s.getState().importRecord(record)).toEqual({ ok: true });
    const session = s.getState().session!;
    expect(session.phase).toBe('plan');
    expect(session.log).toHaveLength(2);
    expect(session.state.quarter).toBe(2);
    expect(s.getState().lastSave).toEqual({ ok: true });
    expect(s.getState().commitQuarter()).toBe(true);
  });

  it('refuses what is not a record, another level, too many quarters and changed results', () => {
    const s = store();
    const refusal = (data: unknown) => {
      const r = s.getState().importRecord(data);
      return r.ok ? null : r.refusal;
    };
    expect(refusal({ hello: 'world' })).toMatchObject({ key: 'saving.import.notRecord' });
    expect(refusal({ ...exported(), scenario: { id: 'moon', revision: 1 } })).toEqual({
      key: 'saving.import.unknownLevel',
      values: { level: 'moon' },
    });
    const long = exported();
    long.decisions = [...long.decisions, ...long.decisions];
    expect(refusal(long)).toEqual({
      key: 'saving.import.tooLong',
      values: { count: 4, quarters: 3 },
    });
    // A file from a newer revision (an update this copy has not taken) is no old game to read.
    const newer = exported() as typeof long & { scenario: { id: string; revision: number } };
    newer.scenario = { ...newer.scenario, revision: newer.scenario.revision + 1 };
    newer.decisions = [...newer.decisions, ...newer.decisions];
    expect(refusal(newer)).toEqual({
      key: 'saving.import.tooLong',
      values: { count: 4, quarters: 3 },
    });
    const changed = exported();
    changed.results[1]!.true.nps += 5;
    expect(refusal(changed)).toEqual({
      key: 'saving.import.mismatch',
      values: { path: '1.true.nps' },
    });
    expect(s.getState().session).toBeNull();
  });
});
