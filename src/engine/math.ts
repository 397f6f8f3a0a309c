/**
 * Deterministic transcendental functions. ECMAScript fixes the result of + − × ÷ and Math.sqrt
 * (IEEE 754, correctly rounded) and of the exact functions (abs, min, max, floor, ceil, round,
 * trunc, sign, fround, imul), but Math.exp, log, pow, sin, … are "implementation-approximated":
 * V8, SpiderMonkey and JavaScriptCore may differ in the last bit, and one bit is enough for a
 * replayed game to take another path. The engine takes exp from here instead (the engine lint
 * forbids the others), built only from operations that are exact everywhere.
 *
 * `exp` is a line-by-line port of fdlibm's `e_exp.c` as FreeBSD and (before 2019) musl ship it:
 * "Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunSoft, a Sun
 * Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is
 * freely granted, provided that this notice is preserved." Method: reduce x = k·ln2 + r with
 * |r| ≤ ln2/2, approximate exp(r) by a rational function of r² (Remez, error < 2⁻⁵⁹), scale by
 * 2^k. Error < 1 ulp. The C code reads and writes the high word of a double; here a DataView does.
 */

const word = new DataView(new ArrayBuffer(8));

/** The high 32 bits of a double (sign, exponent, top of the mantissa). */
function highWord(x: number): number {
  word.setFloat64(0, x);
  return word.getUint32(0);
}

/** The double whose high word is `hi` and low word 0. */
function fromHighWord(hi: number): number {
  word.setUint32(0, hi >>> 0);
  word.setUint32(4, 0);
  return word.getFloat64(0);
}

const HALF = [0.5, -0.5];
const LN2_HI = [6.9314718036912381649e-1, -6.9314718036912381649e-1]; // 0x3fe62e42 fee00000
const LN2_LO = [1.90821492927058770002e-10, -1.90821492927058770002e-10]; // 0x3dea39ef 35793c76
const INV_LN2 = 1.442695040888963387; // 0x3ff71547 652b82fe
const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const U_THRESHOLD = -7.4513321910194110842e2; // 0xc0874910 D52D3051
const TWO_M1000 = 9.3326361850321887899e-302; // 2⁻¹⁰⁰⁰
const TWO_1023 = 8.98846567431157953865e307; // 2¹⁰²³
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/** e^x, the same bits in every JavaScript engine (fdlibm `exp`, error < 1 ulp). */
export function exp(x: number): number {
  let hx = highWord(x);
  const xsb = hx >>> 31; // sign bit of x
  hx &= 0x7fffffff; // high word of |x|
  let hi = 0;
  let lo = 0;
  let k = 0;

  // Non-finite and huge arguments.
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (x !== x) return x; // NaN
      return xsb === 0 ? x : 0; // exp(±inf) = inf, 0
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }

  // Argument reduction.
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      hi = x - LN2_HI[xsb]!;
      lo = LN2_LO[xsb]!;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + HALF[xsb]!); // C's (int) truncates toward zero
      hi = x - k * LN2_HI[0]!; // k·ln2HI is exact here
      lo = k * LN2_LO[0]!;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2⁻²⁸
    return 1 + x;
  }

  // x is now in the primary range.
  const t = x * x;
  const twopk =
    k >= -1021
      ? fromHighWord(0x3ff00000 + (k << 20))
      : fromHighWord(0x3ff00000 + ((k + 1000) << 20));
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2 * TWO_1023;
    return y * twopk;
  }
  return y * twopk * TWO_M1000;
}
