/**
 * The simulation engine's public face. Pure and deterministic: plain JSON in, plain JSON out; a
 * game is its scenario, seed, difficulty and decision log.
 */
export * from './schema/common';
export * from './schema/decisions';
export * from './schema/scenario';
export * from './schema/outcome';
export * from './schema/record';
export * from './schema/state';
export * from './schema/limits';
export { newGame, defaultDecisions, clone } from './game';
export { validateDecisions, issueToError } from './validate';
export type { DecisionError, Validation } from './validate';
export { INVESTMENT_REFERENCE, OWNERS, TRAINING_REFERENCE, WELLBEING_REFERENCE } from './constants';
export {
  costOf,
  budgetOf,
  driversLicenceCost,
  complaintsCost,
  reviewSitesCost,
  ownerCost,
  blueprintCost,
} from './cost';
export { playQuarter, InvalidDecisionsError } from './quarter/play';
export { replay, hashRecord, firstDifference } from './replay';
export {
  eventPlanErrors,
  scenarioWithEvents,
  restrikeEvents,
  InvalidEventPlanError,
  type EventPlanError,
} from './quarter/events';
export { canonicalJson, hashText } from './hash';
export { applyPatch, planToLog } from './plan';
export { exportJsonSchemas } from './jsonSchema';
export * from './counterfactual';
export * from './attribution';
export * from './lessons';
export * from './whatIf';
export * from './debrief';
export * from './debriefText';
export * from './exportRun';
