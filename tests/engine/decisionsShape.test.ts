import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QuarterDecisionsSchema,
  applyPatch,
  defaultDecisions,
  newGame,
  validateDecisions,
} from '../../src/engine';
import { isDecisionsShape } from '../../src/engine/decisionsShape';
import { airline } from './helpers';

const scenario = airline();
const state = newGame(scenario, 3, 'normal');
const base = defaultDecisions(scenario, state);
const rich = applyPatch(base, {
  strategy: { customerPromises: ['weTellYouFirst'], targetSegments: ['business'] },
  metrics: {
    surveys: { checkin: { metric: 'csat', sampleSize: 200 } },
    targets: { nps: 10, csat: 80, ces: 5.5 },
  },
  journey: { peak: 'seat', end: 'baggageClaim', initiatives: ['bagTracking'] },
  events: { storm: 'proactiveRebooking' },
});

/** Every path to a value inside a plan (objects, arrays and leaves). */
function paths(x: unknown, at: string[] = []): string[][] {
  const out: string[][] = [at];
  if (x !== null && typeof x === 'object')
    for (const k of Object.keys(x))
      out.push(...paths((x as Record<string, unknown>)[k], [...at, k]));
  return out;
}

/** Fresh each time, so a mutation never nests a value inside itself. */
const edgeValues = (): unknown[] => [
  undefined,
  null,
  true,
  false,
  -1,
  0,
  -0,
  0.5,
  1,
  1.5,
  3,
  4,
  4.5,
  5,
  7,
  7.5,
  100,
  101,
  1000,
  1000.5,
  5000,
  5001,
  100000,
  100001,
  -101,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53,
  '',
  'none',
  'nps',
  'low',
  'premium',
  'ceo',
  'high',
  'seat',
  '1a',
  'a b',
  [],
  ['seat'],
  ['a', 'b', 'c', 'd'],
  [1],
  {},
  { open: true },
  Object.create({ inherited: 1 }) as unknown,
];

type Mutation =
  | { kind: 'set'; path: number; value: unknown }
  | { kind: 'delete' | 'extra' | 'reverse'; path: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    path: fc.nat(),
    value: fc.oneof(
      fc.nat({ max: edgeValues().length - 1 }).map((i) => edgeValues()[i]),
      fc.anything(),
    ),
  }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'extra' as const, 'reverse' as const),
    path: fc.nat(),
  }),
);

function mutate(plan: unknown, ms: Mutation[]): unknown {
  const x = structuredClone(plan) as Record<string, unknown>;
  for (const m of ms) {
    const all = paths(x);
    const path = all[m.path % all.length]!;
    if (path.length === 0) continue;
    let parent = x;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
    const key = path[path.length - 1]!;
    const target = parent[key];
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') delete parent[key];
    else if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      const o = target as Record<string, unknown>;
      if (m.kind === 'extra') o.extraField = 1;
      else parent[key] = Object.fromEntries(Object.entries(o).reverse());
    }
  }
  return x;
}

describe('isDecisionsShape', () => {
  it('says yes to parsed plans, so a carried-over plan skips the zod parse', () => {
    expect(isDecisionsShape(base)).toBe(true);
    expect(isDecisionsShape(rich)).toBe(true);
    expect(isDecisionsShape(QuarterDecisionsSchema.parse(rich))).toBe(true);
  });

  it('says yes only where zod accepts the plan and returns it unchanged', () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(base, rich),
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        (plan, ms) => {
          const x = mutate(plan, ms);
          const parsed = QuarterDecisionsSchema.safeParse(x);
          if (isDecisionsShape(x)) {
            yes++;
            expect(parsed.success).toBe(true);
            expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(x));
            expect(parsed.data).toStrictEqual(x);
          } else no++;
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
    // Both answers were exercised.
    expect(yes).toBeGreaterThan(50);
    expect(no).toBeGreaterThan(300);
  }, 30_000);

  it('agrees with zod on an extra field anywhere: both refuse it, naming its path', () => {
    // Records keyed by id (surveys, touchpoints, channels, events) take any id as a key; every
    // other object is a fixed set of fields, where an extra one is a typo.
    const records = new Set(['metrics.surveys', 'journey.touchpoints', 'channels', 'events']);
    const objects = paths(rich).filter((p) => {
      let v: unknown = rich;
      for (const k of p) v = (v as Record<string, unknown>)[k];
      return v !== null && typeof v === 'object' && !Array.isArray(v) && !records.has(p.join('.'));
    });
    expect(objects.length).toBeGreaterThan(15);
    for (const p of objects) {
      const x = structuredClone(rich) as unknown as Record<string, unknown>;
      let o = x;
      for (const k of p) o = o[k] as Record<string, unknown>;
      o.typo = true;
      expect(isDecisionsShape(x)).toBe(false);
      expect(QuarterDecisionsSchema.safeParse(x).success).toBe(false);
      const r = validateDecisions(scenario, state, x);
      expect(r.ok ? [] : r.errors).toEqual([
        {
          path: [...p, 'typo'].join('.'),
          code: 'engine.error.unknownField',
          params: { fields: 'typo' },
        },
      ]);
    }
  });

  it('refuses what it does not know, so zod gives the reason', () => {
    const bad = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
    bad.understanding!.leadersDays = 4.5;
    expect(isDecisionsShape(bad)).toBe(false);
    const r = validateDecisions(scenario, state, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toBe('understanding.leadersDays');
  });

  it('validateDecisions still hands back its own copy', () => {
    const r = validateDecisions(scenario, state, base);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).not.toBe(base);
      expect(r.value).toStrictEqual(base);
    }
  });
});
