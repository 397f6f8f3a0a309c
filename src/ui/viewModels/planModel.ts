import {
  budgetOf,
  costOf,
  type Costs,
  type DecisionError,
  type GameState,
  type QuarterDecisions,
  type Scenario,
} from '../../engine';
import { costLine, type ControlGroup, type Text } from './planControls';
import {
  channelGroup,
  cultureGroups,
  eventGroups,
  governanceGroups,
  journeyGroups,
  metricsGroups,
  strategyGroups,
  touchpointGroup,
  understandingGroups,
} from './planPillars';

/** The six pillars of the plan (journey and channels share one), plus this quarter's events. */
export const PLAN_PILLARS = [
  'strategy',
  'understanding',
  'metrics',
  'journey',
  'governance',
  'culture',
  'events',
] as const;
export type PlanPillar = (typeof PLAN_PILLARS)[number];

export type Selection = { kind: 'touchpoint' | 'channel'; id: string } | null;

export interface BudgetLine {
  pillar: PlanPillar;
  amount: number;
}

export interface BudgetModel {
  budget: number;
  spent: number;
  left: number;
  over: boolean;
  /** Spend per pillar, journey and channels together, as the engine's `costOf` counts it. */
  lines: BudgetLine[];
}

export interface MapTouchpoint {
  id: string;
  name: string;
  stage: number;
  row: number;
  removed: boolean;
  removable: boolean;
  redesign: boolean;
  invested: boolean;
  peak: boolean;
  end: boolean;
  surveyed: boolean;
  /** Served by at least one open channel. */
  served: boolean;
  /** Channel ids that can serve it. */
  channels: string[];
  /** Named in one of the engine's refusal reasons. */
  refused: boolean;
  selected: boolean;
}

export interface MapChannel {
  id: string;
  name: string;
  kind: 'digital' | 'human';
  open: boolean;
  connected: boolean;
  funded: boolean;
  selected: boolean;
}

export interface JourneyMapModel {
  stages: { id: string; name: string }[];
  touchpoints: MapTouchpoint[];
  channels: MapChannel[];
}

export interface PlanModel {
  quarter: number;
  quarters: number;
  budget: BudgetModel;
  pillars: { id: PlanPillar; groups: ControlGroup[] }[];
  map: JourneyMapModel;
  /** The engine's reasons for refusing the last commit, as texts. */
  refusal: Text[];
}

/** Budget lines by pillar: the engine's costs, journey and channels shown as one pillar. */
export function budgetModel(
  scenario: Scenario,
  state: GameState,
  d: QuarterDecisions,
): BudgetModel {
  const costs: Costs = costOf(scenario, state, d);
  const budget = budgetOf(scenario, state);
  const lines: BudgetLine[] = [
    { pillar: 'strategy', amount: costs.strategy },
    { pillar: 'understanding', amount: costs.understanding },
    { pillar: 'metrics', amount: costs.metrics },
    { pillar: 'journey', amount: costs.journey + costs.channels },
    { pillar: 'governance', amount: costs.governance },
    { pillar: 'culture', amount: costs.culture },
    { pillar: 'events', amount: costs.events },
  ];
  return {
    budget,
    spent: costs.total,
    left: budget - costs.total,
    over: costs.total > budget + 1e-9,
    lines,
  };
}

/** The reasons the engine gave, as texts (the touchpoint or event named through its key). */
export function refusalTexts(errors: readonly DecisionError[] | null): Text[] {
  return (errors ?? []).map((e) => ({ key: e.code, params: e.params }));
}

function refusedTouchpoints(scenario: Scenario, errors: readonly DecisionError[] | null) {
  const names = new Set((errors ?? []).map((e) => e.params.touchpoint));
  const paths = (errors ?? []).map((e) => e.path);
  const ids = new Set<string>();
  for (const stage of scenario.stages)
    for (const tp of stage.touchpoints)
      if (names.has(tp.name) || paths.some((p) => p.startsWith(`journey.touchpoints.${tp.id}`)))
        ids.add(tp.id);
  return ids;
}

export function journeyMapModel(
  scenario: Scenario,
  d: QuarterDecisions,
  selection: Selection,
  errors: readonly DecisionError[] | null = null,
): JourneyMapModel {
  const refused = refusedTouchpoints(scenario, errors);
  const touchpoints: MapTouchpoint[] = scenario.stages.flatMap((stage, s) =>
    stage.touchpoints.map((tp, row) => {
      const plan = d.journey.touchpoints[tp.id];
      return {
        id: tp.id,
        name: tp.name,
        stage: s,
        row,
        removed: plan?.removed ?? false,
        removable: tp.removable,
        redesign: plan?.redesign ?? false,
        invested: (plan?.investment ?? 0) > 0,
        peak: d.journey.peak === tp.id,
        end: d.journey.end === tp.id,
        surveyed: (d.metrics.surveys[tp.id]?.metric ?? 'none') !== 'none',
        served: tp.channels.some((c) => d.channels[c]?.open),
        channels: tp.channels,
        refused: refused.has(tp.id),
        selected: selection?.kind === 'touchpoint' && selection.id === tp.id,
      };
    }),
  );
  const channels: MapChannel[] = scenario.channels.map((ch) => {
    const plan = d.channels[ch.id];
    return {
      id: ch.id,
      name: ch.name,
      kind: ch.kind,
      open: plan?.open ?? false,
      connected: plan?.connected ?? false,
      funded: (plan?.funding ?? 0) > 0,
      selected: selection?.kind === 'channel' && selection.id === ch.id,
    };
  });
  return {
    stages: scenario.stages.map((s) => ({ id: s.id, name: s.name })),
    touchpoints,
    channels,
  };
}

/** Everything the plan screen draws, from the session and what the player has selected. */
export function planModel(input: {
  scenario: Scenario;
  state: GameState;
  draft: QuarterDecisions;
  refusal: readonly DecisionError[] | null;
  selection: Selection;
  /** How many quarters the game lasts (a class may play fewer than the scenario's). */
  quarters?: number;
}): PlanModel {
  const { scenario, state, draft: d, selection } = input;
  const ctx = { scenario, state, d };
  const selected =
    selection?.kind === 'touchpoint'
      ? touchpointGroup(ctx, selection.id)
      : selection?.kind === 'channel'
        ? channelGroup(ctx, selection.id)
        : null;
  const pillars: PlanModel['pillars'] = [
    { id: 'strategy', groups: strategyGroups(ctx) },
    { id: 'understanding', groups: understandingGroups(ctx) },
    { id: 'metrics', groups: metricsGroups(ctx) },
    { id: 'journey', groups: [...(selected ? [selected] : []), ...journeyGroups(ctx)] },
    { id: 'governance', groups: governanceGroups(ctx) },
    { id: 'culture', groups: cultureGroups(ctx) },
  ];
  const events = eventGroups(ctx);
  if (events.length) pillars.push({ id: 'events', groups: events });
  for (const pillar of pillars)
    for (const group of pillar.groups)
      group.controls = group.controls.map((c) => ({ ...c, cost: costLine(c) }));
  return {
    quarter: state.quarter,
    quarters: input.quarters ?? scenario.quarters,
    budget: budgetModel(scenario, state, d),
    pillars,
    map: journeyMapModel(scenario, d, selection, input.refusal),
    refusal: refusalTexts(input.refusal),
  };
}
