/**
 * The class dashboard's figures, from each team's verified outcomes: per quarter the true and
 * measured scores, money, credibility and spend by pillar; a ranking on the balanced scorecard.
 */
import { PILLARS, scorecardOf, type Pillar, type QuarterOutcome, type Scenario } from '../engine';

/**
 * What a class keeps of a team's quarter: the figures the dashboard, the ranking, the discussion
 * prompts and the CSV show. The rest of an outcome (touchpoints, paths, verbatims…) a class server
 * never keeps: a replay of the team's decisions gives it back, bit for bit.
 */
export interface QuarterFigures {
  quarter: number;
  true: QuarterOutcome['true'];
  measured: QuarterOutcome['measured'];
  costs: QuarterOutcome['costs'];
  channels: Pick<QuarterOutcome['channels'][number], 'id' | 'open' | 'quality'>[];
}

export function figuresOf(o: QuarterOutcome): QuarterFigures {
  return {
    quarter: o.quarter,
    true: o.true,
    measured: o.measured,
    costs: o.costs,
    channels: o.channels.map(({ id, open, quality }) => ({ id, open, quality })),
  };
}

export interface TeamQuarter {
  /** 1-based, as the room reads it. */
  quarter: number;
  nps: { true: number; measured: number | null; margin: number | null };
  csat: { true: number; measured: number | null; margin: number | null };
  ces: { true: number; measured: number | null; margin: number | null };
  retention: number;
  profit: number;
  cash: number;
  credibility: number;
  /** k€ per pillar (channels count with the customer journey, as in the debrief). */
  spend: Record<Pillar, number>;
}

export interface TeamStanding {
  team: string;
  /** Targets met at the last quarter played, out of `targets`. */
  met: number;
  targets: number;
  /** Mean distance beyond (+) or short of (−) each target, relative to it: breaks ties. */
  margin: number;
  quarters: number;
}

const score = (o: QuarterFigures, m: 'nps' | 'csat' | 'ces') => ({
  true: o.true[m],
  measured: o.measured[m],
  margin: o.measured.marginOfError[m],
});

export function teamQuarters(outcomes: readonly QuarterFigures[]): TeamQuarter[] {
  return outcomes.map((o) => {
    const spend = {} as Record<Pillar, number>;
    for (const p of PILLARS) spend[p] = o.costs[p] + (p === 'journey' ? o.costs.channels : 0);
    return {
      quarter: o.quarter + 1,
      nps: score(o, 'nps'),
      csat: score(o, 'csat'),
      ces: score(o, 'ces'),
      retention: o.true.retention,
      profit: o.true.profit,
      cash: o.true.cash,
      // The engine keeps credibility as a share (0–1); the room reads it as a percentage.
      credibility: o.true.credibility * 100,
      spend,
    };
  });
}

/** Ranks teams on the balanced scorecard (targets met), then on how far past them they are. */
export function rankTeams(
  scenario: Scenario,
  teams: { team: string; outcomes: readonly QuarterFigures[] }[],
): TeamStanding[] {
  const standings = teams
    .filter((t) => t.outcomes.length > 0)
    .map(({ team, outcomes }) => {
      const lines = scorecardOf(scenario, outcomes);
      const margins = lines.map((l) => {
        const scale = Math.max(1, Math.abs(l.target));
        const beyond = l.direction === 'atLeast' ? l.actual - l.target : l.target - l.actual;
        return beyond / scale;
      });
      return {
        team,
        met: lines.filter((l) => l.met).length,
        targets: lines.length,
        margin: margins.length ? margins.reduce((a, b) => a + b, 0) / margins.length : 0,
        quarters: outcomes.length,
      };
    });
  return standings.sort(
    (a, b) => b.met - a.met || b.margin - a.margin || (a.team < b.team ? -1 : 1),
  );
}
