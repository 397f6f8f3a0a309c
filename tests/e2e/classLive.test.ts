import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/engine';
import { answerEventCards, clickNamed, seriousAxeViolations } from './browser';
import { CLASS_URL, useLiveClass } from './liveClass';

// A live class on a real class server at 127.0.0.1: the trainer's page sets up and paces two
// quarters; three teams, each in its own browser context, play the ordinary game by clicks.
const OUT = 'tests/e2e/out/';

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

const draft = (page: Page) =>
  page.evaluate(() => structuredClone(window.__nba.session.getState().session!.draft));

interface Team {
  name: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

describe('a live class', () => {
  const live = useLiveClass();
  let trainer: Page;
  const teams: Team[] = [];

  /** A team's own browser (its own storage) at the game's title, in English or Dutch. */
  async function openTeam(name: string, locale: string): Promise<Team> {
    const context = await live.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(CLASS_URL);
    await page.waitForFunction(() => '__nba' in window);
    await waitFor(page, 'Title');
    return { name, context, page, errors };
  }

  /** Join a class → code and team name; the reason shows when the join is refused. */
  async function joinAs(team: Team, code: string, name = team.name): Promise<string | null> {
    const { page } = team;
    if ((await page.locator('[data-name="join-class"]').count()) === 0)
      await clickNamed(page, 'title.joinClass');
    await page.locator('[data-name="join.code"]').fill(code);
    await page.locator('[data-name="join.name"]').fill(name);
    await page.locator('[data-name="join.submit"]').click();
    const outcome = await Promise.race([
      waitFor(page, 'Briefing').then(() => null),
      page
        .locator('[data-name="join.error"][data-reason]')
        .waitFor()
        .then(() => page.locator('[data-name="join.error"]').getAttribute('data-reason')),
    ]);
    return outcome;
  }

  /** After the trainer closes a quarter: the quarter plays, then its review, then on. */
  async function watchQuarter(team: Team): Promise<void> {
    const { page } = team;
    await waitFor(page, 'Run');
    await clickNamed(page, 'run.skip');
    await clickNamed(page, 'run.continue');
    await waitFor(page, 'Review');
    await clickNamed(page, 'review.continue');
  }

  const status = () => trainer.locator('[data-name=live-status]').textContent();

  it('three teams play two quarters in the game; the trainer paces, sees and exports them', async () => {
    // Fresh browsers each attempt: the trainer's page would otherwise return to an older session.
    teams.length = 0;
    const trainerContext = await live.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    trainer = await trainerContext.newPage();
    const errors: string[] = [];
    trainer.on('pageerror', (e) => errors.push(e.message));
    await trainer.goto(`${CLASS_URL}class`);
    await trainer.locator('[data-name=setup]').waitFor();
    await trainer.locator('[data-name=setup-scenario]').selectOption('airline');
    await trainer.locator('[data-name=setup-quarters]').fill('2');
    await trainer.locator('[data-name=setup-seed]').fill('42');
    await trainer.locator('[data-name=setup-minutes]').fill('0');
    await trainer.locator('[data-name=setup-start]').click();
    const code = (await trainer
      .locator('[data-name=session-code]')
      .textContent({ timeout: 30_000 }))!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    // The QR code is announced with the address it encodes.
    expect(
      await trainer
        .getByRole('img', { name: `QR code of the address teams open: ${CLASS_URL}` })
        .count(),
    ).toBe(1);

    const [blue, red, green] = await Promise.all([
      openTeam('Blue', 'en-GB'),
      openTeam('Red', 'en-GB'),
      openTeam('Groen', 'nl-NL'),
    ]);
    teams.push(blue!, red!, green!);

    // Clear reasons for a wrong code and a taken name; the team name is shown as text.
    expect(await joinAs(blue!, 'ZZZZZZ')).toBe('class.team.noSession');
    expect(await blue!.page.locator('[data-name="join.error"]').textContent()).toContain(
      'no session with that code',
    );
    await blue!.page.screenshot({ path: `${OUT}class-team-join-error-en.png` });
    expect(await joinAs(blue!, code.toLowerCase())).toBeNull();
    expect(await joinAs(red!, code, 'blue')).toBe('class.join.taken');
    expect(await joinAs(red!, code)).toBeNull();
    expect(await joinAs(green!, code)).toBeNull();
    for (const team of teams) {
      await team.page.click('[data-name="briefing.toPlan"]');
      await waitFor(team.page, 'ClassWait');
    }
    expect(await blue!.page.locator('[data-name="class-wait.status"]').textContent()).toBe(
      'Waiting for the trainer to open quarter 1. Your plan so far is kept.',
    );
    expect(await green!.page.locator('[data-name="class-wait.status"]').textContent()).toContain(
      'Wachten tot de trainer kwartaal 1 opent',
    );
    await green!.page.screenshot({ path: `${OUT}class-team-wait-nl.png` });
    await expect
      .poll(() => trainer.locator('[data-name=live-teams] li').count(), { timeout: 30_000 })
      .toBe(3);

    for (let quarter = 1; quarter <= 2; quarter++) {
      await trainer.locator('[data-name=open-quarter]').click();
      await expect.poll(status, { timeout: 30_000 }).toContain(`Quarter ${quarter} of 2 is open`);
      for (const team of teams) {
        await waitFor(team.page, 'Plan');
        await answerEventCards(team.page);
      }

      // Blue plans by clicks and commits both quarters; it then waits and sees who has committed.
      if (quarter === 1) {
        await clickNamed(blue!.page, 'plan.ch.chat');
        await blue!.page.click('[data-name="channels.chat.connected"]');
      }
      await blue!.page.click('[data-name="plan.commit"]');
      await waitFor(blue!.page, 'ClassWait');
      await expect
        .poll(() => blue!.page.locator('[data-name="class-wait.status"]').textContent())
        .toContain(`Your plan for quarter ${quarter} is in`);

      if (quarter === 1) {
        // Red drafts, reloads mid-quarter, and is back on its plan with its draft.
        await clickNamed(red!.page, 'plan.ch.chat');
        await red!.page.click('[data-name="channels.chat.connected"]');
        const before = await draft(red!.page);
        await red!.page.reload();
        await red!.page.waitForFunction(() => '__nba' in window);
        await waitFor(red!.page, 'Plan');
        expect(await draft(red!.page)).toEqual(before);
        await answerEventCards(red!.page);
        await red!.page.click('[data-name="plan.commit"]');
        await waitFor(red!.page, 'ClassWait');
        await blue!.page.screenshot({ path: `${OUT}class-team-committed-en.png` });
      }
      // Green never commits; Red does not commit quarter 2.
      await expect
        .poll(() => trainer.locator('[data-name=live-teams]').textContent(), { timeout: 30_000 })
        .toMatch(
          quarter === 1
            ? /Blue — committed.*Red — committed|Red — committed.*Blue — committed/
            : /Blue — committed/,
        );
      if (quarter === 2) {
        // The dashboard's badges follow the room's state as teams commit: Blue in, Groen not.
        const badge = (team: string, css: string) =>
          trainer
            .locator('.class-live [data-name=scores] tbody th')
            .filter({ hasText: team })
            .locator(css);
        await expect.poll(() => badge('Blue', '.class-badge.done').count()).toBe(1);
        expect(await badge('Groen', '.class-badge:not(.done)').count()).toBe(1);
        await trainer.screenshot({ path: `${OUT}class-live-open-en.png`, fullPage: true });
      }
      await trainer.locator('[data-name=close-quarter]').click();
      for (const team of teams) await watchQuarter(team);
      if (quarter === 1) for (const team of teams) await waitFor(team.page, 'ClassWait');
    }
    // The session is over: every team reaches its end and its debrief.
    for (const team of teams) {
      await waitFor(team.page, 'End');
      const played = await team.page.evaluate(
        () => window.__nba.session.getState().session!.results.length,
      );
      expect(played).toBe(2);
    }
    await clickNamed(blue!.page, 'end.debrief');
    await waitFor(blue!.page, 'Debrief');
    await blue!.page.screenshot({ path: `${OUT}class-team-debrief-en.png` });

    // The dashboard shows all three teams; the session is over.
    await expect
      .poll(() => trainer.locator('.class-live [data-name=scores] tbody th').count(), {
        timeout: 30_000,
      })
      .toBe(3);
    const names = await trainer
      .locator('.class-live [data-name=scores] tbody th')
      .allTextContents();
    expect(names.map((x) => x.split(' ')[0]).sort()).toEqual(['Blue', 'Groen', 'Red']);
    await expect.poll(status).toContain('The session is over');
    // After the last quarter: every team's lessons and the questions its game raises.
    const debriefs = trainer.locator('[data-name=class-debrief] article');
    await expect.poll(() => debriefs.count(), { timeout: 60_000 }).toBe(3);
    const groen = trainer.locator('[data-name=class-debrief] article[data-team="Groen"]');
    expect(await groen.locator('[data-prompt=carriedOver]').textContent()).toContain(
      'You did not commit quarter 1, 2',
    );
    expect(await groen.locator('[data-name=team-lessons] li').count()).toBeGreaterThan(0);
    const fontSize = await groen
      .locator('[data-name=team-prompts] li')
      .first()
      .evaluate((e: Element) => parseFloat(getComputedStyle(e).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    expect(await trainer.locator('[data-name=live-error]').getAttribute('data-reason')).toBeNull();
    await trainer.screenshot({ path: `${OUT}class-live-en.png`, fullPage: true });

    // Exports: the CSV, and each team's record, which the command line verifies.
    const [csv] = await Promise.all([
      trainer.waitForEvent('download'),
      trainer.locator('[data-name=live-export-csv]').click(),
    ]);
    const csvText = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8');
    expect(csvText.split('\r\n').filter((l) => /^"(Blue|Red|Groen)",2,nps,/.test(l))).toHaveLength(
      3,
    );
    const links = trainer.locator('[data-name=export-records] a');
    await expect.poll(() => links.count()).toBe(3);
    const dir = mkdtempSync(join(tmpdir(), 'nba-class-records-'));
    const records = new Map<string, GameRecord>();
    for (let i = 0; i < 3; i++) {
      const [file] = await Promise.all([trainer.waitForEvent('download'), links.nth(i).click()]);
      const path = join(dir, file.suggestedFilename());
      writeFileSync(path, Buffer.concat(await (await file.createReadStream()).toArray()));
      records.set(
        file.suggestedFilename().replace(/\.json$/, ''),
        JSON.parse(readFileSync(path, 'utf8')),
      );
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
    // What each team clicked is what the server played: Blue and Red connected the chat; Red did
    // not commit quarter 2 and kept its last decisions (the chat still connected).
    expect(records.get('Blue')!.decisions[0]!.channels.chat!.connected).toBe(true);
    expect(records.get('Red')!.decisions[0]!.channels.chat!.connected).toBe(true);
    expect(records.get('Red')!.decisions[1]!.channels.chat!.connected).toBe(true);
    expect(records.get('Groen')!.decisions[0]!.channels.chat!.connected).toBe(false);
    // The teams saw the server's results, the same as in its records.
    for (const team of teams) {
      const shown = await team.page.evaluate(() =>
        JSON.stringify(window.__nba.session.getState().session!.results),
      );
      expect(shown).toBe(JSON.stringify(records.get(team.name)!.results));
    }
    expect(await seriousAxeViolations(trainer)).toEqual([]);

    // The trainer's page reloads into the same session.
    await trainer.reload();
    await expect
      .poll(() => trainer.locator('[data-name=session-code]').textContent(), { timeout: 30_000 })
      .toBe(code);
    expect(errors).toEqual([]);
    // The browser logs the matchmaker's refusal of the wrong code itself (HTTP 522); nothing else.
    for (const team of teams)
      expect(
        team.errors.filter((e) => !/status of 522/.test(e)),
        team.name,
      ).toEqual([]);
  }, 600_000);
});
