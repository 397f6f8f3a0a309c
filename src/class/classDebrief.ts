/**
 * What the trainer's dashboard shows of each team after the last quarter: the team's top lessons
 * (the debrief's own lesson engine, each backed by replays of the team's game) and discussion
 * prompts chosen from what happened in it. Every prompt names a fact of the team's own outcomes.
 */
import {
  Counterfactuals,
  lessonsOf,
  playGame,
  type DecisionLog,
  type Difficulty,
  type LessonLabel,
  type Scenario,
} from '../engine';
import type { QuarterFigures } from './classSummary';

/** As many lessons per team as a projected slide holds. */
export const CLASS_LESSONS = 3;
/** Credibility points (of 100) lost before it is worth a question. */
export const CREDIBILITY_DROP = 5;
/** A weakest channel is worth naming only among this many open ones. */
export const MIN_OPEN_CHANNELS = 3;

export interface ClassLesson {
  id: string;
  label: LessonLabel;
  pillar: string;
  key: string;
  params: Record<string, string | number>;
}

/** A prompt: a locale key and its figures; a param ending in `Name` is itself a locale key. */
export interface ClassPrompt {
  id: string;
  key: string;
  params: Record<string, string | number>;
}

/** What the room sends the trainer at the end: the team's log (for its lessons) and prompts. */
export interface TeamDebrief {
  team: string;
  log: DecisionLog;
  prompts: ClassPrompt[];
}

export interface TeamGameInput {
  team: string;
  log: DecisionLog;
  results: readonly QuarterFigures[];
  /** Quarters the team did not commit (0-based). */
  carriedOver: number[];
}

const round = (x: number) => Math.round(x);

/** The discussion prompts this team's own game supports (at least one, the general one). */
export function discussionPrompts(
  scenario: Scenario,
  results: readonly QuarterFigures[],
  carriedOver: readonly number[],
): ClassPrompt[] {
  const prompts: ClassPrompt[] = [];
  const prompt = (id: string, params: Record<string, string | number> = {}) =>
    prompts.push({ id, key: `class.prompt.${id}`, params });
  const measured = results.filter((o) => o.measured.nps !== null);
  const first = measured[0];
  const last = measured.at(-1);
  if (
    first &&
    last &&
    first !== last &&
    last.measured.nps! > first.measured.nps! &&
    last.true.nps < first.true.nps
  )
    prompt('measuredRoseTrueFell', {
      from: first.quarter + 1,
      to: last.quarter + 1,
      measuredFrom: round(first.measured.nps!),
      measuredTo: round(last.measured.nps!),
      trueFrom: round(first.true.nps),
      trueTo: round(last.true.nps),
    });
  if (results.length > 0 && measured.length === 0) prompt('npsNeverMeasured');
  const end = results.at(-1);
  const open = end?.channels.filter((c) => c.open) ?? [];
  if (end && open.length >= MIN_OPEN_CHANNELS) {
    const weakest = open.reduce((a, b) => (b.quality < a.quality ? b : a));
    const channel = scenario.channels.find((c) => c.id === weakest.id);
    if (channel)
      prompt('eliminationList', {
        channelName: channel.name,
        quality: round(weakest.quality * 100),
        open: open.length,
      });
  }
  const start = results[0];
  if (start && end && (start.true.credibility - end.true.credibility) * 100 >= CREDIBILITY_DROP)
    prompt('credibilityFell', {
      from: round(start.true.credibility * 100),
      to: round(end.true.credibility * 100),
    });
  if (carriedOver.length > 0)
    prompt('carriedOver', {
      quarters: carriedOver.map((q) => q + 1).join(', '),
      count: carriedOver.length,
    });
  prompt('peakEnd');
  return prompts;
}

/**
 * The team's top lessons, from replays of its game (seconds of work for a long game: the
 * trainer's page works them out one team at a time, so the class server never waits for them).
 */
export function teamLessons(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
): ClassLesson[] {
  if (log.length === 0) return [];
  const played = playGame(scenario, seed, difficulty, log);
  const cf = new Counterfactuals(scenario, seed, difficulty, log, played.outcomes, played.states);
  return lessonsOf(cf)
    .slice(0, CLASS_LESSONS)
    .map((l) => ({ id: l.id, label: l.label, pillar: l.pillar, key: l.key, params: l.params }));
}

/** What the room sends the trainer of a team once the session is over. */
export function teamDebrief(scenario: Scenario, game: TeamGameInput): TeamDebrief {
  return {
    team: game.team,
    log: game.log,
    prompts: discussionPrompts(scenario, game.results, game.carriedOver),
  };
}
