import type { I18n } from '../../i18n';
import { openDialog, type DialogHandle } from '../dialog';
import type { EventCard } from '../viewModels/eventCards';
import './eventCard.css';
import { asLabel, textOf } from './text';
import { el } from './planControlsDom';

export interface EventCardOptions {
  overlay: HTMLElement;
  i18n: I18n;
  card: EventCard;
  /** The player's answer: a response id, 'none', or null for an event with nothing to answer. */
  onAnswer(response: string | null): void;
  /** Closed without an answer (Escape): the event still holds up the commit. */
  onDismiss(): void;
}

/**
 * An event that strikes this quarter, as a modal card on the plan: what happened, and the
 * responses the level offers as radio buttons (or, with none, a note to acknowledge). Enter
 * confirms, Escape closes it unanswered; focus stays inside while it is open.
 */
export function openEventCard(options: EventCardOptions): DialogHandle {
  const { i18n, card } = options;
  let answered = false;
  return openDialog({
    overlay: options.overlay,
    name: 'event-card',
    title: textOf(i18n, card.title),
    onClose: () => {
      if (!answered) options.onDismiss();
    },
    build: (body, dialog) => {
      dialog.element.classList.add('event-card');
      dialog.element.dataset.event = card.eventId;
      const description = el('p', 'event-card-text', textOf(i18n, card.description));
      description.id = `event-card-${card.eventId}-text`;
      dialog.element.setAttribute('aria-describedby', description.id);
      body.appendChild(description);
      if (card.ongoing)
        body.appendChild(
          el('p', 'hint', i18n.t('event.card.ongoing', { count: card.quartersLeft })),
        );
      const answer = (response: string | null) => {
        answered = true;
        dialog.close();
        options.onAnswer(response);
      };

      const form = el('form', 'event-card-form');
      const actions = el('div', 'dialog-actions');
      const confirm = el('button', 'button button-primary');
      confirm.type = 'submit';
      confirm.dataset.name = 'event.confirm';

      if (card.options.length === 0) {
        body.appendChild(el('p', undefined, i18n.t('event.card.noChoice')));
        confirm.textContent = i18n.t('event.card.understood');
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          answer(null);
        });
        actions.appendChild(confirm);
        form.appendChild(actions);
        body.appendChild(form);
        return;
      }

      const fieldset = el('fieldset', 'settings-group');
      fieldset.appendChild(el('legend', undefined, i18n.t('event.card.question')));
      const hint = el('p', 'hint', i18n.t('game.hint.eventResponse'));
      hint.id = `event-card-${card.eventId}-hint`;
      fieldset.setAttribute('aria-describedby', hint.id);
      const list = el('div', 'options');
      const name = `event-card-${card.eventId}`;
      for (const option of card.options) {
        const row = el('label', 'option event-card-option');
        const input = el('input');
        input.type = 'radio';
        input.name = name;
        input.value = option.value;
        input.dataset.name = `event.response.${option.value}`;
        // The draft's response comes back checked; a new event starts with none chosen.
        input.checked = card.value === option.value && card.value !== 'none';
        const text = el('span', 'option-text');
        text.appendChild(el('span', 'option-name', asLabel(textOf(i18n, option.label))));
        if (option.detail)
          text.appendChild(el('span', 'option-detail', textOf(i18n, option.detail)));
        row.append(input, text);
        list.appendChild(row);
      }
      fieldset.append(list, hint);
      const missing = el('p', 'event-card-missing');
      missing.setAttribute('role', 'alert');
      missing.dataset.name = 'event.missing';
      confirm.textContent = i18n.t('event.card.decide');
      actions.appendChild(confirm);
      form.append(fieldset, missing, actions);
      body.appendChild(form);

      const chosen = () =>
        form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
      // Enter on a radio button confirms too, as on the button (browsers do not submit from radios).
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
      form.addEventListener('change', () => (missing.textContent = ''));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const value = chosen();
        if (value === null) {
          missing.textContent = i18n.t('event.card.chooseFirst');
          return;
        }
        answer(value);
      });
    },
  });
}
