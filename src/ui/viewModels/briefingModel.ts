import { budgetOf, type GameState, type Persona, type Scenario } from '../../engine';

export interface BriefingFigure {
  /** Locale key of the figure's name (`game.briefing.cash`). */
  label: string;
  value: number;
  unit: 'money' | 'count' | 'score' | 'quarters';
}

export interface BriefingSegment {
  id: string;
  name: string;
  description: string;
  /** Share of today's customers (0–1). */
  share: number;
  personas: Persona[];
}

export interface BriefingTarget {
  id: string;
  name: string;
  /** What the target measures, for its explanation. */
  metric: string;
}

export interface BriefingModel {
  name: string;
  companyName: string;
  description: string;
  briefing: string;
  difficulty: GameState['difficulty'];
  figures: BriefingFigure[];
  segments: BriefingSegment[];
  /** The balanced scorecard: targets by perspective, in the scorecard's usual order. */
  perspectives: { id: string; targets: BriefingTarget[] }[];
}

const PERSPECTIVES = ['customer', 'financial', 'internal', 'learning'] as const;

/** What the briefing shows: the company as the player finds it, its customers and its targets. */
export function briefingModel(scenario: Scenario, state: GameState): BriefingModel {
  const company = state.company;
  const customers = scenario.population.customers * scenario.population.realPerSimulated;
  const openChannels = Object.values(state.decisions.channels).filter((c) => c.open).length;
  const totalShare = scenario.segments.reduce((a, g) => a + g.share, 0) || 1;
  return {
    name: scenario.name,
    companyName: scenario.company.name,
    description: scenario.company.description,
    briefing: scenario.briefing,
    difficulty: state.difficulty,
    figures: [
      { label: 'game.briefing.cash', value: company.cash, unit: 'money' },
      { label: 'game.briefing.budget', value: budgetOf(scenario, state), unit: 'money' },
      { label: 'game.briefing.customers', value: customers, unit: 'count' },
      { label: 'game.briefing.reputation', value: company.reputation, unit: 'score' },
      { label: 'game.briefing.engagement', value: company.engagement, unit: 'score' },
      { label: 'game.briefing.channels', value: openChannels, unit: 'count' },
      { label: 'game.briefing.quarters', value: scenario.quarters, unit: 'quarters' },
    ],
    segments: scenario.segments.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      share: g.share / totalShare,
      personas: g.personas,
    })),
    perspectives: PERSPECTIVES.map((id) => ({
      id,
      targets: scenario.targets
        .filter((t) => t.perspective === id)
        .map((t) => ({ id: t.id, name: t.name, metric: t.metric })),
    })).filter((p) => p.targets.length > 0),
  };
}
