import { describe, expect, it } from 'vitest';
import { discussionPrompts, teamLessons } from '../../src/class/classDebrief';
import { debriefOf, type QuarterOutcome } from '../../src/engine';
import { level, TEAM_PLANS, teamRecord } from './records';

// The trainer's end-of-class view: the same lessons as the team's own debrief, and prompts
// chosen only from what the team's outcomes show.
const airline = level('airline');

function outcome(base: QuarterOutcome, nps: { measured: number | null; true: number }) {
  return {
    ...base,
    measured: { ...base.measured, nps: nps.measured },
    true: { ...base.true, nps: nps.true },
  };
}

describe('a team’s lessons and discussion prompts', () => {
  it('gives the top lessons of the team’s own debrief, from the same replays', () => {
    const record = teamRecord(airline, 42, 2, TEAM_PLANS[2]!);
    const lessons = teamLessons(airline, 42, 'normal', record.decisions);
    const own = debriefOf(airline, 42, 'normal', record.decisions).lessons;
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.map((l) => l.key)).toEqual(own.slice(0, 3).map((l) => l.key));
    expect(lessons[0]!.params).toEqual(own[0]!.params);
  }, 60_000);

  it('asks about a measured NPS that rose while the true one fell, and only then', () => {
    const [a, b] = teamRecord(airline, 42, 2, {}).results as [QuarterOutcome, QuarterOutcome];
    const diverged = [
      outcome(a, { measured: 10, true: 20 }),
      outcome(b, { measured: 25, true: 12 }),
    ];
    const prompt = discussionPrompts(airline, diverged, []).find(
      (p) => p.id === 'measuredRoseTrueFell',
    );
    expect(prompt?.params).toMatchObject({
      measuredFrom: 10,
      measuredTo: 25,
      trueFrom: 20,
      trueTo: 12,
    });
    const together = [
      outcome(a, { measured: 10, true: 20 }),
      outcome(b, { measured: 25, true: 30 }),
    ];
    expect(discussionPrompts(airline, together, []).map((p) => p.id)).not.toContain(
      'measuredRoseTrueFell',
    );
  });

  it('names the weakest open channel, the quarters not committed and an NPS never measured', () => {
    const results = teamRecord(airline, 42, 2, {}).results;
    const unmeasured = results.map((o) => outcome(o, { measured: null, true: o.true.nps }));
    const prompts = discussionPrompts(airline, unmeasured, [1]);
    const ids = prompts.map((p) => p.id);
    expect(ids).toContain('npsNeverMeasured');
    expect(prompts.find((p) => p.id === 'carriedOver')?.params.quarters).toBe('2');
    const open = results[1]!.channels.filter((c) => c.open);
    const weakest = open.reduce((x, y) => (y.quality < x.quality ? y : x));
    const elimination = prompts.find((p) => p.id === 'eliminationList');
    expect(elimination?.params.channelName).toBe(
      airline.channels.find((c) => c.id === weakest.id)!.name,
    );
    expect(ids.at(-1)).toBe('peakEnd');
  });
});
