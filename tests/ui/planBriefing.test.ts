import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { budgetOf, newGame, type Scenario } from '../../src/engine';
import { briefingModel } from '../../src/ui/viewModels/briefingModel';

const airline: Scenario = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();

const figure = (m: ReturnType<typeof briefingModel>, label: string) =>
  m.figures.find((f) => f.label === `game.briefing.${label}`)?.value;

describe('briefing view-model', () => {
  it('shows the company as the chosen difficulty leaves it', () => {
    const easy = briefingModel(airline, newGame(airline, 1, 'easy'));
    const hard = briefingModel(airline, newGame(airline, 1, 'hard'));
    expect(figure(easy, 'cash')).toBe(newGame(airline, 1, 'easy').company.cash);
    expect(figure(hard, 'budget')).toBe(budgetOf(airline, newGame(airline, 1, 'hard')));
    expect(figure(easy, 'budget')!).toBeGreaterThan(figure(hard, 'budget')!);
    expect(figure(easy, 'quarters')).toBe(airline.quarters);
    expect(figure(easy, 'customers')).toBe(
      airline.population.customers * airline.population.realPerSimulated,
    );
  });

  it('lists every segment with its personas and shares that add up to one', () => {
    const m = briefingModel(airline, newGame(airline, 1, 'normal'));
    expect(m.segments.map((s) => s.id)).toEqual(airline.segments.map((s) => s.id));
    expect(m.segments.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1);
    expect(m.segments.flatMap((s) => s.personas).length).toBeGreaterThanOrEqual(
      airline.segments.length,
    );
  });

  it('groups every target under its scorecard perspective, customer first', () => {
    const m = briefingModel(airline, newGame(airline, 1, 'normal'));
    expect(m.perspectives.flatMap((p) => p.targets).length).toBe(airline.targets.length);
    expect(m.perspectives[0]!.id).toBe('customer');
    for (const p of m.perspectives)
      for (const target of p.targets)
        expect(airline.targets.find((t) => t.id === target.id)?.perspective).toBe(p.id);
  });
});
