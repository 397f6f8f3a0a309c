import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@colyseus/sdk';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { QuarterDecisions } from '../../src/engine';
import { startClassServer, type RunningClassServer } from '../../src/server/classServer';
import { inbox, type Inbox } from '../server/inbox';
import { CHROMIUM_ARGS, seriousAxeViolations } from './browser';

// A live class on a real class server at 127.0.0.1: the trainer's page in Chromium sets up and
// paces two quarters; three teams play through the room (Node clients of the same SDK).
const PORT = 4342;
const URL_BASE = `http://127.0.0.1:${PORT}/`;

interface Game {
  draft: QuarterDecisions;
  results: unknown[];
  carriedOver: number[];
}

describe('a live class', () => {
  let server: RunningClassServer;
  const profile = mkdtempSync(join(tmpdir(), 'nba-class-live-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
  let page: Page;

  beforeAll(async () => {
    server = await startClassServer({
      host: '127.0.0.1',
      port: PORT,
      staticDir: inject('testDir'),
      teamUrl: URL_BASE,
    });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: inject('chromiumPath'),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  });

  async function joinTeam(code: string, name: string, teamKey = `${name}-key-0123456789abcdef`) {
    const client = new Client(URL_BASE);
    const room = await client.joinById(code, { role: 'team', name, teamKey });
    const box: Inbox = inbox(room);
    return { client, room, box, teamKey, game: await box.next<Game>('game') };
  }

  it('sets up, paces two quarters, shows every team and exports records that verify', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${URL_BASE}class`);
    await page.locator('[data-name=setup]').waitFor();
    await page.locator('[data-name=setup-scenario]').selectOption('airline');
    await page.locator('[data-name=setup-quarters]').fill('2');
    await page.locator('[data-name=setup-seed]').fill('42');
    await page.locator('[data-name=setup-minutes]').fill('0');
    await page.locator('[data-name=setup-start]').click();
    const code = (await page.locator('[data-name=session-code]').textContent({ timeout: 30_000 }))!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const blue = await joinTeam(code, 'Blue');
    let red = await joinTeam(code, 'Red');
    const green = await joinTeam(code, 'Green');
    await expect
      .poll(() => page.locator('[data-name=live-teams] li').count(), { timeout: 30_000 })
      .toBe(3);

    for (let quarter = 1; quarter <= 2; quarter++) {
      await page.locator('[data-name=open-quarter]').click();
      await expect
        .poll(() => page.locator('[data-name=live-status]').textContent(), { timeout: 30_000 })
        .toContain(`Quarter ${quarter} of 2 is open`);
      const plan = structuredClone(blue.game.draft);
      plan.culture.training += 10 * quarter;
      blue.room.send('commit', plan);
      await blue.box.next('committed');
      if (quarter === 1) {
        // Red drafts, loses its connection (a reload), comes back with its key: the draft is there.
        const draft = structuredClone(red.game.draft);
        draft.understanding.leadersDays = 2;
        red.room.send('draft', draft);
        await new Promise((r) => setTimeout(r, 200));
        await red.room.leave(true);
        red = await joinTeam(code, 'Red', red.teamKey);
        expect(red.game.draft.understanding.leadersDays).toBe(2);
        red.room.send('commit', red.game.draft);
        await red.box.next('committed');
      }
      // Green never commits.
      await expect
        .poll(() => page.locator('[data-name=live-teams]').textContent(), { timeout: 30_000 })
        .toMatch(
          quarter === 1
            ? /Blue — committed.*Red — committed|Red — committed.*Blue — committed/
            : /Blue — committed/,
        );
      await page.locator('[data-name=close-quarter]').click();
      blue.game = await blue.box.next<Game>('game');
      red.game = await red.box.next<Game>('game');
      green.game = await green.box.next<Game>('game');
      expect(blue.game.results).toHaveLength(quarter);
    }
    expect(green.game.carriedOver).toEqual([0, 1]);

    // The dashboard shows all three teams; the session is over.
    await expect
      .poll(() => page.locator('.class-live [data-name=scores] tbody th').count(), {
        timeout: 30_000,
      })
      .toBe(3);
    const teams = await page.locator('.class-live [data-name=scores] tbody th').allTextContents();
    expect(teams.map((x) => x.split(' ')[0]).sort()).toEqual(['Blue', 'Green', 'Red']);
    await expect
      .poll(() => page.locator('[data-name=live-status]').textContent())
      .toContain('The session is over');
    expect(await page.locator('[data-name=live-error]').getAttribute('data-reason')).toBeNull();
    await page.screenshot({ path: 'tests/e2e/out/class-live-en.png', fullPage: true });

    // Exports: the CSV, and each team's record, which the command line verifies.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-name=live-export-csv]').click(),
    ]);
    const csvText = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8');
    expect(csvText.split('\r\n').filter((l) => /^"(Blue|Red|Green)",2,nps,/.test(l))).toHaveLength(
      3,
    );
    const links = page.locator('[data-name=export-records] a');
    await expect.poll(() => links.count()).toBe(3);
    const dir = mkdtempSync(join(tmpdir(), 'nba-class-records-'));
    for (let i = 0; i < 3; i++) {
      const [file] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
      const path = join(dir, file.suggestedFilename());
      writeFileSync(path, Buffer.concat(await (await file.createReadStream()).toArray()));
      const verify = spawnSync(
        process.execPath,
        ['src/cli/launch.mjs', 'sim', '--level', 'levels/airline.json', '--verify', path],
        { encoding: 'utf8' },
      );
      expect(verify.stdout + verify.stderr).toMatch(
        /: match: airline revision \d+, seed \d+, \w+, 2 of 8 quarters/,
      );
      expect(verify.status).toBe(0);
    }
    rmSync(dir, { recursive: true, force: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The trainer's page reloads into the same session.
    await page.reload();
    await expect
      .poll(() => page.locator('[data-name=session-code]').textContent(), { timeout: 30_000 })
      .toBe(code);
    expect(errors).toEqual([]);
    expect(await page.locator('[data-name=live-error]').getAttribute('data-reason')).toBeNull();
    await Promise.all([blue.room.leave(), red.room.leave(), green.room.leave()]);
  });
});
