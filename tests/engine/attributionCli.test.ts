import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Drivers {
  total: number;
  drivers: { id: string; pillar: string | null; delta: number }[];
}

describe('npm run sim -- --debrief', () => {
  it('adds the attribution per quarter and the lessons to --json', () => {
    const r = spawnSync(
      process.execPath,
      [
        'src/cli/launch.mjs',
        'sim',
        '--level',
        'levels/airline.json',
        '--seed',
        '2',
        '--debrief',
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as {
      quarters: { true: { nps: number } }[];
      debrief: {
        attribution: ({ quarter: number } & Record<'nps' | 'csat' | 'ces', Drivers>)[];
        lessons: { id: string; pillar: string; competency: string }[];
      };
    };
    expect(j.debrief.attribution).toHaveLength(8);
    j.debrief.attribution.forEach((q, i) => {
      expect(q.quarter).toBe(i);
      for (const s of ['nps', 'csat', 'ces'] as const) {
        const sum = q[s].drivers.reduce((a, d) => a + d.delta, 0);
        expect(Math.abs(sum - q[s].total)).toBeLessThan(0.01);
      }
    });
    // The quarter's change is the change in the true NPS the report shows.
    expect(j.debrief.attribution[3]!.nps.total).toBeCloseTo(
      j.quarters[3]!.true.nps - j.quarters[2]!.true.nps,
      2,
    );
    expect(j.debrief.lessons.length).toBeGreaterThanOrEqual(3);
    for (const l of j.debrief.lessons)
      expect(l).toMatchObject({
        id: expect.any(String),
        pillar: expect.any(String),
        competency: expect.any(String),
      });
  }, 60_000);
});
