import { describe, expect, it } from 'vitest';
import { checkRecord, sessionOf } from '../../src/class/recordCheck';
import { classToCsv, csvText } from '../../src/class/classCsv';
import { checkTeamName, teamNameFromFile, TEAM_NAME_MAX } from '../../src/class/teamName';
import { rankTeams } from '../../src/class/classSummary';
import { replay } from '../../src/engine';
import { level, tampered, teamRecord, TEAM_PLANS } from './records';

const airline = level('airline');
const tutorial = level('tutorial');
const scenarioOf = (id: string) => [airline, tutorial].find((s) => s.id === id);

describe('checking a team record by replaying it', () => {
  const record = teamRecord(airline, 42, 2, TEAM_PLANS[1]!);

  it('accepts a record that replays to its own results, and names its session', () => {
    const check = checkRecord(JSON.stringify(record), scenarioOf, null);
    expect(check.ok).toBe(true);
    if (check.ok)
      expect(check.session).toEqual({
        scenario: 'airline',
        revision: airline.revision,
        seed: 42,
        difficulty: 'normal',
        events: '',
      });
  });

  it('replays a record under its session’s events, and refuses one of other events or events that do not fit', () => {
    const none = replay(airline, 42, 'normal', record.decisions, { mode: 'none' });
    const check = checkRecord(JSON.stringify(none), scenarioOf, null);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // The scenario handed on (for the dashboard's figures and lessons) is the one as played.
    expect(check.scenario.events.every((ev) => ev.quarter === null)).toBe(true);
    expect(checkRecord(JSON.stringify(none), scenarioOf, sessionOf(record))).toEqual({
      ok: false,
      reason: 'otherEvents',
    });
    const unknown = { ...none, events: { mode: 'chosen', quarters: [[], ['volcano']] } };
    expect(checkRecord(JSON.stringify(unknown), scenarioOf, null)).toEqual({
      ok: false,
      reason: 'badEvents',
      field: 'events.quarters.1.0',
    });
  });

  it('refuses a record whose results were changed by hand, naming the first changed field', () => {
    expect(checkRecord(JSON.stringify(tampered(record)), scenarioOf, null)).toEqual({
      ok: false,
      reason: 'resultsDiffer',
      field: 'results.1.true.nps',
    });
  });

  it('refuses a record whose hash does not match its content', () => {
    const bad = { ...record, hash: '0123456789abcdef' };
    expect(checkRecord(JSON.stringify(bad), scenarioOf, null)).toMatchObject({
      ok: false,
      reason: 'hashDiffers',
    });
  });

  it('refuses a record of another seed, scenario or difficulty than the class', () => {
    const session = sessionOf(record);
    const otherSeed = teamRecord(airline, 43, 2, {});
    expect(checkRecord(JSON.stringify(otherSeed), scenarioOf, session)).toEqual({
      ok: false,
      reason: 'otherSeed',
      found: 43,
      expected: 42,
    });
    const otherScenario = teamRecord(tutorial, 42, 1, {});
    expect(checkRecord(JSON.stringify(otherScenario), scenarioOf, session)).toMatchObject({
      ok: false,
      reason: 'otherScenario',
      found: 'tutorial',
    });
  });

  it('refuses a record of another revision of the scenario', () => {
    const old = { ...record, scenario: { id: 'airline', revision: airline.revision - 1 } };
    expect(checkRecord(JSON.stringify(old), scenarioOf, null)).toMatchObject({
      ok: false,
      reason: 'otherRevision',
      expected: airline.revision,
    });
  });

  it('refuses a file that is not JSON or not a record, saying which field is wrong', () => {
    expect(checkRecord('{ not json', scenarioOf, null)).toEqual({ ok: false, reason: 'notJson' });
    expect(checkRecord(JSON.stringify({ ...record, seed: -1 }), scenarioOf, null)).toEqual({
      ok: false,
      reason: 'notRecord',
      field: 'seed',
    });
  });
});

describe('team names', () => {
  it('are tidied, limited in length and unique without regard to case', () => {
    expect(checkTeamName('  Blue\u0000  team ', [])).toEqual({ ok: true, name: 'Blue team' });
    expect(checkTeamName('   ', [])).toEqual({ ok: false, reason: 'empty' });
    expect(checkTeamName('x'.repeat(TEAM_NAME_MAX + 1), [])).toEqual({
      ok: false,
      reason: 'tooLong',
    });
    expect(checkTeamName('blue TEAM', ['Blue team'])).toEqual({ ok: false, reason: 'taken' });
    expect(checkTeamName(42, [])).toEqual({ ok: false, reason: 'empty' });
  });

  it('come from a record file name without its extension', () => {
    expect(teamNameFromFile('Blue team.json')).toBe('Blue team');
    expect(teamNameFromFile('Red.record.json')).toBe('Red');
  });
});

describe('the class CSV and ranking', () => {
  const teams = TEAM_PLANS.map((p, i) => ({
    team: `T${i}`,
    outcomes: teamRecord(airline, 42, 2, p).results,
  }));

  it('has one row per team, quarter and metric, with true and measured values', () => {
    const lines = classToCsv(teams).trimEnd().split('\r\n');
    expect(lines[0]).toBe('team,quarter,metric,true,measured,marginOfError');
    const perTeam = (lines.length - 1) / 3;
    expect(perTeam % 2).toBe(0);
    expect(lines.filter((l) => l.startsWith('"T1",2,nps,'))).toHaveLength(1);
    const nps = lines.find((l) => l.startsWith('"T1",2,nps,'))!.split(',');
    expect(Number(nps[3])).toBe(teams[1]!.outcomes[1]!.true.nps);
  });

  it('never lets a typed team name become a spreadsheet formula or break a cell', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('a,b')).toBe('"a,b"');
  });

  it('ranks every team that played on the scorecard, most targets met first', () => {
    const ranking = rankTeams(airline, teams);
    expect(ranking.map((r) => r.team).sort()).toEqual(['T0', 'T1', 'T2']);
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i - 1]!.met).toBeGreaterThanOrEqual(ranking[i]!.met);
    expect(ranking[0]!.targets).toBe(airline.targets.length);
  });
});
