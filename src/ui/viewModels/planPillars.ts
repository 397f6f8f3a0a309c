import {
  PRICE_POSITIONS,
  SURVEY_METRICS,
  INVESTMENT_REFERENCE,
  OWNERS,
  TRAINING_REFERENCE,
  WELLBEING_REFERENCE,
  blueprintCost,
  complaintsCost,
  driversLicenceCost,
  ownerCost,
  reviewSitesCost,
  type GameState,
  type QuarterDecisions,
  type Scenario,
} from '../../engine';
import type { ChoiceOption, ControlGroup, PlanControl, Text } from './planControls';

/** What every group builder reads: the scenario, the engine's state and the draft. */
export interface PlanContext {
  scenario: Scenario;
  state: GameState;
  d: QuarterDecisions;
}

const money = (amount: number): Text => ({ key: 'game.plan.money', params: { amount } });
const costEach = (key: string, amount: number): Text => ({ key, params: { amount } });
const t = (key: string, params?: Text['params']): Text => (params ? { key, params } : { key });
const hint = (name: string): Text => t(`game.hint.${name}`);
const label = (name: string): Text => t(`game.lever.${name}`);

/** Steps a money slider moves by: about 40 of them over its range, a round amount. */
const NICE_STEPS = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];
/** How far a money slider reaches, as a share of the quarter's CX budget: three times the spend
 * that buys about two thirds of the effect (the engine's references), so a slider means the same
 * in a bike shop, a hotel and an airline. Channel funding: about what the airline's call centre
 * and cabin crew take today. */
const SLIDER_REACH = {
  investment: 3 * INVESTMENT_REFERENCE,
  training: 3 * TRAINING_REFERENCE,
  wellbeing: 3 * WELLBEING_REFERENCE,
  funding: 0.04,
} as const;

/** A money slider's range and step for this scenario: its reach, and past the current value
 * (× 1.5) when that is higher. */
function moneySlider(
  scenario: Scenario,
  kind: keyof typeof SLIDER_REACH,
  value: number,
): { max: number; step: number } {
  const reach = SLIDER_REACH[kind] * scenario.company.budget;
  const step = NICE_STEPS.find((s) => s >= reach / 40) ?? NICE_STEPS.at(-1)!;
  const max = Math.max(Math.ceil(reach / step), Math.ceil((value * 1.5) / step)) * step;
  return { max, step };
}

export function strategyGroups({ scenario, state, d }: PlanContext): ControlGroup[] {
  const changed = d.strategy.brandPromise !== state.decisions.strategy.brandPromise;
  const controls: PlanControl[] = [
    {
      kind: 'choice',
      id: 'strategy.brandPromise',
      lever: 'strategy.brandPromise',
      label: label('brandPromise'),
      hint: hint('brandPromise'),
      cost: changed
        ? costEach('game.cost.promiseChange', scenario.strategy.promiseChange)
        : costEach('game.cost.promiseKept', scenario.strategy.promiseChange),
      display: 'radio',
      value: d.strategy.brandPromise,
      options: scenario.promises.brand.map((p) => ({
        value: p.id,
        label: t(p.name),
        detail: t(p.description),
      })),
      patch: (brandPromise) => ({ strategy: { brandPromise } }),
    },
    {
      kind: 'multi',
      id: 'strategy.customerPromises',
      lever: 'strategy.customerPromises',
      label: label('customerPromises'),
      hint: hint('customerPromises'),
      max: 3,
      value: d.strategy.customerPromises,
      options: scenario.promises.customer.map((p) => ({
        value: p.id,
        label: t(p.name),
        detail: t(p.description),
      })),
      patch: (customerPromises) => ({ strategy: { customerPromises } }),
    },
    {
      kind: 'multi',
      id: 'strategy.targetSegments',
      lever: 'strategy.targetSegments',
      label: label('targetSegments'),
      hint: hint('targetSegments'),
      cost: costEach('game.cost.perSegment', scenario.strategy.perTargetSegment),
      max: null,
      value: d.strategy.targetSegments,
      options: scenario.segments.map((g) => ({ value: g.id, label: t(g.name) })),
      patch: (targetSegments) => ({ strategy: { targetSegments } }),
    },
    {
      kind: 'choice',
      id: 'strategy.pricePosition',
      lever: 'strategy.pricePosition',
      label: label('pricePosition'),
      hint: hint('pricePosition'),
      display: 'radio',
      value: d.strategy.pricePosition,
      options: PRICE_POSITIONS.map((p) => ({ value: p, label: t(`game.price.${p}`) })),
      patch: (value) => ({
        strategy: { pricePosition: PRICE_POSITIONS.find((p) => p === value) ?? 'mid' },
      }),
    },
  ];
  return [{ id: 'strategy', title: t('engine.pillar.strategy'), controls }];
}

export function understandingGroups({ scenario, d }: PlanContext): ControlGroup[] {
  const levels = ['none', 'light', 'deep'] as const;
  const controls: PlanControl[] = [
    {
      kind: 'choice',
      id: 'understanding.research',
      lever: 'understanding.research',
      label: label('research'),
      hint: hint('research'),
      display: 'radio',
      value: d.understanding.research,
      options: levels.map((level) => ({
        value: level,
        label: t(`game.research.${level}`),
        ...(level === 'none' ? {} : { detail: money(scenario.research[level]) }),
      })),
      patch: (value) => ({
        understanding: { research: levels.find((l) => l === value) ?? 'none' },
      }),
    },
    {
      kind: 'toggle',
      id: 'understanding.closeTheLoop',
      lever: 'understanding.closeTheLoop',
      label: label('closeTheLoop'),
      hint: hint('closeTheLoop'),
      cost: costEach('game.cost.perFollowUp', scenario.listening.perFollowUp),
      value: d.understanding.closeTheLoop,
      patch: (closeTheLoop) => ({ understanding: { closeTheLoop } }),
    },
    {
      kind: 'number',
      id: 'understanding.leadersDays',
      lever: 'understanding.leadersDays',
      label: label('leadersDays'),
      hint: hint('leadersDays'),
      cost: costEach('game.cost.perLeaderDay', scenario.leaderDayCost),
      unit: 'days',
      value: d.understanding.leadersDays,
      min: 0,
      max: 4,
      step: 1,
      patch: (leadersDays) => ({ understanding: { leadersDays } }),
    },
    {
      kind: 'toggle',
      id: 'understanding.driversLicence',
      lever: 'understanding.driversLicence',
      label: label('driversLicence'),
      hint: hint('driversLicence'),
      cost: costEach('game.cost.perQuarter', Math.round(driversLicenceCost(scenario))),
      value: d.understanding.driversLicence,
      patch: (driversLicence) => ({ understanding: { driversLicence } }),
    },
    // Listening posts for unsolicited feedback: their words reach the review, never a score.
    {
      kind: 'toggle',
      id: 'understanding.complaints',
      lever: 'understanding.complaints',
      label: label('complaints'),
      hint: hint('complaints'),
      cost: costEach('game.cost.perQuarter', Math.round(complaintsCost(scenario))),
      value: d.understanding.complaints,
      patch: (complaints) => ({ understanding: { complaints } }),
    },
    {
      kind: 'toggle',
      id: 'understanding.reviewSites',
      lever: 'understanding.reviewSites',
      label: label('reviewSites'),
      hint: hint('reviewSites'),
      cost: costEach('game.cost.perQuarter', Math.round(reviewSitesCost(scenario))),
      value: d.understanding.reviewSites,
      patch: (reviewSites) => ({ understanding: { reviewSites } }),
    },
  ];
  return [{ id: 'understanding', title: t('engine.pillar.understanding'), controls }];
}

/** The survey at one touchpoint: which question, and how many customers are invited. */
function surveyControls({ scenario, d }: PlanContext, tpId: string, prefix: string) {
  const survey = d.metrics.surveys[tpId] ?? { metric: 'none', sampleSize: 0 };
  const controls: PlanControl[] = [
    {
      kind: 'choice',
      id: `${prefix}metrics.surveys.${tpId}.metric`,
      lever: 'metrics.surveys.*.metric',
      label: label('surveyMetric'),
      hint: hint('surveyMetric'),
      // Asking starts the invitations, which the sample size below prices.
      cost: costEach('game.cost.surveyMetric', scenario.listening.perInvitation),
      display: 'select',
      value: survey.metric,
      options: SURVEY_METRICS.map((m) => ({ value: m, label: t(`engine.metric.${m}`) })),
      patch: (value) => {
        const metric = SURVEY_METRICS.find((m) => m === value) ?? 'none';
        // A new survey starts with a sample large enough to read; switching off keeps nothing.
        const sampleSize = metric === 'none' ? 0 : survey.sampleSize || 200;
        return { metrics: { surveys: { [tpId]: { metric, sampleSize } } } };
      },
    },
    {
      kind: 'number',
      id: `${prefix}metrics.surveys.${tpId}.sampleSize`,
      lever: 'metrics.surveys.*.sampleSize',
      label: label('sampleSize'),
      hint: hint('sampleSize'),
      cost: costEach('game.cost.perInvitation', scenario.listening.perInvitation),
      unit: 'count',
      value: survey.sampleSize,
      min: 0,
      max: 2000,
      step: 50,
      patch: (sampleSize) => ({ metrics: { surveys: { [tpId]: { sampleSize } } } }),
    },
  ];
  return controls;
}

const TARGET_STEPS = {
  nps: { from: -20, to: 70, step: 5 },
  csat: { from: 50, to: 95, step: 5 },
  ces: { from: 3, to: 7, step: 0.5 },
} as const;

export function metricsGroups(ctx: PlanContext): ControlGroup[] {
  const { scenario, d } = ctx;
  const targets: PlanControl[] = (['nps', 'csat', 'ces'] as const).map((metric) => {
    const { from, to, step } = TARGET_STEPS[metric];
    const options: ChoiceOption[] = [{ value: 'off', label: t('game.target.off') }];
    for (let v = from; v <= to + 1e-9; v += step)
      options.push({ value: String(v), label: t(`game.target.${metric}`, { value: v }) });
    const current = d.metrics.targets[metric];
    if (current !== null && !options.some((o) => o.value === String(current)))
      options.push({
        value: String(current),
        label: t(`game.target.${metric}`, { value: current }),
      });
    return {
      kind: 'choice',
      id: `metrics.targets.${metric}`,
      lever: `metrics.targets.${metric}`,
      label: t(`game.lever.target.${metric}`),
      hint: hint('target'),
      display: 'select',
      value: current === null ? 'off' : String(current),
      options,
      patch: (value: string) => ({
        metrics: { targets: { [metric]: value === 'off' ? null : Number(value) } },
      }),
    } satisfies PlanControl;
  });
  const surveys: ControlGroup[] = scenario.stages.flatMap((stage) =>
    stage.touchpoints.map((tp) => ({
      id: `survey.${tp.id}`,
      title: t(tp.name),
      note: t(stage.name),
      controls: surveyControls(ctx, tp.id, ''),
    })),
  );
  const bonus: PlanControl = {
    kind: 'toggle',
    id: 'metrics.targets.bonus',
    lever: 'metrics.targets.bonus',
    label: label('targetBonus'),
    hint: hint('targetBonus'),
    value: d.metrics.targets.bonus,
    patch: (value) => ({ metrics: { targets: { bonus: value } } }),
  };
  return [
    { id: 'targets', title: t('game.plan.targets'), controls: [...targets, bonus] },
    ...surveys,
  ];
}

export function journeyGroups({ scenario, d }: PlanContext): ControlGroup[] {
  const tpOptions: ChoiceOption[] = [
    { value: 'none', label: t('game.plan.noTouchpoint') },
    ...scenario.stages.flatMap((s) =>
      s.touchpoints.map((tp) => ({ value: tp.id, label: t(tp.name) })),
    ),
  ];
  const moment = (which: 'peak' | 'end'): PlanControl => ({
    kind: 'choice',
    id: `journey.${which}`,
    lever: `journey.${which}`,
    label: label(which),
    hint: hint(which),
    display: 'select',
    value: d.journey[which] ?? 'none',
    options: tpOptions,
    patch: (value) => ({ journey: { [which]: value === 'none' ? null : value } }),
  });
  const controls: PlanControl[] = [
    moment('peak'),
    moment('end'),
    {
      kind: 'multi',
      id: 'journey.initiatives',
      lever: 'journey.initiatives',
      label: label('initiatives'),
      hint: hint('initiatives'),
      max: null,
      value: d.journey.initiatives,
      options: scenario.initiatives.map((x) => ({
        value: x.id,
        label: t('game.plan.withCost', { name: x.name, amount: x.cost }),
        detail: t(x.description),
      })),
      patch: (initiatives) => ({ journey: { initiatives } }),
    },
  ];
  return [{ id: 'journey', title: t('game.plan.wholeJourney'), controls }];
}

export function touchpointGroup(ctx: PlanContext, id: string): ControlGroup | null {
  const { scenario, d } = ctx;
  const stage = scenario.stages.find((s) => s.touchpoints.some((tp) => tp.id === id));
  const tp = stage?.touchpoints.find((x) => x.id === id);
  if (!stage || !tp) return null;
  const plan = d.journey.touchpoints[id] ?? { investment: 0, redesign: false, removed: false };
  const controls: PlanControl[] = [
    {
      kind: 'number',
      id: `journey.touchpoints.${id}.investment`,
      lever: 'journey.touchpoints.*.investment',
      label: label('investment'),
      hint: hint('investment'),
      cost: costEach('game.cost.running', tp.runningCost),
      unit: 'money',
      value: plan.investment,
      min: 0,
      ...moneySlider(scenario, 'investment', plan.investment),
      patch: (investment) => ({ journey: { touchpoints: { [id]: { investment } } } }),
    },
    {
      kind: 'toggle',
      id: `journey.touchpoints.${id}.redesign`,
      lever: 'journey.touchpoints.*.redesign',
      label: label('redesign'),
      hint: hint('redesign'),
      cost: money(tp.redesignCost),
      value: plan.redesign,
      patch: (redesign) => ({ journey: { touchpoints: { [id]: { redesign } } } }),
    },
    {
      kind: 'toggle',
      id: `journey.touchpoints.${id}.removed`,
      lever: 'journey.touchpoints.*.removed',
      label: label('removed'),
      hint: tp.removable ? hint('removed') : hint('notRemovable'),
      cost: costEach('game.cost.saves', tp.runningCost),
      value: plan.removed,
      patch: (removed) => ({ journey: { touchpoints: { [id]: { removed } } } }),
    },
    ...surveyControls(ctx, id, 'selected.'),
  ];
  return {
    id: `touchpoint.${id}`,
    title: t(tp.name),
    note: t('game.plan.touchpointOf', { stage: stage.name }),
    controls,
  };
}

export function channelGroup({ scenario, d }: PlanContext, id: string): ControlGroup | null {
  const ch = scenario.channels.find((c) => c.id === id);
  if (!ch) return null;
  const plan = d.channels[id] ?? { open: false, funding: 0, capacity: 0, connected: false };
  const controls: PlanControl[] = [
    {
      kind: 'toggle',
      id: `channels.${id}.open`,
      lever: 'channels.*.open',
      label: label('open'),
      hint: hint('open'),
      cost: costEach('game.cost.running', ch.fixedCost),
      value: plan.open,
      patch: (open) => ({ channels: { [id]: { open } } }),
    },
    {
      kind: 'number',
      id: `channels.${id}.capacity`,
      lever: 'channels.*.capacity',
      label: label('capacity'),
      hint: hint(ch.kind === 'human' ? 'capacityHuman' : 'capacity'),
      cost: costEach('game.cost.perUnit', ch.unitCost),
      unit: 'count',
      value: plan.capacity,
      min: 0,
      max: Math.max(40, Math.ceil(plan.capacity * 2)),
      step: 1,
      patch: (capacity) => ({ channels: { [id]: { capacity } } }),
    },
    {
      kind: 'number',
      id: `channels.${id}.funding`,
      lever: 'channels.*.funding',
      label: label('funding'),
      hint: hint('funding'),
      unit: 'money',
      value: plan.funding,
      min: 0,
      ...moneySlider(scenario, 'funding', plan.funding),
      patch: (funding) => ({ channels: { [id]: { funding } } }),
    },
    {
      kind: 'toggle',
      id: `channels.${id}.connected`,
      lever: 'channels.*.connected',
      label: label('connected'),
      hint: hint('connected'),
      cost: costEach('game.cost.running', ch.connectionCost),
      value: plan.connected,
      patch: (connected) => ({ channels: { [id]: { connected } } }),
    },
  ];
  return {
    id: `channel.${id}`,
    title: t(ch.name),
    note: t(`game.plan.channelKind.${ch.kind}`),
    controls,
  };
}

export function governanceGroups({ scenario, d }: PlanContext): ControlGroup[] {
  const owners = OWNERS;
  const controls: PlanControl[] = [
    {
      kind: 'choice',
      id: 'governance.owner',
      lever: 'governance.owner',
      label: label('owner'),
      hint: hint('owner'),
      display: 'radio',
      value: d.governance.owner,
      options: owners.map((o) => ({
        value: o,
        label: t(`game.owner.${o}`),
        ...(o === 'none' ? {} : { detail: money(ownerCost(scenario, o)) }),
      })),
      patch: (value) => ({ governance: { owner: owners.find((o) => o === value) ?? 'none' } }),
    },
    {
      kind: 'toggle',
      id: 'governance.council',
      lever: 'governance.council',
      label: label('council'),
      hint: hint('council'),
      cost: money(scenario.governance.council),
      value: d.governance.council,
      patch: (council) => ({ governance: { council } }),
    },
    {
      kind: 'toggle',
      id: 'governance.blueprint',
      lever: 'governance.blueprint',
      label: label('blueprint'),
      hint: hint('blueprint'),
      cost: costEach('game.cost.perQuarter', Math.round(blueprintCost(scenario))),
      value: d.governance.blueprint,
      patch: (blueprint) => ({ governance: { blueprint } }),
    },
  ];
  return [{ id: 'governance', title: t('engine.pillar.governance'), controls }];
}

export function cultureGroups({ scenario, d }: PlanContext): ControlGroup[] {
  const levels = ['low', 'medium', 'high'] as const;
  const c = d.culture;
  const controls: PlanControl[] = [
    {
      kind: 'toggle',
      id: 'culture.hiringForAttitude',
      lever: 'culture.hiringForAttitude',
      label: label('hiringForAttitude'),
      hint: hint('hiringForAttitude'),
      cost: money(scenario.culture.hiring),
      value: c.hiringForAttitude,
      patch: (hiringForAttitude) => ({ culture: { hiringForAttitude } }),
    },
    {
      kind: 'number',
      id: 'culture.training',
      lever: 'culture.training',
      label: label('training'),
      hint: hint('training'),
      unit: 'money',
      value: c.training,
      min: 0,
      ...moneySlider(scenario, 'training', c.training),
      patch: (training) => ({ culture: { training } }),
    },
    {
      kind: 'choice',
      id: 'culture.empowerment',
      lever: 'culture.empowerment',
      label: label('empowerment'),
      hint: hint('empowerment'),
      display: 'radio',
      value: c.empowerment,
      options: levels.map((level) => ({
        value: level,
        label: t(`game.empowerment.${level}`),
        ...(level === 'medium'
          ? { detail: money(scenario.culture.empowermentMedium) }
          : level === 'high'
            ? { detail: money(scenario.culture.empowermentHigh) }
            : {}),
      })),
      patch: (value) => ({ culture: { empowerment: levels.find((l) => l === value) ?? 'low' } }),
    },
    {
      kind: 'number',
      id: 'culture.wellbeing',
      lever: 'culture.wellbeing',
      label: label('wellbeing'),
      hint: hint('wellbeing'),
      unit: 'money',
      value: c.wellbeing,
      min: 0,
      ...moneySlider(scenario, 'wellbeing', c.wellbeing),
      patch: (wellbeing) => ({ culture: { wellbeing } }),
    },
    {
      kind: 'number',
      id: 'culture.staffing',
      lever: 'culture.staffing',
      label: label('staffing'),
      hint: hint('staffing'),
      unit: 'factor',
      value: c.staffing,
      min: 0.5,
      max: 1.5,
      step: 0.05,
      patch: (staffing) => ({ culture: { staffing } }),
    },
  ];
  return [{ id: 'culture', title: t('engine.pillar.culture'), controls }];
}

/** A response to each event happening now (the only events the engine accepts a response to). */
export function eventGroups({ scenario, state, d }: PlanContext): ControlGroup[] {
  return scenario.events
    .filter((ev) => ev.id in state.company.activeEvents)
    .map((ev) => ({
      id: `event.${ev.id}`,
      title: t(ev.name),
      note: t(ev.description),
      controls: [
        {
          kind: 'choice',
          id: `events.${ev.id}`,
          lever: 'events.*',
          label: label('eventResponse'),
          hint: hint('eventResponse'),
          display: 'radio',
          value: d.events[ev.id] ?? 'none',
          options: [
            { value: 'none', label: t('game.plan.noResponse') },
            ...ev.responses.map((r) => ({
              value: r.id,
              label: t('game.plan.withCost', { name: r.name, amount: r.cost }),
              detail: t(r.description),
            })),
          ],
          patch: (value: string) => {
            const events = { ...d.events };
            if (value === 'none') delete events[ev.id];
            else events[ev.id] = value;
            return { events };
          },
        } satisfies PlanControl,
      ],
    }));
}
