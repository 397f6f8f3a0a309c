/**
 * npm run balance -- --level <file> [--games N] [--seed S] [--seeds K] [--json]
 * Plays the scripted plans and N seeded random plans (each on K seeds) and reports the score
 * distribution, the best plans, lever effects and the do-nothing outcome. Exit 0 when the level
 * meets the balance checks, 1 when it does not, 2 on bad input.
 */
import { readLevelFile } from '../content/readLevelFile';
import { balanceOf } from '../content/balance/report';
import { balanceText } from '../content/balance/text';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function count(argv: string[], name: string, fallback: number): number {
  const raw = option(argv, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`balance: --${name} must be a whole number, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
}

const argv = process.argv.slice(2);
const file = option(argv, 'level');
if (!file) {
  process.stderr.write(
    'usage: npm run balance -- --level <file> [--games N] [--seed S] [--seeds K] [--json]\n',
  );
  process.exit(2);
}
const loaded = readLevelFile(file);
if (!loaded.ok) {
  process.stderr.write(`${loaded.errors.join('\n')}\n`);
  process.exit(2);
}
const summary = balanceOf(loaded.value, {
  games: count(argv, 'games', 24),
  seed: count(argv, 'seed', 1),
  seeds: Math.max(1, count(argv, 'seeds', 2)),
});
process.stdout.write(
  argv.includes('--json') ? `${JSON.stringify(summary, null, 2)}\n` : `${balanceText(summary)}\n`,
);
const ok = Object.values(summary.checks).every(Boolean);
process.exitCode = ok ? 0 : 1; // set, not forced: a forced exit can cut what is still queued for a pipe
