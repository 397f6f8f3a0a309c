/**
 * A question built from the candidate's own game: data (locale keys and numbers), rendered in a
 * language at the last moment, so numbers are written as that language writes them.
 */
import { formatNumber, type Lang } from '../calc';
import type { Competency } from '../competencies';
import type { Calc, QuestionText } from '../questionSchema';
import type { Random } from '../random';

/** A number to show, with its decimals. */
export interface Num {
  n: number;
  d: number;
}
export type Param = string | Num | Text;
/** A locale key with its parameters; a parameter may itself be a text (a translated name). */
export interface Text {
  key: string;
  params?: Record<string, Param>;
}

export interface GameQuestion {
  /** The template's id, e.g. `game-nps-last`. */
  template: string;
  competency: Competency;
  answer: number;
  case?: Text;
  stem: Text;
  options: [Text, Text, Text, Text];
  why: [Text, Text, Text, Text];
  /** A calculation's inputs and answer, recomputable like a bank question's. */
  calc?: Calc;
  /** Shown after answering a what-if: what the replay gave. */
  reveal?: Text;
}

export const num = (n: number, d = 0): Num => ({ n, d });
export const text = (key: string, params?: Record<string, Param>): Text =>
  params ? { key, params } : { key };

export type Translate = (key: string, params?: Record<string, string>) => string;

function isNum(p: Param): p is Num {
  return typeof p === 'object' && 'n' in p;
}

/** A text in a language: numbers formatted, nested texts translated first. */
export function renderText(t: Translate, lang: Lang, x: Text): string {
  const params = Object.fromEntries(
    Object.entries(x.params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' ? v : isNum(v) ? formatNumber(v.n, lang, v.d) : renderText(t, lang, v),
    ]),
  );
  return t(x.key, params);
}

export function renderGameQuestion(t: Translate, lang: Lang, q: GameQuestion): QuestionText {
  const r = (x: Text) => renderText(t, lang, x);
  const out: QuestionText = {
    stem: r(q.stem),
    options: q.options.map(r) as QuestionText['options'],
    why: q.why.map(r) as QuestionText['why'],
  };
  if (q.case) out.case = r(q.case);
  return out;
}

/** A wrong answer: its value and the mistake that gives it (a key under `practice.game.why.`). */
export interface Mistake {
  value: number;
  why: string;
}

/**
 * Four numeric options: the right value and the first three mistakes that give distinct values
 * (and differ from the right one), the right one placed by the seed. Null when fewer than three
 * distinct mistakes remain: the template then does not apply to this game.
 */
export function numericOptions(
  random: Random,
  right: { value: number; why: string },
  mistakes: readonly Mistake[],
  decimals: number,
  option: (value: Num) => Text,
  params: Record<string, Param> = {},
): Pick<GameQuestion, 'answer' | 'options' | 'why'> | null {
  const same = (a: number, b: number) => Math.abs(a - b) < 10 ** -decimals / 2;
  const chosen: Mistake[] = [];
  for (const m of mistakes) {
    if (!Number.isFinite(m.value)) continue;
    if (same(m.value, right.value) || chosen.some((c) => same(c.value, m.value))) continue;
    chosen.push(m);
    if (chosen.length === 3) break;
  }
  if (chosen.length < 3) return null;
  const answer = random.below(4);
  const wrong = [...chosen];
  const entries = [0, 1, 2, 3].map((i) =>
    i === answer ? { ...right, ok: true } : { ...wrong.shift()!, ok: false },
  );
  return {
    answer,
    options: entries.map((e) => option(num(e.value, decimals))) as GameQuestion['options'],
    why: entries.map((e) =>
      text(`practice.game.why.${e.why}`, { ...params, value: num(e.value, decimals) }),
    ) as GameQuestion['why'],
  };
}

/** Four options from fixed choices (keys), the right one first in `choices`, placed by the seed. */
export function choiceOptions(
  random: Random,
  choices: readonly { option: Text; why: Text }[],
): Pick<GameQuestion, 'answer' | 'options' | 'why'> {
  const answer = random.below(4);
  const wrong = choices.slice(1, 4);
  const order = [0, 1, 2, 3].map((i) => (i === answer ? choices[0]! : wrong.shift()!));
  return {
    answer,
    options: order.map((c) => c.option) as GameQuestion['options'],
    why: order.map((c) => c.why) as GameQuestion['why'],
  };
}
