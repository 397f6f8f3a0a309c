import { describe, expect, it } from 'vitest';
import { forkLog, planToLog, replay, whatIf } from '../../src/engine';
import { airline, strongPlan } from './helpers';

const scenario = airline();
const log = planToLog(scenario.company.start, { quarters: strongPlan }, scenario.quarters);
const real = replay(scenario, 21, 'normal', log);

describe('what-if: a fork of the decision log', () => {
  it('gives the original game exactly when nothing changes', () => {
    const r = whatIf(scenario, 21, 'normal', log, { quarter: 3, patch: {}, scope: 'onward' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.hash).toBe(real.hash);
    expect(r.record.results).toEqual(real.results);
  });

  it('leaves the quarters before the fork alone and changes the ones after', () => {
    const r = whatIf(scenario, 21, 'normal', log, {
      quarter: 4,
      patch: { channels: { callCentre: { open: false } } },
      scope: 'onward',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.results.slice(0, 4)).toEqual(real.results.slice(0, 4));
    expect(r.record.results[4]!.true.nps).not.toBe(real.results[4]!.true.nps);
    // The lasting change holds in every later quarter.
    for (const d of r.log.slice(4)) expect(d.channels.callCentre!.open).toBe(false);
    expect(r.log[3]!.channels.callCentre!.open).toBe(true);
  });

  it('keeps one-off choices in their own quarter only', () => {
    const forked = forkLog(log, {
      quarter: 2,
      patch: { journey: { touchpoints: { checkin: { redesign: true, investment: 50 } } } },
      scope: 'onward',
    });
    expect(forked[2]!.journey.touchpoints.checkin!.redesign).toBe(true);
    expect(forked[3]!.journey.touchpoints.checkin!.redesign).toBe(false);
    expect(forked[3]!.journey.touchpoints.checkin!.investment).toBe(50);
    const once = forkLog(log, {
      quarter: 2,
      patch: { governance: { owner: 'none' } },
      scope: 'quarter',
    });
    expect(once[2]!.governance.owner).toBe('none');
    expect(once[3]!.governance.owner).toBe('ceo');
  });

  it('returns the rules’ reasons when the fork is refused', () => {
    const r = whatIf(scenario, 21, 'normal', log, {
      quarter: 1,
      patch: { culture: { training: 90000 } },
      scope: 'quarter',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.quarter).toBe(1);
    expect(r.errors.map((e) => e.code)).toContain('engine.error.overBudget');
  });
});
