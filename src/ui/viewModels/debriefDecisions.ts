/**
 * The decision log as a trainer reads it on paper: one row per decision, one column per quarter,
 * every value a locale key (names of the level's promises, touchpoints and channels; the plan's
 * own words for levels and choices), never an id.
 */
import type { DecisionLog, QuarterDecisions, Scenario } from '../../engine';
import type { Text } from './planControls';

export interface DecisionRow {
  label: Text;
  /** Per quarter: the values, read as a list (empty: nothing chosen). */
  quarters: Text[][];
}

const t = (key: string, params?: Text['params']): Text => (params ? { key, params } : { key });
const yesNo = (value: boolean): Text[] => [t(value ? 'debrief.whatIf.yes' : 'debrief.whatIf.no')];
const money = (amount: number): Text => t('game.plan.value.money', { value: Math.round(amount) });

type Row = [label: string, value: (d: QuarterDecisions) => Text[]];

function rows(scenario: Scenario): Row[] {
  const name = <T extends { id: string; name: string }>(list: readonly T[], id: string | null) => {
    const found = list.find((x) => x.id === id);
    return found ? [t(found.name)] : [];
  };
  const touchpoints = scenario.stages.flatMap((stage) => stage.touchpoints);
  type TouchpointPlan = QuarterDecisions['journey']['touchpoints'][string];
  const tpWhere = (d: QuarterDecisions, test: (p: TouchpointPlan) => boolean) =>
    touchpoints.filter((tp) => {
      const plan = d.journey.touchpoints[tp.id];
      return plan !== undefined && test(plan);
    });
  return [
    ['debrief.whatIf.brandPromise', (d) => name(scenario.promises.brand, d.strategy.brandPromise)],
    [
      'game.lever.customerPromises',
      (d) => d.strategy.customerPromises.flatMap((id) => name(scenario.promises.customer, id)),
    ],
    [
      'game.lever.targetSegments',
      (d) => d.strategy.targetSegments.flatMap((id) => name(scenario.segments, id)),
    ],
    ['debrief.whatIf.pricePosition', (d) => [t(`game.price.${d.strategy.pricePosition}`)]],
    ['game.lever.research', (d) => [t(`game.research.${d.understanding.research}`)]],
    ['debrief.whatIf.closeTheLoop', (d) => yesNo(d.understanding.closeTheLoop)],
    [
      'debrief.whatIf.leadersDays',
      (d) => [t('debrief.whatIf.days', { count: d.understanding.leadersDays })],
    ],
    ['debrief.whatIf.complaints', (d) => yesNo(d.understanding.complaints)],
    ['debrief.whatIf.reviewSites', (d) => yesNo(d.understanding.reviewSites)],
    [
      'debrief.decisions.surveys',
      (d) =>
        touchpoints.flatMap((tp) => {
          const s = d.metrics.surveys[tp.id];
          if (!s || s.metric === 'none') return [];
          return [
            t('debrief.decisions.survey', {
              touchpoint: tp.name,
              metric: `debrief.whatIf.metricName.${s.metric}`,
              sample: s.sampleSize,
            }),
          ];
        }),
    ],
    [
      'debrief.decisions.invested',
      (d) =>
        tpWhere(d, (p) => p.investment > 0).map((tp) =>
          t('debrief.decisions.spentOn', {
            name: tp.name,
            amount: Math.round(d.journey.touchpoints[tp.id]!.investment),
          }),
        ),
    ],
    ['debrief.decisions.redesigned', (d) => tpWhere(d, (p) => p.redesign).map((tp) => t(tp.name))],
    ['debrief.decisions.removed', (d) => tpWhere(d, (p) => p.removed).map((tp) => t(tp.name))],
    ['debrief.decisions.peak', (d) => name(touchpoints, d.journey.peak)],
    ['debrief.decisions.end', (d) => name(touchpoints, d.journey.end)],
    [
      'debrief.decisions.initiatives',
      (d) => d.journey.initiatives.flatMap((id) => name(scenario.initiatives, id)),
    ],
    [
      'debrief.decisions.channelsOpen',
      (d) => scenario.channels.filter((c) => d.channels[c.id]?.open).map((c) => t(c.name)),
    ],
    [
      'debrief.decisions.channelsConnected',
      (d) =>
        scenario.channels
          .filter((c) => d.channels[c.id]?.open && d.channels[c.id]?.connected)
          .map((c) => t(c.name)),
    ],
    ['debrief.whatIf.owner', (d) => [t(`debrief.owner.${d.governance.owner}`)]],
    ['debrief.whatIf.council', (d) => yesNo(d.governance.council)],
    ['debrief.whatIf.hiringForAttitude', (d) => yesNo(d.culture.hiringForAttitude)],
    ['debrief.whatIf.empowerment', (d) => [t(`game.empowerment.${d.culture.empowerment}`)]],
    ['game.lever.training', (d) => [money(d.culture.training)]],
    ['game.lever.wellbeing', (d) => [money(d.culture.wellbeing)]],
    [
      'game.lever.staffing',
      (d) => [t('game.plan.value.factor', { value: Math.round(d.culture.staffing * 100) / 100 })],
    ],
    [
      'debrief.decisions.eventResponses',
      (d) =>
        scenario.events.flatMap((ev) => {
          const response = ev.responses.find((r) => r.id === d.events[ev.id]);
          return response
            ? [t('debrief.decisions.response', { event: ev.name, response: response.name })]
            : [];
        }),
    ],
  ];
}

/** Every quarter's decisions, row by row; a row nobody ever filled (no events, say) is left out. */
export function decisionRows(scenario: Scenario, log: DecisionLog): DecisionRow[] {
  return rows(scenario)
    .map(([label, value]) => ({ label: t(label), quarters: log.map(value) }))
    .filter((row) => row.quarters.some((q) => q.length > 0));
}
