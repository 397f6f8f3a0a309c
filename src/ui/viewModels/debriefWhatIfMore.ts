/**
 * The what-if levers beyond the first few: every other lever the Plan has (customer promises,
 * segments, research, touchpoint investments, redesigns and removals, the designed peak and end,
 * initiatives, channel funding and capacity, survey sample sizes, targets, training, wellbeing and
 * staffing). Amounts are offered as shares of the scenario's budget, so a bike shop and an
 * airline get choices of their own size, and the amount played is always among them.
 */
import type { QuarterDecisions, Scenario } from '../../engine';
import type { WhatIfChoice, WhatIfLever } from './debriefWhatIf';

const yesNo = (): WhatIfChoice[] => [
  { value: 'true', label: { key: 'debrief.whatIf.yes' } },
  { value: 'false', label: { key: 'debrief.whatIf.no' } },
];

/** Budget shares offered for a sum of money (k€), with the sum played among them. */
const BUDGET_SHARES = [0, 0.005, 0.01, 0.025, 0.05, 0.1];

function amounts(scenario: Scenario, current: number): WhatIfChoice[] {
  const values = [
    ...new Set([...BUDGET_SHARES.map((s) => Math.round(scenario.company.budget * s)), current]),
  ].sort((a, b) => a - b);
  return values.map((v) => ({
    value: String(v),
    label: { key: 'debrief.whatIf.amount', params: { amount: v } },
  }));
}

function scaled(current: number, factors: number[], key: string, digits = 0): WhatIfChoice[] {
  const f = 10 ** digits;
  const values = [...new Set([...factors.map((x) => Math.round(current * x * f) / f), current])];
  return values
    .sort((a, b) => a - b)
    .map((v) => ({ value: String(v), label: { key, params: { count: v } } }));
}

/** A promise or segment in a list, switched on or off. */
function toggleIn(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

export function moreWhatIfLevers(scenario: Scenario, d: QuarterDecisions): WhatIfLever[] {
  const touchpoints = scenario.stages.flatMap((s) => s.touchpoints);
  const tpPlan = (id: string) => d.journey.touchpoints[id];
  const levers: WhatIfLever[] = [
    ...scenario.promises.customer.map((p): WhatIfLever => ({
      id: `strategy.customerPromise.${p.id}`,
      label: { key: 'debrief.whatIf.customerPromise', params: { promise: p.name } },
      choices: yesNo(),
      current: String(d.strategy.customerPromises.includes(p.id)),
      patch: (v) => ({
        strategy: {
          customerPromises: toggleIn(d.strategy.customerPromises, p.id, v === 'true'),
        },
      }),
    })),
    ...scenario.segments.map((g): WhatIfLever => ({
      id: `strategy.targetSegment.${g.id}`,
      label: { key: 'debrief.whatIf.targetSegment', params: { segment: g.name } },
      choices: yesNo(),
      current: String(d.strategy.targetSegments.includes(g.id)),
      patch: (v) => ({
        strategy: { targetSegments: toggleIn(d.strategy.targetSegments, g.id, v === 'true') },
      }),
    })),
    {
      id: 'understanding.research',
      label: { key: 'debrief.whatIf.research' },
      choices: (['none', 'light', 'deep'] as const).map((v) => ({
        value: v,
        label: { key: `debrief.whatIf.researchLevel.${v}` },
      })),
      current: d.understanding.research,
      patch: (v) => ({ understanding: { research: v as 'none' | 'light' | 'deep' } }),
    },
    ...touchpoints.flatMap((tp): WhatIfLever[] => {
      const own: WhatIfLever[] = [
        {
          id: `journey.${tp.id}.investment`,
          label: { key: 'debrief.whatIf.investment', params: { touchpoint: tp.name } },
          choices: amounts(scenario, tpPlan(tp.id)?.investment ?? 0),
          current: String(tpPlan(tp.id)?.investment ?? 0),
          patch: (v) => ({ journey: { touchpoints: { [tp.id]: { investment: Number(v) } } } }),
        },
        {
          id: `journey.${tp.id}.redesign`,
          label: { key: 'debrief.whatIf.redesign', params: { touchpoint: tp.name } },
          choices: yesNo(),
          current: String(tpPlan(tp.id)?.redesign ?? false),
          patch: (v) => ({ journey: { touchpoints: { [tp.id]: { redesign: v === 'true' } } } }),
        },
        {
          id: `metrics.sample.${tp.id}`,
          label: { key: 'debrief.whatIf.sampleSize', params: { touchpoint: tp.name } },
          choices: scaled(
            d.metrics.surveys[tp.id]?.sampleSize ?? 0,
            [0, 0.5, 2, 4],
            'debrief.whatIf.people',
          ),
          current: String(d.metrics.surveys[tp.id]?.sampleSize ?? 0),
          patch: (v) => ({ metrics: { surveys: { [tp.id]: { sampleSize: Number(v) } } } }),
        },
      ];
      if (tp.removable)
        own.push({
          id: `journey.${tp.id}.removed`,
          label: { key: 'debrief.whatIf.removed', params: { touchpoint: tp.name } },
          choices: yesNo(),
          current: String(tpPlan(tp.id)?.removed ?? false),
          patch: (v) => ({ journey: { touchpoints: { [tp.id]: { removed: v === 'true' } } } }),
        });
      return own;
    }),
    ...(['peak', 'end'] as const).map((which): WhatIfLever => ({
      id: `journey.${which}`,
      label: { key: `debrief.whatIf.${which}` },
      choices: [
        { value: '', label: { key: 'debrief.whatIf.noMoment' } },
        ...touchpoints.map((t) => ({ value: t.id, label: { key: t.name } })),
      ],
      current: d.journey[which] ?? '',
      patch: (v) => ({ journey: { [which]: v === '' ? null : v } }),
    })),
    ...scenario.initiatives.map((it): WhatIfLever => ({
      id: `journey.initiative.${it.id}`,
      label: { key: 'debrief.whatIf.initiative', params: { initiative: it.name } },
      choices: yesNo(),
      current: String(d.journey.initiatives.includes(it.id)),
      patch: (v) => ({
        journey: { initiatives: toggleIn(d.journey.initiatives, it.id, v === 'true') },
      }),
    })),
    ...scenario.channels.flatMap((ch): WhatIfLever[] => [
      {
        id: `channel.${ch.id}.funding`,
        label: { key: 'debrief.whatIf.channelFunding', params: { channel: ch.name } },
        choices: amounts(scenario, d.channels[ch.id]?.funding ?? 0),
        current: String(d.channels[ch.id]?.funding ?? 0),
        patch: (v) => ({ channels: { [ch.id]: { funding: Number(v) } } }),
      },
      {
        id: `channel.${ch.id}.capacity`,
        label: { key: 'debrief.whatIf.channelCapacity', params: { channel: ch.name } },
        choices: scaled(
          d.channels[ch.id]?.capacity ?? 0,
          [0.5, 0.75, 1.25, 1.5, 2],
          'debrief.whatIf.units',
        ),
        current: String(d.channels[ch.id]?.capacity ?? 0),
        patch: (v) => ({ channels: { [ch.id]: { capacity: Number(v) } } }),
      },
    ]),
    ...(['nps', 'csat', 'ces'] as const).map((m): WhatIfLever => ({
      id: `metrics.target.${m}`,
      label: { key: 'debrief.whatIf.target', params: { metric: `debrief.whatIf.metricName.${m}` } },
      choices: [
        { value: '', label: { key: 'debrief.whatIf.noTarget' } },
        ...[...new Set([...TARGETS[m], d.metrics.targets[m]])]
          .filter((x): x is number => x !== null)
          .sort((a, b) => a - b)
          .map((x) => ({
            value: String(x),
            label: { key: 'debrief.whatIf.atLeast', params: { value: x } },
          })),
      ],
      current: d.metrics.targets[m] === null ? '' : String(d.metrics.targets[m]),
      patch: (v) => ({ metrics: { targets: { [m]: v === '' ? null : Number(v) } } }),
    })),
    {
      id: 'culture.training',
      label: { key: 'debrief.whatIf.training' },
      choices: amounts(scenario, d.culture.training),
      current: String(d.culture.training),
      patch: (v) => ({ culture: { training: Number(v) } }),
    },
    {
      id: 'culture.wellbeing',
      label: { key: 'debrief.whatIf.wellbeing' },
      choices: amounts(scenario, d.culture.wellbeing),
      current: String(d.culture.wellbeing),
      patch: (v) => ({ culture: { wellbeing: Number(v) } }),
    },
    {
      id: 'culture.staffing',
      label: { key: 'debrief.whatIf.staffing' },
      choices: [...new Set([0.5, 0.75, 0.9, 1, 1.1, 1.25, 1.5, d.culture.staffing])]
        .sort((a, b) => a - b)
        .map((x) => ({
          value: String(x),
          label: { key: 'debrief.whatIf.staffingLevel', params: { percent: Math.round(x * 100) } },
        })),
      current: String(d.culture.staffing),
      patch: (v) => ({ culture: { staffing: Number(v) } }),
    },
  ];
  return levers;
}

/** Target values offered per metric (the one played is added). */
const TARGETS: Record<'nps' | 'csat' | 'ces', number[]> = {
  nps: [0, 20, 40, 60],
  csat: [60, 70, 80, 90],
  ces: [4, 5, 5.5, 6],
};
