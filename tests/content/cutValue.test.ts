import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { main as sim } from '../../src/cli/simCommand';
import { cutText, describeValue } from '../../src/content/cutValue';
import { formatIssues } from '../../src/content/formatIssues';
import { parseLevel } from '../../src/content/levelLoader';
import { runCli } from '../fuzz/cliRun';
import { tutorialJson } from './fixtures';

const MB = 'x'.repeat(1_048_576);

describe('a 1 MB string is never echoed back whole', () => {
  it('cutText keeps 60 characters and says how long the value was', () => {
    expect(cutText('short')).toBe('short');
    expect(cutText(MB)).toBe(`${'x'.repeat(60)}… (1,048,576 characters)`);
    expect(describeValue(MB)).toBe(`"${'x'.repeat(60)}… (1,048,576 characters)"`);
  });

  it('formatIssues quotes the value found cut, and cuts a 1 MB field name in the path', () => {
    const r = z.strictObject({ id: z.string().max(40) }).safeParse({ id: MB });
    const [line] = formatIssues('level.json', r.error!.issues, { id: MB });
    expect(line).toBe(
      `level.json: id: too long: at most 40 characters (found: "${'x'.repeat(60)}… (1,048,576 characters)")`,
    );
    const key = z.record(z.string().max(40), z.number()).safeParse({ [MB]: 1 });
    const lines = formatIssues('plan.json', key.error!.issues, { [MB]: 1 });
    expect(lines.every((l) => l.length < 200)).toBe(true);
  });

  it('a level with a 1 MB id or text key: each line stays short', () => {
    const level = tutorialJson();
    level.channels[0].id = MB;
    level.name = MB;
    const r = parseLevel('level.json', level);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    for (const line of r.errors) expect(line.length).toBeLessThan(300);
  });

  it('sim cuts a 1 MB argument, seed or difficulty', async () => {
    for (const args of [
      [MB],
      ['--level', 'levels/tutorial.json', '--seed', MB],
      ['--level', 'levels/tutorial.json', '--difficulty', MB],
      [`--${MB}`],
    ]) {
      const r = await runCli(() => sim(args));
      expect(r.code).toBe(2);
      expect(r.err.length).toBeLessThan(600);
      expect(r.err).toMatch(/\(1,04[0-9,]+ characters\)/);
    }
  });
});
