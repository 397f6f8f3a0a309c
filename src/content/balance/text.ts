import type { BalanceSummary } from './report';

const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

/** The balance summary as a short plain-text report for the terminal. */
export function balanceText(b: BalanceSummary): string {
  const d = b.distribution;
  const lines = [
    `${b.level} (revision ${b.revision}): ${b.games} games, seed ${b.seed}, ${b.seeds} seed(s) per plan`,
    `score (balanced scorecard, 0–100): min ${d.min}  p25 ${d.p25}  median ${d.median}  p75 ${d.p75}  max ${d.max}`,
    `do nothing: score ${b.doNothing.score}, NPS ${b.doNothing.nps} (sector ${b.doNothing.sectorNps.join(' to ')}), CSAT ${b.doNothing.csat}`,
    'best plans:',
    ...b.best.map(
      (x) =>
        `  ${x.score.toFixed(1).padStart(5)}  ${x.id.padEnd(26)} NPS ${String(x.nps).padStart(5)}  ${x.promise}  [${x.levers.join(', ')}]`,
    ),
    `top band (score ≥ ${b.topBand.from}): ${b.topBand.strategies.length} plan(s), promises ${b.topBand.promises.join(', ')}`,
    `lever effects (random plans, with − without): ${Object.entries(b.leverEffects)
      .map(([l, v]) => `${l} ${v > 0 ? '+' : ''}${v}`)
      .join(', ')}`,
    `dominant lever: ${b.dominantLever ?? 'none'}; plans beyond the leaders' NPS: ${b.beyondLeaders.join(', ') || 'none'}`,
    `checks: three strategies on top ${yes(b.checks.threeStrategiesOnTop)}, no single-lever plan on top ${yes(b.checks.noSingleLeverOnTop)}, do nothing near the sector ${yes(b.checks.doNothingNearSector)}`,
  ];
  return lines.join('\n');
}
