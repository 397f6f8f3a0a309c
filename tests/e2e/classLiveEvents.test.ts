import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickNamed, seriousAxeViolations } from './browser';
import { CLASS_URL, useLiveClass } from './liveClass';

// A live class whose events the trainer triggers: the trainer's page picks one of the scenario's
// events for the next quarter; a team sees it as its ordinary event card, answers it, reloads and
// finds it still answered; the team's record carries the events and verifies.
const OUT = 'tests/e2e/out/';

const waitFor = (page: Page, key: string) =>
  page.evaluate((k) => window.__nba.waitForReady(k), key);

const eventCards = (page: Page) => page.locator('[data-name="event-card"]');

/** The trainer closes the quarter; the team watches its Run, reads its Review and goes on. */
async function closeAndReview(trainer: Page, team: Page, next: 'ClassWait' | 'End') {
  await trainer.locator('[data-name=close-quarter]').click();
  await waitFor(team, 'Run');
  await clickNamed(team, 'run.skip');
  await clickNamed(team, 'run.continue');
  await waitFor(team, 'Review');
  await clickNamed(team, 'review.continue');
  await waitFor(team, next);
}

describe('a live class with events triggered by the trainer', () => {
  const live = useLiveClass();

  async function trainerPage(locale: string): Promise<{ page: Page; errors: string[] }> {
    const context = await live.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${CLASS_URL}class`);
    await page.locator('[data-name=setup]').waitFor();
    return { page, errors };
  }

  it('the trainer chooses the events; a triggered event is the team’s event card, answered once', async () => {
    // The setup in Dutch: the choice is there, in the trainer's language.
    const dutch = await trainerPage('nl-NL');
    const modes = await dutch.page.locator('[data-name=setup-events] option').allTextContents();
    expect(modes).toEqual(['Die van het scenario', 'Geen', 'Alleen die jij live inzet']);
    await dutch.page.locator('[data-name=setup-events]').selectOption('live');
    await dutch.page.screenshot({ path: `${OUT}class-setup-events-nl.png` });

    const { page: trainer, errors } = await trainerPage('en-GB');
    await trainer.locator('[data-name=setup-scenario]').selectOption('airline');
    await trainer.locator('[data-name=setup-quarters]').fill('2');
    await trainer.locator('[data-name=setup-seed]').fill('42');
    await trainer.locator('[data-name=setup-minutes]').fill('0');
    await trainer.locator('[data-name=setup-events]').selectOption('live');
    await trainer.screenshot({ path: `${OUT}class-setup-events-en.png` });
    await trainer.locator('[data-name=setup-start]').click();
    const code = (await trainer
      .locator('[data-name=session-code]')
      .textContent({ timeout: 30_000 }))!;

    // A team joins and waits for quarter 1.
    const context = await live.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
    });
    const team = await context.newPage();
    const teamErrors: string[] = [];
    team.on('pageerror', (e) => teamErrors.push(e.message));
    await team.goto(CLASS_URL);
    await team.waitForFunction(() => '__nba' in window);
    await waitFor(team, 'Title');
    await clickNamed(team, 'title.joinClass');
    await team.locator('[data-name="join.code"]').fill(code);
    await team.locator('[data-name="join.name"]').fill('Blue');
    await team.locator('[data-name="join.submit"]').click();
    await waitFor(team, 'Briefing');
    await team.click('[data-name="briefing.toPlan"]');
    await waitFor(team, 'ClassWait');
    await expect
      .poll(() => trainer.locator('[data-name=live-teams]').textContent(), { timeout: 30_000 })
      .toBe('Blue — joined');

    // The trainer triggers the storm for quarter 1, from the scenario's list.
    const pick = trainer.locator('[data-name=event-pick]');
    await expect.poll(() => pick.locator('option').count(), { timeout: 30_000 }).toBe(5);
    expect(await trainer.locator('label[for=event-pick]').textContent()).toBe(
      'Event for quarter 1',
    );
    await pick.selectOption('storm');
    await trainer.locator('[data-name=trigger-event]').click();
    await expect
      .poll(() => trainer.locator('[data-name=events-struck]').textContent())
      .toMatch(/^Q1: /);
    await expect.poll(() => pick.locator('option').count()).toBe(4);
    await trainer.locator('[data-name=events]').screenshot({ path: `${OUT}class-events-en.png` });
    // The same controls in Dutch (the page rejoins its session in the other language).
    await trainer.locator('[data-name=lang-nl]').click();
    await expect
      .poll(() => trainer.locator('label[for=event-pick]').textContent(), { timeout: 30_000 })
      .toBe('Gebeurtenis voor kwartaal 1');
    await expect
      .poll(() => trainer.locator('[data-name=events-struck]').textContent())
      .toMatch(/^K1: /);
    await trainer.locator('[data-name=events]').screenshot({ path: `${OUT}class-events-nl.png` });
    await trainer.screenshot({ path: `${OUT}class-live-events-nl.png`, fullPage: true });
    await trainer.locator('[data-name=lang-en]').click();
    await expect
      .poll(() => trainer.locator('label[for=event-pick]').textContent(), { timeout: 30_000 })
      .toBe('Event for quarter 1');

    await trainer.locator('[data-name=open-quarter]').click();
    await waitFor(team, 'Plan');
    // The Plan says the class's length (2), not the airline's 8.
    expect(await team.locator('h1').first().textContent()).toBe('Plan — quarter 1 of 2');
    // The storm is the team's ordinary event card; it answers it.
    await eventCards(team).waitFor({ timeout: 30_000 });
    expect(await eventCards(team).count()).toBe(1);
    await team.screenshot({ path: `${OUT}class-team-event-card-en.png` });
    await eventCards(team).locator('input[type="radio"]').first().check();
    await team.click('[data-name="event.confirm"]');
    await expect.poll(() => eventCards(team).count()).toBe(0);
    const answered = await team.evaluate(
      () => window.__nba.session.getState().session!.draft.events,
    );
    expect(Object.keys(answered)).toEqual(['storm']);

    // A reload mid-quarter: back on the plan, the card stays answered and the answer is kept.
    await team.reload();
    await team.waitForFunction(() => '__nba' in window);
    await waitFor(team, 'Plan');
    expect(await eventCards(team).count()).toBe(0);
    expect(
      await team.evaluate(() => window.__nba.session.getState().session!.draft.events),
    ).toEqual(answered);

    // While the quarter is open, no event can be triggered.
    expect(await trainer.locator('[data-name=trigger-event]').isDisabled()).toBe(true);
    await team.click('[data-name="plan.commit"]');
    await waitFor(team, 'ClassWait');
    await closeAndReview(trainer, team, 'ClassWait');

    // Quarter 2 opens with nothing triggered: no event card (the scenario's own do not strike).
    await trainer.locator('[data-name=open-quarter]').click();
    await waitFor(team, 'Plan');
    expect(await team.locator('h1').first().textContent()).toBe('Plan — quarter 2 of 2');
    expect(await eventCards(team).count()).toBe(0);
    await closeAndReview(trainer, team, 'End');
    // The end counts the class's quarters too.
    await expect
      .poll(() => team.locator('section').allTextContents())
      .toContainEqual(expect.stringMatching(/targets met after 2 of 2 quarters/));

    // Over: the team list says what each team played, not "not yet committed".
    await expect
      .poll(() => trainer.locator('[data-name=live-teams]').textContent(), { timeout: 30_000 })
      .toBe('Blue — 2 quarters played');
    expect(await seriousAxeViolations(trainer)).toEqual([]);

    // The exported record carries the trainer's events and verifies.
    trainer.locator('[data-name=live-export-csv]').click();
    const link = trainer.locator('[data-name=export-records] a');
    await link.waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([trainer.waitForEvent('download'), link.click()]);
    const dir = mkdtempSync(join(tmpdir(), 'nba-class-events-'));
    const path = join(dir, 'Blue.json');
    const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
    writeFileSync(path, text);
    expect(JSON.parse(text).events).toEqual({ mode: 'chosen', quarters: [['storm']] });
    const verify = spawnSync(
      process.execPath,
      ['src/cli/launch.mjs', 'sim', '--level', 'levels/airline.json', '--verify', path],
      { encoding: 'utf8' },
    );
    expect(verify.stdout + verify.stderr).toMatch(/: match: .*events chosen: storm, 2 of 8/);
    expect(verify.status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    expect(dutch.errors).toEqual([]);
    expect(teamErrors).toEqual([]);
  }, 600_000);
});
