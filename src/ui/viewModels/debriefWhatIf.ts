/**
 * The what-if form: which decisions of a past quarter can be changed, to what, and the patch each
 * choice makes. Also the comparison of the forked game with the real one.
 */
import type {
  DecisionsPatch,
  QuarterDecisions,
  QuarterOutcome,
  Scenario,
  WhatIfRequest,
} from '../../engine';
import { OWNERS } from '../../engine';
import { moreWhatIfLevers } from './debriefWhatIfMore';

export interface Label {
  key: string;
  params?: Record<string, string | number>;
}

export interface WhatIfChoice {
  value: string;
  label: Label;
}

export interface WhatIfLever {
  /** Stable id, e.g. `channel.callCentre.open`. */
  id: string;
  label: Label;
  choices: WhatIfChoice[];
  /** The value the player chose in that quarter. */
  current: string;
  patch(value: string): DecisionsPatch;
}

const yesNo = (): WhatIfChoice[] => [
  { value: 'true', label: { key: 'debrief.whatIf.yes' } },
  { value: 'false', label: { key: 'debrief.whatIf.no' } },
];

/** The levers of one quarter's decisions, in the order of the pillars. */
export function whatIfLevers(scenario: Scenario, d: QuarterDecisions): WhatIfLever[] {
  const levers: WhatIfLever[] = [
    {
      id: 'strategy.brandPromise',
      label: { key: 'debrief.whatIf.brandPromise' },
      choices: scenario.promises.brand.map((p) => ({ value: p.id, label: { key: p.name } })),
      current: d.strategy.brandPromise,
      patch: (v) => ({ strategy: { brandPromise: v } }),
    },
    {
      id: 'strategy.pricePosition',
      label: { key: 'debrief.whatIf.pricePosition' },
      choices: (['low', 'mid', 'premium'] as const).map((v) => ({
        value: v,
        label: { key: `game.price.${v}` },
      })),
      current: d.strategy.pricePosition,
      patch: (v) => ({ strategy: { pricePosition: v as 'low' | 'mid' | 'premium' } }),
    },
    {
      id: 'understanding.closeTheLoop',
      label: { key: 'debrief.whatIf.closeTheLoop' },
      choices: yesNo(),
      current: String(d.understanding.closeTheLoop),
      patch: (v) => ({ understanding: { closeTheLoop: v === 'true' } }),
    },
    {
      id: 'metrics.targets.bonus',
      label: { key: 'debrief.whatIf.targetBonus' },
      choices: yesNo(),
      current: String(d.metrics.targets.bonus),
      patch: (v) => ({ metrics: { targets: { bonus: v === 'true' } } }),
    },
    {
      id: 'understanding.driversLicence',
      label: { key: 'debrief.whatIf.driversLicence' },
      choices: yesNo(),
      current: String(d.understanding.driversLicence),
      patch: (v) => ({ understanding: { driversLicence: v === 'true' } }),
    },
    {
      id: 'understanding.complaints',
      label: { key: 'debrief.whatIf.complaints' },
      choices: yesNo(),
      current: String(d.understanding.complaints),
      patch: (v) => ({ understanding: { complaints: v === 'true' } }),
    },
    {
      id: 'understanding.reviewSites',
      label: { key: 'debrief.whatIf.reviewSites' },
      choices: yesNo(),
      current: String(d.understanding.reviewSites),
      patch: (v) => ({ understanding: { reviewSites: v === 'true' } }),
    },
    {
      id: 'understanding.leadersDays',
      label: { key: 'debrief.whatIf.leadersDays' },
      choices: [0, 1, 2, 3, 4].map((n) => ({
        value: String(n),
        label: { key: 'debrief.whatIf.days', params: { count: n } },
      })),
      current: String(d.understanding.leadersDays),
      patch: (v) => ({ understanding: { leadersDays: Number(v) } }),
    },
    ...scenario.stages
      .flatMap((s) => s.touchpoints)
      .map((tp): WhatIfLever => ({
        id: `metrics.survey.${tp.id}`,
        label: { key: 'debrief.whatIf.survey', params: { touchpoint: tp.name } },
        choices: (['none', 'nps', 'csat', 'ces'] as const).map((m) => ({
          value: m,
          label: { key: `debrief.whatIf.metricName.${m}` },
        })),
        current: d.metrics.surveys[tp.id]?.metric ?? 'none',
        patch: (v) => {
          // A survey switched on gets a usable sample; one kept keeps its own.
          const size = d.metrics.surveys[tp.id]?.sampleSize ?? 0;
          const metric = v as 'none' | 'nps' | 'csat' | 'ces';
          return {
            metrics: {
              surveys: { [tp.id]: { metric, sampleSize: metric === 'none' ? 0 : size || 200 } },
            },
          };
        },
      })),
    ...scenario.channels.flatMap((ch): WhatIfLever[] => [
      {
        id: `channel.${ch.id}.open`,
        label: { key: 'debrief.whatIf.channelOpen', params: { channel: ch.name } },
        choices: yesNo(),
        current: String(d.channels[ch.id]?.open ?? false),
        patch: (v) => ({ channels: { [ch.id]: { open: v === 'true' } } }),
      },
      {
        id: `channel.${ch.id}.connected`,
        label: { key: 'debrief.whatIf.channelConnected', params: { channel: ch.name } },
        choices: yesNo(),
        current: String(d.channels[ch.id]?.connected ?? false),
        patch: (v) => ({ channels: { [ch.id]: { connected: v === 'true' } } }),
      },
    ]),
    {
      id: 'governance.owner',
      label: { key: 'debrief.whatIf.owner' },
      choices: OWNERS.map((o) => ({
        value: o,
        label: { key: `debrief.owner.${o}` },
      })),
      current: d.governance.owner,
      patch: (v) => ({ governance: { owner: OWNERS.find((o) => o === v) ?? 'none' } }),
    },
    {
      id: 'governance.council',
      label: { key: 'debrief.whatIf.council' },
      choices: yesNo(),
      current: String(d.governance.council),
      patch: (v) => ({ governance: { council: v === 'true' } }),
    },
    {
      id: 'governance.blueprint',
      label: { key: 'debrief.whatIf.blueprint' },
      choices: yesNo(),
      current: String(d.governance.blueprint),
      patch: (v) => ({ governance: { blueprint: v === 'true' } }),
    },
    {
      id: 'culture.hiringForAttitude',
      label: { key: 'debrief.whatIf.hiringForAttitude' },
      choices: yesNo(),
      current: String(d.culture.hiringForAttitude),
      patch: (v) => ({ culture: { hiringForAttitude: v === 'true' } }),
    },
    {
      id: 'culture.empowerment',
      label: { key: 'debrief.whatIf.empowerment' },
      choices: (['low', 'medium', 'high'] as const).map((v) => ({
        value: v,
        label: { key: `game.empowerment.${v}` },
      })),
      current: d.culture.empowerment,
      patch: (v) => ({ culture: { empowerment: v as 'low' | 'medium' | 'high' } }),
    },
    ...moreWhatIfLevers(scenario, d),
  ];
  return levers;
}

/** The request for a lever set to a value in a quarter (0-based). */
export function whatIfRequest(
  lever: WhatIfLever,
  value: string,
  quarter: number,
  onward: boolean,
): WhatIfRequest {
  return { quarter, patch: lever.patch(value), scope: onward ? 'onward' : 'quarter' };
}

export const WHAT_IF_RESULTS = ['nps', 'csat', 'ces', 'retention', 'profit', 'cash'] as const;

/** The real game and the fork side by side at the end (true figures). */
export function whatIfComparison(real: QuarterOutcome[], alt: QuarterOutcome[]) {
  const a = real[real.length - 1]!;
  const b = alt[alt.length - 1]!;
  return {
    quarter: b.quarter + 1,
    rows: WHAT_IF_RESULTS.map((m) => ({
      metric: m,
      real: a.true[m],
      alt: b.true[m],
      delta: Math.round((b.true[m] - a.true[m]) * 100) / 100,
    })),
  };
}
