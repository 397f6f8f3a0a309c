// AssemblyScript port of walk() in ../quarter/walk.ts, which stays the readable reference. It must
// give bit-identical results (tests/engine/walkKernel*.test.ts check): a change to the walk goes
// into both, then `npm run kernel` regenerates walkBytes.ts. Memory layout mirrored in walkKernel.ts.
//
// Bit identity by construction: the same f64 operations in the same order (no FMA, no
// reassociation; Binaryen does no fast-math unless asked), the same 32-bit integer ops (i32.mul =
// Math.imul, >>> = i32.shr_u, ctz for 31 - clz32(m & -m), f64.floor = Math.floor). Clamps use
// compares, never f64.min/max (which differ from `x < 0 ? 0 : x` on -0 and NaN). Sums of 0/1 are
// counted in integers (exact); the contacts, below and top-2 counts are packed and unpacked after
// the loop as walk.ts does. Sums per touchpoint take each customer's terms in customer order, as
// walk.ts does, even where the kernel adds them at another point of the customer's walk.
//
// Speed notes (V8 11 / Node 20 TurboFan):
// - TurboFan compiles an f64 `select` to a branch, an i32 `select` to a conditional move. Where a
//   condition is a coin flip (the sign of a contact, a new peak) the kernel takes a 0/1 index into
//   memory, f64x2.pmax (which is `a < b ? b : a`, one maxpd) or an i32 select instead.
// - Which touchpoint comes next is a coin flip too, so the contact loop has no branch on what the
//   touchpoint is (a service contact, a survey): it leaves each contact's mood and the place it
//   read the CES table per touchpoint, and the few service contacts and survey invitations are
//   added up after it, touchpoints upwards as the walk visits them.
// - TurboFan sinks pure loop-invariant arithmetic into the loop that uses it (d0…d4, g*T*C were
//   recomputed per contact) and materialises every SIMD constant where it is used; so per-customer
//   values the contact loop needs are written to memory (per-touchpoint dot products, noise) or
//   loaded from a table, and SIMD constants are loaded from CONSTS.
// - All tables and the header sit at fixed addresses (immediate offsets, no pointer registers):
//   the contact loop is register-starved otherwise.
// - The T draws per customer, their noise, survey sampling and the 5-term dot products run in
//   SIMD, lane by lane the same operations as the scalar code.
//
// Build flags (src/cli/kernel/compile.ts): -O3 --runtime stub (the kernel never allocates) --noAssert
// --enable simd --use abort= (no imports).

// ---- Fixed layout (bytes). Limits: T <= 32, C <= 16, G <= 64. ------------------------------
export const FIX: usize = 1024;
const ROWS: usize = FIX; // f64 [32][16]: gain, loss, intensity, rate
const SHIFTS: usize = ROWS + 32 * 128; // i32 [32] 1 << (28 − 4 · stage): a stage's 4 bits of prefs to the top
const TCOL: usize = SHIFTS + 32 * 4; // i32 [32] t·C
const METRIC: usize = TCOL + 32 * 4; // i32 [32] 0 none, 1 NPS, 2 CSAT, 3 CES
const SLOT: usize = METRIC + 32 * 4; // i32 [32] this customer's (touchpoint, preferred channel) slot
const ACC: usize = SLOT + 32 * 4; // f64 [32][16] per-touchpoint sums
const CNT: usize = ACC + 32 * 128; // i64 [32][2]: contacts, below and top2 as 21-bit fields
const CONSTS: usize = CNT + 32 * 16; // v128 [8]: SIMD constants (walkKernel.ts writes them)
const NOISE_AT: usize = CONSTS + 32 * 4 + 32 * 8; // u32 [32] this customer's noise per touchpoint: NOISE byte offset
const SIGN: usize = NOISE_AT + 32 * 8 + 32; // f64 [2]: 1, -NEGATIVE_INTENSITY
const SAMPLE: usize = SIGN + 16; // i32 [32] sampling threshold, 0 where no survey (zero-padded)
const REACH: usize = SAMPLE + 32 * 4; // i32 [32] (zero-padded)
const EFFORT: usize = REACH + 32 * 4; // f64 [32*16]
const ROUTE: usize = EFFORT + 32 * 16 * 8; // i8 [32*16]
const SILOX: usize = ROUTE + 32 * 16; // f64 [17][16], row 0 zero, row c + 1: coming from channel c
const WT: usize = SILOX + 17 * 16 * 8; // f64 [5][32] weights, transposed
const GBASE: usize = WT + 5 * 32 * 8; // u32 [64] address of base[g*T*C]
const CAME: usize = GBASE + 64 * 4; // i32 [32] this customer's channel before each touchpoint, + 1, · 128
const DRAW_KEY: usize = CAME + 32 * 4; // i32 [32] (t + 1) · GOLD, the draw's touchpoint term
const MOOD: usize = DRAW_KEY + 32 * 4; // f64 [32] this customer's mood per touchpoint
const NOISE: usize = MOOD + 32 * 8; // f64 [256] a contact's noise per noise byte of its draw
const EASE: usize = NOISE + 256 * 8; // f64 [17*32*16] CES ease per channel before, touchpoint, channel
export const HDR: usize = EASE + 17 * 32 * 16 * 8; // header, 1024 bytes
export const DYN: usize = HDR + 1024; // dynamic blocks from here (set by the JS glue)

// SIMD constants in CONSTS.
const C_255: usize = 0; // i32x4 255
const C_M1: usize = 16; // i32x4 M1
const C_M2: usize = 32; // i32x4 M2
const C_2040: usize = 48; // i32x4 255 << 3
const C_MINUS_ONE: usize = 64; // f64x2 -1.0

// Header: i32 slots.
const H_N = 0;
const H_T = 4;
const H_C = 8;
const H_WALKKEY = 12;
const H_ANSWERKEY = 16;
const H_RESERVED_BELOW = 20;
const H_PATHS = 24;
const H_PATH_SAMPLE = 28;
const H_SPEND = 32;
const H_SEGMENT = 36;
const H_IDENT = 40;
const H_TRAITS = 44;
const H_PREFS = 48;
const H_LOYALTY = 52;
const H_MEMORY = 56;
const H_EFFMEM = 60;
const H_SEGOUT = 64;
const H_PATHTP = 68;
const H_PATHCH = 72;
const H_PATHMOOD = 76;
const H_PATHSEG = 80;
const H_PATHLEN = 84;
const H_G = 88;
const H_SERVICE = 92; // bit t: touchpoint t is a service contact
const H_NPS = 96; // bit t: touchpoint t asks NPS
const H_TC = 100; // T·C
const H_DOT_TAGS = 104; // u32 [n]: the traits (| 1 << 31) whose dot products a slot's row holds
const H_DOT_ROWS = 108; // f64 [n][stride / 8]: each slot's dot products per touchpoint
const H_DOT_STRIDE = 112;
// Header: f64 constants at 256.
const K_CSAT_AT = 272;
const K_DETRACTOR_UP_TO = 280;
const K_EFF_SAT = 288;
const K_EFFORT_TYPICAL = 296;
const K_LOOP_RECOVERY = 304;
const K_LOYALTY_PER_EFFORT = 312;
const K_LOYALTY_PER_EXPERIENCE = 320;
const K_LOYALTY_RATE = 328;
const K_PE_MEAN = 336;
const K_PE_PEAK = 344;
const K_PE_END = 352;
const K_PROMOTER_FROM = 360;
const K_RECOMMEND_NEUTRAL = 368;
const K_RECOMMEND_NOISE = 376;
const K_RESERVED_TOP = 384;
const K_RECOMMEND_PER_EFFORT = 392;
const K_RECOMMEND_PER_EXPERIENCE = 400;
const K_RECOMMEND_PER_LOYALTY = 408;
const K_SPEND_PER_LOYALTY = 424;
const K_SPEND_BONUS = 480; // f64 [3]: SPEND_DETRACTOR, 0, SPEND_PROMOTER
const K_SPREAD = 440;
// Header: f64 results at 512.
const R_EVALUATIONS = 512;
const R_REVENUE = 520;
const R_EFFORT = 528;
const R_SERVICE_CUSTOMERS = 536;
const R_SERVICE_EASE = 544;
const R_PATHS = 552;

// Row fields (byte offsets within a touchpoint's row).
const R_GAIN = 0; // R_LOSS (8) just after it
const R_INTENSITY = 16;
const R_RATE = 24;
const A_SAT = 8;
const A_EASE = 32;
const A_INVITED = 40;
const A_RESPONSES = 48;
const A_MSUM = 56;
const A_MSQ = 64;
const A_PROMOTERS = 72;
const A_DETRACTORS = 80;

const GOLD: i32 = <i32>0x9e3779b1;
const M1: i32 = <i32>0x85ebca6b;
const M2: i32 = <i32>0xc2b2ae35;
const INV32: f64 = 1.0 / 4294967296.0;
const BELOW_UNIT: f64 = 65536;
const TOP2_UNIT: f64 = 4294967296;

// Per-call values shared by the customer body (globals: set once per call).
let T: i32 = 0;
let walkKey: i32 = 0;
let answerKey: i32 = 0;
let reservedBelow: i32 = 0;
let paths: i32 = 0;
let revenue: f64 = 0;
let effortTotal: f64 = 0;
let serviceCustomers: f64 = 0;
let serviceEaseTotal: f64 = 0;

@inline function k(off: i32): f64 {
  return load<f64>(HDR + <usize>off);
}
@inline function p(off: i32): usize {
  return load<u32>(HDR + <usize>off) as usize;
}
@inline function addF(ptr: usize, v: f64): void {
  store<f64>(ptr, load<f64>(ptr) + v);
}
@inline function v(off: usize): v128 {
  return v128.load(CONSTS + off);
}

/** The walk; its header lies at HDR (`h`, as walkKernel.ts passes it). */
export function walk(h: usize): void {
  const n = load<i32>(HDR + H_N);
  T = load<i32>(HDR + H_T);
  walkKey = load<i32>(HDR + H_WALKKEY);
  answerKey = load<i32>(HDR + H_ANSWERKEY);
  reservedBelow = load<i32>(HDR + H_RESERVED_BELOW);
  paths = load<i32>(HDR + H_PATHS);
  const PATH_SAMPLE = load<i32>(HDR + H_PATH_SAMPLE);
  revenue = 0;
  effortTotal = 0;
  serviceCustomers = 0;
  serviceEaseTotal = 0;
  memory.fill(ACC, 0, 32 * 128);
  memory.fill(CNT, 0, 32 * 16);

  for (let i: i32 = 0; i < n; i++) customer(i, PATH_SAMPLE);

  // walk.ts sums contacts + below·2¹⁶ + top2·2³² per contact (exact integers below 2⁵³, so equal to
  // this) and unpacks after the loop; unpacking the same way gives the same counts for any n.
  let evaluations: f64 = 0;
  for (let t: i32 = 0; t < T; t++) {
    const a = ACC + (t as usize) * 128;
    const packed = load<i64>(CNT + ((t as usize) << 4));
    const counts =
      <f64>(<i32>(packed & 0x1fffff)) +
      <f64>(<i32>((packed >>> 21) & 0x1fffff)) * BELOW_UNIT +
      <f64>(<i32>(packed >>> 42)) * TOP2_UNIT;
    const top2 = Math.floor(counts / TOP2_UNIT);
    const below = Math.floor((counts - top2 * TOP2_UNIT) / BELOW_UNIT);
    const contacts = counts - top2 * TOP2_UNIT - below * BELOW_UNIT;
    evaluations += contacts;
    store<f64>(a, contacts, 0);
    store<f64>(a, top2, 16);
    store<f64>(a, below, 24);
  }
  store<f64>(HDR + R_EVALUATIONS, evaluations);
  store<f64>(HDR + R_REVENUE, revenue);
  store<f64>(HDR + R_EFFORT, effortTotal);
  store<f64>(HDR + R_SERVICE_CUSTOMERS, serviceCustomers);
  store<f64>(HDR + R_SERVICE_EASE, serviceEaseTotal);
  store<f64>(HDR + R_PATHS, <f64>paths);
}

/** Index of touchpoint t's (t, preferred channel) entry for a customer of preferences pf. */
@inline function slotOf(t: i32, pf: u32): i32 {
  return load<i32>((t as usize) << 2, SLOT);
}

/** Where a contact at touchpoint t read the CES table (the channel before it, its slot). */
@inline function easeAt(t: i32, pf: u32): usize {
  const row = (load<i32>((t as usize) << 2, CAME) >> 7) * load<i32>(HDR + H_TC);
  return (((row + slotOf(t, pf)) as usize) << 3) + EASE;
}

@inline function customer(i: i32, PATH_SAMPLE: i32): void {
  const i4 = (i as usize) << 2;
  const g = load<i32>(p(H_SEGMENT) + i4);
  if (g < 0) return;
  const tr = load<u32>(p(H_TRAITS) + i4);
  const pf = load<u32>(p(H_PREFS) + i4);
  const id = load<i32>(p(H_IDENT) + i4);
  const rowKey = walkKey ^ (id * 0x27d4eb2f);
  const respKey = (answerKey ^ (id * GOLD)) * 0x165667b1;

  // Each touchpoint's w·d, two per f64x2; per lane the same multiplies and left-to-right
  // additions as row[W]*d0 + row[W+1]*d1 + … in walk.ts. They depend on the traits and the
  // weights alone, so a slot keeps them from walk to walk while its traits stay the same (the glue
  // clears the tags when the weights or the layout change).
  const dots = p(H_DOT_ROWS) + <usize>i * (load<i32>(HDR + H_DOT_STRIDE) as usize);
  const pTag = p(H_DOT_TAGS) + i4;
  const tag = tr | 0x80000000;
  if (load<u32>(pTag) != tag) {
    store<u32>(pTag, tag);
    const spread = k(K_SPREAD);
    const d0 = (<f64>(tr & 63) - 31.5) * spread;
    const d1 = (<f64>((tr >>> 6) & 63) - 31.5) * spread;
    const d2 = (<f64>((tr >>> 12) & 63) - 31.5) * spread;
    const d3 = (<f64>((tr >>> 18) & 63) - 31.5) * spread;
    const d4 = (<f64>((tr >>> 24) & 63) - 31.5) * spread;
    const v0 = f64x2.splat(d0);
    const v1 = f64x2.splat(d1);
    const v2 = f64x2.splat(d2);
    const v3 = f64x2.splat(d3);
    const v4 = f64x2.splat(d4);
    for (let t: i32 = 0; t < T; t += 2) {
      const w = WT + ((t as usize) << 3);
      let acc = f64x2.mul(v128.load(w), v0);
      acc = f64x2.add(acc, f64x2.mul(v128.load(w, 256), v1));
      acc = f64x2.add(acc, f64x2.mul(v128.load(w, 512), v2));
      acc = f64x2.add(acc, f64x2.mul(v128.load(w, 768), v3));
      acc = f64x2.add(acc, f64x2.mul(v128.load(w, 1024), v4));
      v128.store(dots + ((t as usize) << 3), acc);
    }
  }
  // The T draws four at a time (i32x4.mul is Math.imul per lane); REACH and SAMPLE are
  // zero-padded, so the padding lanes are never reached nor sampled. A contact's noise depends on
  // the draw's second byte alone: it is looked up in NOISE, which walk.ts's formula filled.
  let mask: i32 = 0;
  let sampled: i32 = 0;
  {
    const vKey = i32x4.splat(rowKey);
    const vPf = i32x4.splat(pf);
    for (let t: i32 = 0; t < T; t += 4) {
      const t4 = (t as usize) << 2;
      let r = v128.xor(vKey, v128.load(t4, DRAW_KEY));
      r = v128.xor(r, i32x4.shr_u(r, 16));
      r = i32x4.mul(r, v(C_M1));
      r = v128.xor(r, i32x4.shr_u(r, 13));
      r = i32x4.mul(r, v(C_M2));
      r = v128.xor(r, i32x4.shr_u(r, 16));
      // The sign bit of (r & 255) − reach, as walk.ts takes it (>>> 31), wrapping the same way.
      mask |= i32x4.bitmask(i32x4.sub(v128.and(r, v(C_255)), v128.load(t4, REACH))) << t;
      // Survey sampling, `r >>> 16 < sample` as walk.ts tests it where there is a survey.
      sampled |= i32x4.bitmask(i32x4.lt_s(i32x4.shr_u(r, 16), v128.load(t4, SAMPLE))) << t;
      // Each touchpoint's slot, t·C + ((pf >>> 4 · stage) & 15): the stage's bits shifted to the
      // top by a multiply (i32x4 has no shift per lane), then down.
      v128.store(t4, i32x4.add(i32x4.shr_u(i32x4.mul(vPf, v128.load(t4, SHIFTS)), 28), v128.load(t4, TCOL)), SLOT);
      // ((r >>> 8) & 255) · 8: the noise's byte offset in NOISE.
      v128.store(t4, v128.and(i32x4.shr_u(r, 5), v(C_2040)), NOISE_AT);
    }
  }

  const pBaseG = load<u32>(GBASE + ((g as usize) << 2)) as usize;
  const effSat = k(K_EFF_SAT);
  const csatAt = k(K_CSAT_AT);
  let sum: f64 = 0;
  let top2: i32 = 0;
  let effSum: f64 = 0;
  // The channel used last, + 1 (0: none yet): the row of SILOX and of EASE; here times 128, the
  // byte offset of its SILOX row.
  let came: i32 = 0;
  // The greatest weight so far and its touchpoint: f64x2.pmax(a, b) is `a < b ? b : a`, so this
  // is walk.ts's `if (weight > peakWeight) { peakWeight = weight; peak = s; }` (the first of
  // equals), with the mood read back after the loop.
  let peakWeight = v(C_MINUS_ONE);
  let peakT: i32 = 0;
  const count = popcnt<i32>(mask);
  const reached = mask;
  while (mask != 0) {
    const t = ctz<i32>(mask); // == 31 - clz32(mask & -mask) for mask != 0
    mask &= mask - 1;
    const t8 = (t as usize) << 3;
    const b = ROWS + (t as usize) * 128;
    const j = slotOf(t, pf);
    const j8 = (j as usize) << 3;
    const ch = <i32>load<i8>(j as usize, ROUTE);
    const e0 = load<f64>(j8, EFFORT);
    let e = e0;
    store<i32>((t as usize) << 2, came, CAME);
    if (ch >= 0) {
      e += load<f64>((came as usize) + ((ch as usize) << 3), SILOX);
      came = (ch + 1) << 7;
    }
    const noise = load<f64>(load<u32>((t as usize) << 2, NOISE_AT) as usize, NOISE);
    let s = load<f64>(pBaseG + j8) - load<f64>(dots + t8) + noise - effSat * (e - e0);
    const a = ACC + (t as usize) * 128;
    const isNeg = <usize>(s < 0);
    // R_LOSS sits just after R_GAIN; sign = [1, -neg].
    s *= load<f64>(b + R_GAIN + (isNeg << 3));
    let weight = s * load<f64>(isNeg << 3, SIGN);
    const isTop2 = <i32>(s > csatAt);
    const cn = CNT + ((t as usize) << 4);
    store<i64>(cn, load<i64>(cn) + (1 + (<i64>isNeg << 21) + (<i64>isTop2 << 42)));
    store<f64>(a, load<f64>(a, A_SAT) + s, A_SAT);
    top2 += isTop2;
    sum += s;
    effSum += e;
    weight *= load<f64>(b, R_INTENSITY);
    peakT = select<i32>(t, peakT, weight > f64x2.extract_lane(peakWeight, 0));
    peakWeight = f64x2.pmax(peakWeight, f64x2.splat(weight));
    store<f64>(t8, s, MOOD);
  }
  // Service contacts: their ease, touchpoints upwards as the walk visits them.
  let easeSvc: f64 = 0;
  let bits = reached & load<i32>(HDR + H_SERVICE);
  const svc = popcnt<i32>(bits);
  while (bits != 0) {
    const t = ctz<i32>(bits);
    bits &= bits - 1;
    const ease = load<f64>(easeAt(t, pf));
    addF(ACC + (t as usize) * 128 + A_EASE, ease);
    easeSvc += ease;
  }
  // Survey invitations (a few customers have one).
  let responded = false;
  let npsAnswered: i32 = 0;
  bits = reached & sampled;
  while (bits != 0) {
    const t = ctz<i32>(bits);
    bits &= bits - 1;
    const a = ACC + (t as usize) * 128;
    addF(a + A_INVITED, 1.0);
    // t * 0x27d4eb2f is a float product in walk.ts, exact below 2^53; its low 32 bits.
    const u = respKey ^ (t * 0x27d4eb2f);
    let hh = u ^ (u >>> 15);
    hh = hh * M1;
    hh ^= hh >>> 13;
    const ur = <f64>(<u32>hh) * INV32;
    if (ur < load<f64>(ROWS + (t as usize) * 128, R_RATE)) {
      responded = true;
      addF(a + A_RESPONSES, 1.0);
      const m = load<i32>((t as usize) << 2, METRIC);
      if (m == 2) {
        const y: f64 = load<f64>((t as usize) << 3, MOOD) > csatAt ? 1.0 : 0.0;
        addF(a + A_MSUM, y);
        addF(a + A_MSQ, y);
      } else if (m == 3) {
        let ease = Math.floor(
          load<f64>(easeAt(t, pf)) + 0.5 + (<f64>((hh >>> 20) & 15) / 15.0 - 0.5),
        );
        ease = ease < 1 ? 1.0 : ease > 7 ? 7.0 : ease;
        addF(a + A_MSUM, ease);
        addF(a + A_MSQ, ease * ease);
      } else {
        // An NPS respondent: the answer is known after the journey.
        npsAnswered |= 1 << t;
      }
    }
  }
  const peak = f64x2.extract_lane(peakWeight, 0) > -1 ? load<f64>((peakT as usize) << 3, MOOD) : 0.0;
  // The last contact is the highest touchpoint reached (the walk goes up from bit 0).
  const last = count > 0 ? load<f64>(((31 - clz<i32>(reached)) as usize) << 3, MOOD) : 0.0;
  const fcount = <f64>count;
  const mean = count > 0 ? sum / fcount : 0.0;
  const remembered = k(K_PE_MEAN) * mean + k(K_PE_PEAK) * peak + k(K_PE_END) * last;
  const effMean = count > 0 ? effSum / fcount : 0.0;
  let hq = (answerKey ^ (id * 0x61c88647)) * M2;
  hq ^= hq >>> 15;
  hq = hq * M1;
  hq ^= hq >>> 16;
  const ua = <f64>(<u32>hq) * INV32;
  const i8 = (i as usize) << 3;
  const pLoy = p(H_LOYALTY) + i8;
  const loy = load<f64>(pLoy);
  const EFFORT_TYPICAL = k(K_EFFORT_TYPICAL);
  const x =
    k(K_RECOMMEND_NEUTRAL) +
    k(K_RECOMMEND_PER_EXPERIENCE) * remembered -
    k(K_RECOMMEND_PER_EFFORT) * (effMean - EFFORT_TYPICAL) +
    k(K_RECOMMEND_PER_LOYALTY) * (loy - 0.5) * 2 +
    (ua - 0.5) * 2 * k(K_RECOMMEND_NOISE);
  let style = (id ^ 0x5bd1e995) * M1;
  style ^= style >>> 15;
  style = style * M2;
  style ^= style >>> 16;
  const top = 10 - (10 - k(K_RESERVED_TOP)) * <f64>((style & 0xffff) < reservedBelow);
  let answer = Math.floor(x + 0.5);
  answer = answer < 0 ? 0.0 : answer > top ? top : answer;
  const isP = answer >= k(K_PROMOTER_FROM);
  const isD = answer <= k(K_DETRACTOR_UP_TO);
  const fP = <f64>isP;
  const fD = <f64>isD;
  const y = <i32>isP - <i32>isD;
  const fy = <f64>y;
  const gBytes = (load<i32>(HDR + H_G) as usize) << 3;
  const pSeg = p(H_SEGOUT) + ((g as usize) << 3);
  addF(pSeg, 1.0);
  addF(pSeg + gBytes, fP);
  addF(pSeg + 2 * gBytes, fD);
  // NPS where it is asked, known now; respondents' answers too.
  bits = reached & load<i32>(HDR + H_NPS);
  while (bits != 0) {
    const t = ctz<i32>(bits);
    bits &= bits - 1;
    const a = ACC + (t as usize) * 128;
    addF(a + A_PROMOTERS, fP);
    addF(a + A_DETRACTORS, fD);
    if ((npsAnswered >>> t) & 1) {
      addF(a + A_MSUM, fy);
      addF(a + A_MSQ, fy * fy);
    }
  }
  let mem = remembered;
  if (responded) mem += k(K_LOOP_RECOVERY);
  store<f64>(p(H_MEMORY) + i8, mem);
  store<f64>(p(H_EFFMEM) + i8, effMean);
  let target =
    0.5 + k(K_LOYALTY_PER_EXPERIENCE) * mem - k(K_LOYALTY_PER_EFFORT) * (effMean - EFFORT_TYPICAL);
  target = target < 0 ? 0.0 : target > 1 ? 1.0 : target;
  store<f64>(pLoy, loy + k(K_LOYALTY_RATE) * (target - loy));
  // Looked up by y, as walk.ts does: promoter or not is a coin flip, and an f64 select a branch.
  const bonus = load<f64>(HDR + K_SPEND_BONUS + ((<usize>(y + 1)) << 3));
  revenue +=
    load<f64>(p(H_SPEND) + ((g as usize) << 3)) *
    (1 + k(K_SPEND_PER_LOYALTY) * (loy - 0.5) * 2 + bonus);
  effortTotal += effMean;
  const some = <i32>(svc > 0);
  const ease = easeSvc / <f64>(svc + 1 - some);
  serviceCustomers += <f64>some;
  serviceEaseTotal += ease;
  addF(pSeg + 3 * gBytes, fcount);
  addF(pSeg + 4 * gBytes, <f64>top2);
  addF(pSeg + 5 * gBytes, <f64>some);
  addF(pSeg + 6 * gBytes, ease);
  if (paths < PATH_SAMPLE) {
    // The path again from the touchpoints reached: each one's channel as routed, its mood.
    let q = (paths * T) as usize;
    let m = reached;
    while (m != 0) {
      const t = ctz<i32>(m);
      m &= m - 1;
      store<i32>(p(H_PATHTP) + (q << 2), t);
      store<i32>(p(H_PATHCH) + (q << 2), <i32>load<i8>(slotOf(t, pf) as usize, ROUTE));
      store<f64>(p(H_PATHMOOD) + (q << 3), load<f64>((t as usize) << 3, MOOD));
      q++;
    }
    store<i32>(p(H_PATHSEG) + ((paths as usize) << 2), g);
    store<i32>(p(H_PATHLEN) + ((paths as usize) << 2), count);
    paths++;
  }
}

// ---- Churn: decideStaying in ../quarter/market.ts, its twin, on the pool where the walk keeps it.
// Its header lies at HDR + 640 (the walk's ends before 576); the price term per segment and price
// bits, and the stayers per segment, are scratch in EASE, which every walk fills again.
const S_N = 640; // i32: slots
const S_KEY = 644; // i32: the stay stream's key
const S_POOL = 648; // u32: the pool's address, in the layout of allocPool for S_N customers
const S_BASE = 656; // f64 constants from here
const S_PER_DISLOYALTY = 664;
const S_EFFORT_FACTOR = 672; // f64 [2]: 0, CHURN_PER_EFFORT
const S_MEMORY_FACTOR = 688; // f64 [2]: 0, −CHURN_PER_DISAPPOINTMENT
const S_TYPICAL = 704;
const S_MIN = 712;
const S_MAX = 720;
const S_EVENT = 728;
const S_BEFORE = 736; // f64 results
const S_STAYED = 744;
const PRICE_TERM: usize = EASE; // f64 [64][16]
const STAY_COUNTS: usize = EASE + 64 * 16 * 8; // f64 [64]

export function stay(h: usize): void {
  const n = load<i32>(h, S_N);
  const key = load<i32>(h, S_KEY);
  const nn = n as usize;
  const pLoy = load<u32>(h, S_POOL) as usize;
  const pMem = pLoy + 8 * nn;
  const pEff = pLoy + 16 * nn;
  const pSeg = pLoy + 24 * nn;
  const pId = pLoy + 28 * nn;
  const pPrefs = pLoy + 36 * nn;
  const pTen = pLoy + 40 * nn;
  const base = load<f64>(h, S_BASE);
  const perDisloyalty = load<f64>(h, S_PER_DISLOYALTY);
  const typical = load<f64>(h, S_TYPICAL);
  const churnMin = load<f64>(h, S_MIN);
  const churnMax = load<f64>(h, S_MAX);
  const eventChurn = load<f64>(h, S_EVENT);
  let before: i32 = 0;
  let stayed: i32 = 0;
  for (let i: i32 = 0; i < n; i++) {
    const i4 = (i as usize) << 2;
    const g = load<i32>(pSeg + i4);
    if (g < 0) continue;
    before++;
    const i8 = (i as usize) << 3;
    const eff = load<f64>(pEff + i8) - typical;
    const mem = load<f64>(pMem + i8);
    const bits = <i32>(load<u32>(pPrefs + i4) >>> 28);
    // The same terms in the same order as market.ts; the one-way factors looked up by their sign.
    let p =
      base +
      perDisloyalty * (0.5 - load<f64>(pLoy + i8)) +
      load<f64>(h + ((<usize>(eff > 0)) << 3), S_EFFORT_FACTOR) * eff +
      load<f64>(h + ((<usize>(mem < 0)) << 3), S_MEMORY_FACTOR) * mem +
      load<f64>(PRICE_TERM + ((((g << 4) + bits) as usize) << 3)) +
      eventChurn;
    p = p < churnMin ? churnMin : p > churnMax ? churnMax : p;
    let hh = key ^ (load<i32>(pId + i4) * GOLD);
    hh ^= hh >>> 16;
    hh = hh * M1;
    hh ^= hh >>> 13;
    hh = hh * M2;
    hh ^= hh >>> 16;
    const stays = 1 - <i32>(<f64>(<u32>hh) < p * 4294967296.0);
    store<i32>(pSeg + i4, stays != 0 ? g : -1);
    stayed += stays;
    const c = STAY_COUNTS + ((g as usize) << 3);
    store<f64>(c, load<f64>(c) + <f64>stays);
    store<i32>(pTen + i4, load<i32>(pTen + i4) + stays);
  }
  store<f64>(h, <f64>before, S_BEFORE);
  store<f64>(h, <f64>stayed, S_STAYED);
}

export function dyn(): usize {
  return DYN;
}
export function heapBase(): usize {
  return __heap_base;
}
