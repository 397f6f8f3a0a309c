import * as Constants from '../constants';
import { exp } from '../math';
import type { Model } from '../model';
import type { QuarterDecisions } from '../schema/decisions';
import type { CompanyState } from '../schema/state';
import type { EventImpact } from './events';

// A plain copy of the constants: where modules become CommonJS (tsx: the CLI, the bench) every
// read of a namespace property is a getter call, and these are read per touchpoint and channel.
const K = { ...Constants };

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
const saturate = (spend: number, reference: number) => 1 - exp(-spend / reference);

/** Share of the journey (by reach) with a survey, and the responses expected (link 8). */
export function listeningCoverage(model: Model, d: QuarterDecisions, customers: number): number {
  let covered = 0;
  let reach = 0;
  let invitations = 0;
  for (const tp of model.touchpoints) {
    reach += tp.reach;
    const s = d.metrics.surveys[tp.id];
    if (s && s.metric !== 'none' && s.sampleSize > 0) {
      covered += tp.reach;
      invitations += Math.min(s.sampleSize, customers * tp.reach);
    }
  }
  const responses = invitations * K.RESPONSE_TRANSACTIONAL;
  return (reach > 0 ? covered / reach : 0) * Math.min(1, responses / K.RESPONSES_FOR_FULL_COVERAGE);
}

/**
 * Moves the slow variables one quarter (links 8–11, 14): culture → engagement with lag, overload
 * erodes it; governance and leaders' time close the company gaps with delay; channel connection
 * follows governance; research bought last quarter pays off now. Culture and governance act from
 * the quarter after they are decided (link 14: a lag of one or more quarters), so the settings
 * that move the slow variables are last quarter's (`prev`); what changes now is paid now.
 */
/** Targets set, used as goals (not bonuses), with the loop closed (link 8). */
export function goalsWithLoop(d: QuarterDecisions): boolean {
  const t = d.metrics.targets;
  return (
    !t.bonus &&
    d.understanding.closeTheLoop &&
    (t.nps !== null || t.csat !== null || t.ces !== null)
  );
}

export function moveSlowVariables(
  model: Model,
  c: CompanyState,
  prev: QuarterDecisions,
  d: QuarterDecisions,
  impact: EventImpact,
  customers: number,
): void {
  const cul = prev.culture;
  const gov = prev.governance;
  // Spending is weighed against the company's size (its quarterly CX budget), so one decision
  // means the same in every scenario.
  const budget = model.scenario.company.budget;
  const trainingEffect = saturate(cul.training, K.TRAINING_REFERENCE * budget);
  const stretched = Math.max(0, c.overload - K.STRETCHED_LOAD);
  c.attitudeHires = clamp(
    c.attitudeHires + K.ATTITUDE_HIRING_RATE * ((cul.hiringForAttitude ? 1 : 0) - c.attitudeHires),
    0,
    1,
  );
  const engagementTarget =
    K.ENGAGEMENT_BASE +
    K.ENGAGEMENT_FROM_ATTITUDE * (c.attitudeHires - K.ATTITUDE_HIRES_TYPICAL) +
    K.ENGAGEMENT_FROM_TRAINING * trainingEffect +
    K.ENGAGEMENT_FROM_EMPOWERMENT[cul.empowerment] +
    K.ENGAGEMENT_FROM_WELLBEING * saturate(cul.wellbeing, K.WELLBEING_REFERENCE * budget) +
    K.ENGAGEMENT_FROM_STAFFING * (cul.staffing - 1) +
    K.ENGAGEMENT_FROM_OWNER[gov.owner] -
    K.ENGAGEMENT_FROM_OVERLOAD * stretched;
  c.engagement = clamp(
    c.engagement + K.ENGAGEMENT_RATE * (engagementTarget - c.engagement) + impact.engagement,
    0,
    100,
  );

  const research = c.researchPending;
  const researchGain =
    research >= 2
      ? K.KNOWLEDGE_FROM_RESEARCH.deep
      : research >= 1
        ? K.KNOWLEDGE_FROM_RESEARCH.light
        : 0;
  c.researchPending =
    d.understanding.research === 'deep' ? 2 : d.understanding.research === 'light' ? 1 : 0;
  const days = d.understanding.leadersDays;
  const knowledgeTarget = clamp(
    K.KNOWLEDGE_GAP_BASE -
      K.KNOWLEDGE_FROM_SURVEYS * listeningCoverage(model, d, customers) -
      researchGain -
      K.KNOWLEDGE_FROM_LEADERS_PER_DAY * days -
      (d.understanding.closeTheLoop ? K.KNOWLEDGE_FROM_LOOP : 0) -
      (prev.understanding.driversLicence ? K.KNOWLEDGE_FROM_LICENCE : 0),
    K.KNOWLEDGE_GAP_FLOOR,
    1,
  );
  const g = c.gaps;
  g.knowledge = clamp(g.knowledge + K.KNOWLEDGE_RATE * (knowledgeTarget - g.knowledge), 0, 1);
  const standardsTarget = clamp(
    K.STANDARDS_GAP_BASE -
      K.STANDARDS_FROM_OWNER[gov.owner] -
      (gov.council ? K.STANDARDS_FROM_COUNCIL : 0) -
      (gov.blueprint ? K.STANDARDS_FROM_BLUEPRINT * K.BLUEPRINT_BY_OWNER[gov.owner] : 0) -
      K.STANDARDS_FROM_LEADERS_PER_DAY * days +
      K.STANDARDS_FROM_KNOWLEDGE_GAP * (g.knowledge - K.KNOWLEDGE_GAP_PIVOT),
    K.GAP_FLOOR,
    1,
  );
  g.standards = clamp(g.standards + K.GOVERNANCE_RATE * (standardsTarget - g.standards), 0, 1);
  const deliveryTarget = clamp(
    K.DELIVERY_GAP_BASE -
      K.DELIVERY_FROM_ENGAGEMENT * ((c.engagement - 50) / 50) -
      K.DELIVERY_FROM_TRAINING * trainingEffect -
      K.DELIVERY_FROM_EMPOWERMENT[cul.empowerment] -
      (gov.council ? K.DELIVERY_FROM_COUNCIL : 0) -
      K.DELIVERY_FROM_OWNER[gov.owner] -
      (goalsWithLoop(prev) ? K.DELIVERY_FROM_GOALS : 0) -
      (prev.understanding.driversLicence ? K.DELIVERY_FROM_LICENCE : 0) +
      K.DELIVERY_FROM_OVERLOAD * stretched,
    K.GAP_FLOOR,
    1,
  );
  g.delivery = clamp(g.delivery + K.GOVERNANCE_RATE * (deliveryTarget - g.delivery), 0, 1);

  const rate = K.CONNECTION_RATE[gov.owner] + (gov.council ? K.CONNECTION_COUNCIL_BONUS : 0);
  for (const ch of model.scenario.channels) {
    const plan = d.channels[ch.id];
    const target = plan?.open && plan.connected ? 1 : 0;
    const now = c.connection[ch.id] ?? 0;
    // Integration takes time to build (and stalls without an owner) but a disconnected channel
    // loses it at once.
    c.connection[ch.id] = target > now ? clamp(now + rate * (target - now), 0, 1) : target;
  }

  // Lasting improvements started last quarter land now.
  for (const [id, v] of Object.entries(c.pendingQuality))
    c.quality[id] = Math.min(K.MAX_LASTING_QUALITY, (c.quality[id] ?? 0) + v);
  for (const [id, v] of Object.entries(c.pendingRelief))
    c.effortRelief[id] = Math.min(K.MAX_EFFORT_RELIEF, (c.effortRelief[id] ?? 0) + v);
  c.pendingQuality = {};
  c.pendingRelief = {};

  // Changing the promise costs credibility (link 1).
  if (d.strategy.brandPromise !== prev.strategy.brandPromise)
    c.credibility -= K.CREDIBILITY_CHANGE_COST;
  const before = new Set(prev.strategy.customerPromises);
  const after = new Set(d.strategy.customerPromises);
  let changes = 0;
  for (const id of after) if (!before.has(id)) changes++;
  for (const id of before) if (!after.has(id)) changes++;
  c.credibility = clamp(
    c.credibility - K.CREDIBILITY_CUSTOMER_PROMISE_CHANGE * changes + impact.credibility,
    0,
    1,
  );
  c.loopTrust = clamp(
    c.loopTrust + K.LOOP_TRUST_RATE * ((d.understanding.closeTheLoop ? 1 : 0) - c.loopTrust),
    0,
    1,
  );
  c.reputation = clamp(c.reputation + impact.reputation, 0, 100);
}

/**
 * Effectiveness of spending on a touchpoint (link 15): most of it is wasted without an owner,
 * without measuring the touchpoint, or without a link to the promise; the knowledge gap wastes more.
 * `owner` is the CX owner in force (decided last quarter: governance acts with a lag, link 14).
 */
export function effectiveness(
  owner: QuarterDecisions['governance']['owner'],
  measured: boolean,
  linked: boolean,
  knowledgeGap: number,
): number {
  return (
    (K.EFFECTIVENESS_BASE +
      K.EFFECTIVENESS_OWNER[owner] +
      (measured ? K.EFFECTIVENESS_MEASURED : 0) +
      (linked ? K.EFFECTIVENESS_LINKED : 0)) *
    (1 - K.KNOWLEDGE_WASTE * knowledgeGap)
  );
}
