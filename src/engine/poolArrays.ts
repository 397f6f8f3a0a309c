import type { GameState, Pool } from './schema/state';

/** The pool as typed arrays: the form the quarter's loops work on. */
export interface PoolArrays {
  segment: Int32Array;
  ident: Int32Array;
  traits: Uint32Array;
  prefs: Uint32Array;
  loyalty: Float64Array;
  memory: Float64Array;
  effort: Float64Array;
  tenure: Int32Array;
}

/**
 * The state stays plain JSON at the API, but converting 8 × capacity numbers to typed arrays and
 * back every quarter costs as much as a third of the walk. So a state made by `playQuarter` keeps
 * its pool as typed arrays here and shows the plain arrays only when someone reads `state.pool`
 * (saves, tests, JSON). Keyed by the state and by its materialised pool object, so a state copied
 * with a spread (`{ ...state, company }`) still finds its arrays. States are treated as immutable.
 */
const byState = new WeakMap<object, PoolArrays>();
const byPool = new WeakMap<object, PoolArrays>();

/**
 * A zeroed pool for `cap` customers whose eight arrays share one buffer: a quarter copies the pool,
 * and one allocation is much cheaper than eight (each typed array of this size is a separate
 * off-heap block the garbage collector has to track).
 */
export function allocPool(cap: number): PoolArrays {
  return views(new ArrayBuffer(cap * BYTES_PER_CUSTOMER), cap);
}

/**
 * Where each array starts in the shared buffer, in bytes per customer: the 8-byte arrays first, so
 * every array starts on a multiple of its element size.
 */
const LAYOUT = {
  loyalty: 0,
  memory: 8,
  effort: 16,
  segment: 24,
  ident: 28,
  traits: 32,
  prefs: 36,
  tenure: 40,
} as const;
const BYTES_PER_CUSTOMER = 44;
const FIELDS = Object.keys(LAYOUT) as (keyof PoolArrays)[];

/** The bytes a pool of `cap` customers takes in the layout of allocPool. */
export function packedPoolBytes(cap: number): number {
  return cap * BYTES_PER_CUSTOMER;
}

/**
 * A pool of `cap` customers in the layout of allocPool, from byte `at` of `buf` (a multiple of 8):
 * the WebAssembly walk keeps its working copy of the pool in its own memory this way.
 */
export function poolViews(buf: ArrayBuffer, at: number, cap: number): PoolArrays {
  const L = LAYOUT;
  return {
    loyalty: new Float64Array(buf, at + L.loyalty * cap, cap),
    memory: new Float64Array(buf, at + L.memory * cap, cap),
    effort: new Float64Array(buf, at + L.effort * cap, cap),
    segment: new Int32Array(buf, at + L.segment * cap, cap),
    ident: new Int32Array(buf, at + L.ident * cap, cap),
    traits: new Uint32Array(buf, at + L.traits * cap, cap),
    prefs: new Uint32Array(buf, at + L.prefs * cap, cap),
    tenure: new Int32Array(buf, at + L.tenure * cap, cap),
  };
}

function views(buf: ArrayBuffer, cap: number): PoolArrays {
  return poolViews(buf, 0, cap);
}

/** Where `a` starts if its arrays lie in the layout of allocPool in one buffer; −1 if not. */
export function packedAt(a: PoolArrays): number {
  const buf = a.loyalty.buffer;
  const cap = a.segment.length;
  const at = a.loyalty.byteOffset;
  if (!(buf instanceof ArrayBuffer) || buf.byteLength < at + cap * BYTES_PER_CUSTOMER) return -1;
  for (const k of FIELDS)
    if (a[k].buffer !== buf || a[k].byteOffset !== at + LAYOUT[k] * cap || a[k].length !== cap)
      return -1;
  return at;
}

/** Whether `a` has exactly the layout of allocPool, so its buffer can be copied whole. */
function isPacked(a: PoolArrays): boolean {
  return packedAt(a) === 0 && a.loyalty.buffer.byteLength === a.segment.length * BYTES_PER_CUSTOMER;
}

/** The bytes of a pool in the layout of allocPool, wherever it lies. */
function bytesOf(a: PoolArrays, at: number): Uint8Array {
  return new Uint8Array(a.loyalty.buffer, at, a.segment.length * BYTES_PER_CUSTOMER);
}

/**
 * The next state's pool, from the quarter's working copy `a`. Where `a` lies in someone else's
 * memory (the WebAssembly walk's, see walkKernel.ts) it stays there, lent to the new state: copying
 * 0.4 MB out and, next quarter, back in cost more than a tenth of a quarter outside the walk, and
 * the fresh buffers set off most of V8's full collections. Whoever next needs that memory for
 * anything else first calls evictLoan, which gives the state a buffer of its own.
 */
export function ownPool(a: PoolArrays): PoolArrays {
  const at = packedAt(a);
  if (at < 0 || isPacked(a)) return a;
  if (loan && loan !== a) evictLoan();
  loan = a;
  return a;
}

/** The pool lent a state in the walk's memory (ownPool), or null. */
let loan: PoolArrays | null = null;

/**
 * The buffer of a pool handed on (handOnPool) whose customers were copied into the walk's memory:
 * nobody holds it any more, so the next pool that needs a buffer of its own takes it instead of a
 * fresh one.
 */
let spare: ArrayBuffer | null = null;

/**
 * Moves the lent pool (if any) out of the walk's memory into a buffer of its own, before that
 * memory is written over or grown (growing detaches the old views). The state holding it keeps the
 * same arrays object, now backed by its own buffer.
 */
export function evictLoan(): void {
  const a = loan;
  if (!a) return;
  loan = null;
  const cap = a.segment.length;
  const bytes = cap * BYTES_PER_CUSTOMER;
  let buf = spare;
  spare = null;
  if (buf && buf.byteLength === bytes) new Uint8Array(buf).set(bytesOf(a, packedAt(a)));
  else {
    const at = packedAt(a);
    buf = a.loyalty.buffer.slice(at, at + bytes) as ArrayBuffer;
  }
  Object.assign(a, views(buf, cap));
}

/** Whether `a` and `b` are the same arrays' positions in the same memory. */
const samePlace = (a: PoolArrays, b: PoolArrays) =>
  a.loyalty.buffer === b.loyalty.buffer &&
  packedAt(a) === packedAt(b) &&
  a.segment.length === b.segment.length;

/** A pool of equal-length arrays (typed or plain) copied into one fresh buffer. */
function intoOneBuffer(src: { [K in keyof PoolArrays]: ArrayLike<number> }): PoolArrays {
  const out = allocPool(src.segment.length);
  for (const k of Object.keys(out) as (keyof PoolArrays)[]) out[k].set(src[k]);
  return out;
}

function copy(a: PoolArrays): PoolArrays {
  const n = a.segment.length;
  const fields = [a.ident, a.traits, a.prefs, a.loyalty, a.memory, a.effort, a.tenure];
  if (fields.some((f) => f.length !== n))
    return {
      segment: a.segment.slice(),
      ident: a.ident.slice(),
      traits: a.traits.slice(),
      prefs: a.prefs.slice(),
      loyalty: a.loyalty.slice(),
      memory: a.memory.slice(),
      effort: a.effort.slice(),
      tenure: a.tenure.slice(),
    };
  // One copy of the whole buffer: no zeroing of fresh memory, no eight separate copies.
  if (isPacked(a)) return views(a.loyalty.buffer.slice(0) as ArrayBuffer, n);
  return intoOneBuffer(a);
}

function fromPlain(p: Pool): PoolArrays {
  const n = p.segment.length;
  const fields = [p.ident, p.traits, p.prefs, p.loyalty, p.memory, p.effort, p.tenure];
  if (fields.some((f) => f.length !== n))
    // Arrays of unequal length (hand-made data): each its own array, as given.
    return {
      segment: Int32Array.from(p.segment),
      ident: Int32Array.from(p.ident),
      traits: Uint32Array.from(p.traits),
      prefs: Uint32Array.from(p.prefs),
      loyalty: Float64Array.from(p.loyalty),
      memory: Float64Array.from(p.memory),
      effort: Float64Array.from(p.effort),
      tenure: Int32Array.from(p.tenure),
    };
  return intoOneBuffer(p);
}

/** Plain arrays again (a counted loop: Array.from on typed arrays is slow in V8). */
function plain(a: ArrayLike<number>): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  return out;
}

export function toPlainPool(a: PoolArrays): Pool {
  return {
    segment: plain(a.segment),
    ident: plain(a.ident),
    traits: plain(a.traits),
    prefs: plain(a.prefs),
    loyalty: plain(a.loyalty),
    memory: plain(a.memory),
    effort: plain(a.effort),
    tenure: plain(a.tenure),
  };
}

/** States whose arrays the next quarter may take instead of copying (see handOnPool). */
const handedOn = new WeakSet<object>();

/**
 * Lets the next `playQuarter` from `state` take its arrays instead of copying them, for a caller
 * that never reads `state` again: a counterfactual replay's states in between, which nobody keeps.
 * The copy and the garbage it leaves are a sixth of a replayed quarter. Reading the state's pool
 * afterwards throws rather than showing the next quarter's customers.
 */
export function handOnPool(state: GameState): void {
  if (byState.has(state)) handedOn.add(state);
}

/**
 * A private, writable copy of a state's pool as typed arrays (the state is not changed). `place`,
 * when given, may offer room for the copy in the layout of allocPool (the WebAssembly walk's
 * memory, see walkKernel.ts): the pool is then copied there in one piece instead of into a new
 * buffer, and the caller keeps it with ownPool once the quarter has changed it.
 */
export function poolArraysOf(
  state: GameState,
  place?: (cap: number) => PoolArrays | null,
): PoolArrays {
  const own = handedOn.has(state) ? byState.get(state) : undefined;
  if (own) {
    handedOn.delete(state);
    byState.delete(state);
    Object.defineProperty(state, 'pool', {
      enumerable: true,
      configurable: true,
      get(): Pool {
        throw new Error('this state’s pool was handed on to the next quarter');
      },
    });
    const lent = own === loan;
    // Placing may grow the walk's memory, which evicts the loan first (own is then no longer it).
    const room = place && (lent || isPacked(own)) ? place(own.segment.length) : null;
    if (room && own === loan && samePlace(room, own)) {
      // Already where the walk works: nothing to copy.
      loan = null;
      return own;
    }
    const at = room ? packedAt(room) : -1;
    if (room && at >= 0) {
      evictLoan();
      bytesOf(room, at).set(bytesOf(own, packedAt(own)));
      if (isPacked(own)) spare = own.loyalty.buffer as ArrayBuffer;
      return room;
    }
    return own;
  }
  const cached = byState.get(state) ?? byPool.get(state.pool);
  if (cached && place && (cached === loan || isPacked(cached))) {
    const room = place(cached.segment.length);
    const at = room ? packedAt(room) : -1;
    if (room && at >= 0) {
      const inRoom = cached === loan && samePlace(room, cached);
      // A kept state lent this memory gets its own buffer; its customers stay where they are.
      evictLoan();
      if (!inRoom) bytesOf(room, at).set(bytesOf(cached, packedAt(cached)));
      return room;
    }
  }
  return cached ? copy(cached) : fromPlain(state.pool);
}

/**
 * Gives `state` a pool backed by `arrays`, which the caller must not change afterwards. `pool` is an
 * enumerable property that turns into plain arrays on first read, so JSON, spreads and zod see an
 * ordinary state.
 */
export function attachPool<S extends GameState>(state: Omit<S, 'pool'>, arrays: PoolArrays): S {
  const target = state as S;
  byState.set(target, arrays);
  Object.defineProperty(target, 'pool', {
    enumerable: true,
    configurable: true,
    get(): Pool {
      const pool = toPlainPool(arrays);
      byPool.set(pool, arrays);
      byState.delete(target);
      Object.defineProperty(target, 'pool', {
        value: pool,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return pool;
    },
    set(value: Pool) {
      // Someone replaces the pool: forget the arrays, keep what was written.
      byState.delete(target);
      Object.defineProperty(target, 'pool', {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    },
  });
  return target;
}
