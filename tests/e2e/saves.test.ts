import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parseLevel } from '../../src/content/levelLoader';
import { canonicalJson, replay } from '../../src/engine';
import { resultsFingerprint } from '../../src/state/oldGame';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickNamed,
  focusedName,
  launchGame,
  openTitle,
  seriousAxeViolations,
  watchFileChoosers,
  type GameBrowser,
} from './browser';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

/** Starts a game through the store and plays `quarters` quarters to the next plan. */
async function startAndPlay(page: Page, scenario: string, quarters: number): Promise<string> {
  return page.evaluate(
    ({ scenario, quarters }) => {
      const store = window.__nba.session;
      store.getState().start(scenario, 'normal', 20260101);
      store.getState().beginPlanning();
      for (let q = 0; q < quarters; q++) {
        if (!store.getState().commitQuarter()) throw new Error('commit refused');
        store.getState().finishRun();
        store.getState().continueGame();
      }
      return store.getState().session!.id;
    },
    { scenario, quarters },
  );
}

/** Plays one more quarter of the game in progress; returns how the last save went. */
function playQuarter(page: Page) {
  return page.evaluate(() => {
    const store = window.__nba.session;
    if (!store.getState().commitQuarter()) throw new Error('commit refused');
    store.getState().finishRun();
    store.getState().continueGame();
    return store.getState().lastSave;
  });
}

/** What the save notice says now: its message key (none when hidden) and its text. */
function notice(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.save-notice')]
      .filter((e) => e.textContent !== '')
      .map((e) => ({
        key: e.dataset.message ?? null,
        text: e.textContent ?? '',
        live: e.getAttribute('aria-live'),
        visible: e.getBoundingClientRect().height > 0,
      })),
  );
}

/** The game saved in a slot, as stored: its scenario and number of quarters played. */
function slot(page: Page, id: string) {
  return page.evaluate((id) => {
    const raw = localStorage.getItem(`nba.game.${id}`);
    if (raw === null) return null;
    const save = JSON.parse(raw) as {
      data: { scenario: { id: string }; decisions: unknown[] };
    };
    return { scenario: save.data.scenario.id, quarters: save.data.decisions.length };
  }, id);
}

/** A new tab of `game` on the title, with nothing stored: each test starts from no saves. */
async function emptyTitle(game: GameBrowser): Promise<Page> {
  const page = await game.context.newPage();
  await openTitle(page);
  await page.evaluate(() => localStorage.clear());
  return page;
}

/**
 * An airline game of two quarters saved as if under the level's previous revision, whose second
 * quarter started an initiative the current revision no longer has (the old level kept in storage,
 * as the game keeps it with each save). Returns the game, the save and the old level as planted,
 * and the engine's replay of it here in Node: the figures the player saw then.
 */
async function plantCutRevision(page: Page) {
  const id = await startAndPlay(page, 'airline', 2);
  await page.evaluate(() => window.__nba.session.getState().leave());
  // The level's previous revision had an initiative the current one no longer has; quarter 2
  // started it. The level as it was is kept in storage (as the game keeps it with each save).
  const planted = await page.evaluate((id) => {
    const key = `nba.game.${id}`;
    const save = JSON.parse(localStorage.getItem(key)!) as {
      data: {
        seed: number;
        scenario: { id: string; revision: number };
        decisions: { journey: { initiatives: string[] } }[];
        seen?: string;
      };
    };
    const revision = save.data.scenario.revision;
    const level = JSON.parse(localStorage.getItem(`nba.level.airline.r${revision}`)!) as {
      revision: number;
      initiatives: { id: string }[];
    };
    level.revision = revision - 1;
    level.initiatives.push({ ...level.initiatives[0]!, id: 'retiredProject' });
    localStorage.setItem(`nba.level.airline.r${revision - 1}`, JSON.stringify(level));
    save.data.scenario.revision = revision - 1;
    save.data.decisions[1]!.journey.initiatives = ['retiredProject'];
    return { save: save.data, level };
  }, id);
  // The figures the player saw then: the engine's replay of that game, here in Node.
  const oldLevel = parseLevel('old.json', planted.level);
  if (!oldLevel.ok) throw new Error(oldLevel.errors.join('\n'));
  const expected = replay(
    oldLevel.value,
    planted.save.seed,
    'normal',
    planted.save.decisions as never,
  );
  expect(expected.results).toHaveLength(2);
  const older = planted.save.scenario.revision;
  await page.evaluate(
    ({ id, data }) => {
      localStorage.setItem(`nba.game.${id}`, JSON.stringify({ version: 2, data }));
      localStorage.removeItem(`nba.game.${id}.lastGood`);
    },
    { id, data: { ...planted.save, seen: resultsFingerprint(expected.results) } },
  );
  return { id, planted, expected, older };
}

/** Continue from the reloaded title to the plan: the notice of a game cut to a new revision. */
async function continueToCutNotice(page: Page) {
  await openTitle(page, true);
  await clickNamed(page, 'title.continue');
  await page.evaluate(() => window.__nba.waitForReady('Plan'));
  const [shown] = await notice(page);
  expect(shown).toMatchObject({ key: 'saving.revisionCut', visible: true });
  return shown!;
}

describe('saves in the browser', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame();
  });
  afterAll(async () => {
    await game?.close();
  });

  it('two tabs: a game started in another tab leaves the first alone; a tab overtaken on its own game says so', async () => {
    const a = game.page;
    await a.evaluate(() => window.__nba.waitForReady('Title'));
    const airline = await startAndPlay(a, 'airline', 1);
    // Tab B, same browser (same localStorage), starts a hotel game and plays a quarter.
    const b = await game.context.newPage();
    await openTitle(b);
    const hotel = await startAndPlay(b, 'hotel', 1);
    expect(hotel).not.toBe(airline);
    expect(await slot(a, airline)).toEqual({ scenario: 'airline', quarters: 1 });
    // A plays on in its own slot, unbothered (B's writes reached it as storage events).
    expect(await playQuarter(a)).toEqual({ ok: true });
    expect(await slot(a, airline)).toEqual({ scenario: 'airline', quarters: 2 });
    expect(await slot(a, hotel)).toEqual({ scenario: 'hotel', quarters: 1 });
    expect(await notice(a)).toEqual([]);

    // Tab C continues A's game and plays on: A learns at once that it is stale.
    const c = await game.context.newPage();
    await openTitle(c);
    await c.evaluate((id) => window.__nba.session.getState().resume(id), airline);
    expect(await playQuarter(c)).toEqual({ ok: true });
    await a.waitForFunction(() => window.__nba.session.getState().stale);
    const [shown] = await notice(a);
    expect(shown).toMatchObject({ key: 'saving.stale', live: 'polite', visible: true });
    // A's next save (its pagehide save too) does not put its older game over C's.
    expect(await a.evaluate(() => window.__nba.session.getState().save())).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(await slot(a, airline)).toEqual({ scenario: 'airline', quarters: 3 });
    await a.screenshot({ path: `${OUT}saves-stale-en.png` });
    await a.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect((await notice(a))[0]?.text).toContain('ander tabblad');
    await a.screenshot({ path: `${OUT}saves-stale-nl.png` });
    await a.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await b.close();
    await c.close();
  });

  it('full storage: the failed save is shown at once, and cleared when a save succeeds', async () => {
    const page = await game.context.newPage();
    await openTitle(page);
    await startAndPlay(page, 'airline', 1);
    // Fill localStorage to the brim.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler.${i}`, chunk);
        } catch {
          break;
        }
      }
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler.small.${i}`, 'x'.repeat(1024));
        } catch {
          break;
        }
      }
    });
    expect(await playQuarter(page)).toEqual({ ok: false, reason: 'storage-failed' });
    const [shown] = await notice(page);
    expect(shown).toMatchObject({ key: 'saving.failed', live: 'polite', visible: true });
    expect(await page.locator('[data-name="save-notice.download"]').count()).toBe(1);
    // The download is the game record.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-name="save-notice.download"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^not-by-accident-airline-\d+\.json$/);
    await page.screenshot({ path: `${OUT}saves-failed-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect((await notice(page))[0]?.text).toContain('niet worden opgeslagen');
    await page.screenshot({ path: `${OUT}saves-failed-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    // Closed, it stays closed until the next save fails too.
    await page.click('[data-name="save-notice.close"]');
    expect(await notice(page)).toEqual([]);
    await page.evaluate(() => window.__nba.session.getState().editDraft({}));
    expect(await notice(page)).toEqual([]);
    expect(await playQuarter(page)).toEqual({ ok: false, reason: 'storage-failed' });
    expect((await notice(page))[0]?.key).toBe('saving.failed');
    // Space freed: the next save succeeds and the notice goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('filler.')) localStorage.removeItem(key);
    });
    expect(await playQuarter(page)).toEqual({ ok: true });
    expect(await notice(page)).toEqual([]);
    await page.close();
  });

  it('a damaged newest save: Continue recovers the one before and says what was lost', async () => {
    const page = await emptyTitle(game);
    const id = await startAndPlay(page, 'airline', 2);
    // A third quarter committed, then its save damaged.
    await page.evaluate(() => window.__nba.session.getState().commitQuarter());
    await page.evaluate((id) => localStorage.setItem(`nba.game.${id}`, '{"version":2,"da'), id);
    await openTitle(page, true);
    await clickNamed(page, 'title.continue');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    const [shown] = await notice(page);
    expect(shown).toMatchObject({ key: 'saving.recovered', visible: true });
    expect(shown!.text).toContain('2 quarters played');
    await page.screenshot({ path: `${OUT}saves-recovered-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect((await notice(page))[0]?.text).toContain('2 gespeelde kwartalen');
    await page.screenshot({ path: `${OUT}saves-recovered-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.click('[data-name="save-notice.close"]');
    expect(await notice(page)).toEqual([]);

    // Both entries unreadable: the title says why Continue cannot be chosen.
    await page.evaluate((id) => {
      localStorage.setItem(`nba.game.${id}`, 'garbage');
      localStorage.setItem(`nba.game.${id}.lastGood`, 'garbage');
    }, id);
    await openTitle(page, true);
    const [title] = await notice(page);
    expect(title).toMatchObject({ key: 'saving.continueDamaged', visible: true });
    await page.screenshot({ path: `${OUT}saves-damaged-title-en.png` });
    await page.close();
  });

  it('a save of an older level revision: replayed where its decisions still hold, with a message', async () => {
    const page = await emptyTitle(game);
    const id = await startAndPlay(page, 'airline', 2);
    await page.evaluate(() => window.__nba.session.getState().leave());
    /** Rewrites the save as if made under the level's previous revision. */
    const plantOlder = (dropInitiative: boolean) =>
      page.evaluate(
        ({ id, dropInitiative }) => {
          const key = `nba.game.${id}`;
          const save = JSON.parse(localStorage.getItem(key)!) as {
            data: {
              scenario: { revision: number };
              decisions: { journey: { initiatives: string[] } }[];
            };
          };
          save.data.scenario.revision -= 1;
          // The old revision had an initiative the current one no longer has.
          if (dropInitiative) save.data.decisions[1]!.journey.initiatives = ['retiredProject'];
          localStorage.setItem(key, JSON.stringify(save));
          localStorage.removeItem(`${key}.lastGood`);
          return save.data.scenario.revision;
        },
        { id, dropInitiative },
      );
    const older = await plantOlder(false);
    await openTitle(page, true);
    await clickNamed(page, 'title.continue');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    let [shown] = await notice(page);
    expect(shown).toMatchObject({ key: 'saving.revisionReplayed', visible: true });
    expect(shown!.text).toContain(`revision ${older}, now ${older + 1}`);
    expect(shown!.text).toContain('2 quarters were played again');
    expect(await page.evaluate(() => window.__nba.session.getState().session!.log.length)).toBe(2);
    await page.screenshot({ path: `${OUT}saves-revision-en.png` });

    // A decision the new revision refuses: the quarters before it are kept, the save offered.
    await page.evaluate(() => window.__nba.session.getState().leave());
    const oldest = await plantOlder(true);
    await openTitle(page, true);
    await clickNamed(page, 'title.continue');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    [shown] = await notice(page);
    expect(shown).toMatchObject({ key: 'saving.revisionCut', visible: true });
    expect(shown!.text).toContain('Of your 2 quarters, only the first could be played again');
    expect(await page.evaluate(() => window.__nba.session.getState().session!.log.length)).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-name="save-notice.download-saved"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`not-by-accident-airline-r${oldest}-20260101.json`);
    await page.screenshot({ path: `${OUT}saves-revision-cut-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect((await notice(page))[0]?.text).toContain('Van je 2 kwartalen');
    await page.screenshot({ path: `${OUT}saves-revision-cut-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.close();
  });

  it("an older revision's game whose decisions no longer hold: its debrief is read, as played", async () => {
    const page = await emptyTitle(game);
    const choosers = watchFileChoosers(page);
    const { id, planted, expected, older } = await plantCutRevision(page);
    await continueToCutNotice(page);
    const stored = await page.evaluate((id) => localStorage.getItem(`nba.game.${id}`), id);
    await page.click('[data-name="save-notice.read-old-game"]');
    await page.evaluate(() => window.__nba.waitForReady('Debrief'));
    const note = page.locator('[data-name="debrief-old-game"]');
    expect(await note.textContent()).toContain(`played under revision ${older} of this level`);
    expect(await note.textContent()).toContain('gives exactly the figures saved with the game');
    // The debrief's own record holds the old game: the Node replay's figures, to the last digit.
    const href = await page.getAttribute('[data-name="export-json"]', 'href');
    const record = JSON.parse(
      await page.evaluate(async (href) => (await fetch(href!)).text(), href),
    ) as { scenario: { revision: number }; results: unknown[] };
    expect(record.scenario.revision).toBe(older);
    expect(canonicalJson(record.results)).toBe(canonicalJson(expected.results));
    const nps = expected.results[1]!.true.nps;
    const csvHref = await page.getAttribute('[data-name="export-csv"]', 'href');
    const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
    expect(csv).toContain(`\r\n2,nps,${nps},`);
    // The notice steps aside while the old game is read.
    expect(await notice(page)).toEqual([]);
    // Read only: the game in play and its save are as they were.
    expect(await page.evaluate(() => window.__nba.session.getState().session!.log.length)).toBe(1);
    expect(await page.evaluate((id) => localStorage.getItem(`nba.game.${id}`), id)).toBe(stored);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}saves-old-game-debrief-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    await page.waitForFunction(() =>
      document.querySelector('[data-name="debrief-old-game"]')?.textContent?.includes('revisie'),
    );
    expect(await note.textContent()).toContain(`gespeeld onder revisie ${older} van dit level`);
    await page.screenshot({ path: `${OUT}saves-old-game-debrief-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));

    // Back: to the plan the player was on, the game as it was.
    await page.click('[data-name="debrief-close"]');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    expect(await page.evaluate(() => window.__nba.session.getState().session!.id)).toBe(id);
    expect(await page.evaluate((id) => localStorage.getItem(`nba.game.${id}`), id)).toBe(stored);
    expect((await notice(page))[0]).toMatchObject({ key: 'saving.revisionCut', visible: true });

    // The old game's record, imported: refused (not to play on), its debrief offered instead.
    const file = `${OUT}old-revision-record.json`;
    writeFileSync(file, JSON.stringify(record));
    // The notice read, closed: it sits over the corner of the pause menu.
    await page.click('[data-name="save-notice.close"]');
    await page.click('[data-name="pause.open"]');
    await page.waitForSelector('[data-name="pause.import"]');
    await page.bringToFront();
    await page.focus('[data-name="pause.import"]');
    const chooser = choosers.next();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
    await page.waitForSelector('[data-name="pause.readOldGame"]');
    expect(await page.textContent('.dialog [role="status"]')).toContain(
      `played under revision ${older} of the level`,
    );
    await page.screenshot({ path: `${OUT}saves-old-record-import-en.png` });
    await page.click('[data-name="pause.readOldGame"]');
    await page.evaluate(() => window.__nba.waitForReady('Debrief'));
    expect(await note.textContent()).toContain(`played under revision ${older} of this level`);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    expect(await page.evaluate(() => window.__nba.session.getState().session!.id)).toBe(id);

    // Play goes on: three saves later the slot holds only the new revision's game, and a new
    // game prunes. The old game stays, with its level: Continue lists it, to read.
    for (let q = 0; q < 3; q++) expect(await playQuarter(page)).toEqual({ ok: true });
    await page.evaluate(() => window.__nba.session.getState().leave());
    await openTitle(page, true);
    const hotel = await startAndPlay(page, 'hotel', 0);
    await page.evaluate(() => window.__nba.session.getState().leave());
    const kept = await page.evaluate(
      (keys) => keys.map((key) => localStorage.getItem(key) !== null),
      [`nba.level.airline.r${older}`, `nba.oldGame.${id}.r${older}`],
    );
    expect(kept).toEqual([true, true]);
    await openTitle(page, true);
    await clickNamed(page, 'title.continue');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    const row = page.locator(`[data-name="continue.old.${id}.r${older}"]`);
    expect(await row.textContent()).toContain('Old game: Lumen Air');
    expect(await row.textContent()).toContain(
      `Played under revision ${older} of the level, now ${older + 1} · quarters played: 2`,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}saves-continue-old-game-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect(await row.textContent()).toContain(`Gespeeld onder revisie ${older} van het level`);
    await page.screenshot({ path: `${OUT}saves-continue-old-game-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.click(`[data-name="continue.readOld.${id}.r${older}"]`);
    await page.evaluate(() => window.__nba.waitForReady('Debrief'));
    expect(await note.textContent()).toContain(`played under revision ${older} of this level`);
    expect(await note.textContent()).toContain('gives exactly the figures saved with the game');
    await page.click('[data-name="debrief-close"]');
    await page.evaluate(() => window.__nba.waitForReady('title-ready'));

    // The save as it was, as "Download the game as saved" offers it: imported, it opens to read.
    const savedFile = `${OUT}old-revision-save.json`;
    writeFileSync(savedFile, JSON.stringify({ version: 2, data: planted.save }));
    await clickNamed(page, 'title.continue');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    await page.click(`[data-name="continue.game.${hotel}"]`);
    await page.evaluate(() => window.__nba.waitForReady('Briefing'));
    await page.click('[data-name="pause.open"]');
    await page.waitForSelector('[data-name="pause.import"]');
    await page.focus('[data-name="pause.import"]');
    const saveChooser = choosers.next();
    await page.keyboard.press('Enter');
    await (await saveChooser).setFiles(savedFile);
    await page.waitForSelector('[data-name="pause.readOldGame"]');
    expect(await page.textContent('.dialog [role="status"]')).toContain(
      `This game (Lumen Air: a mid-size European airline) was played under revision ${older} of the level, which is now at revision ${older + 1}`,
    );
    await page.click('[data-name="pause.readOldGame"]');
    await page.evaluate(() => window.__nba.waitForReady('Debrief'));
    expect(await note.textContent()).toContain(`played under revision ${older} of this level`);
    await page.close();
  });

  it('no room to keep the old game apart: the notice says so, and it can still be read and downloaded', async () => {
    const page = await emptyTitle(game);
    await plantCutRevision(page);
    // A browser whose storage has no room for one more save: the old game's copy is refused.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('nba.oldGame.')) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const shown = await continueToCutNotice(page);
    expect(shown.text).toContain('storage is full, so the game as you saved it could not be kept');
    expect(await page.locator('[data-name="save-notice.read-old-game"]').count()).toBe(1);
    expect(await page.locator('[data-name="save-notice.download-saved"]').count()).toBe(1);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('nba.oldGame.')),
      ),
    ).toEqual([]);
    // The whole notice in the window, in both languages.
    const fits = () =>
      page.evaluate(() => {
        const box = document.querySelector('.save-notice')!.getBoundingClientRect();
        return (
          box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth
        );
      });
    expect(await fits()).toBe(true);
    await page.screenshot({ path: `${OUT}saves-old-game-not-kept-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect((await notice(page))[0]?.text).toContain('De opslag van deze browser is vol');
    expect(await fits()).toBe(true);
    await page.screenshot({ path: `${OUT}saves-old-game-not-kept-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.close();
  });

  it('a save made before levels were kept: the notice says its old game cannot be shown', async () => {
    const page = await emptyTitle(game);
    const id = await startAndPlay(page, 'airline', 2);
    await page.evaluate((id) => {
      window.__nba.session.getState().leave();
      const key = `nba.game.${id}`;
      const save = JSON.parse(localStorage.getItem(key)!) as {
        data: {
          scenario: { revision: number };
          decisions: { journey: { initiatives: string[] } }[];
        };
      };
      save.data.scenario.revision -= 1;
      save.data.decisions[1]!.journey.initiatives = ['retiredProject'];
      localStorage.setItem(key, JSON.stringify(save));
      localStorage.removeItem(`${key}.lastGood`);
    }, id);
    const shown = await continueToCutNotice(page);
    expect(shown.text).toContain('The old game cannot be shown');
    expect(await page.locator('[data-name="save-notice.read-old-game"]').count()).toBe(0);
    expect(await page.locator('[data-name="save-notice.download-saved"]').count()).toBe(1);
    await page.screenshot({ path: `${OUT}saves-old-level-missing-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect((await notice(page))[0]?.text).toContain('Het oude spel kan niet worden getoond');
    await page.screenshot({ path: `${OUT}saves-old-level-missing-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.close();
  });

  it('Continue lists a game it cannot open as damaged, with a download of what is stored', async () => {
    const page = await emptyTitle(game);
    const first = await startAndPlay(page, 'hotel', 1);
    await page.evaluate(() => window.__nba.session.getState().leave());
    const second = await startAndPlay(page, 'airline', 1);
    await page.evaluate(() => window.__nba.session.getState().leave());
    const broken = await startAndPlay(page, 'airline', 2);
    await page.evaluate((id) => {
      window.__nba.session.getState().leave();
      const key = `nba.game.${id}`;
      localStorage.setItem(key, localStorage.getItem(key)!.slice(0, 150));
      localStorage.setItem(`${key}.lastGood`, 'garbage');
    }, broken);
    const stored = await page.evaluate((id) => localStorage.getItem(`nba.game.${id}`), broken);
    await openTitle(page, true);
    await clickNamed(page, 'title.continue');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    const games = await page.$$eval('.continue-game', (bs) =>
      bs.map((b) => (b as HTMLElement).dataset.name),
    );
    expect(games).toEqual([`continue.game.${second}`, `continue.game.${first}`]);
    const damaged = page.locator(`[data-name="continue.damaged.${broken}"]`);
    expect(await damaged.textContent()).toContain('Damaged: Lumen Air');
    expect(await damaged.textContent()).toContain('cannot be read');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`[data-name="continue.download.${broken}"]`),
    ]);
    expect(download.suggestedFilename()).toBe(`not-by-accident-damaged-${broken}.json`);
    const file = `${OUT}damaged-save.json`;
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      [`nba.game.${broken}`]: stored,
      [`nba.game.${broken}.lastGood`]: 'garbage',
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}saves-continue-damaged-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect(await damaged.textContent()).toContain('Beschadigd');
    await page.screenshot({ path: `${OUT}saves-continue-damaged-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('export the game record from the pause menu, and import it (by keyboard) to continue', async () => {
    const page = await emptyTitle(game);
    const choosers = watchFileChoosers(page);
    // One quarter: the second has no event card holding the plan (the third has the storm's).
    const id = await startAndPlay(page, 'airline', 1);
    await page.evaluate(() => window.__nba.session.getState().leave());
    await openTitle(page, true);
    await clickNamed(page, 'title.continue');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    await page.click('[data-name="pause.open"]');
    await page.waitForSelector('[data-name="pause.export"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-name="pause.export"]'),
    ]);
    const file = `${OUT}exported-record.json`;
    await download.saveAs(file);
    await page.screenshot({ path: `${OUT}saves-pause-export-en.png` });

    // A file that is not a record is refused in words, and the game stays as it was.
    const bad = `${OUT}not-a-record.json`;
    writeFileSync(bad, JSON.stringify({ hello: 'world' }));
    // The file chooser opens only for the page in front (the context holds the suite's first page).
    await page.bringToFront();
    await page.focus('[data-name="pause.import"]');
    let chooser = choosers.next();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(bad);
    await page.waitForFunction(() =>
      document.querySelector('.dialog [role="status"]')?.textContent?.includes('not a game record'),
    );
    await page.screenshot({ path: `${OUT}saves-pause-import-refused-en.png` });
    expect(await page.evaluate(() => window.__nba.session.getState().session!.id)).toBe(id);

    // The exported record continues as a game of its own, at its second quarter.
    await page.focus('[data-name="pause.import"]');
    chooser = choosers.next();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
    await page.waitForFunction((id) => window.__nba.session.getState().session?.id !== id, id);
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    const imported = await page.evaluate(() => {
      const s = window.__nba.session.getState().session!;
      return { quarters: s.log.length, next: s.state.quarter, phase: s.phase };
    });
    expect(imported).toEqual({ quarters: 1, next: 1, phase: 'plan' });
    expect(await playQuarter(page)).toEqual({ ok: true });
    await page.close();
  });

  it('a newer game whose save cannot be read: the title says so, and Continue lists it beside the one game it can open', async () => {
    const page = await emptyTitle(game);
    const hotel = await startAndPlay(page, 'hotel', 1);
    const newer = await startAndPlay(page, 'airline', 2);
    await page.evaluate((id) => {
      window.__nba.session.getState().leave();
      localStorage.setItem(`nba.game.${id}`, 'garbage');
      localStorage.setItem(`nba.game.${id}.lastGood`, 'garbage');
    }, newer);
    await openTitle(page, true);
    const [title] = await notice(page);
    expect(title).toMatchObject({ key: 'saving.someDamaged', visible: true });
    await page.screenshot({ path: `${OUT}saves-some-damaged-title-en.png` });
    // One game to open and one damaged: the chooser shows both, rather than opening the one.
    await clickNamed(page, 'title.continue');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    const games = await page.$$eval('.continue-game', (bs) =>
      bs.map((b) => (b as HTMLElement).dataset.name),
    );
    expect(games).toEqual([`continue.game.${hotel}`]);
    const damaged = page.locator(`[data-name="continue.damaged.${newer}"]`);
    expect(await damaged.textContent()).toContain('This save cannot be read');
    await page.screenshot({ path: `${OUT}saves-other-damaged-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect(await damaged.textContent()).toContain('Beschadigd');
    await page.screenshot({ path: `${OUT}saves-other-damaged-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.click(`[data-name="continue.game.${hotel}"]`);
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    expect(await page.evaluate(() => window.__nba.session.getState().session!.id)).toBe(hotel);
    await page.close();
  });

  it('on the title, the save notice and the update notice stack instead of overlapping', async () => {
    const page = await game.context.newPage();
    await openTitle(page);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('nba.game.broken', 'garbage');
      localStorage.setItem('nba.game.broken.lastGood', 'garbage');
    });
    await openTitle(page, true);
    await page.evaluate(() => window.__nba.showUpdateNotice());
    const boxes = await page.evaluate(() =>
      ['.save-notice', '.update-notice'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
      }),
    );
    const [save, update] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    expect(save.height).toBeGreaterThan(0);
    expect(update.height).toBeGreaterThan(0);
    // One above the other, both inside the window.
    expect(save.bottom <= update.top || update.bottom <= save.top).toBe(true);
    expect(Math.max(save.bottom, update.bottom)).toBeLessThanOrEqual(768);
    expect(Math.min(save.top, update.top)).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${OUT}saves-title-notices-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    // A notice already up follows a change of language.
    const nl = JSON.parse(readFileSync('src/i18n/locales/nl/offline.json', 'utf8')) as {
      updateReady: string;
    };
    expect(await page.textContent('.update-notice p')).toBe(nl.updateReady);
    await page.screenshot({ path: `${OUT}saves-title-notices-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));
    await page.close();
  });
});

describe('Continue with more than one saved game', () => {
  let game: GameBrowser;
  beforeAll(async () => {
    game = await launchGame({ width: 1024, height: 768 });
  });
  afterAll(async () => {
    await game?.close();
  });

  it('asks which game, by keyboard, and opens the one chosen, at 1024×768 in English and Dutch', async () => {
    const { page } = game;
    const airline = await startAndPlay(page, 'airline', 2);
    await page.evaluate(() => window.__nba.session.getState().leave());
    // A later game (another tab's, say) would have hidden the airline game from Continue.
    const hotel = await startAndPlay(page, 'hotel', 1);
    await page.evaluate(() => window.__nba.session.getState().leave());
    await openTitle(page, true);
    await page.focus('[data-name="title.continue"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    const shown = await page.evaluate(() => {
      const dialog = document.querySelector<HTMLElement>('[data-name="continue"]')!;
      const box = dialog.getBoundingClientRect();
      return {
        label: document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent,
        games: [...dialog.querySelectorAll<HTMLElement>('.continue-game')].map((b) => ({
          name: b.dataset.name,
          text: b.textContent,
        })),
        inside: box.top >= 0 && box.left >= 0 && box.bottom <= 768 && box.right <= 1024,
        focused: (document.activeElement as HTMLElement | null)?.dataset.name,
      };
    });
    expect(shown.label).toBe('Which game do you want to continue?');
    expect(shown.games.map((g) => g.name)).toEqual([
      `continue.game.${hotel}`,
      `continue.game.${airline}`,
    ]);
    expect(shown.games[1]!.text).toContain('2 of 8 quarters played');
    expect(shown.inside).toBe(true);
    expect(shown.focused).toBe(`continue.game.${hotel}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}saves-continue-choice-en.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('nl'));
    expect(await page.textContent(`[data-name="continue.game.${airline}"]`)).toContain(
      '2 van 8 kwartalen gespeeld',
    );
    await page.screenshot({ path: `${OUT}saves-continue-choice-nl.png` });
    await page.evaluate(() => window.__nba.store.getState().setLanguage('en'));

    // Escape leaves the title as it was; Tab then Enter opens the older game.
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-name="continue"]').count()).toBe(0);
    expect(await focusedName(page)).toBe('title.continue');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(`continue.game.${airline}`);
    await page.keyboard.press('Enter');
    await page.evaluate(() => window.__nba.waitForReady('Plan'));
    const opened = await page.evaluate(() => {
      const s = window.__nba.session.getState().session!;
      return { id: s.id, quarters: s.log.length };
    });
    expect(opened).toEqual({ id: airline, quarters: 2 });
    expect(game.errors).toEqual([]);
  });

  it('a long list of games scrolls on its own, the question and Cancel staying in view', async () => {
    const { page } = game;
    await page.evaluate(() => window.__nba.session.getState().saveAndQuit());
    // The title, not the plan, is showing while the store starts more games.
    await openTitle(page, true);
    // Seven games in progress with the two above (none is pruned: all were saved just now).
    for (const scenario of ['tutorial', 'hotel', 'airline', 'tutorial', 'hotel']) {
      await startAndPlay(page, scenario, 1);
      await page.evaluate(() => window.__nba.session.getState().leave());
    }
    await page.evaluate(() => window.__nba.store.getState().setTextSize('projector'));
    await openTitle(page, true);
    await page.focus('[data-name="title.continue"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-name="continue"][role="dialog"]');
    const layout = () =>
      page.evaluate(() => {
        const dialog = document.querySelector<HTMLElement>('[data-name="continue"]')!;
        const list = dialog.querySelector<HTMLElement>('.continue-list')!;
        const within = (e: Element, r: DOMRect, margin = 0) => {
          const b = e.getBoundingClientRect();
          return b.top - margin >= r.top - 0.5 && b.bottom + margin <= r.bottom + 0.5;
        };
        const view = dialog.getBoundingClientRect();
        const focused = document.activeElement as HTMLElement;
        const style = getComputedStyle(focused);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        return {
          games: list.querySelectorAll('.continue-game').length,
          listScrolls: list.scrollHeight > list.clientHeight + 1,
          dialogScrolls: dialog.scrollHeight > dialog.clientHeight + 1,
          inWindow: view.top >= 0 && view.bottom <= innerHeight,
          titleSeen: within(dialog.querySelector('.dialog-title')!, view),
          cancelSeen: within(dialog.querySelector('[data-name="continue.cancel"]')!, view),
          focused: focused.dataset.name,
          // The focused game with its ring (drawn outside it) inside what the list shows.
          ring,
          focusSeen: within(focused, list.getBoundingClientRect(), ring),
        };
      });
    const first = await layout();
    expect(first).toMatchObject({
      games: 7,
      listScrolls: true,
      dialogScrolls: false,
      inWindow: true,
      titleSeen: true,
      cancelSeen: true,
      focusSeen: true,
    });
    // By keyboard to the last game: the list follows the focus, the rest stays where it was.
    for (let i = 1; i < 7; i++) await page.keyboard.press('Tab');
    const last = await layout();
    expect(last.focused).not.toBe(first.focused);
    expect(last.focused).toMatch(/^continue\.game\./);
    expect(last).toMatchObject({ dialogScrolls: false, titleSeen: true, cancelSeen: true });
    expect(last.ring).toBeGreaterThan(3);
    expect(last.focusSeen).toBe(true);
    // The picture once the dialog has risen in (its opening animation, 200 ms).
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: `${OUT}saves-continue-long-list.png` });
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__nba.store.getState().setTextSize('normal'));
    expect(game.errors).toEqual([]);
  });
});
