/**
 * One question at a time, by keyboard: 1–4 or A–D choose (the arrow keys move between options,
 * as in any radio group), Enter answers. With feedback (drill, from my game) the explanation of
 * every option follows; without (diagnostic, mock exam) the next question comes straight away.
 */
import type { Competency } from '../../practice/competencies';
import type { QuestionText } from '../../practice/questionSchema';
import { button, el, letter } from './dom';

export interface QuizItem {
  id: string;
  competency: Competency;
  answer: number;
  text(): QuestionText;
  /** What a what-if's replay gave, shown with the explanation. */
  reveal?(): string;
}

export interface QuizAnswer {
  item: QuizItem;
  chosen: number | null;
}

export interface QuizOptions {
  t: (key: string, params?: Record<string, string | number>) => string;
  items: QuizItem[];
  feedback: boolean;
  /** Milliseconds allowed for the whole quiz (the mock exam), if timed. */
  timeLimit?: number;
  /** Called once per answer, at once (so progress is saved as the candidate goes). */
  onAnswer(answer: QuizAnswer): void;
  /** `timeUp` when the time limit ended the quiz (unanswered questions then count as wrong). */
  onFinish(answers: QuizAnswer[], timeUp: boolean): void;
  /** A clock for the timer (ms). */
  now(): number;
}

export interface QuizView {
  /** Draws the current question again (after a language change). */
  render(): void;
  /** Stops the timer. */
  stop(): void;
}

const KEY_TO_OPTION: Record<string, number> = {
  '1': 0,
  '2': 1,
  '3': 2,
  '4': 3,
  a: 0,
  b: 1,
  c: 2,
  d: 3,
};

function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function createQuiz(container: HTMLElement, o: QuizOptions): QuizView {
  const answers: QuizAnswer[] = [];
  let index = 0;
  let answered = false;
  let finished = false;
  const started = o.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  /** The clock of the question on screen (each question draws its own). */
  let clock: HTMLElement | null = null;

  const finish = (timeUp = false) => {
    if (finished) return;
    finished = true;
    if (timer) clearInterval(timer);
    // Unanswered questions (time ran out, or handed in early) count as wrong.
    for (let i = answers.length; i < o.items.length; i++)
      answers.push({ item: o.items[i]!, chosen: null });
    o.onFinish(answers, timeUp);
  };

  /** Shows the time left; ends the quiz when none is. True while time remains. */
  const tick = (): boolean => {
    if (o.timeLimit === undefined || finished) return !finished;
    const left = o.timeLimit - (o.now() - started);
    if (clock) clock.textContent = o.t('practice.timeLeft', { time: formatClock(left) });
    if (left > 0) return true;
    finish(true);
    return false;
  };

  const next = () => {
    index++;
    answered = false;
    if (index >= o.items.length) finish();
    else render();
  };

  function render() {
    if (finished) return;
    const item = o.items[index]!;
    const text = item.text();
    container.replaceChildren();
    const progress = el('p', { class: 'practice-progress', 'data-name': 'practice.progress' });
    progress.textContent = o.t('practice.questionOf', { n: index + 1, total: o.items.length });
    if (o.timeLimit === undefined) container.append(progress);
    else {
      clock = el('p', {
        class: 'practice-timer',
        role: 'timer',
        'data-name': 'practice.timer',
      });
      if (!tick()) return;
      // Progress, time and hand-in share one row, so the question keeps the room.
      const bar = el('div', { class: 'practice-timebar' });
      const handIn = button('practice.handIn', o.t('practice.endEarly'), () =>
        confirmHandIn(bar, handIn),
      );
      bar.append(progress, clock, handIn);
      container.append(bar);
    }
    if (text.case) container.append(el('p', { class: 'practice-case' }, text.case));
    const form = el('form', { class: 'practice-question', 'data-name': 'practice.question' });
    const fieldset = el('fieldset', {});
    const legend = el('legend', { class: 'practice-stem' }, text.stem);
    fieldset.append(legend);
    const radios = text.options.map((option, i) => {
      const input = el('input', {
        type: 'radio',
        name: `practice-${index}`,
        value: String(i),
        'data-name': `practice.option.${i}`,
      });
      const label = el(
        'label',
        { class: 'practice-option' },
        input,
        el('span', { class: 'practice-letter', 'aria-hidden': 'true' }, letter(i)),
        el('span', {}, option),
      );
      fieldset.append(label);
      return input;
    });
    const hint = el('p', { class: 'hint' }, o.t('practice.keysHint'));
    const submit = el('button', {
      type: 'submit',
      class: 'button button-primary',
      'data-name': 'practice.submit',
    });
    submit.textContent = o.t('practice.answer');
    const feedback = el('div', {
      class: 'practice-feedback',
      'aria-live': 'polite',
      'data-name': 'practice.feedback',
    });
    form.append(fieldset, hint, el('div', { class: 'dialog-actions' }, submit), feedback);
    container.append(form);

    form.addEventListener('keydown', (event) => {
      const choice = KEY_TO_OPTION[event.key.toLowerCase()];
      if (choice === undefined || answered || event.ctrlKey || event.metaKey || event.altKey)
        return;
      event.preventDefault();
      radios[choice]!.checked = true;
      radios[choice]!.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (answered) return;
      const chosen = radios.findIndex((r) => r.checked);
      if (chosen < 0) {
        radios[0]!.focus();
        return;
      }
      answered = true;
      const answer = { item, chosen };
      answers.push(answer);
      o.onAnswer(answer);
      if (!o.feedback) {
        next();
        return;
      }
      for (const r of radios) r.disabled = true;
      submit.hidden = true;
      showFeedback(feedback, item, text, chosen);
    });
    (radios.find((r) => r.checked) ?? radios[0]!).focus();
  }

  /** Handing in ends a 3-hour exam: ask first, with what is still unanswered. */
  function confirmHandIn(bar: HTMLElement, handIn: HTMLButtonElement) {
    const ask = el(
      'p',
      { class: 'practice-confirm', role: 'alert', 'data-name': 'practice.handIn.ask' },
      o.t('practice.handInAsk', { count: o.items.length - answers.length }),
    );
    const keep = button('practice.handIn.keep', o.t('practice.handInKeep'), () => {
      box.remove();
      handIn.hidden = false;
      handIn.focus();
    });
    const box = el(
      'div',
      { class: 'practice-confirm-box' },
      ask,
      button('practice.handIn.confirm', o.t('practice.handInConfirm'), () => finish(), true),
      keep,
    );
    handIn.hidden = true;
    bar.after(box);
    keep.focus();
  }

  function showFeedback(box: HTMLElement, item: QuizItem, text: QuestionText, chosen: number) {
    const right = chosen === item.answer;
    const verdict = el('p', {
      class: right ? 'practice-verdict right' : 'practice-verdict wrong',
      tabindex: '-1',
      'data-name': 'practice.verdict',
    });
    verdict.textContent = right
      ? o.t('practice.right')
      : o.t('practice.wrong', { letter: letter(item.answer) });
    const list = el('ul', { class: 'practice-why', 'data-name': 'practice.why' });
    text.why.forEach((why, i) => {
      const li = el(
        'li',
        { class: i === item.answer ? 'right' : '' },
        el('strong', {}, `${letter(i)}. `),
        why,
      );
      // The option the player chose, in words (read aloud, and not by colour alone).
      if (i === chosen) {
        li.classList.add('chosen');
        li.dataset.chosen = 'true';
        li.append(' ', el('span', { class: 'practice-chosen' }, o.t('practice.yourAnswer')));
      }
      list.append(li);
    });
    box.append(verdict, el('h3', {}, o.t('practice.whyTitle')), list);
    if (item.reveal)
      box.append(
        el('p', { class: 'practice-reveal', 'data-name': 'practice.reveal' }, item.reveal()),
      );
    const last = index === o.items.length - 1;
    const go = button('practice.next', o.t(last ? 'practice.finish' : 'practice.next'), next, true);
    box.append(el('div', { class: 'dialog-actions' }, go));
    go.focus();
  }

  // One interval for the whole quiz: it updates whichever question's clock is on screen.
  if (o.timeLimit !== undefined) timer = setInterval(tick, 1000);
  render();
  return {
    render,
    stop: () => {
      finished = true;
      if (timer) clearInterval(timer);
    },
  };
}
