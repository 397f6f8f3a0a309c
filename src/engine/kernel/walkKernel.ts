import * as Constants from '../constants';
import type { Model } from '../model';
import { evictLoan, packedAt, packedPoolBytes, poolViews, type PoolArrays } from '../poolArrays';
import { STREAM, streamKey } from '../rng';
import type { Tables } from '../quarter/tables';
import { walk as walkTs, type WalkParams, type WalkTotals } from '../quarter/walk';
import { bytesOfBase64 } from './base64';
import { WALK_WASM_BASE64 } from './walkBytes';

// The JavaScript side of the WebAssembly walk (walk.as.ts): copies the inputs into the module's
// memory, runs it, adds the results to the totals. Same signature and bit-identical results as
// walk() in ../quarter/walk.ts, in about half the time.

const K = { ...Constants };

interface Exports {
  memory: WebAssembly.Memory;
  walk(header: number): void;
  stay(header: number): void;
  heapBase(): number;
  dyn(): number;
  FIX: WebAssembly.Global;
  HDR: WebAssembly.Global;
}

// The kernel's fixed layout (bytes; walk.as.ts): small per-touchpoint tables from FIX, the header
// at HDR, the pool, base table and outputs from dyn() on. Checked against the module when loaded.
const MAX_T = 32;
const MAX_C = 16;
const MAX_G = 64;
const ROWS = 0;
const SHIFTS = ROWS + 32 * 128;
const TCOL = SHIFTS + 32 * 4;
const METRIC = TCOL + 32 * 4;
const ACC = METRIC + 32 * 4 + 32 * 4;
const CNT = ACC + 32 * 128;
const CONSTS = CNT + 32 * 16;
const NOISE_AT = CONSTS + 32 * 4 + 32 * 8;
const SIGN = NOISE_AT + 32 * 8 + 32;
const SAMPLE = SIGN + 16;
const REACH = SAMPLE + 32 * 4;
const EFFORT = REACH + 32 * 4;
const ROUTE = EFFORT + 32 * 16 * 8;
const SILOX = ROUTE + 32 * 16;
const WT = SILOX + 17 * 16 * 8;
const GBASE = WT + 5 * 32 * 8;
const DRAW_KEY = GBASE + 64 * 4 + 32 * 4;
const NOISE = DRAW_KEY + 32 * 4 + 32 * 8;
const EASE = NOISE + 256 * 8;
const HDR = EASE + 17 * 32 * 16 * 8;
/** Where the kernel's header and its EASE table lie, in bytes from its FIX (for stayKernel.ts). */
export const KERNEL_HDR = HDR;
export const KERNEL_EASE = EASE;
/** Header: i32 slots from HDR, f64 constants from HDR + 256, f64 results from HDR + 512. */
const H_POINTERS = 8;
const H_G = 22;
const H_SERVICE = 23;
const H_NPS = 24;
const H_TC = 25;
const H_DOT_TAGS = 26;
const H_CONSTANTS = 256;
const H_SPEND_BONUS = 480;
const H_RESULTS = 512;

export interface Kernel {
  ex: Exports;
  fix: number;
  dyn: number;
  buffer: ArrayBuffer;
  f64: Float64Array;
  i32: Int32Array;
  u32: Uint32Array;
  i8: Int8Array;
}

/** undefined: not tried yet; null: WebAssembly (with SIMD) is unavailable or the module failed. */
let kernel: Kernel | null | undefined;

/**
 * Where the kernel's kept dot products lie and the weights they were made with: a slot's row is
 * valid for as long as both stay the same (its traits the kernel checks itself).
 */
let dotsMade: { at: number; weights: Float64Array } | null = null;

/** Whether the kept dot products at `at` were made with these weights. */
function sameDots(at: number, W: ArrayLike<number>, T: number): boolean {
  const made = dotsMade;
  if (!made || made.at !== at || made.weights.length !== T * 5) return false;
  for (let i = 0; i < T * 5; i++) if (!Object.is(made.weights[i], W[i])) return false;
  return true;
}

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  try {
    if (typeof WebAssembly !== 'object') return null;
    // Synchronous: the module is under the 4 KB browsers allow on the main thread. A runtime
    // without SIMD refuses to compile it, and the TypeScript walk is used instead.
    const module = new WebAssembly.Module(bytesOfBase64(WALK_WASM_BASE64));
    const ex = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
    const fix = ex.FIX.value as number;
    if (ex.heapBase() > fix || ex.HDR.value !== fix + HDR) return null;
    const buffer = ex.memory.buffer;
    kernel = {
      ex,
      fix,
      dyn: ex.dyn(),
      buffer,
      f64: new Float64Array(buffer),
      i32: new Int32Array(buffer),
      u32: new Uint32Array(buffer),
      i8: new Int8Array(buffer),
    };
  } catch {
    kernel = null;
  }
  return kernel;
}

/**
 * What the kernel reads and never writes (walk.as.ts, CONSTS, DRAW_KEY and NOISE): its SIMD
 * constants, each touchpoint's term of the draw, Math.imul(t + 1, GOLD), and the noise table.
 */
function writeConstants({ i32, f64, fix }: Kernel): void {
  const c = (fix + CONSTS) / 4;
  for (let l = 0; l < 4; l++) {
    i32[c + l] = 255;
    i32[c + 4 + l] = 0x85ebca6b | 0;
    i32[c + 8 + l] = 0xc2b2ae35 | 0;
  }
  i32.fill(255 << 3, c + 12, c + 16);
  f64.fill(-1, (fix + CONSTS) / 8 + 8, (fix + CONSTS) / 8 + 10);
  for (let t = 0; t < MAX_T; t++) i32[(fix + DRAW_KEY) / 4 + t] = Math.imul(t + 1, 0x9e3779b1);
  // A contact's noise per byte of its draw, as walk.ts works it out.
  const noiseScale = (2 * K.CONTACT_NOISE) / 255;
  for (let nb = 0; nb < 256; nb++)
    f64[(fix + NOISE) / 8 + nb] =
      nb * noiseScale - K.CONTACT_NOISE - K.INCIDENT_DROP * +(nb < K.CONTACT_INCIDENTS);
}

/** Whether the WebAssembly walk runs here (loads it on first call). */
export function wasmWalkAvailable(): boolean {
  return load() !== null;
}

/**
 * The loaded kernel where `pool` is its working copy (kernelPool) in its memory as it is now; null
 * where the pool lies anywhere else or the kernel is not loaded.
 */
export function kernelHolding(pool: PoolArrays): Kernel | null {
  const k = kernel;
  if (!k || pool.loyalty.buffer !== k.buffer || packedAt(pool) !== k.dyn) return null;
  return k;
}

/** Whether the WebAssembly walk can take this model (its tables have fixed sizes). */
function fits(model: Model): boolean {
  return model.T <= MAX_T && model.C <= MAX_C && model.G <= MAX_G;
}

/** Which walk the engine uses for this model. */
export function walkUsed(model: Model): 'wasm' | 'ts' {
  return fits(model) && load() !== null ? 'wasm' : 'ts';
}

/** The engine's walk: the WebAssembly one where it runs and fits, else the TypeScript one. */
export function walk(
  model: Model,
  tb: Tables,
  pool: PoolArrays,
  p: WalkParams,
  out: WalkTotals,
): void {
  const k = fits(model) ? load() : null;
  if (k) runKernel(k, model, tb, pool, p, out);
  else walkTs(model, tb, pool, p, out);
}

/** The WebAssembly walk alone; throws where it cannot run (for tests and the bench). */
export function walkWasm(
  model: Model,
  tb: Tables,
  pool: PoolArrays,
  p: WalkParams,
  out: WalkTotals,
): void {
  const k = load();
  if (!k) throw new Error('walkWasm: WebAssembly with SIMD is not available');
  if (!fits(model)) throw new Error(`walkWasm: needs T ≤ ${MAX_T}, C ≤ ${MAX_C}, G ≤ ${MAX_G}`);
  runKernel(k, model, tb, pool, p, out);
}

/** Grows the memory to `bytes` and renews the views if it moved. */
function ensure(k: Kernel, bytes: number): void {
  const { memory } = k.ex;
  const have = memory.buffer.byteLength;
  if (have < bytes) {
    // Growing detaches the old buffer and every view of it, a state's lent pool's too.
    evictLoan();
    memory.grow(Math.ceil((bytes - have) / 65536));
  }
  if (memory.buffer !== k.buffer) {
    k.buffer = memory.buffer;
    k.f64 = new Float64Array(k.buffer);
    k.i32 = new Int32Array(k.buffer);
    k.u32 = new Uint32Array(k.buffer);
    k.i8 = new Int8Array(k.buffer);
    // The module starts with no memory: its constants go in with the first pages.
    writeConstants(k);
  }
}

const align16 = (bytes: number) => (bytes + 15) & ~15;

/**
 * Where a walk of `n` customers keeps its blocks in the module's memory (bytes from dyn()): first
 * the pool in the layout of allocPool (poolArrays.ts), so a quarter can work on the pool in place
 * (kernelPool), then the base table, the spend, the segment totals, the sampled paths and each
 * slot's dot products (the kernel keeps them while the slot's traits stay the same).
 */
function layoutOf(k: Kernel, model: Model, n: number) {
  const { T, G } = model;
  const P = K.PATH_SAMPLE;
  const pool = k.dyn;
  const base = pool + align16(packedPoolBytes(n));
  const spend = base + align16(G * T * model.C * 8);
  const segOut = spend + align16(G * 8);
  const pathTp = segOut + align16(7 * G * 8);
  const pathCh = pathTp + align16(P * T * 4);
  const pathMood = pathCh + align16(P * T * 4);
  const pathSeg = pathMood + align16(P * T * 8);
  const pathLen = pathSeg + align16(P * 4);
  const dotTags = pathLen + align16(P * 4);
  const dotStride = align16(T * 8);
  const dotRows = dotTags + align16(n * 4);
  const end = dotRows + n * dotStride;
  return {
    pool,
    base,
    spend,
    segOut,
    pathTp,
    pathCh,
    pathMood,
    pathSeg,
    pathLen,
    dotTags,
    dotRows,
    dotStride,
    end,
  };
}

/**
 * Room for a quarter's copy of a pool of `cap` customers inside the walk's memory, where the walk
 * reads and writes it without copying it in and out; null where the TypeScript walk runs. The
 * views stay valid until the next walk of another size (the memory only grows here).
 */
export function kernelPool(model: Model, cap: number): PoolArrays | null {
  const k = fits(model) ? load() : null;
  if (!k) return null;
  const at = layoutOf(k, model, cap);
  ensure(k, at.end);
  return poolViews(k.buffer, at.pool, cap);
}

function runKernel(
  k: Kernel,
  model: Model,
  tb: Tables,
  pool: PoolArrays,
  p: WalkParams,
  out: WalkTotals,
): void {
  const { T, C, G } = model;
  const n = pool.segment.length;
  const P = K.PATH_SAMPLE;
  const at = layoutOf(k, model, n);
  ensure(k, at.end);
  const pBase = at.base;
  const pSpend = at.spend;
  const pLoyalty = at.pool;
  const pMemory = at.pool + 8 * n;
  const pEffort = at.pool + 16 * n;
  const pSegment = at.pool + 24 * n;
  const pIdent = at.pool + 28 * n;
  const pTraits = at.pool + 32 * n;
  const pPrefs = at.pool + 36 * n;
  const pSegOut = at.segOut;
  const pPathTp = at.pathTp;
  const pPathCh = at.pathCh;
  const pPathMood = at.pathMood;
  const pPathSeg = at.pathSeg;
  const pPathLen = at.pathLen;
  // The pool is already where the walk reads it (kernelPool): nothing to copy in or out.
  const inPlace = pool.loyalty.buffer === k.buffer && packedAt(pool) === at.pool;
  // A pool copied in writes over the place of the one lent a state there (ownPool).
  if (!inPlace) evictLoan();
  const { f64, i32, u32, i8, fix } = k;
  const hdr = fix + HDR;

  const H = hdr >> 2;
  const paths0 = out.paths;
  i32[H] = n;
  i32[H + 1] = T;
  i32[H + 2] = C;
  i32[H + 3] = streamKey(p.seed, p.quarter, STREAM.walk) | 0;
  i32[H + 4] = streamKey(p.seed, p.quarter, STREAM.answer) | 0;
  i32[H + 5] = Math.round(K.RESERVED_RATERS * 65536);
  i32[H + 6] = paths0;
  i32[H + 7] = P;
  const pointers = [
    pSpend,
    pSegment,
    pIdent,
    pTraits,
    pPrefs,
    pLoyalty,
    pMemory,
    pEffort,
    pSegOut,
    pPathTp,
    pPathCh,
    pPathMood,
    pPathSeg,
    pPathLen,
  ];
  for (let q = 0; q < pointers.length; q++) i32[H + H_POINTERS + q] = pointers[q]!;
  i32[H + H_G] = G;
  let serviceBits = 0;
  let npsBits = 0;
  for (let t = 0; t < T; t++) {
    serviceBits |= (tb.service[t] !== 0 ? 1 : 0) << t;
    npsBits |= (tb.metric[t] === 1 ? 1 : 0) << t;
  }
  i32[H + H_SERVICE] = serviceBits;
  i32[H + H_NPS] = npsBits;
  i32[H + H_TC] = T * C;
  i32[H + H_DOT_TAGS] = at.dotTags;
  i32[H + H_DOT_TAGS + 1] = at.dotRows;
  i32[H + H_DOT_TAGS + 2] = at.dotStride;
  if (!sameDots(at.dotTags, model.tpWeights, T)) {
    // Other weights, or other blocks there now: no slot's row holds its dot products.
    i32.fill(0, at.dotTags / 4, at.dotTags / 4 + n);
    dotsMade = { at: at.dotTags, weights: Float64Array.from(model.tpWeights.slice(0, T * 5)) };
  }
  // The order of the header's constant slots in walk.as.ts (K_…).
  const constants = [
    K.CES_PER_EFFORT, // unused by the kernel since CES is a table (EASE); kept for the slots
    K.CONTACT_NOISE,
    K.CSAT_TOP2_ABOVE,
    K.DETRACTOR_UP_TO,
    K.EFFORT_TO_SATISFACTION,
    K.EFFORT_TYPICAL,
    p.closeTheLoop ? K.LOOP_RECOVERY : 0,
    K.LOYALTY_PER_EFFORT,
    K.LOYALTY_PER_EXPERIENCE,
    K.LOYALTY_RATE,
    K.PEAK_END.mean,
    K.PEAK_END.peak,
    K.PEAK_END.end,
    K.PROMOTER_FROM,
    K.RECOMMEND_NEUTRAL,
    K.RECOMMEND_NOISE,
    K.RESERVED_TOP,
    K.RECOMMEND_PER_EFFORT,
    K.RECOMMEND_PER_EXPERIENCE,
    K.RECOMMEND_PER_LOYALTY,
    K.SPEND_DETRACTOR,
    K.SPEND_PER_LOYALTY,
    K.SPEND_PROMOTER,
    (2 * K.EXPECTATION_SPREAD) / 63,
    (2 * K.CONTACT_NOISE) / 255,
    K.INCIDENT_DROP,
    K.CONTACT_INCIDENTS,
  ];
  f64.set(constants, (hdr + H_CONSTANTS) >> 3);
  // The spend bonus by answer (detractor, passive, promoter), looked up rather than chosen.
  f64.set([K.SPEND_DETRACTOR, 0, K.SPEND_PROMOTER], (hdr + H_SPEND_BONUS) >> 3);

  // The quarter's tables, at fixed addresses.
  const { tpWeights: W, stageOfTp } = model;
  for (let t = 0; t < T; t++) {
    const r = (fix + ROWS) / 8 + t * 16;
    f64[r] = tb.kanoGain[t]!;
    f64[r + 1] = tb.kanoLoss[t]!;
    f64[r + 2] = tb.intensity[t]!;
    f64[r + 3] = tb.responseRate[t]!;
    // A customer's slot at t, t·C + ((prefs >>> 4 · stage) & 15), is worked out as
    // ((prefs · 2^(28 − 4 · stage)) >>> 28) + t·C, four touchpoints at a time.
    i32[(fix + SHIFTS) / 4 + t] = 1 << (28 - stageOfTp[t]! * 4);
    i32[(fix + TCOL) / 4 + t] = t * C;
    i32[(fix + METRIC) / 4 + t] = tb.metric[t]!;
    // Sampling only where there is a survey, as walk.ts tests it.
    i32[(fix + SAMPLE) / 4 + t] = tb.metric[t] !== 0 ? tb.sample[t]! : 0;
  }
  i32.fill(0, (fix + SAMPLE) / 4 + T, (fix + SAMPLE) / 4 + MAX_T);
  // The weights transposed ([k][t]) and zero past T, so the kernel takes two touchpoints at once.
  for (let d = 0; d < 5; d++)
    for (let t = 0; t < MAX_T; t++) f64[(fix + WT) / 8 + d * MAX_T + t] = t < T ? W[t * 5 + d]! : 0;
  f64[(fix + SIGN) / 8] = 1;
  f64[(fix + SIGN) / 8 + 1] = -K.NEGATIVE_INTENSITY;
  i32.set(tb.reach256.subarray(0, T), (fix + REACH) / 4);
  i32.fill(0, (fix + REACH) / 4 + T, (fix + REACH) / 4 + MAX_T);
  i8.set(tb.route.subarray(0, T * C), fix + ROUTE);
  f64.set(tb.effort.subarray(0, T * C), (fix + EFFORT) / 8);
  f64.set(tb.ease.subarray(0, (C + 1) * T * C), (fix + EASE) / 8);
  // The silo table, 16 to a row, with a zero row in front: no channel yet, no switch.
  f64.fill(0, (fix + SILOX) / 8, (fix + SILOX) / 8 + MAX_C);
  for (let c = 0; c < C; c++)
    f64.set(tb.silo.subarray(c * C, (c + 1) * C), (fix + SILOX) / 8 + (c + 1) * MAX_C);
  f64.set(tb.base.subarray(0, G * T * C), pBase / 8);
  for (let g = 0; g < G; g++) i32[(fix + GBASE) / 4 + g] = pBase + g * T * C * 8;
  f64.set(p.spend.subarray(0, G), pSpend / 8);

  // The pool.
  if (!inPlace) {
    f64.set(pool.loyalty.subarray(0, n), pLoyalty / 8);
    f64.set(pool.memory.subarray(0, n), pMemory / 8);
    f64.set(pool.effort.subarray(0, n), pEffort / 8);
    i32.set(pool.segment, pSegment / 4);
    i32.set(pool.ident.subarray(0, n), pIdent / 4);
    u32.set(pool.traits.subarray(0, n), pTraits / 4);
    u32.set(pool.prefs.subarray(0, n), pPrefs / 4);
  }

  // The segment totals are added to in place.
  const so = pSegOut / 8;
  const segOut = [
    out.segCustomers,
    out.segPromoters,
    out.segDetractors,
    out.segContacts,
    out.segTop2,
    out.segService,
    out.segEaseSum,
  ];
  for (let q = 0; q < segOut.length; q++) f64.set(segOut[q]!.subarray(0, G), so + q * G);

  k.ex.walk(hdr);

  if (!inPlace) {
    pool.loyalty.set(f64.subarray(pLoyalty / 8, pLoyalty / 8 + n));
    pool.memory.set(f64.subarray(pMemory / 8, pMemory / 8 + n));
    pool.effort.set(f64.subarray(pEffort / 8, pEffort / 8 + n));
  }
  for (let q = 0; q < segOut.length; q++)
    segOut[q]!.set(f64.subarray(so + q * G, so + (q + 1) * G));
  const R = (hdr + H_RESULTS) / 8;
  const paths = f64[R + 5]!;
  for (let q = paths0; q < paths; q++) {
    const len = i32[pPathLen / 4 + q]!;
    out.pathSeg[q] = i32[pPathSeg / 4 + q]!;
    out.pathLen[q] = len;
    for (let s = q * T; s < q * T + len; s++) {
      out.pathTp[s] = i32[pPathTp / 4 + s]!;
      out.pathCh[s] = i32[pPathCh / 4 + s]!;
      out.pathMood[s] = f64[pPathMood / 8 + s]!;
    }
  }
  // Per touchpoint: contacts, satisfaction, top-2, below, ease, invited, responses, measured sum
  // and squares, promoters, detractors (slots 0–10 of each 16-number block).
  const perTp = [
    out.contacts,
    out.satSum,
    out.top2,
    out.below,
    out.easeSum,
    out.invited,
    out.responses,
    out.mSum,
    out.mSq,
    out.tpPromoters,
    out.tpDetractors,
  ];
  for (let t = 0; t < T; t++) {
    const a = (fix + ACC) / 8 + t * 16;
    for (let q = 0; q < perTp.length; q++) {
      const sums = perTp[q]!;
      sums[t] = sums[t]! + f64[a + q]!;
    }
  }
  out.paths = paths;
  out.evaluations += f64[R]!;
  out.revenue += f64[R + 1]!;
  out.effortSum += f64[R + 2]!;
  out.serviceCustomers += f64[R + 3]!;
  out.serviceEaseSum += f64[R + 4]!;
}
