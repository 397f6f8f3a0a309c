/**
 * What-if: a fork of the decision log. One past quarter's decisions are changed (and, for lasting
 * settings, every quarter after it too), the game is replayed to the end, and the new outcome is
 * set beside the real one. The same seed means the same customers and the same luck.
 */
import { applyPatch } from './plan';
import { hashRecord } from './replay';
import type { QuarterOutcome } from './schema/outcome';
import type { Difficulty } from './schema/common';
import type { DecisionLog, DecisionsPatch } from './schema/decisions';
import type { GameRecord } from './schema/record';
import type { Scenario } from './schema/scenario';
import { validateDecisions, type DecisionError } from './validate';
import { newGame } from './game';
import { playQuarter } from './quarter/play';

export interface WhatIfRequest {
  quarter: number;
  patch: DecisionsPatch;
  /** 'onward' keeps a lasting change in every later quarter; 'quarter' changes that quarter only. */
  scope: 'onward' | 'quarter';
}

export type WhatIfResult =
  | { ok: true; log: DecisionLog; record: GameRecord }
  | { ok: false; quarter: number; errors: DecisionError[] };

/** One-off choices (redesigns, initiatives, event responses) are not carried into later quarters. */
function lasting(patch: DecisionsPatch): DecisionsPatch {
  const out: DecisionsPatch = { ...patch, events: undefined };
  if (patch.journey) {
    const touchpoints = Object.fromEntries(
      Object.entries(patch.journey.touchpoints ?? {}).map(([id, tp]) => {
        const rest = { ...tp };
        delete rest.redesign;
        return [id, rest];
      }),
    );
    out.journey = { ...patch.journey, touchpoints, initiatives: undefined };
  }
  return out;
}

/** The forked decision log: the real one with the change applied. */
export function forkLog(log: DecisionLog, request: WhatIfRequest): DecisionLog {
  const later = lasting(request.patch);
  return log.map((d, q) => {
    if (q === request.quarter) return applyPatch(d, request.patch);
    if (q > request.quarter && request.scope === 'onward') return applyPatch(d, later);
    return d;
  });
}

/**
 * Replays the forked game. A fork the rules refuse (say, over budget in a later quarter) comes back
 * with the quarter and the reasons, so the player can adjust it.
 */
export function whatIf(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  log: DecisionLog,
  request: WhatIfRequest,
): WhatIfResult {
  const forked = forkLog(log, request);
  let state = newGame(scenario, seed, difficulty);
  const results: QuarterOutcome[] = [];
  const played: DecisionLog = [];
  for (let q = 0; q < forked.length && !state.finished; q++) {
    const check = validateDecisions(scenario, state, forked[q]);
    if (!check.ok) return { ok: false, quarter: q, errors: check.errors };
    const step = playQuarter(scenario, state, forked[q]!);
    results.push(step.outcome);
    played.push(forked[q]!);
    state = step.state;
  }
  // The same record replay() would build, without playing the game a second time.
  const record = {
    format: 'not-by-accident/record@1' as const,
    scenario: { id: scenario.id, revision: scenario.revision },
    seed: seed >>> 0,
    difficulty,
    decisions: played,
    results,
  };
  return { ok: true, log: forked, record: { ...record, hash: hashRecord(record) } };
}
