import { describe, expect, it } from 'vitest';
import { ENGINE_LIMITS, LEVEL_LIMITS, ScenarioSchema, type Scenario } from '../../src/engine';
import { modelOf } from '../../src/engine/model';
import { airline } from './helpers';

/** The airline with `extra` copies of its last touchpoint (new ids) added to its last stage. */
function withTouchpoints(extra: number): Scenario {
  const s = structuredClone(airline());
  const last = s.stages[s.stages.length - 1]!;
  const tp = last.touchpoints[0]!;
  for (let i = 0; i < extra; i++) last.touchpoints.push({ ...tp, id: `extra${i}` });
  return s;
}
const touchpoints = (s: Scenario) => s.stages.reduce((a, st) => a + st.touchpoints.length, 0);

describe('model size limits (the engine packs touchpoints, channels and stages into bits)', () => {
  it('a level stays within the engine’s limits', () => {
    for (const k of ['touchpoints', 'channels', 'stages'] as const)
      expect(LEVEL_LIMITS[k]).toBeLessThanOrEqual(ENGINE_LIMITS[k]);
  });

  it('the schema refuses more touchpoints, stages or channels than a level may hold, saying why', () => {
    const base = airline();
    const many = withTouchpoints(LEVEL_LIMITS.touchpoints - touchpoints(base) + 1);
    const r = ScenarioSchema.safeParse(many);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'stages',
        `${LEVEL_LIMITS.touchpoints + 1} touchpoints in all; at most ${LEVEL_LIMITS.touchpoints} (the engine tracks the touchpoints a customer reaches as bits of one 32-bit integer)`,
      ],
    ]);
    const fits = withTouchpoints(LEVEL_LIMITS.touchpoints - touchpoints(base));
    expect(ScenarioSchema.safeParse(fits).success).toBe(true);

    const stages = structuredClone(base);
    while (stages.stages.length <= LEVEL_LIMITS.stages)
      stages.stages.push({ ...stages.stages[0]!, id: `stage${stages.stages.length}` });
    expect(ScenarioSchema.safeParse(stages).error?.issues[0]?.message).toMatch(
      /^at most 7 stages \(the engine packs a customer's preferred channel per stage into 4 bits/,
    );
    const channels = structuredClone(base);
    while (channels.channels.length <= LEVEL_LIMITS.channels)
      channels.channels.push({ ...channels.channels[0]!, id: `ch${channels.channels.length}` });
    expect(ScenarioSchema.safeParse(channels).error?.issues[0]?.message).toMatch(
      /^at most 12 channels \(the engine's own limit is 16/,
    );
  });

  it('the engine refuses a bigger model built in code rather than mixing touchpoints up', () => {
    const at = withTouchpoints(ENGINE_LIMITS.touchpoints - touchpoints(airline()));
    expect(modelOf(at).T).toBe(ENGINE_LIMITS.touchpoints);
    const over = withTouchpoints(ENGINE_LIMITS.touchpoints - touchpoints(airline()) + 1);
    expect(() => modelOf(over)).toThrow(
      'the engine simulates at most 32 touchpoints, 16 channels and 7 stages; this scenario has 33, 9 and 6',
    );
  });
});
