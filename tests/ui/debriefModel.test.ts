import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { debriefOf, planToLog, replay, whatIf, type Scenario } from '../../src/engine';
import { buildDebriefView, type Cell, type Table } from '../../src/ui/viewModels/debriefModel';
import {
  whatIfComparison,
  whatIfLevers,
  whatIfRequest,
} from '../../src/ui/viewModels/debriefWhatIf';

function level(file: string): Scenario {
  const r = readLevelFile(file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

const tutorial = level('levels/tutorial.json');
const log = planToLog(
  tutorial.company.start,
  { quarters: [{}, { governance: { owner: 'ceo', council: true } }] },
  tutorial.quarters,
);
const debrief = debriefOf(tutorial, 3, 'normal', log);
const view = buildDebriefView(tutorial, 3, debrief, 'en');
const numberIn = (c: Cell) => ('num' in c ? c.num : NaN);

function allTables(): Table[] {
  return [
    view.scorecard.table,
    ...view.why.tables,
    ...(view.why.touchpoints ? [view.why.touchpoints] : []),
    view.why.segments,
    view.believed.quarters,
    view.believed.touchpoints,
    view.pillars.table,
  ];
}

describe('debrief view-model', () => {
  it('gives every row of every table as many cells as the table has columns', () => {
    for (const t of allTables())
      for (const row of t.rows) expect(row.length, t.name).toBe(t.columns.length);
  });

  it('shows each quarter’s drivers adding up to its change', () => {
    for (const t of view.why.tables)
      for (const row of t.rows) {
        const [, from, to, change, ...drivers] = row.map(numberIn);
        expect(change).toBeCloseTo(to! - from!, 2);
        expect(Math.abs(drivers.reduce((a, b) => a + b, 0) - change!)).toBeLessThan(0.01);
      }
  });

  it('names a largest driver only where one moved the score at its precision', () => {
    const still = structuredClone(debrief);
    const ces = still.attribution.game.ces;
    ces.total = 0.001;
    for (const d of ces.drivers) d.delta = 0.001;
    const summaries = buildDebriefView(tutorial, 3, still, 'en').why.summaries;
    expect(summaries[2]).toMatchObject({ key: 'debrief.why.drivenNone' });
    expect(summaries[0]!.key).toBe('debrief.why.drivenMost');
  });

  it('says “not measured” where no survey ran, and shows the number where one did', () => {
    const rows = view.believed.touchpoints.rows;
    const last = debrief.believed.touchpoints;
    rows.forEach((row, i) => {
      const measured = row[2]!;
      if (last[i]!.measured === null)
        expect(measured).toEqual({ key: 'debrief.believed.notMeasured' });
      else expect(numberIn(measured)).toBe(last[i]!.measured);
    });
    expect(view.believed.blind).toBe(last.filter((t) => t.quartersMeasured === 0).length);
  });

  it('writes a money target and its result in the unit the target is named in', () => {
    const airline = level('levels/airline.json');
    const airlineLog = planToLog(airline.company.start, { quarters: [{}, {}] }, airline.quarters);
    const d = debriefOf(airline, 5, 'normal', airlineLog);
    const v = buildDebriefView(airline, 5, d, 'nl');
    const cash = d.scorecard.findIndex((l) => l.metric === 'cash');
    expect(cash).toBeGreaterThanOrEqual(0);
    const [, norm, actual] = v.scorecard.table.rows[cash]!;
    // The airline's cash target is 350 M€ (350 000 k€): never "350.000" beside "350 M€".
    expect(norm).toMatchObject({ params: { value: '350,0 M€' } });
    expect(actual).toMatchObject({ digits: 1, unit: ' M€' });
    expect(numberIn(actual!)).toBeCloseTo(d.scorecard[cash]!.actual / 1000, 6);
    const csat = d.scorecard.findIndex((l) => l.metric === 'csat');
    expect(v.scorecard.table.rows[csat]![2]).toMatchObject({ unit: '%' });
    // The profit line ("no loss", a target of 0) is in the scorecard's one unit too, whatever
    // its own size: "−8,3 M€", never "−8.284 k€" under "350,0 M€".
    const profit = d.scorecard.findIndex((l) => l.metric === 'profit');
    expect(profit).toBeGreaterThanOrEqual(0);
    const small = structuredClone(d);
    small.scorecard[profit]!.actual = -8284;
    const [, profitNorm, profitActual] = buildDebriefView(airline, 5, small, 'nl').scorecard.table
      .rows[profit]!;
    expect(profitNorm).toMatchObject({ params: { value: '0,0 M€' } });
    expect(profitActual).toMatchObject({ digits: 1, unit: ' M€' });
    expect(numberIn(profitActual!)).toBeCloseTo(-8.284, 6);
  });

  it('puts every target on the scorecard with its verdict', () => {
    expect(view.scorecard.total).toBe(tutorial.targets.length);
    expect(view.scorecard.met).toBe(debrief.scorecard.filter((l) => l.met).length);
  });
});

describe('what-if levers', () => {
  const real = replay(tutorial, 3, 'normal', log);

  it('replays the real game exactly when a lever is set to what was played', () => {
    for (const lever of whatIfLevers(tutorial, log[1]!)) {
      const r = whatIf(tutorial, 3, 'normal', log, whatIfRequest(lever, lever.current, 1, true));
      expect(r.ok, lever.id).toBe(true);
      if (r.ok) expect(r.record.results, lever.id).toEqual(real.results);
    }
  }, 30_000);

  it('covers every lever the Plan has: each field of a quarter’s decisions is changed by some lever', () => {
    const d = log[1]!;
    /** The dotted paths a patch sets, with record keys (touchpoint, channel ids) as '*'. */
    const paths = (x: unknown, at: string[] = [], out = new Set<string>()): Set<string> => {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) out.add(at.join('.'));
      else
        for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
          const records = ['surveys', 'touchpoints', 'channels'];
          paths(v, [...at, records.includes(at[at.length - 1] ?? '') ? '*' : k], out);
        }
      return out;
    };
    const covered = new Set<string>();
    for (const lever of whatIfLevers(tutorial, d))
      for (const c of lever.choices)
        if (c.value !== lever.current) for (const p of paths(lever.patch(c.value))) covered.add(p);
    // Every field of the decisions (records by their entries' fields), events excepted: a
    // response belongs to the event that struck, not to a plan.
    // Removing a touchpoint is offered only where the scenario allows it.
    const removable = tutorial.stages.some((st) => st.touchpoints.some((t) => t.removable));
    const wanted = new Set(
      [...paths({ ...d, events: undefined })].filter(
        (p) => !p.startsWith('events') && (removable || !p.endsWith('.removed')),
      ),
    );
    for (const p of wanted) expect(covered, p).toContain(p);
  });

  it('changes the outcome when CX is left to nobody, and compares it with the real game', () => {
    const owner = whatIfLevers(tutorial, log[1]!).find((l) => l.id === 'governance.owner')!;
    const r = whatIf(tutorial, 3, 'normal', log, whatIfRequest(owner, 'none', 1, true));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cmp = whatIfComparison(real.results, r.record.results);
    expect(cmp.quarter).toBe(tutorial.quarters);
    const nps = cmp.rows.find((x) => x.metric === 'nps')!;
    expect(nps.real).toBe(real.results.at(-1)!.true.nps);
    expect(nps.alt).not.toBe(nps.real);
    expect(nps.delta).toBeCloseTo(nps.alt - nps.real, 2);
  });
});
