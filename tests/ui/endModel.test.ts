import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { replay, type QuarterOutcome, type Scenario } from '../../src/engine';
import { buildEndModel } from '../../src/ui/viewModels/endModel';

function trueValue(o: QuarterOutcome, metric: Scenario['targets'][number]['metric']): number {
  return metric === 'knowledgeGap' ? o.true.gaps.knowledge : o.true[metric];
}

function airline(): Scenario {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

const scenario = airline();
const start = scenario.company.start;
const game = replay(scenario, 3, 'normal', [start, start]);
const last = game.results.at(-1)!;

/** A last quarter where every target is met (or missed) by a clear margin. */
function judged(meetAll: boolean): QuarterOutcome {
  const t = { ...last.true, gaps: { ...last.true.gaps } };
  for (const target of scenario.targets) {
    const up = (target.direction === 'atLeast') === meetAll;
    const value = target.value + (up ? 1 : -1) * Math.max(1, Math.abs(target.value) * 0.1);
    if (target.metric === 'knowledgeGap') t.gaps.knowledge = value;
    else t[target.metric] = value;
  }
  return { ...last, true: t, gameOver: false };
}

describe('the End scorecard', () => {
  it('has one line per target, grouped by perspective, judged on the true final figures', () => {
    const model = buildEndModel(scenario, game.results);
    expect(model.lines).toHaveLength(scenario.targets.length);
    const order = model.lines.map((l) => l.perspective);
    const groups = order.filter((p, i) => p !== order[i - 1]);
    expect(new Set(groups).size).toBe(groups.length);
    for (const line of model.lines) {
      expect(line.value).toBe(trueValue(last, line.metric));
      expect(line.met).toBe(
        line.direction === 'atLeast' ? line.value >= line.target : line.value <= line.target,
      );
    }
    expect(model.met).toBe(model.lines.filter((l) => l.met).length);
  });

  it('is won when every target is met and lost when most are missed', () => {
    expect(buildEndModel(scenario, [judged(true)]).result).toBe('won');
    expect(buildEndModel(scenario, [judged(false)]).result).toBe('lost');
  });

  it('is lost when the money ran out, with the same scorecard', () => {
    const broke = { ...judged(true), gameOver: true };
    const model = buildEndModel(scenario, [broke]);
    expect(model.result).toBe('lost');
    expect(model.bankrupt).toBe(true);
    expect(model.lines).toHaveLength(scenario.targets.length);
  });

  it('counts the quarters played', () => {
    const model = buildEndModel(scenario, game.results);
    expect(model.quartersPlayed).toBe(2);
    expect(model.quarters).toBe(scenario.quarters);
  });
});
