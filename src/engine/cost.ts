import {
  CONNECTION_DONE,
  COMPLAINTS_BUDGET_SHARE,
  CONNECTION_PROJECT_SHARE,
  BLUEPRINT_BUDGET_SHARE,
  DRIVERS_LICENCE_BUDGET_SHARE,
  RESPONSE_TRANSACTIONAL,
  REVIEW_SITES_BUDGET_SHARE,
} from './constants';
import type { QuarterDecisions } from './schema/decisions';
import type { Costs } from './schema/outcome';
import type { Scenario } from './schema/scenario';
import type { GameState } from './schema/state';

/**
 * A connected channel's cost this quarter: while the integration project runs (the channel is not
 * yet connected), a share of the quarterly CX budget, so connecting is a project sized to the
 * company (link 5); once connected, the level's upkeep.
 */
export function connectionCostOf(
  scenario: Scenario,
  state: GameState,
  ch: Scenario['channels'][number],
): number {
  const now = state.company.connection[ch.id] ?? 0;
  return now < CONNECTION_DONE
    ? Math.round(CONNECTION_PROJECT_SHARE * scenario.company.budget)
    : ch.connectionCost;
}

/** A quarter of the customer driver's licence, scaled to the company (k€). */
/** What a CX owner costs a quarter (k€): the level's price of a team or the CEO's time; a CX
 * executive with a mandate costs the mean of the two (constants `OWNERS`), so it scales with the
 * company as they do. */
export function ownerCost(
  scenario: Scenario,
  owner: QuarterDecisions['governance']['owner'],
): number {
  if (owner === 'none') return 0;
  if (owner === 'executive') return (scenario.governance.team + scenario.governance.ceo) / 2;
  return scenario.governance[owner];
}

/** What the service blueprint and standards project costs a quarter (k€): a share of the
 * quarterly CX budget, the same decision in every scenario. */
export function blueprintCost(scenario: Scenario): number {
  return BLUEPRINT_BUDGET_SHARE * scenario.company.budget;
}

export function driversLicenceCost(scenario: Scenario): number {
  return DRIVERS_LICENCE_BUDGET_SHARE * scenario.company.budget;
}

/** A quarter of reading and logging complaints, scaled to the company (k€). */
export function complaintsCost(scenario: Scenario): number {
  return COMPLAINTS_BUDGET_SHARE * scenario.company.budget;
}

/** A quarter of following review sites, scaled to the company (k€). */
export function reviewSitesCost(scenario: Scenario): number {
  return REVIEW_SITES_BUDGET_SHARE * scenario.company.budget;
}

/** What a plan costs this quarter, by pillar (k€). All of it counts against the CX budget. */
export function costOf(scenario: Scenario, state: GameState, d: QuarterDecisions): Costs {
  const strategy =
    d.strategy.targetSegments.length * scenario.strategy.perTargetSegment +
    (d.strategy.brandPromise !== state.decisions.strategy.brandPromise
      ? scenario.strategy.promiseChange
      : 0);
  let invitations = 0;
  for (const s of Object.values(d.metrics.surveys))
    if (s.metric !== 'none') invitations += s.sampleSize;
  const metrics = invitations * scenario.listening.perInvitation;
  const understanding =
    (d.understanding.research === 'none' ? 0 : scenario.research[d.understanding.research]) +
    d.understanding.leadersDays * scenario.leaderDayCost +
    (d.understanding.driversLicence ? driversLicenceCost(scenario) : 0) +
    (d.understanding.complaints ? complaintsCost(scenario) : 0) +
    (d.understanding.reviewSites ? reviewSitesCost(scenario) : 0) +
    (d.understanding.closeTheLoop
      ? invitations * RESPONSE_TRANSACTIONAL * scenario.listening.perFollowUp
      : 0);
  let journey = 0;
  for (const stage of scenario.stages)
    for (const tp of stage.touchpoints) {
      const plan = d.journey.touchpoints[tp.id];
      if (plan?.removed) continue;
      journey += tp.runningCost + (plan?.investment ?? 0) + (plan?.redesign ? tp.redesignCost : 0);
    }
  for (const id of d.journey.initiatives)
    journey += scenario.initiatives.find((i) => i.id === id)?.cost ?? 0;
  let channels = 0;
  for (const ch of scenario.channels) {
    const plan = d.channels[ch.id];
    if (!plan?.open) continue;
    const staffing = ch.kind === 'human' ? d.culture.staffing : 1;
    channels +=
      ch.fixedCost +
      ch.unitCost * plan.capacity * staffing +
      plan.funding +
      (plan.connected ? connectionCostOf(scenario, state, ch) : 0);
  }
  const governance =
    ownerCost(scenario, d.governance.owner) +
    (d.governance.council ? scenario.governance.council : 0) +
    (d.governance.blueprint ? blueprintCost(scenario) : 0);
  const culture =
    (d.culture.hiringForAttitude ? scenario.culture.hiring : 0) +
    d.culture.training +
    d.culture.wellbeing +
    (d.culture.empowerment === 'high'
      ? scenario.culture.empowermentHigh
      : d.culture.empowerment === 'medium'
        ? scenario.culture.empowermentMedium
        : 0);
  let events = 0;
  for (const [eventId, responseId] of Object.entries(d.events)) {
    if (!(eventId in state.company.activeEvents)) continue;
    const ev = scenario.events.find((e) => e.id === eventId);
    events += ev?.responses.find((r) => r.id === responseId)?.cost ?? 0;
  }
  const total =
    strategy + understanding + metrics + journey + channels + governance + culture + events;
  return {
    strategy,
    understanding,
    metrics,
    journey,
    channels,
    governance,
    culture,
    events,
    total,
  };
}

/** The CX budget this quarter (k€). */
export function budgetOf(scenario: Scenario, state: GameState): number {
  return scenario.company.budget * scenario.difficulty[state.difficulty].budget;
}
