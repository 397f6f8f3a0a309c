/**
 * "Did you know?" cards: short facts from the reference articles and the simulation's sources,
 * each with its source, shown at the moments they fit (the briefing, a plan tab, the review).
 * Data only: the words are locale strings (`sources.fact.<id>`, `sources.ref.<source>`).
 */
export const FACT_MOMENTS = [
  'briefing',
  'plan.strategy',
  'plan.understanding',
  'plan.metrics',
  'plan.journey',
  'plan.governance',
  'plan.culture',
  'review',
] as const;
export type FactMoment = (typeof FACT_MOMENTS)[number];

export interface Fact {
  id: string;
  /** The source's key in `sources.ref`. */
  source: string;
  moments: readonly FactMoment[];
}

export const FACTS: readonly Fact[] = [
  { id: 'channels', source: 'swinscoe', moments: ['plan.journey', 'review'] },
  { id: 'fewChannels', source: 'swinscoe', moments: ['plan.journey'] },
  { id: 'initiatives', source: 'swinscoe', moments: ['briefing', 'plan.governance', 'review'] },
  { id: 'bain', source: 'bain', moments: ['briefing', 'plan.understanding', 'review'] },
  { id: 'effort', source: 'ceb', moments: ['plan.journey', 'review'] },
  { id: 'promises', source: 'bloemKeynote', moments: ['briefing', 'plan.strategy'] },
  { id: 'licence', source: 'bloemKeynote', moments: ['plan.understanding', 'plan.culture'] },
  { id: 'mandate', source: 'laire', moments: ['plan.governance', 'review'] },
  { id: 'closeLoop', source: 'customerGauge', moments: ['plan.understanding', 'review'] },
  { id: 'metricsLook', source: 'bloemKeynote', moments: ['plan.metrics', 'review'] },
  { id: 'oneBad', source: 'bloemDefinition', moments: ['plan.journey', 'review'] },
  { id: 'peakEnd', source: 'kahneman', moments: ['plan.journey'] },
  { id: 'serviceProfit', source: 'heskett', moments: ['plan.culture', 'review'] },
];

/** The facts that fit a moment. */
export function factsFor(moment: FactMoment): Fact[] {
  return FACTS.filter((f) => f.moments.includes(moment));
}

/** One fact for a moment, turning with the quarter so a player sees them all over a game. */
export function factFor(moment: FactMoment, quarter: number): Fact {
  const fitting = factsFor(moment);
  return fitting[((quarter % fitting.length) + fitting.length) % fitting.length]!;
}

/** The locale keys of a fact's card. */
export function factKeys(fact: Fact): { text: string; source: string } {
  return { text: `sources.fact.${fact.id}`, source: `sources.ref.${fact.source}` };
}
