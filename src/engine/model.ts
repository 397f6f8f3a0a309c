import { DIMENSION_IMPORTANCE } from './constants';
import { DIMENSIONS } from './schema/common';
import { ENGINE_LIMITS, type Scenario, type Touchpoint } from './schema/scenario';

/**
 * A scenario indexed for the simulation: flat touchpoint order (the journey order), index maps and
 * per-segment channel preference tables. Built once per scenario object and cached.
 */
export interface Model {
  scenario: Scenario;
  T: number;
  C: number;
  S: number;
  G: number;
  touchpoints: Touchpoint[];
  tpIndex: Map<string, number>;
  stageOfTp: Int32Array;
  chIndex: Map<string, number>;
  segIndex: Map<string, number>;
  /** Normalised dimension weights per touchpoint: [t * 5 + k]. */
  tpWeights: Float64Array;
  /** Which channels may serve a touchpoint: [t * C + c]. */
  serves: Uint8Array;
  /** Cumulative channel preference per segment and stage: [(g * S + s) * C + c]. */
  prefCumulative: Float64Array;
  /** Expected share of a segment preferring a channel in a stage: [(g * S + s) * C + c]. */
  prefShare: Float64Array;
  /**
   * The preferred channel for each of the 256 values of a customer's drawn byte, per segment and
   * stage: [(g * S + s) * 256 + byte]. The byte decides the channel, so a lookup replaces the scan
   * over prefCumulative for every arriving customer.
   */
  prefPick: Uint8Array;
  human: Uint8Array;
  /** The ids of the touchpoints and channels, for checking decisions every quarter. */
  touchpointIds: ReadonlySet<string>;
  channelIds: ReadonlySet<string>;
}

const cache = new WeakMap<Scenario, Model>();

export function modelOf(scenario: Scenario): Model {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const touchpoints = scenario.stages.flatMap((s) => s.touchpoints);
  const T = touchpoints.length;
  const C = scenario.channels.length;
  const S = scenario.stages.length;
  const G = scenario.segments.length;
  // The schema keeps levels within these; a scenario built in code must be checked too, as a bigger
  // model would not fail but silently mix touchpoints or channels up.
  if (T > ENGINE_LIMITS.touchpoints || C > ENGINE_LIMITS.channels || S > ENGINE_LIMITS.stages)
    throw new Error(
      `the engine simulates at most ${ENGINE_LIMITS.touchpoints} touchpoints, ${ENGINE_LIMITS.channels} channels and ${ENGINE_LIMITS.stages} stages; this scenario has ${T}, ${C} and ${S}`,
    );
  const chIndex = new Map(scenario.channels.map((c, i) => [c.id, i]));
  const tpIndex = new Map(touchpoints.map((t, i) => [t.id, i]));
  const segIndex = new Map(scenario.segments.map((g, i) => [g.id, i]));
  const stageOfTp = new Int32Array(T);
  let t = 0;
  scenario.stages.forEach((stage, s) => {
    for (let i = 0; i < stage.touchpoints.length; i++) stageOfTp[t++] = s;
  });
  const tpWeights = new Float64Array(T * 5);
  const serves = new Uint8Array(T * C);
  touchpoints.forEach((tp, i) => {
    // What the touchpoint is about × how much each dimension matters overall (link 2).
    let sum = 0;
    for (const d of DIMENSIONS) sum += Math.max(0, tp.dims[d]) * DIMENSION_IMPORTANCE[d];
    DIMENSIONS.forEach((d, k) => {
      tpWeights[i * 5 + k] =
        sum > 0
          ? (Math.max(0, tp.dims[d]) * DIMENSION_IMPORTANCE[d]) / sum
          : DIMENSION_IMPORTANCE[d];
    });
    for (const id of tp.channels) {
      const c = chIndex.get(id);
      if (c !== undefined) serves[i * C + c] = 1;
    }
  });
  const prefCumulative = new Float64Array(G * S * C);
  const prefShare = new Float64Array(G * S * C);
  scenario.segments.forEach((seg, g) => {
    scenario.stages.forEach((stage, s) => {
      const table = seg.channelPreference[stage.id] ?? {};
      const w = new Float64Array(C);
      let total = 0;
      for (let c = 0; c < C; c++) {
        const id = scenario.channels[c]!.id;
        w[c] = table[id] ?? 0;
        total += w[c]!;
      }
      if (total <= 0) {
        // No stated preference: any channel that serves one of the stage's touchpoints.
        for (const tp of stage.touchpoints)
          for (const id of tp.channels) w[chIndex.get(id) ?? 0] = 1;
        total = w.reduce((a, b) => a + b, 0);
      }
      let acc = 0;
      for (let c = 0; c < C; c++) {
        const share = w[c]! / total;
        acc += share;
        prefShare[(g * S + s) * C + c] = share;
        prefCumulative[(g * S + s) * C + c] = c === C - 1 ? 1 : acc;
      }
    });
  });
  const prefPick = new Uint8Array(G * S * 256);
  for (let gs = 0; gs < G * S; gs++)
    for (let b = 0; b < 256; b++) {
      // As makePrefs did: the channels whose cumulative share is at or below the byte / 256.
      const x = b / 256;
      let c = 0;
      for (let k = 0; k < C - 1; k++) c += +(x >= prefCumulative[gs * C + k]!);
      prefPick[gs * 256 + b] = c;
    }
  const human = new Uint8Array(scenario.channels.map((c) => (c.kind === 'human' ? 1 : 0)));
  const model: Model = {
    scenario,
    T,
    C,
    S,
    G,
    touchpoints,
    tpIndex,
    stageOfTp,
    chIndex,
    segIndex,
    tpWeights,
    serves,
    prefCumulative,
    prefShare,
    prefPick,
    human,
    touchpointIds: new Set(touchpoints.map((t) => t.id)),
    channelIds: new Set(scenario.channels.map((c) => c.id)),
  };
  cache.set(scenario, model);
  return model;
}
