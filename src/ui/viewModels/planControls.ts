import type { DecisionsPatch } from '../../engine';

/** Text for the UI: a locale key and its parameters (never prose). */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export interface ChoiceOption {
  value: string;
  label: Text;
  /** A second line: its own price, or what it means. */
  detail?: Text;
}

interface ControlBase {
  /** Unique on the screen: the decision's concrete path (`channels.chat.funding`). */
  id: string;
  /** The decision field it sets, with `*` for ids (`channels.*.funding`): for the lever check. */
  lever: string;
  label: Text;
  /** What it affects, in plain words (never the hidden true numbers). */
  hint: Text;
  /** What it costs. */
  cost?: Text;
}

/** One of several (radio group or select). */
export interface ChoiceControl extends ControlBase {
  kind: 'choice';
  value: string;
  options: ChoiceOption[];
  /** Many options read better in a `<select>`; few as radio buttons. */
  display: 'radio' | 'select';
  patch(value: string): DecisionsPatch;
}

/** Several of a list, with an upper bound. */
export interface MultiControl extends ControlBase {
  kind: 'multi';
  value: string[];
  options: ChoiceOption[];
  max: number | null;
  patch(value: string[]): DecisionsPatch;
}

export interface ToggleControl extends ControlBase {
  kind: 'toggle';
  value: boolean;
  patch(value: boolean): DecisionsPatch;
}

/** A number on a slider (`<input type=range>`). */
export interface NumberControl extends ControlBase {
  kind: 'number';
  value: number;
  min: number;
  max: number;
  step: number;
  /** How the value reads: money in k€, a count, a share of the norm (×). */
  unit: 'money' | 'count' | 'days' | 'factor';
  patch(value: number): DecisionsPatch;
}

export type PlanControl = ChoiceControl | MultiControl | ToggleControl | NumberControl;

export interface ControlGroup {
  id: string;
  title: Text;
  /** A line under the title, e.g. what the touchpoint is. */
  note?: Text;
  controls: PlanControl[];
}

/**
 * The cost line of a control that names no price of its own: every control says what it costs,
 * if only that it costs nothing directly. A sum of money set on a slider costs that sum; a choice
 * whose options carry their price says so; the staffing level scales the staff cost.
 */
export function costLine(control: PlanControl): Text {
  if (control.cost) return control.cost;
  if (control.kind === 'number' && control.unit === 'money') return { key: 'game.cost.asSet' };
  if (control.kind === 'number' && control.lever === 'culture.staffing')
    return { key: 'game.cost.staffing' };
  if (
    (control.kind === 'choice' || control.kind === 'multi') &&
    control.options.some((o) => PRICED.has(o.label.key) || PRICED.has(o.detail?.key ?? ''))
  )
    return { key: 'game.cost.perOption' };
  return { key: 'game.cost.none' };
}

/** Option texts that carry a price (an amount, or a name with its amount). */
const PRICED = new Set(['game.plan.money', 'game.plan.withCost']);
