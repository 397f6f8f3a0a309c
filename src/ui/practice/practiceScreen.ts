/**
 * "Practice for CCXP": a full-screen dialog over the title with the four ways to practise
 * (diagnostic, mock exam, drill, from my game), the reports, and the progress kept on this device.
 */
import type { SoundPlayer } from '../../audio/gameAudio';
import { DataFileError } from '../../content/fetchJsonFiles';
import type { I18n } from '../../i18n';
import type { Lang } from '../../practice/calc';
import { COMPETENCIES, type Competency } from '../../practice/competencies';
import { drawDiagnostic, drawMock, MOCK_MINUTES } from '../../practice/draw';
import { drillQueue, scheduleAnswer } from '../../practice/drill';
import {
  gameQuestions,
  renderGameQuestion,
  renderText,
  type GameQuestion,
} from '../../practice/fromGame';
import {
  exportProgress,
  seenCounts,
  withAnswers,
  type PracticeMode,
  type Progress,
} from '../../practice/progress';
import type { Bank } from '../../practice/bank';
import type { Question } from '../../practice/questionSchema';
import { practiceProgressSlot } from '../../state/practiceProgress';
import type { KeyValueStorage } from '../../state/storage';
import { openDialog, type DialogHandle } from '../dialog';
import { button, el } from './dom';
import { bundledBank, lastGameContext } from './practiceData';
import { createQuiz, type QuizAnswer, type QuizItem, type QuizView } from './quizView';
import { offerFile } from '../offerFile';
import { renderReport } from './reportView';

export interface PracticeScreenDeps {
  overlay: HTMLElement;
  i18n: I18n;
  sound: SoundPlayer;
  storage: KeyValueStorage;
  onClose?: () => void;
}

const MODES = ['diagnostic', 'mock', 'drill', 'game'] as const;

/** A fresh seed for a practice session (the draw itself is seeded and pure). */
const freshSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

export function openPracticeScreen(deps: PracticeScreenDeps): DialogHandle {
  const { i18n } = deps;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const lang = (): Lang => (i18n.language === 'nl' ? 'nl' : 'en');
  // Set once the bank's files have arrived; every view that reads it is reached from `home`.
  let bank!: Bank;
  const slot = practiceProgressSlot(deps.storage);
  let progress: Progress = slot.read();
  let saveFailed = false;
  let body!: HTMLElement;
  let view: () => void = () => {};
  let quiz: QuizView | null = null;

  const save = (next: Progress) => {
    progress = next;
    if (!slot.write(progress).ok) saveFailed = true;
  };
  const record = (mode: PracticeMode, a: QuizAnswer) =>
    save(
      withAnswers(progress, [
        {
          id: a.item.id,
          mode,
          chosen: a.chosen,
          correct: a.chosen === a.item.answer,
          at: new Date().toISOString(),
        },
      ]),
    );

  const show = (render: () => void) => {
    quiz?.stop();
    quiz = null;
    view = render;
    render();
  };
  const clear = () => {
    body.replaceChildren();
    if (saveFailed)
      body.append(
        el('p', { class: 'practice-notice', role: 'status' }, t('practice.progress.saveFailed')),
      );
  };
  const backButton = () => button('practice.back', t('practice.back'), () => show(home));

  const bankItem = (q: Question): QuizItem => ({
    id: q.id,
    competency: q.competency,
    answer: q.answer,
    text: () => q[lang()],
  });
  const gameItem = (q: GameQuestion): QuizItem => ({
    id: q.template,
    competency: q.competency,
    answer: q.answer,
    text: () => renderGameQuestion((k, p) => i18n.t(k, p), lang(), q),
    reveal: q.reveal ? () => renderText((k, p) => i18n.t(k, p), lang(), q.reveal!) : undefined,
  });

  /** The bank is fetched when the screen opens: a status until it is here, an error if not. */
  function loadBank() {
    clear();
    body.append(
      el('p', { role: 'status', 'data-name': 'practice.bankLoading' }, t('practice.bankLoading')),
    );
    bundledBank().then(
      (loaded) => {
        bank = loaded;
        if (view === loadBank) show(home);
      },
      (error: unknown) => {
        if (view === loadBank) show(() => loadFailed(error));
      },
    );
  }

  function loadFailed(error: unknown) {
    clear();
    const detail =
      error instanceof DataFileError
        ? t('practice.bankFailedFile', { file: error.file, reason: error.reason })
        : '';
    body.append(
      el('p', { role: 'alert', 'data-name': 'practice.bankFailed' }, t('practice.bankFailed')),
    );
    if (detail) body.append(el('p', { class: 'hint' }, detail));
    body.append(
      el(
        'div',
        { class: 'dialog-actions' },
        button('practice.retry', t('practice.retry'), () => show(loadBank), true),
        button('practice.close', t('practice.close'), () => dialog.close()),
      ),
    );
    body.querySelector<HTMLButtonElement>('[data-name="practice.retry"]')?.focus();
  }

  function home() {
    clear();
    body.append(el('p', {}, t('practice.intro')));
    if (bank.problems.length)
      body.append(
        el(
          'p',
          { class: 'practice-notice' },
          t('practice.bankBroken', { count: bank.problems.length }),
        ),
      );
    const due = Object.values(progress.cards).filter((c) => Date.parse(c.due) <= Date.now()).length;
    body.append(
      el(
        'p',
        { 'data-name': 'practice.summary' },
        t('practice.progress.summary', {
          answers: t('practice.progress.answers', { count: progress.answers.length }),
          due: t('practice.progress.due', { count: due }),
        }),
      ),
    );
    const list = el('ul', { class: 'practice-modes', 'aria-label': t('practice.modes') });
    for (const mode of MODES) {
      const descId = `practice-mode-${mode}`;
      const b = button(
        `practice.mode.${mode}`,
        t(`practice.mode.${mode}.name`),
        () => start(mode),
        mode === 'diagnostic',
      );
      b.setAttribute('aria-describedby', descId);
      list.append(
        el('li', {}, b, el('p', { id: descId, class: 'hint' }, t(`practice.mode.${mode}.desc`))),
      );
    }
    body.append(list);
    body.append(
      el(
        'div',
        { class: 'dialog-actions' },
        button('practice.export', t('practice.progress.export'), exportNow),
        button('practice.reset', t('practice.progress.reset'), () => show(confirmReset)),
        button('practice.close', t('practice.close'), () => dialog.close(), true),
      ),
    );
    body.querySelector<HTMLButtonElement>('[data-name="practice.mode.diagnostic"]')?.focus();
  }

  function start(mode: (typeof MODES)[number]) {
    deps.sound.play('confirm');
    if (mode === 'diagnostic' || mode === 'mock') {
      const draw = (mode === 'mock' ? drawMock : drawDiagnostic)(
        bank,
        freshSeed(),
        seenCounts(progress),
      );
      const notes = draw.short.map((s) =>
        t('practice.short', {
          competency: t(`debrief.competency.${s.competency}`),
          found: s.found,
          wanted: s.wanted,
        }),
      );
      runQuiz(mode, draw.questions.map(bankItem), {
        feedback: false,
        timeLimit: mode === 'mock' ? MOCK_MINUTES * 60_000 : undefined,
        notes: mode === 'mock' ? [t('practice.mode.mock.desc'), ...notes] : notes,
      });
    } else if (mode === 'drill') show(drillPick);
    else show(fromGame);
  }

  function runQuiz(
    mode: PracticeMode,
    items: QuizItem[],
    opts: {
      feedback: boolean;
      timeLimit?: number;
      notes?: string[];
      onFinish?: (a: QuizAnswer[]) => void;
    },
  ) {
    show(() => {
      if (quiz) {
        quiz.render();
        return;
      }
      clear();
      const notes = opts.notes ?? [];
      // The notes introduce the session: shown with its first question, gone after it.
      const intro = notes.length
        ? el('div', { class: 'practice-notice' }, ...notes.map((note) => el('p', {}, note)))
        : null;
      if (intro) body.append(intro);
      const box = el('div', {});
      const actions = el('div', { class: 'dialog-actions' }, backButton());
      // Leaving a timed exam ends it without a report: ask first.
      if (opts.timeLimit !== undefined) actions.replaceChildren(leaveExamButton(actions));
      body.append(box, actions);
      quiz = createQuiz(box, {
        t,
        items,
        feedback: opts.feedback,
        timeLimit: opts.timeLimit,
        now: () => Date.now(),
        onAnswer: (a) => {
          intro?.remove();
          record(mode, a);
          if (mode === 'drill')
            save(scheduleAnswer(progress, a.item.id, a.chosen === a.item.answer, new Date()));
        },
        onFinish: (answers, timeUp) => {
          const done = () => {
            clear();
            if (timeUp)
              body.append(
                el(
                  'p',
                  { class: 'practice-notice', role: 'status', 'data-name': 'practice.timeUp' },
                  t('practice.timeUp'),
                ),
              );
            if (opts.onFinish) opts.onFinish(answers);
            else renderReport(body, t, answers);
            body.append(el('div', { class: 'dialog-actions' }, backButton()));
          };
          quiz = null;
          view = done;
          done();
        },
      });
    });
  }

  function leaveExamButton(actions: HTMLElement): HTMLButtonElement {
    const leave = button('practice.back', t('practice.back'), () => {
      const keep = button('practice.leave.keep', t('practice.handInKeep'), () => {
        actions.replaceChildren(leave);
        leave.focus();
      });
      actions.replaceChildren(
        el(
          'p',
          { class: 'practice-confirm', role: 'alert', 'data-name': 'practice.leave.ask' },
          t('practice.leaveAsk'),
        ),
        button('practice.leave.confirm', t('practice.leaveConfirm'), () => show(home)),
        keep,
      );
      keep.focus();
    });
    return leave;
  }

  function drillPick() {
    clear();
    body.append(el('p', {}, t('practice.drillPick')));
    const list = el('ul', { class: 'practice-modes' });
    for (const c of COMPETENCIES)
      list.append(
        el(
          'li',
          {},
          button(`practice.drill.${c}`, t(`debrief.competency.${c}`), () => drill(c)),
        ),
      );
    body.append(list, el('div', { class: 'dialog-actions' }, backButton()));
    body.querySelector<HTMLButtonElement>('[data-name^="practice.drill."]')?.focus();
  }

  function drill(c: Competency) {
    const queue = drillQueue(bank, progress, c, new Date(), freshSeed());
    if (queue.questions.length === 0) {
      show(() => {
        clear();
        const message = queue.nextDue
          ? t('practice.drillNothing', {
              date: queue.nextDue.toLocaleDateString(lang() === 'nl' ? 'nl-NL' : 'en-GB'),
            })
          : t('practice.drillEmpty');
        body.append(
          el('p', { role: 'status' }, message),
          el('div', { class: 'dialog-actions' }, backButton()),
        );
        body.querySelector('button')?.focus();
      });
      return;
    }
    const notes = queue.due > 0 ? [t('practice.drillDue', { due: queue.due })] : [];
    runQuiz('drill', queue.questions.map(bankItem), {
      feedback: true,
      notes,
      onFinish: (answers) => {
        const correct = answers.filter((a) => a.chosen === a.item.answer).length;
        const p = el(
          'p',
          { tabindex: '-1', 'data-name': 'practice.drillDone' },
          t('practice.drillDone', { correct, asked: answers.length }),
        );
        body.append(p);
        p.focus();
      },
    });
  }

  function fromGame() {
    clear();
    const status = el('p', { role: 'status' }, t('practice.gameLoading'));
    body.append(status);
    // Replaying and debriefing the game takes a moment: let the status show first.
    setTimeout(() => {
      if (view !== fromGame) return;
      const ctx = lastGameContext(deps.storage);
      const questions = ctx ? gameQuestions(ctx, freshSeed()) : [];
      if (!ctx || questions.length === 0) {
        clear();
        body.append(
          el('p', { role: 'status', 'data-name': 'practice.gameNone' }, t('practice.gameNone')),
          el('div', { class: 'dialog-actions' }, backButton()),
        );
        body.querySelector('button')?.focus();
        return;
      }
      const note = t('practice.gameFrom', {
        quarters: ctx.record.results.length,
        seed: ctx.record.seed,
      });
      runQuiz('game', questions.map(gameItem), { feedback: true, notes: [note] });
    }, 30);
  }

  function confirmReset() {
    clear();
    const heading = el('h3', { tabindex: '-1' }, t('practice.progress.confirmTitle'));
    const cancel = button(
      'practice.reset.cancel',
      t('practice.progress.cancel'),
      () => show(home),
      true,
    );
    body.append(
      heading,
      el('p', {}, t('practice.progress.confirmText')),
      el(
        'div',
        { class: 'dialog-actions' },
        button('practice.reset.confirm', t('practice.progress.confirm'), () => {
          slot.reset();
          progress = slot.read();
          show(() => {
            home();
            body.prepend(
              el(
                'p',
                { role: 'status', class: 'practice-notice' },
                t('practice.progress.wasReset'),
              ),
            );
          });
        }),
        cancel,
      ),
    );
    cancel.focus();
  }

  function exportNow() {
    const data = JSON.stringify(exportProgress(progress, new Date().toISOString()), null, 2);
    offerFile('ccxp-practice-progress.json', data);
  }

  const onLanguage = () => {
    dialog.setTitle(t('practice.title'));
    view();
  };
  const dialog = openDialog({
    overlay: deps.overlay,
    name: 'practice',
    title: t('practice.title'),
    onClose: () => {
      quiz?.stop();
      i18n.off('languageChanged', onLanguage);
      deps.onClose?.();
    },
    build: (b) => {
      body = b;
    },
  });
  dialog.element.classList.add('practice');
  show(loadBank);
  i18n.on('languageChanged', onLanguage);
  return dialog;
}
