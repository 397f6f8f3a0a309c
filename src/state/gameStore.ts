import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  applyPatch,
  canonicalJson,
  defaultDecisions,
  newGame,
  playQuarter,
  scenarioWithEvents,
  validateDecisions,
  type DecisionError,
  type EventPlan,
  type DecisionLog,
  type DecisionsPatch,
  type Difficulty,
  type GameState,
  type QuarterDecisions,
  type QuarterOutcome,
  type Scenario,
} from '../engine';
import { gameSlotKey, readSlots, savedGameSlot, type GamePhase, type SavedGame } from './savedGame';
import { importGameRecord, type ImportRefusal } from './importRecord';
import { archivedLevel, keepLevel, levelArchiveKey } from './levelArchive';
import { gameIdOfSlot } from './hasSavedGame';
import { keepOldSave, readOldSaves } from './oldSaves';
import { pruneOldSlots } from './pruneSaves';
import { replayOldGame, resultsFingerprint, type OldGame, type OldGameResult } from './oldGame';
import type { ClassTeamStatus, QuarterServer, ServerGame, ServerRefusal } from './classTeam';
import { createSafeStorage, type KeyValueStorage, type WriteResult } from './storage';

export type { GamePhase } from './savedGame';
export type { OldGame, OldGameResult } from './oldGame';

/** One game in progress. Everything here follows from scenario + seed + difficulty + log. */
export interface GameSession {
  /** The game's own id: it is saved in its own slot, apart from games in other tabs. */
  id: string;
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
  /** The decisions committed so far, one per quarter played. */
  log: DecisionLog;
  /** The engine's outcome of each quarter played, in order (same length as `log`). */
  results: QuarterOutcome[];
  /** The engine's state after the last quarter played (its `quarter` is the next to plan). */
  state: GameState;
  /** The plan being drafted for the next quarter. */
  draft: QuarterDecisions;
  phase: GamePhase;
  /** Events of this quarter whose card the player has answered or dismissed (ids). */
  answeredEvents: string[];
  /**
   * A class session's choice of events (its record carries it); `scenario` is then the level as
   * played under it (scenarioWithEvents). Absent: the scenario's own events.
   */
  events?: EventPlan;
}

/**
 * The result of a save. `stale`: another tab has saved this game since this tab last did, so this
 * tab does not write (it would put older progress over newer).
 */
export type SaveResult = WriteResult | { ok: false; reason: 'stale' };

/** What Continue could not bring back as it was saved (shown to the player; null: all of it). */
export interface Recovery {
  /** Quarters played in the game as recovered. */
  quarters: number;
  /** The newest save was damaged (or could not be replayed): the one before it was used. */
  newestLost: boolean;
  /** The unfinished plan could not be read; the plan starts from the company's settings. */
  draftLost: boolean;
  /**
   * Replayed under the same revision, the figures differ from those the player saw when saving
   * (the save's `seen` fingerprint): the save was changed, or the game's rules were.
   */
  figuresChanged?: boolean;
  /**
   * The game was saved under an older revision of its level and replayed under the current one:
   * the quarters whose decisions are still valid were kept (`quarters` of `saved.decisions`);
   * `saved` is the save as it was, for the player to download. When quarters were cut, `old`
   * says whether the old game whole can be read (`oldGame`): `readable`, or `noLevel` (saved
   * before levels were kept, or storage was full) or `refused` (its own level refuses it: the
   * save was changed).
   */
  revision?: {
    from: number;
    to: number;
    saved: SavedGame;
    old?: 'readable' | 'noLevel' | 'refused';
    /**
     * The save as it was could not be kept apart (oldSaves.ts: storage full), so Continue will
     * not list it to read: the player is told, and offered it to download.
     */
    notKept?: true;
  };
  /**
   * How many other games' newest save could not be read (absent: none). Such a save says nothing
   * of when it was made, so it may be the game played last: the player is told rather than given
   * this older game as if nothing happened.
   */
  otherGamesDamaged?: number;
}

/** A saved game the player can choose to continue, as the title lists it. */
export interface SavedGameEntry {
  id: string;
  scenarioId: string;
  /** The scenario's name (a locale key). */
  name: string;
  difficulty: Difficulty;
  /** Quarters committed, of the scenario's `quarters`. */
  played: number;
  quarters: number;
  /** The game has ended (its last quarter played, or ended early). */
  finished: boolean;
  /** When it was saved (ms since 1970). */
  savedAt: number;
}

/**
 * A game saved under an older revision of its level and carried over to the current one with
 * quarters cut (oldSaves.ts): listed by Continue to read (its debrief), never to play on.
 */
export interface OldGameEntry {
  /** The game's id (the game carried over plays on under it). */
  id: string;
  /** The scenario's name (a locale key). */
  name: string;
  difficulty: Difficulty;
  /** The revision it was played under, and the level's revision now. */
  from: number;
  to: number;
  /** Quarters played under the old revision. */
  played: number;
  savedAt: number;
  /** `readable`, or why its debrief cannot be shown (OldGameResult's reasons). */
  status: 'readable' | 'noLevel' | 'refused';
  /** The save as it was: to open (the store's `oldGame`). */
  save: SavedGame;
  /** The same, as stored: to download when its debrief cannot be shown. */
  stored: string;
}

/** A saved game Continue cannot open, listed so the player knows it exists and can keep it. */
export interface DamagedGameEntry {
  /** The game's id (from its slot). */
  id: string;
  /** The scenario's name (a locale key) when the stored text still names a level of this game. */
  name: string | null;
  /** `unreadable`: neither entry can be read; `unknownLevel`: a level this game does not have. */
  reason: 'unreadable' | 'unknownLevel';
  /** What is stored, verbatim: the slot's entries by storage key (newest, then its backup). */
  stored: Record<string, string>;
}

export type ResumeResult =
  { ok: true } | { ok: false; reason: 'no-save' | 'unknown-scenario' | 'unreadable' };

export interface GameStoreState {
  session: GameSession | null;
  /** Why the last commit was refused (engine reasons, locale keys), cleared by the next edit. */
  refusal: DecisionError[] | null;
  /** The result of the last save; a failed one leaves the previous good save in place. */
  lastSave: SaveResult | null;
  /** Another tab has saved this game since: this tab no longer saves it. */
  stale: boolean;
  /** What the last Continue could not bring back (null: everything, or no Continue). */
  recovered: Recovery | null;
  /**
   * In a live class: the session's pace as this team sees it (null in a game of one's own). The
   * class server then plays every quarter; the store never runs the engine for a result.
   */
  classTeam: ClassTeamStatus | null;
  /** A quarter's results that arrived while the team was still watching the previous one. */
  pendingGame: ServerGame | null;

  /** Starts a new game at its briefing (seed drawn when not given), and saves it. */
  start(scenarioId: string, difficulty: Difficulty, seed?: number): boolean;
  /** Briefing read: on to planning the first quarter. */
  beginPlanning(): void;
  /** Changes the draft by a patch (records merge per key, as the engine's `applyPatch`). */
  editDraft(patch: DecisionsPatch): void;
  /** Replaces the draft wholesale (the plan screen's own edits). */
  setDraft(draft: QuarterDecisions): void;
  /** Back to the company's current settings for the next quarter. */
  resetDraft(): void;
  /**
   * The player's answer on an event's card: the chosen response goes into the draft's decisions
   * (null: no response), and the event no longer holds up the commit.
   */
  answerEvent(eventId: string, responseId: string | null): void;
  /** Validates the draft; refused → `refusal`, accepted → the quarter is played, phase `run`. */
  commitQuarter(): boolean;
  /** The quarter has been shown: phase `review`. */
  finishRun(): void;
  /** After the review: the next quarter's plan, or `end` when the game is over. */
  continueGame(): void;
  /** Saves and leaves the session (back to the title). */
  saveAndQuit(): SaveResult;
  /** Writes the save now (also done after every commit). */
  save(): SaveResult;
  /**
   * Loads the most recently saved game (or the game `id`) and replays it; a save that cannot be
   * read or replayed falls back to the one before it, and `recovered` says what was lost.
   */
  resume(id?: string): ResumeResult;
  /**
   * The saved games Continue can open, the one saved most recently first: a game overtaken by
   * another tab's game stays reachable. A game whose save cannot be read is not listed (Continue
   * says so), nor one of a level this game does not have.
   */
  savedGames(): SavedGameEntry[];
  /** The saved games Continue cannot open (unreadable, or of a level this game does not have). */
  damagedGames(): DamagedGameEntry[];
  /** The old games kept to read (oldSaves.ts), the one saved most recently first. */
  oldGames(): OldGameEntry[];
  /**
   * A game saved under an older revision of its level, replayed with that level as it was kept:
   * to read its debrief. Nothing in the store changes (no save, no session).
   */
  oldGame(saved: SavedGame): OldGameResult;
  /** Storage changed in another tab (the `storage` event's key; null: all was cleared). */
  storageChanged(key: string | null): void;
  /** Drops the session without saving (the save stays). */
  leave(): void;
  /**
   * Continues a game from an exported record (as a new game with its own slot, saved at once):
   * play goes on at its next quarter. A file that is not a valid record is refused, with why;
   * so is any record during a live class (the team's game is the class server's).
   */
  importRecord(
    data: unknown,
  ): { ok: true } | { ok: false; refusal: ImportRefusal; oldGame?: OldGame };

  /** Joins a live class: the team's game as the server sent it, and where to send its plans. */
  enterClass(entry: ClassEntry): boolean;
  /** The server sent the team's game again: new results are played (Run) once the team is ready. */
  receiveClassGame(game: ServerGame): void;
  /** The session's pace or the team list changed. */
  updateClass(change: Partial<ClassTeamStatus>): void;
  /** The server refused the team's commit: its reasons go to the plan, as the engine's would. */
  classRefused(refusal: ServerRefusal): void;
  /** Takes a commit back while the quarter is still open. */
  uncommitClass(): void;
}

export interface ClassEntry {
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
  status: ClassTeamStatus;
  game: ServerGame;
  server: QuarterServer;
  /** Where this browser was before a reload (the phase, after how many quarters). */
  resumeAt?: { phase: GamePhase; played: number } | null;
  /** A draft this browser kept for the quarter it was planning, newer than the server's. */
  localDraft?: QuarterDecisions | null;
  /** The event cards this browser had answered in the quarter it was planning. */
  answeredEvents?: string[] | null;
}

export type GameStore = StoreApi<GameStoreState>;

export interface GameStoreOptions {
  storage: KeyValueStorage;
  /** Finds a scenario by id (the bundled levels in the browser, fixtures in tests). */
  scenario: (id: string) => Scenario | undefined;
  /** Draws a seed for a new game. */
  randomSeed?: () => number;
  /** A new game's id (random by default). */
  newGameId?: () => string;
  /** The time of a save, in ms since 1970 (the clock by default). */
  now?: () => number;
}

function drawGameId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 2 ** 32).toString(36)}`;
}

function drawSeed(): number {
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}

/** Plays a log from the start (a fold of the engine), keeping the state and every outcome. */
function replayLog(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): { state: GameState; results: QuarterOutcome[] } {
  let state = newGame(scenario, seed, difficulty);
  const results: QuarterOutcome[] = [];
  for (const decisions of log) {
    const step = playQuarter(scenario, state, decisions);
    state = step.state;
    results.push(step.outcome);
  }
  return { state, results };
}

function toSave(session: GameSession, savedAt: number): SavedGame {
  return {
    id: session.id,
    savedAt,
    scenario: { id: session.scenario.id, revision: session.scenario.revision },
    seed: session.seed,
    difficulty: session.difficulty,
    decisions: session.log,
    phase: session.phase,
    draft: session.phase === 'plan' ? session.draft : null,
    answeredEvents: session.phase === 'plan' ? session.answeredEvents : [],
    seen: seenOf(session.results),
  };
}

/** Fingerprints by results list: a game saves several times per quarter, its results once. */
const fingerprints = new WeakMap<readonly QuarterOutcome[], string>();
function seenOf(results: readonly QuarterOutcome[]): string {
  let seen = fingerprints.get(results);
  if (seen === undefined) {
    seen = resultsFingerprint(results);
    fingerprints.set(results, seen);
  }
  return seen;
}

/**
 * The longest start of a log the scenario still plays (a level's new revision may refuse a
 * decision it once took): the quarters kept, and the state and outcomes after them.
 */
function replayValidPrefix(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): { log: DecisionLog; state: GameState; results: QuarterOutcome[] } {
  let state = newGame(scenario, seed, difficulty);
  const results: QuarterOutcome[] = [];
  const kept: DecisionLog = [];
  for (const decisions of log) {
    try {
      const step = playQuarter(scenario, state, decisions);
      state = step.state;
      results.push(step.outcome);
      kept.push(decisions);
    } catch {
      break;
    }
  }
  return { log: kept, state, results };
}

/** A phase that fits the replayed game, whatever the save said (a tampered save cannot lie). */
function phaseFor(saved: GamePhase, state: GameState, played: number): GamePhase {
  if (played === 0) return saved === 'briefing' ? 'briefing' : 'plan';
  if (state.finished && (saved === 'plan' || saved === 'briefing')) return 'end';
  if (!state.finished && saved === 'end') return 'plan';
  return saved === 'briefing' ? 'plan' : saved;
}

/**
 * The game session store. The engine computes; this store only sequences intents, keeps the log
 * and saves it. Fresh per call, so tests never share state.
 */
export function createGameStore(options: GameStoreOptions): GameStore {
  const storage = createSafeStorage(options.storage);
  const seedOf = options.randomSeed ?? drawSeed;
  const idOf = options.newGameId ?? drawGameId;
  const now = options.now ?? Date.now;
  /** The game's newest entry as this tab last wrote or read it: anything else is another tab's. */
  let known: string | null = null;
  /** In a live class: the class server, which plays the quarters and keeps the draft. */
  let server: QuarterServer | null = null;
  /** In a live class: the level as it is defined (the session's events apply to it). */
  let classLevel: Scenario | null = null;
  /** The level revisions this tab has seen kept (levelArchiveKey), so each is written once. */
  const levelsKept = new Set<string>();
  /**
   * Continue went on from the backup because the newest entry, readable, could not be played:
   * the next write leaves that backup in place (it is the last copy that plays) rather than
   * rotating the unplayable entry into it. Cleared once a write has put a playable save first.
   */
  let backupIsLastPlayable = false;

  return createStore<GameStoreState>()((set, get) => {
    /** Another tab has written this game's slot since this tab last did (a removed slot is not). */
    const overtaken = (session: GameSession): boolean => {
      const current = storage.getItem(gameSlotKey(session.id));
      return current !== null && current !== known;
    };
    const write = (session: GameSession): SaveResult => {
      if (server) {
        // A class game lives on the class server; only the plan being drafted travels there.
        if (session.phase === 'plan' && !get().classTeam?.committed) server.draft(session.draft);
        const result: SaveResult = { ok: true };
        set({ lastSave: result });
        return result;
      }
      if (get().stale || overtaken(session)) {
        const result: SaveResult = { ok: false, reason: 'stale' };
        set({ stale: true, lastSave: result });
        return result;
      }
      const result = savedGameSlot(storage, session.id).write(toSave(session, now()), {
        keepBackup: backupIsLastPlayable,
      });
      if (result.ok) {
        backupIsLastPlayable = false;
        known = storage.getItem(gameSlotKey(session.id));
        // After the save, so a storage too full for the level never costs the game its save.
        const levelKey = levelArchiveKey(session.scenario.id, session.scenario.revision);
        if (!levelsKept.has(levelKey) && keepLevel(storage, session.scenario))
          levelsKept.add(levelKey);
      }
      set({ lastSave: result });
      return result;
    };
    const update = (change: (s: GameSession) => Partial<GameSession>) => {
      const session = get().session;
      if (session) set({ session: { ...session, ...change(session) } });
    };

    return {
      session: null,
      refusal: null,
      lastSave: null,
      stale: false,
      recovered: null,
      classTeam: null,
      pendingGame: null,

      start(scenarioId, difficulty, seed) {
        const scenario = options.scenario(scenarioId);
        if (!scenario) return false;
        const s = (seed ?? seedOf()) >>> 0;
        const state = newGame(scenario, s, difficulty);
        const session: GameSession = {
          id: idOf(),
          scenario,
          seed: s,
          difficulty,
          log: [],
          results: [],
          state,
          draft: defaultDecisions(scenario, state),
          phase: 'briefing',
          answeredEvents: [],
        };
        known = null;
        backupIsLastPlayable = false;
        set({ session, refusal: null, stale: false, recovered: null });
        write(session);
        pruneOldSlots(storage, session.id, now(), (id) => !!options.scenario(id));
        return true;
      },

      beginPlanning() {
        update((s) => (s.phase === 'briefing' ? { phase: 'plan' } : {}));
      },

      editDraft(patch) {
        const session = get().session;
        if (session?.phase !== 'plan') return;
        set({ session: { ...session, draft: applyPatch(session.draft, patch) }, refusal: null });
      },

      setDraft(draft) {
        const session = get().session;
        if (session?.phase !== 'plan') return;
        set({ session: { ...session, draft }, refusal: null });
      },

      resetDraft() {
        const session = get().session;
        if (session?.phase !== 'plan') return;
        set({
          session: { ...session, draft: defaultDecisions(session.scenario, session.state) },
          refusal: null,
        });
      },

      answerEvent(eventId, responseId) {
        const session = get().session;
        if (session?.phase !== 'plan') return;
        const active = session.scenario.events.find(
          (ev) => ev.id === eventId && ev.id in session.state.company.activeEvents,
        );
        if (!active) return;
        if (responseId !== null && !active.responses.some((r) => r.id === responseId)) return;
        const events = { ...session.draft.events };
        if (responseId === null) delete events[eventId];
        else events[eventId] = responseId;
        const answered = session.answeredEvents.includes(eventId)
          ? session.answeredEvents
          : [...session.answeredEvents, eventId];
        set({
          session: { ...session, draft: { ...session.draft, events }, answeredEvents: answered },
          refusal: null,
        });
      },

      commitQuarter() {
        const session = get().session;
        if (session?.phase !== 'plan') return false;
        const check = validateDecisions(session.scenario, session.state, session.draft);
        if (!check.ok) {
          set({ refusal: check.errors });
          return false;
        }
        const classTeam = get().classTeam;
        if (server && classTeam) {
          // The class server plays the quarter for every team once the trainer closes it.
          if (classTeam.roomPhase !== 'open') {
            set({ refusal: [{ path: '', code: 'class.error.notOpen', params: {} }] });
            return false;
          }
          server.commit(check.value);
          set({
            session: { ...session, draft: check.value },
            classTeam: { ...classTeam, committed: true },
            refusal: null,
          });
          return true;
        }
        const step = playQuarter(session.scenario, session.state, check.value);
        const next: GameSession = {
          ...session,
          log: [...session.log, check.value],
          results: [...session.results, step.outcome],
          state: step.state,
          phase: 'run',
          answeredEvents: [],
        };
        set({ session: next, refusal: null });
        write(next);
        return true;
      },

      finishRun() {
        const session = get().session;
        if (session?.phase !== 'run') return;
        // Saved, so a reload on the Review comes back to the Review, not to the quarter replaying.
        const next: GameSession = { ...session, phase: 'review' };
        set({ session: next });
        write(next);
      },

      continueGame() {
        const session = get().session;
        if (session?.phase !== 'review') return;
        const { classTeam, pendingGame } = get();
        if (classTeam) {
          // Results that came in meanwhile are played next; else the next plan or the end.
          if (pendingGame) {
            set({
              session: classSession(session, pendingGame, 'run', classLevel),
              pendingGame: null,
            });
            return;
          }
          const over = classOver(classTeam, session);
          set({
            session: {
              ...session,
              phase: over ? 'end' : 'plan',
              answeredEvents: [],
            },
            refusal: null,
          });
          return;
        }
        const next: GameSession = session.state.finished
          ? { ...session, phase: 'end' }
          : {
              ...session,
              phase: 'plan',
              draft: defaultDecisions(session.scenario, session.state),
              answeredEvents: [],
            };
        set({ session: next, refusal: null });
        write(next);
      },

      save() {
        const session = get().session;
        return session ? write(session) : { ok: false, reason: 'invalid' };
      },

      saveAndQuit() {
        const result = get().save();
        set({ session: null, refusal: null, stale: false, recovered: null });
        return result;
      },

      resume(id) {
        const slots = readSlots(storage).filter(
          (slot) => id === undefined || slot.key === gameSlotKey(id),
        );
        // The most recently saved game that can be read (the others stay in their slots).
        const slot = slots.find((s) => s.candidates.length > 0) ?? slots[0];
        if (!slot) return { ok: false, reason: 'no-save' };
        const otherGamesDamaged = slots.filter((s) => s !== slot && s.newestDamaged).length;
        let reason: 'unknown-scenario' | 'unreadable' = 'unreadable';
        for (const [tried, candidate] of slot.candidates.entries()) {
          const saved = candidate.save;
          if (gameSlotKey(saved.id) !== slot.key) continue; // Copied from another slot.
          const scenario = options.scenario(saved.scenario.id);
          if (!scenario) {
            reason = 'unknown-scenario';
            continue;
          }
          // A level's revision is raised when its numbers change: the save is replayed under the
          // new one, as far as its decisions are still valid there, and the player is told.
          const revised = scenario.revision !== saved.scenario.revision;
          let replayed: ReturnType<typeof replayLog> & { log: DecisionLog };
          if (revised)
            replayed = replayValidPrefix(scenario, saved.seed, saved.difficulty, saved.decisions);
          else
            try {
              replayed = {
                ...replayLog(scenario, saved.seed, saved.difficulty, saved.decisions),
                log: saved.decisions,
              };
            } catch {
              continue; // A log the engine refuses: try the older save.
            }
          const whole = replayed.log.length === saved.decisions.length;
          const phase = whole
            ? phaseFor(saved.phase, replayed.state, saved.decisions.length)
            : phaseFor('plan', replayed.state, replayed.log.length);
          // A half-made plan comes back as it was, even if not yet valid: commit explains why.
          const draft =
            phase === 'plan' && saved.draft && whole
              ? saved.draft
              : defaultDecisions(scenario, replayed.state);
          const newestLost = slot.newestDamaged || candidate.fromBackup || tried > 0;
          const figuresChanged =
            !revised &&
            saved.seen !== undefined &&
            resultsFingerprint(replayed.results) !== saved.seen;
          // Quarters cut: the save as it was is kept apart, so the old game stays readable
          // once this game's slot holds only the new revision's saves (a save its own level
          // refuses was changed, not played: nothing to keep).
          const old = revised && !whole ? oldGameStatus(get().oldGame(saved)) : undefined;
          const notKept = old !== undefined && old !== 'refused' && !keepOldSave(storage, saved);
          known = slot.raw;
          backupIsLastPlayable = candidate.fromBackup;
          set({
            session: {
              id: saved.id,
              scenario,
              seed: saved.seed,
              difficulty: saved.difficulty,
              log: replayed.log,
              results: replayed.results,
              state: replayed.state,
              draft,
              phase,
              // Only events in force now count; a tampered save cannot answer others.
              answeredEvents:
                phase === 'plan'
                  ? (saved.answeredEvents ?? []).filter(
                      (id) => id in replayed.state.company.activeEvents,
                    )
                  : [],
            },
            refusal: null,
            stale: false,
            lastSave: null,
            recovered:
              newestLost ||
              candidate.draftLost ||
              revised ||
              figuresChanged ||
              otherGamesDamaged > 0
                ? {
                    quarters: replayed.log.length,
                    newestLost,
                    draftLost: candidate.draftLost,
                    ...(figuresChanged && { figuresChanged }),
                    ...(otherGamesDamaged > 0 ? { otherGamesDamaged } : {}),
                    ...(revised
                      ? {
                          revision: {
                            from: saved.scenario.revision,
                            to: scenario.revision,
                            saved,
                            ...(old && { old }),
                            ...(notKept && { notKept }),
                          },
                        }
                      : {}),
                  }
                : null,
          });
          return { ok: true };
        }
        return { ok: false, reason };
      },

      savedGames() {
        return readSlots(storage).flatMap((slot): SavedGameEntry[] => {
          const save = slot.candidates[0]?.save;
          const scenario = save && options.scenario(save.scenario.id);
          if (!save || !scenario || gameSlotKey(save.id) !== slot.key) return [];
          return [
            {
              id: save.id,
              scenarioId: scenario.id,
              name: scenario.name,
              difficulty: save.difficulty,
              played: save.decisions.length,
              quarters: scenario.quarters,
              finished: save.phase === 'end',
              savedAt: save.savedAt,
            },
          ];
        });
      },

      damagedGames() {
        return readSlots(storage).flatMap((slot): DamagedGameEntry[] => {
          const save = slot.candidates[0]?.save;
          const known = save && gameSlotKey(save.id) === slot.key;
          if (known && options.scenario(save.scenario.id)) return [];
          const stored: Record<string, string> = {};
          for (const key of [slot.key, `${slot.key}.lastGood`]) {
            const raw = storage.getItem(key);
            if (raw !== null) stored[key] = raw;
          }
          const scenarioId = known ? save.scenario.id : scenarioNamedIn(slot.raw ?? '');
          return [
            {
              id: gameIdOfSlot(slot.key),
              name: scenarioId ? (options.scenario(scenarioId)?.name ?? null) : null,
              reason: known ? 'unknownLevel' : 'unreadable',
              stored,
            },
          ];
        });
      },

      oldGames() {
        return readOldSaves(storage).flatMap(({ save, stored }): OldGameEntry[] => {
          const scenario = options.scenario(save.scenario.id);
          if (!scenario) return [];
          return [
            {
              id: save.id,
              name: scenario.name,
              difficulty: save.difficulty,
              from: save.scenario.revision,
              to: scenario.revision,
              played: save.decisions.length,
              savedAt: save.savedAt,
              status: oldGameStatus(get().oldGame(save)),
              save,
              stored,
            },
          ];
        });
      },

      oldGame(saved) {
        const current = options.scenario(saved.scenario.id);
        return replayOldGame(
          archivedLevel(storage, saved.scenario.id, saved.scenario.revision),
          {
            id: saved.id,
            seed: saved.seed,
            difficulty: saved.difficulty,
            decisions: saved.decisions,
          },
          current?.revision ?? saved.scenario.revision,
          saved.seen,
        );
      },

      storageChanged(key) {
        const session = get().session;
        if (!session || get().stale) return;
        if (key !== null && key !== gameSlotKey(session.id)) return;
        if (overtaken(session)) set({ stale: true });
      },

      leave() {
        server?.leave();
        server = null;
        set({
          session: null,
          refusal: null,
          stale: false,
          recovered: null,
          classTeam: null,
          pendingGame: null,
        });
      },

      enterClass(entry) {
        const { seed, difficulty, status, game } = entry;
        let base: GameSession;
        try {
          const scenario = scenarioWithEvents(entry.scenario, game.events);
          const replayed = replayLog(scenario, seed, difficulty, game.log);
          base = {
            id: `class-${status.code.toLowerCase()}`,
            scenario,
            seed,
            difficulty,
            log: game.log,
            results: game.results,
            state: replayed.state,
            draft: game.draft,
            phase: 'plan',
            answeredEvents: [],
            ...(game.events && { events: game.events }),
          };
        } catch {
          return false; // A game this copy of the engine cannot play: another game version.
        }
        const played = game.log.length;
        const at = entry.resumeAt?.played === played ? entry.resumeAt.phase : null;
        let phase: GamePhase = played === 0 ? (at === 'plan' ? 'plan' : 'briefing') : 'plan';
        if (played > 0 && (at === 'run' || at === 'review')) phase = 'review';
        if (classOver(status, base) && at !== 'run' && at !== 'review') phase = 'end';
        const draft = entry.localDraft && !game.committed ? entry.localDraft : game.draft;
        // The cards this browser answered stay answered after a reload (the events still in force).
        const answeredEvents =
          at === 'plan'
            ? (entry.answeredEvents ?? []).filter((id) => id in base.state.company.activeEvents)
            : [];
        server = entry.server;
        classLevel = entry.scenario;
        known = null;
        backupIsLastPlayable = false;
        set({
          session: { ...base, phase, draft, answeredEvents },
          classTeam: { ...status, committed: game.committed, carriedOver: game.carriedOver },
          pendingGame: null,
          refusal: null,
          stale: false,
          recovered: null,
          lastSave: null,
        });
        // The server gets the draft this browser kept, should it not have it yet.
        if (draft !== game.draft && phase === 'plan') server.draft(draft);
        return true;
      },

      receiveClassGame(game) {
        const { session, classTeam, pendingGame } = get();
        if (!session || !classTeam) return;
        const status = { ...classTeam, committed: game.committed, carriedOver: game.carriedOver };
        const played = (pendingGame ?? session).log.length;
        if (game.log.length <= played) {
          // The trainer triggered an event for the next quarter: the same game under new events
          // (kept for later when newer results wait for the team to finish its review).
          if (pendingGame && game.log.length === pendingGame.log.length)
            set({ pendingGame: game, classTeam: status });
          else if (classLevel && !sameEvents(session.events, game.events)) {
            const scenario = scenarioWithEvents(classLevel, game.events);
            const { state } = replayLog(scenario, session.seed, session.difficulty, session.log);
            set({
              session: { ...session, scenario, state, events: game.events },
              classTeam: status,
            });
          } else set({ classTeam: status });
          return;
        }
        if (session.phase === 'plan' || session.phase === 'briefing')
          set({
            session: classSession(session, game, 'run', classLevel),
            classTeam: status,
            refusal: null,
          });
        else set({ pendingGame: game, classTeam: status });
      },

      updateClass(change) {
        const classTeam = get().classTeam;
        if (!classTeam) return;
        const next = { ...classTeam, ...change };
        const session = get().session;
        // The last quarter's review done and the session over: the end.
        if (session?.phase === 'plan' && classOver(next, session) && !get().pendingGame)
          set({ classTeam: next, session: { ...session, phase: 'end' } });
        else set({ classTeam: next });
      },

      classRefused(refusal) {
        const classTeam = get().classTeam;
        if (!classTeam) return;
        set({
          classTeam: { ...classTeam, committed: false },
          refusal: refusal.errors.length
            ? refusal.errors
            : [{ path: '', code: refusal.reason, params: {} }],
        });
      },

      uncommitClass() {
        const classTeam = get().classTeam;
        if (!server || !classTeam?.committed) return;
        server.uncommit();
        set({ classTeam: { ...classTeam, committed: false } });
      },

      importRecord(data) {
        // A class game is the class server's: an import would replace the team's game here and
        // send its plan there as the team's draft, while saving nothing of its own.
        if (server || get().classTeam)
          return { ok: false, refusal: { key: 'saving.import.inClass', values: {} } };
        const imported = importGameRecord(data, options.scenario, (id, revision) =>
          archivedLevel(storage, id, revision),
        );
        if (!imported.ok) return imported;
        const { scenario, seed, difficulty, log, state, results } = imported.game;
        known = null;
        backupIsLastPlayable = false;
        set({
          session: {
            id: idOf(),
            scenario,
            seed,
            difficulty,
            log,
            results,
            state,
            draft: defaultDecisions(scenario, state),
            phase: state.finished ? 'end' : 'plan',
            answeredEvents: [],
          },
          refusal: null,
          stale: false,
          lastSave: null,
          recovered: null,
        });
        get().save();
        return { ok: true };
      },
    };
  });
}

/** The session with the server's game: its log and results, the state replayed from the log. */
function classSession(
  session: GameSession,
  game: ServerGame,
  phase: GamePhase,
  level: Scenario | null,
): GameSession {
  const scenario = level ? scenarioWithEvents(level, game.events) : session.scenario;
  const { state } = replayLog(scenario, session.seed, session.difficulty, game.log);
  // The results shown are the server's, never the browser's own.
  return {
    ...session,
    scenario,
    events: game.events,
    log: game.log,
    results: game.results,
    state,
    draft: game.draft,
    phase,
    answeredEvents: [],
  };
}

function oldGameStatus(old: OldGameResult): 'readable' | 'noLevel' | 'refused' {
  return old.ok ? 'readable' : old.reason;
}

/** The scenario a damaged entry's text still names, if it does (a cut-off save often still does). */
function scenarioNamedIn(raw: string): string | null {
  return /"scenario":\{"id":"([a-zA-Z][a-zA-Z0-9_-]{0,39})"/.exec(raw)?.[1] ?? null;
}

function sameEvents(a: EventPlan | undefined, b: EventPlan | undefined): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** The class has played its last quarter (or this team's game ended early) and it is not pending. */
function classOver(status: ClassTeamStatus, session: GameSession): boolean {
  return (
    session.state.finished ||
    (status.roomPhase === 'finished' &&
      session.log.length >= Math.min(status.quarter, status.quarters))
  );
}

/**
 * How many quarters this game lasts, as the screens say it: a class's own length (a 90-minute
 * session plays 4 of the scenario's 8), or the scenario's.
 */
export function gameQuarters(state: GameStoreState): number {
  const scenario = state.session?.scenario;
  if (!scenario) return 0;
  return state.classTeam
    ? Math.min(state.classTeam.quarters, scenario.quarters)
    : scenario.quarters;
}

/** The outcome of the quarter just played (for Run and Review), or null before the first. */
export function lastOutcome(state: GameStoreState): QuarterOutcome | null {
  return state.session?.results.at(-1) ?? null;
}
