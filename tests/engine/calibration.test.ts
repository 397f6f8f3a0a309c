import { describe, expect, it } from 'vitest';
import { airline, mean, play, strongPlan } from './helpers';

// Ranges from the scenario's calibration block (SIMULATION.md calibration targets).
const scenario = airline();
const { sectorNps, sectorCsat, leadersNps } = scenario.calibration;
const seeds = [1, 2, 3];

describe('calibration (airline)', () => {
  const idle = seeds.map((s) => play(scenario, s));
  const strong = seeds.map((s) => play(scenario, s, strongPlan));
  const lastTwo = (r: (typeof idle)[number], f: (o: (typeof r.results)[number]) => number) =>
    mean(r.results.slice(-2).map(f));

  it('doing nothing ends near the sector average NPS and CSAT', () => {
    const nps = mean(idle.map((r) => lastTwo(r, (o) => o.true.nps)));
    const csat = mean(idle.map((r) => lastTwo(r, (o) => o.true.csat)));
    expect(nps).toBeGreaterThanOrEqual(sectorNps[0]);
    expect(nps).toBeLessThanOrEqual(sectorNps[1]);
    expect(csat).toBeGreaterThanOrEqual(sectorCsat[0]);
    expect(csat).toBeLessThanOrEqual(sectorCsat[1]);
  });

  it('a strong, sensible strategy reaches the leaders’ range', () => {
    const nps = mean(strong.map((r) => lastTwo(r, (o) => o.true.nps)));
    expect(nps).toBeGreaterThanOrEqual(leadersNps[0]);
    expect(nps).toBeLessThanOrEqual(leadersNps[1]);
  });

  it('nothing goes beyond what real leaders reach', () => {
    for (const r of [...idle, ...strong])
      for (const o of r.results) expect(o.true.nps).toBeLessThanOrEqual(leadersNps[1]);
  });

  it('response rates sit near the B2C e-mail norm (13–16%, Satmetrix 2015) without closing the loop', () => {
    const rates = idle.flatMap((r) => r.results.map((o) => o.measured.responseRate ?? 0));
    expect(mean(rates)).toBeGreaterThan(10);
    expect(mean(rates)).toBeLessThan(18);
  });
});
