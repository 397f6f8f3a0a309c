import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, seriousAxeViolations } from './browser';
import { level, tampered, teamRecord, TEAM_PLANS } from '../class/records';

// The offline class: three teams' record files dropped on the trainer's page, one of them edited
// by hand. Each file is replayed in the browser; the edited one is refused by name.
describe('the offline class dashboard', () => {
  const profile = mkdtempSync(join(tmpdir(), 'nba-class-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: inject('chromiumPath'),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
  });
  afterAll(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('accepts two verified records and refuses the tampered one by its file name', async () => {
    const airline = level('airline');
    const [blue, red, green] = TEAM_PLANS.map((p) => teamRecord(airline, 42, 2, p));
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('class.html', inject('baseUrl')).href);
    await page.getByRole('heading', { name: 'Class dashboard' }).waitFor();
    const file = (name: string, record: unknown) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(record)),
    });
    await page
      .locator('[data-name=record-files]')
      .setInputFiles([
        file('Blue.json', blue),
        file('Red.json', red),
        file('Green.json', tampered(green!)),
      ]);
    const accepted = page.locator('[data-name=accepted] li');
    await expect.poll(() => accepted.count(), { timeout: 60_000 }).toBe(2);
    expect(await accepted.allTextContents()).toEqual([
      expect.stringContaining('Blue: verified (2 quarters'),
      expect.stringContaining('Red: verified (2 quarters'),
    ]);
    const refused = await page.locator('[data-name=refused] li').allTextContents();
    expect(refused).toEqual([
      expect.stringMatching(/^Green\.json refused: the results do not match/),
    ]);

    // Both verified teams side by side, the refused one nowhere in the figures.
    const teams = await page.locator('[data-name=scores] tbody th').allTextContents();
    expect(teams).toEqual(['Blue', 'Red']);
    const row = await page
      .locator('[data-name=scores] tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(row[0]).toBe(String(Math.round(blue!.results[1]!.true.nps)));
    expect(await page.locator('[data-name=ranking] li').count()).toBe(2);

    // The class CSV holds both teams, every quarter and metric.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-name=export-csv]').click(),
    ]);
    const csv = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(csv).toString('utf8').trimEnd().split('\r\n');
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(
      new Set(['"Blue"', '"Red"']),
    );

    // A file of another seed is refused once the class's session is set.
    await page
      .locator('[data-name=record-files]')
      .setInputFiles([file('Late.json', teamRecord(airline, 7, 1, {}))]);
    await expect
      .poll(() => page.locator('[data-name=refused] li').allTextContents(), { timeout: 60_000 })
      .toContainEqual(expect.stringContaining('Late.json refused: it was played with seed 7'));

    await page.screenshot({ path: 'tests/e2e/out/class-offline-en.png', fullPage: true });
    await page.locator('[data-name=lang-nl]').click();
    await page.getByRole('heading', { name: 'Klasdashboard' }).waitFor();
    await page.locator('[data-name=record-files]').setInputFiles([file('Blue.json', blue)]);
    await page.locator('[data-name=accepted] li').first().waitFor();
    await page.screenshot({ path: 'tests/e2e/out/class-offline-nl.png', fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
