import type { SoundPlayer } from '../audio/gameAudio';
import type { I18n } from '../i18n';
import { openDialog, type DialogHandle } from './dialog';
import './joinClassDialog.css';

/** The longest code and name a team can type (the server checks them again). */
const CODE_MAX = 8;
const NAME_MAX = 24;

export interface JoinClassDialogDeps {
  overlay: HTMLElement;
  i18n: I18n;
  sound: SoundPlayer;
  /** Filled in (after a failed rejoin, the code and name this tab had). */
  code?: string;
  name?: string;
  /** A reason (locale key) to show at once, e.g. why the rejoin failed. */
  error?: string;
  /** Joins; resolves null on success (the dialog closes) or a reason to show (a locale key). */
  join: (code: string, name: string) => Promise<string | null>;
  onClose?: () => void;
}

/** "Join a class": the session code and a team name, and a clear reason when it fails. */
export function openJoinClassDialog(deps: JoinClassDialogDeps): DialogHandle {
  const { i18n, sound } = deps;
  const t = (key: string) => i18n.t(key);
  return openDialog({
    overlay: deps.overlay,
    name: 'join-class',
    title: t('class.team.joinTitle'),
    onClose: deps.onClose,
    build: (body, handle) => {
      const form = document.createElement('form');
      form.className = 'join-class-form';
      form.noValidate = true;
      const field = (id: string, label: string, hint: string, max: number) => {
        const wrap = document.createElement('div');
        wrap.className = 'join-class-field';
        const l = document.createElement('label');
        l.htmlFor = id;
        l.textContent = label;
        const input = document.createElement('input');
        input.id = id;
        input.dataset.name = id;
        input.maxLength = max;
        input.autocomplete = 'off';
        input.spellcheck = false;
        const h = document.createElement('p');
        h.className = 'hint';
        h.id = `${id}-hint`;
        h.textContent = hint;
        input.setAttribute('aria-describedby', h.id);
        wrap.append(l, input, h);
        form.appendChild(wrap);
        return input;
      };
      const code = field('join.code', t('class.team.code'), t('class.team.codeHint'), CODE_MAX);
      code.autocapitalize = 'characters';
      code.value = deps.code ?? '';
      const name = field('join.name', t('class.team.name'), t('class.team.nameHint'), NAME_MAX);
      name.value = deps.name ?? '';
      const error = document.createElement('p');
      error.className = 'join-class-error';
      error.dataset.name = 'join.error';
      error.setAttribute('role', 'alert');
      const actions = document.createElement('div');
      actions.className = 'dialog-actions';
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'button';
      cancel.dataset.name = 'join.cancel';
      cancel.textContent = t('class.team.cancel');
      cancel.addEventListener('click', () => handle.close());
      const submit = document.createElement('button');
      submit.type = 'submit';
      submit.className = 'button button-primary';
      submit.dataset.name = 'join.submit';
      submit.textContent = t('class.team.join');
      actions.append(cancel, submit);
      form.append(error, actions);
      body.appendChild(form);
      const showError = (reason: string) => {
        error.dataset.reason = reason;
        error.textContent = i18n.t(reason, { defaultValue: t('class.team.noServer') });
      };
      if (deps.error) showError(deps.error);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (submit.disabled) return;
        // The last reason goes while the class server is asked again.
        delete error.dataset.reason;
        error.textContent = '';
        submit.disabled = true;
        submit.textContent = t('class.team.joining');
        sound.play('confirm');
        void deps.join(code.value, name.value).then((reason) => {
          if (reason === null) {
            handle.close();
            return;
          }
          sound.play('warning');
          submit.disabled = false;
          submit.textContent = t('class.team.join');
          showError(reason);
          (/code|Session|noSession|finished/.test(reason) ? code : name).focus();
        });
      });
      queueMicrotask(() => (deps.code ? name : code).focus());
    },
  });
}
