import type { PoolArrays } from '../poolArrays';
import type { StayParams, Staying } from '../quarter/market';
import { KERNEL_EASE, KERNEL_HDR, kernelHolding } from './walkKernel';

// The JavaScript side of the kernel's churn (`stay` in walk.as.ts): the same result as stayLoop in
// ../quarter/market.ts, bit for bit, on the pool where the walk keeps it, so the quarter's
// customers are not copied for it. Offsets mirror walk.as.ts (S_…).
const S_N = 640;
const S_KEY = 644;
const S_POOL = 648;
const S_BASE = 656;
const MAX_G = 64;

/** Churn in the WebAssembly kernel; null where the pool is not in its memory (stayLoop runs). */
export function stayKernel(p: StayParams, pool: PoolArrays): Staying | null {
  if (p.G > MAX_G) return null;
  const k = kernelHolding(pool);
  if (!k) return null;
  const { f64, i32 } = k;
  const h = k.fix + KERNEL_HDR;
  i32[(h + S_N) >> 2] = pool.segment.length;
  i32[(h + S_KEY) >> 2] = p.key | 0;
  i32[(h + S_POOL) >> 2] = k.dyn;
  const F = (h + S_BASE) >> 3;
  f64[F] = p.base;
  f64[F + 1] = p.perDisloyalty;
  f64[F + 2] = p.effortFactor[0]!;
  f64[F + 3] = p.effortFactor[1]!;
  f64[F + 4] = p.memoryFactor[0]!;
  f64[F + 5] = p.memoryFactor[1]!;
  f64[F + 6] = p.typical;
  f64[F + 7] = p.churnMin;
  f64[F + 8] = p.churnMax;
  f64[F + 9] = p.eventChurn;
  // Scratch in the EASE table, which the walk fills again: the price terms, then the stayers.
  const terms = (k.fix + KERNEL_EASE) >> 3;
  f64.set(p.priceTerm.subarray(0, p.G * 16), terms);
  const counts = terms + MAX_G * 16;
  f64.fill(0, counts, counts + p.G);
  k.ex.stay(h);
  return { before: f64[F + 10]!, stayed: f64[F + 11]!, counts: f64.slice(counts, counts + p.G) };
}
