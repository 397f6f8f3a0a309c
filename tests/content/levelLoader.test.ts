import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/content/levelLoader';
import { createLevelRegistry } from '../../src/state/levels';
import { tutorialJson } from './fixtures';

const errorsOf = (data: unknown) => {
  const r = parseLevel('level.json', data);
  return r.ok ? [] : r.errors;
};

describe('parseLevel (every loader: the game, the sim, levels:check)', () => {
  it('passes the shipped tutorial, with or without the editors’ $schema', () => {
    const level = tutorialJson();
    expect(errorsOf(level)).toEqual([]);
    const withSchema = { $schema: '../docs/scenario.schema.json', ...level };
    const r = parseLevel('level.json', withSchema);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).not.toHaveProperty('$schema');
    expect(errorsOf({ ...level, $schema: 3 })).toEqual([
      "level.json: $schema: must be a string (a JSON Schema's path)",
    ]);
  });

  it('refuses an unknown field anywhere, naming it, rather than dropping it', () => {
    const level = tutorialJson();
    level.stages[1].touchpoints[0].reech = 0.5;
    level.company.start.culture.trainng = 10;
    level.difficulty.hard.budgte = 1;
    level.quartres = 3;
    expect(errorsOf(level).sort()).toEqual(
      [
        'level.json: quartres: unknown field (not in the schema)',
        'level.json: stages.1.touchpoints.0.reech: unknown field (not in the schema)',
        'level.json: company.start.culture.trainng: unknown field (not in the schema)',
        'level.json: difficulty.hard.budgte: unknown field (not in the schema)',
      ].sort(),
    );
  });

  it('refuses a duplicate touchpoint id, so the game and the sim never load such a level', () => {
    const level = tutorialJson();
    level.stages[3].touchpoints.push(structuredClone(level.stages[2].touchpoints[1]));
    const expected = [
      'level.json: stages.3.touchpoints.1.id: duplicate id "pickUp" (first at stages.2.touchpoints.1)',
    ];
    expect(errorsOf(level)).toEqual(expected);
    const registry = createLevelRegistry({ '../levels/dup.json': level });
    expect(registry.all).toEqual([]);
    expect(registry.broken).toEqual([
      { file: 'dup.json', errors: [expected[0]!.replace('level.json', 'dup.json')] },
    ]);
  });

  it('refuses starting settings that name what the level lacks, and an unserved touchpoint', () => {
    const level = tutorialJson();
    level.company.start.journey.peak = 'party';
    level.company.start.channels.counter.open = false;
    expect(errorsOf(level)).toEqual([
      'level.json: company.start.journey.peak: unknown touchpoint "party"',
      'level.json: stages.1.touchpoints.0.channels: no channel open at the start serves "dropOff"',
      'level.json: stages.2.touchpoints.1.channels: no channel open at the start serves "pickUp"',
    ]);
  });
});
