import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import type { QuarterDecisions } from '../../src/engine';
import { ClassSession } from '../../src/server/classSession';
import { withQuarter, type ClassTeamStatus, type ServerGame } from '../../src/state/classTeam';
import { gameRecordOf } from '../../src/state/gameRecord';
import { createGameStore, gameQuarters } from '../../src/state/gameStore';
import { pendingEvents } from '../../src/ui/viewModels/eventCards';
import { createMemoryStorage } from '../../src/state/storage';
import { sceneFor } from '../../src/scenes/gameFlow';

// The game's store in a live class: the class session (the server's rules, without the network)
// plays every quarter; the store shows the server's results and sends its plans there.
const airline = (() => {
  const r = readLevelFile('levels/airline.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
const setup = {
  scenario: 'airline',
  difficulty: 'normal' as const,
  quarters: 2,
  seed: 42,
  minutesPerQuarter: 0,
};

function gameOf(session: ClassSession, id: string): ServerGame {
  return structuredClone(session.gameOf(session.teams.get(id)!));
}

function classRoom() {
  const session = new ClassSession(airline, setup);
  const joined = session.join('Blue', 'blue-key-0123456789abcdef', 'blue');
  expect(joined.ok).toBe(true);
  const storage = createMemoryStorage();
  const store = createGameStore({ storage, scenario: () => airline });
  const sent: { commits: QuarterDecisions[]; drafts: QuarterDecisions[]; left: boolean } = {
    commits: [],
    drafts: [],
    left: false,
  };
  const status = (): ClassTeamStatus => ({
    code: 'ABCDEF',
    team: 'Blue',
    roomPhase: session.phase,
    quarter: session.quarter,
    quarters: setup.quarters,
    paused: false,
    committed: false,
    teams: [{ name: 'Blue', committed: false }],
    carriedOver: [],
    connected: true,
  });
  const ok = store.getState().enterClass({
    scenario: airline,
    seed: setup.seed,
    difficulty: setup.difficulty,
    status: status(),
    game: gameOf(session, 'blue'),
    server: {
      commit: (d) => {
        sent.commits.push(d);
        expect(session.commit('blue', d).ok).toBe(true);
      },
      draft: (d) => {
        sent.drafts.push(d);
        session.saveDraft('blue', d);
      },
      uncommit: () => session.uncommit('blue'),
      leave: () => (sent.left = true),
    },
  });
  expect(ok).toBe(true);
  const pace = (act: () => boolean) => {
    expect(act()).toBe(true);
    const { roomPhase, quarter } = status();
    store.getState().updateClass({ roomPhase, quarter });
  };
  return { session, store, storage, sent, pace };
}

describe('the game store in a live class', () => {
  it('waits for the trainer, sends the plan, and shows the results the server played', () => {
    const { session, store, storage, sent, pace } = classRoom();
    expect(store.getState().session?.phase).toBe('briefing');
    store.getState().beginPlanning();
    // No quarter open yet: the team waits, and a commit is refused with the reason.
    expect(sceneFor(store.getState())).toBe('ClassWait');
    expect(store.getState().commitQuarter()).toBe(false);
    expect(store.getState().refusal?.[0]?.code).toBe('class.error.notOpen');

    pace(() => session.open());
    expect(sceneFor(store.getState())).toBe('Plan');
    const draft = structuredClone(store.getState().session!.draft);
    draft.culture.training += 10;
    store.getState().setDraft(draft);
    store.getState().save();
    expect(sent.drafts.at(-1)?.culture.training).toBe(draft.culture.training);
    // A class game is never written to the solo save slots.
    expect(storage.length).toBe(0);

    expect(store.getState().commitQuarter()).toBe(true);
    expect(sent.commits).toHaveLength(1);
    expect(store.getState().session?.log).toHaveLength(0); // Nothing played in the browser.
    expect(sceneFor(store.getState())).toBe('ClassWait');

    // The trainer closes the quarter: the server's results become the team's.
    let played: ReturnType<ClassSession['close']> = null;
    pace(() => (played = session.close()) !== null);
    store.getState().receiveClassGame(gameOf(session, 'blue'));
    const after = store.getState().session!;
    expect(after.phase).toBe('run');
    // The server's own outcome of the quarter, as it played it (the game it sends is a replay).
    expect(after.results).toEqual([played!.get('blue')]);
    expect(after.state.quarter).toBe(1);
    store.getState().finishRun();
    store.getState().continueGame();
    expect(store.getState().session?.phase).toBe('plan');
    expect(sceneFor(store.getState())).toBe('ClassWait'); // Quarter 2 not open yet.
  });

  it('plays a quarter the team did not commit on its last decisions, and ends with the class', () => {
    const { session, store, pace } = classRoom();
    store.getState().beginPlanning();
    for (let q = 0; q < setup.quarters; q++) {
      pace(() => session.open());
      if (q === 0) expect(store.getState().commitQuarter()).toBe(true);
      pace(() => session.close() !== null);
      store.getState().receiveClassGame(gameOf(session, 'blue'));
      expect(store.getState().classTeam?.carriedOver).toEqual(q === 0 ? [] : [1]);
      store.getState().finishRun();
      store.getState().continueGame();
    }
    expect(store.getState().session?.phase).toBe('end');
    expect(store.getState().session?.results).toHaveLength(2);
  });

  it('follows the server quarter by quarter from only the new quarter, and needs the whole game after a gap', () => {
    const session = new ClassSession(airline, { ...setup, quarters: 3 });
    session.join('Blue', 'blue-key-0123456789abcdef', 'blue');
    const team = session.teams.get('blue')!;
    const start = gameOf(session, 'blue');
    const next = () => {
      session.open();
      const played = session.close()!;
      return structuredClone(session.quarterOf(team, played.get('blue')!));
    };
    const first = withQuarter(start, next())!;
    // The game put together from what is new is the whole game the server replays on a reload.
    expect(first).toEqual(gameOf(session, 'blue'));
    const second = next();
    expect(withQuarter(start, second)).toBeNull(); // The first quarter was missed.
    expect(withQuarter(first, second)).toEqual(gameOf(session, 'blue'));
  });

  it('keeps results that arrive during the review until the team has read it', () => {
    const { session, store, pace } = classRoom();
    store.getState().beginPlanning();
    pace(() => session.open());
    pace(() => session.close() !== null);
    store.getState().receiveClassGame(gameOf(session, 'blue'));
    store.getState().finishRun();
    pace(() => session.open());
    pace(() => session.close() !== null);
    store.getState().receiveClassGame(gameOf(session, 'blue'));
    // Still on quarter 1's review.
    expect(store.getState().session?.phase).toBe('review');
    expect(store.getState().session?.results).toHaveLength(1);
    store.getState().continueGame();
    expect(store.getState().session?.phase).toBe('run');
    expect(store.getState().session?.results).toHaveLength(2);
  });

  it('shows a refusal from the server on the plan and takes a commit back', () => {
    const { session, store, pace } = classRoom();
    store.getState().beginPlanning();
    pace(() => session.open());
    expect(store.getState().commitQuarter()).toBe(true);
    store.getState().uncommitClass();
    expect(session.teams.get('blue')!.committed).toBeNull();
    expect(sceneFor(store.getState())).toBe('Plan');
    store.getState().classRefused({ reason: 'class.error.refused', errors: [] });
    expect(store.getState().refusal?.[0]?.code).toBe('class.error.refused');
  });

  it('refuses to import a record into a class game, changing and sending nothing', () => {
    // A record of a game of one's own, as the pause menu exports it.
    const solo = createGameStore({ storage: createMemoryStorage(), scenario: () => airline });
    solo.getState().start('airline', 'normal', 5);
    solo.getState().beginPlanning();
    expect(solo.getState().commitQuarter()).toBe(true);
    solo.getState().finishRun();
    solo.getState().continueGame();
    const record: unknown = JSON.parse(JSON.stringify(gameRecordOf(solo.getState().session!)));

    const { store, storage, sent } = classRoom();
    store.getState().beginPlanning();
    const before = store.getState().session;
    expect(store.getState().importRecord(record)).toEqual({
      ok: false,
      refusal: { key: 'saving.import.inClass', values: {} },
    });
    expect(store.getState().session).toBe(before);
    expect(store.getState().classTeam).not.toBeNull();
    expect(sent.drafts).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('comes back after a reload where the team was, with the draft this browser kept', () => {
    const session = new ClassSession(airline, setup);
    session.join('Red', 'red-key-0123456789abcdef', 'red');
    session.open();
    const store = createGameStore({ storage: createMemoryStorage(), scenario: () => airline });
    const local = structuredClone(session.teams.get('red')!.draft);
    local.understanding.leadersDays = 2;
    const drafts: QuarterDecisions[] = [];
    store.getState().enterClass({
      scenario: airline,
      seed: setup.seed,
      difficulty: setup.difficulty,
      status: {
        code: 'ABCDEF',
        team: 'Red',
        roomPhase: 'open',
        quarter: 0,
        quarters: 2,
        paused: false,
        committed: false,
        teams: [],
        carriedOver: [],
        connected: true,
      },
      game: gameOf(session, 'red'),
      server: {
        commit: () => {},
        draft: (d) => drafts.push(d),
        uncommit: () => {},
        leave: () => {},
      },
      resumeAt: { phase: 'plan', played: 0 },
      localDraft: local,
    });
    expect(store.getState().session?.phase).toBe('plan');
    expect(store.getState().session?.draft.understanding.leadersDays).toBe(2);
    expect(drafts.at(-1)?.understanding.leadersDays).toBe(2);
  });

  /** A team of a live-events class entering (or coming back to) quarter 1's plan. */
  function liveTeam(
    answeredEvents: string[] | null,
    resumeAt = { phase: 'plan' as const, played: 0 },
  ) {
    const session = new ClassSession(airline, { ...setup, events: 'live' });
    session.join('Green', 'green-key-0123456789abcdef', 'green');
    const store = createGameStore({ storage: createMemoryStorage(), scenario: () => airline });
    const enter = () =>
      store.getState().enterClass({
        scenario: airline,
        seed: setup.seed,
        difficulty: setup.difficulty,
        status: {
          code: 'ABCDEF',
          team: 'Green',
          roomPhase: session.phase,
          quarter: session.quarter,
          quarters: setup.quarters,
          paused: false,
          committed: false,
          teams: [],
          carriedOver: [],
          connected: true,
        },
        game: gameOf(session, 'green'),
        server: { commit: () => {}, draft: () => {}, uncommit: () => {}, leave: () => {} },
        resumeAt,
        answeredEvents,
      });
    return { session, store, enter };
  }
  const waiting = (store: ReturnType<typeof createGameStore>) => {
    const s = store.getState().session!;
    return pendingEvents(s.scenario, s.state, s.draft, s.answeredEvents);
  };

  it('shows an event the trainer triggers as the team’s ordinary event card, and its record carries it', () => {
    const { session, store, enter } = liveTeam(null);
    expect(enter()).toBe(true);
    expect(waiting(store)).toEqual([]);
    expect(session.trigger('storm').ok).toBe(true);
    store.getState().receiveClassGame(gameOf(session, 'green'));
    expect(waiting(store)).toEqual(['storm']);
    expect(store.getState().session!.events).toEqual({ mode: 'chosen', quarters: [['storm']] });
    // The browser's state is the server's: the same event in force, the same quarter.
    expect(store.getState().session!.state.company.activeEvents).toEqual(
      session.teams.get('green')!.state.company.activeEvents,
    );
  });

  it('keeps an answered event card answered after a reload in the same quarter', () => {
    const { session, store, enter } = liveTeam(['storm']);
    session.trigger('storm');
    expect(enter()).toBe(true);
    expect(store.getState().session!.answeredEvents).toEqual(['storm']);
    expect(waiting(store)).toEqual([]);
    // A card answered in another quarter, or for an event no longer in force, is not carried.
    const later = liveTeam(['storm'], { phase: 'plan', played: 3 });
    later.session.trigger('storm');
    expect(later.enter()).toBe(true);
    expect(waiting(later.store)).toEqual(['storm']);
  });

  it('says the class’s own number of quarters, not the scenario’s', () => {
    const { store, enter } = liveTeam(null);
    enter();
    expect(airline.quarters).toBe(8);
    expect(gameQuarters(store.getState())).toBe(setup.quarters);
    store.getState().leave();
    expect(gameQuarters(store.getState())).toBe(0);
  });
});
