import type { DecisionsPatch } from '../../engine';
import type { I18n } from '../../i18n';
import type {
  ChoiceOption,
  ControlGroup,
  NumberControl,
  PlanControl,
} from '../viewModels/planControls';
import { helpButton } from '../help/helpButton';
import { asLabel, textOf } from './text';

let uid = 0;
const nextId = (base: string) => `plan-${base.replace(/[^\w-]/g, '-')}-${++uid}`;

/** An element with a class and text: the Plan's DOM pieces are built from it. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function formatNumber(i18n: I18n, control: NumberControl, value: number): string {
  return i18n.t(`game.plan.value.${control.unit}`, { value });
}

/**
 * The hint and cost under a control, linked to it with aria-describedby. The cost runs on from
 * the hint's last line (a line saved per control, so a touchpoint's five read without scrolling
 * at 1366×768), in bold.
 */
function describe(i18n: I18n, control: PlanControl, wrap: HTMLElement): string {
  const ids: string[] = [];
  const notes = el('p', 'control-notes');
  const hint = el('span', 'hint', textOf(i18n, control.hint));
  hint.id = nextId(`${control.id}-hint`);
  ids.push(hint.id);
  notes.appendChild(hint);
  if (control.cost) {
    // A sum never splits from its unit ("2.500 | k€"); a short cost stays on one line.
    const text = textOf(i18n, control.cost).replace(/(\d) (?=[kM]?€)/g, '$1\u00A0');
    const cost = el(
      'span',
      'control-cost',
      text.length <= 24 ? text.replaceAll(' ', '\u00A0') : text,
    );
    cost.id = nextId(`${control.id}-cost`);
    ids.push(cost.id);
    notes.append(' ', cost);
  }
  wrap.appendChild(notes);
  return ids.join(' ');
}

/** Hints that explain the same idea as another control's "?" (a variant of its wording). */
const SAME_TOPIC: Record<string, string> = { capacityHuman: 'capacity', notRemovable: 'removed' };

/**
 * A control's "?": the idea behind it (what it is, why it matters to customers), from the help
 * topics, next to its name. Its hint, under the control, says what it does in the game.
 */
function controlHelp(
  i18n: I18n,
  overlay: HTMLElement | undefined,
  control: PlanControl,
): HTMLButtonElement | null {
  if (!overlay) return null;
  const name = control.hint.key.split('.').at(-1) ?? '';
  const topic = `plan.${SAME_TOPIC[name] ?? name}`;
  if (!i18n.exists(`help.topic.${topic}.title`)) return null;
  return helpButton(i18n, overlay, topic);
}

function optionLabel(i18n: I18n, option: ChoiceOption): HTMLElement {
  const span = el('span', 'option-text');
  span.appendChild(el('span', 'option-name', asLabel(textOf(i18n, option.label))));
  if (option.detail) span.appendChild(el('span', 'option-detail', textOf(i18n, option.detail)));
  return span;
}

/**
 * One control as real form elements: radio groups and checkbox lists in a fieldset with a legend,
 * selects and sliders with a label, every hint and cost tied to it for screen readers.
 */
export function renderControl(
  i18n: I18n,
  control: PlanControl,
  onEdit: (patch: DecisionsPatch, control: PlanControl) => void,
  overlay?: HTMLElement,
): HTMLElement {
  const wrap = buildControl(i18n, control, onEdit);
  // After the control in reading order; drawn at its top right corner, beside its name (outside
  // any label, so a click on it never ticks a box).
  const help = controlHelp(i18n, overlay, control);
  if (help) {
    wrap.classList.add('has-help');
    help.classList.add('control-help');
    wrap.appendChild(help);
  }
  return wrap;
}

function buildControl(
  i18n: I18n,
  control: PlanControl,
  onEdit: (patch: DecisionsPatch, control: PlanControl) => void,
): HTMLElement {
  const label = asLabel(textOf(i18n, control.label));
  const wrap = el('div', `control control-${control.kind}`);
  wrap.dataset.control = control.id;

  if (control.kind === 'choice' && control.display === 'radio') {
    const fieldset = el('fieldset');
    fieldset.appendChild(el('legend', undefined, label));
    const name = nextId(control.id);
    const options = el('div', 'options');
    for (const option of control.options) {
      const row = el('label', 'option');
      const input = el('input');
      input.type = 'radio';
      input.name = name;
      input.value = option.value;
      input.checked = option.value === control.value;
      input.dataset.name = `${control.id}=${option.value}`;
      input.addEventListener(
        'change',
        () => input.checked && onEdit(control.patch(option.value), control),
      );
      row.append(input, optionLabel(i18n, option));
      options.appendChild(row);
    }
    fieldset.appendChild(options);
    wrap.appendChild(fieldset);
    fieldset.setAttribute('aria-describedby', describe(i18n, control, wrap));
    return wrap;
  }

  if (control.kind === 'multi') {
    const fieldset = el('fieldset');
    fieldset.appendChild(el('legend', undefined, label));
    const options = el('div', 'options');
    const chosen = new Set(control.value);
    const inputs: HTMLInputElement[] = [];
    // At the limit the unticked boxes rest until one is unticked; the hint below says why.
    const capAt = () => {
      const full = control.max !== null && chosen.size >= control.max;
      for (const box of inputs) box.disabled = full && !box.checked;
    };
    for (const option of control.options) {
      const row = el('label', 'option');
      const input = el('input');
      input.type = 'checkbox';
      input.value = option.value;
      input.checked = chosen.has(option.value);
      input.dataset.name = `${control.id}=${option.value}`;
      input.addEventListener('change', () => {
        if (input.checked) chosen.add(option.value);
        else chosen.delete(option.value);
        capAt();
        // Keep the catalogue's order, whatever order they were ticked in.
        const value = control.options.map((o) => o.value).filter((v) => chosen.has(v));
        onEdit(control.patch(value), control);
      });
      inputs.push(input);
      row.append(input, optionLabel(i18n, option));
      options.appendChild(row);
    }
    capAt();
    fieldset.appendChild(options);
    wrap.appendChild(fieldset);
    if (control.max !== null)
      wrap.appendChild(el('p', 'hint', i18n.t('game.plan.chooseUpTo', { max: control.max })));
    fieldset.setAttribute('aria-describedby', describe(i18n, control, wrap));
    return wrap;
  }

  const id = nextId(control.id);
  if (control.kind === 'choice') {
    const labelEl = el('label', 'control-label', label);
    labelEl.htmlFor = id;
    const select = el('select');
    select.id = id;
    select.dataset.name = control.id;
    for (const option of control.options) {
      const o = el('option', undefined, asLabel(textOf(i18n, option.label)));
      o.value = option.value;
      o.selected = option.value === control.value;
      select.appendChild(o);
    }
    select.addEventListener('change', () => onEdit(control.patch(select.value), control));
    wrap.append(labelEl, select);
    select.setAttribute('aria-describedby', describe(i18n, control, wrap));
    return wrap;
  }

  if (control.kind === 'toggle') {
    const row = el('label', 'option toggle');
    const input = el('input');
    input.type = 'checkbox';
    input.id = id;
    input.checked = control.value;
    input.dataset.name = control.id;
    input.addEventListener('change', () => onEdit(control.patch(input.checked), control));
    row.append(input, el('span', 'option-name', label));
    wrap.appendChild(row);
    input.setAttribute('aria-describedby', describe(i18n, control, wrap));
    return wrap;
  }

  // A number on a slider, its value spoken and shown beside it.
  const head = el('div', 'control-head');
  const labelEl = el('label', 'control-label', label);
  labelEl.htmlFor = id;
  const output = el('output', 'control-value', formatNumber(i18n, control, control.value));
  output.htmlFor.add(id);
  head.append(labelEl, output);
  const input = el('input');
  input.type = 'range';
  input.id = id;
  input.min = String(control.min);
  input.max = String(control.max);
  input.step = String(control.step);
  input.value = String(control.value);
  input.dataset.name = control.id;
  const speak = () => {
    const text = formatNumber(i18n, control, Number(input.value));
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  speak();
  input.addEventListener('input', () => {
    speak();
    onEdit(control.patch(Number(input.value)), control);
  });
  wrap.append(head, input);
  input.setAttribute('aria-describedby', describe(i18n, control, wrap));
  return wrap;
}

/** A group of controls with its heading (focusable, so selecting on the map can move there). */
export function renderGroup(
  i18n: I18n,
  group: ControlGroup,
  onEdit: (patch: DecisionsPatch, control: PlanControl) => void,
  overlay?: HTMLElement,
): HTMLElement {
  const section = el('section', 'control-group');
  section.dataset.name = `group.${group.id}`;
  const heading = el('h3', undefined, asLabel(textOf(i18n, group.title)));
  heading.tabIndex = -1;
  heading.id = nextId(group.id);
  section.setAttribute('aria-labelledby', heading.id);
  section.appendChild(heading);
  if (group.note) section.appendChild(el('p', 'group-note', textOf(i18n, group.note)));
  for (const control of group.controls)
    section.appendChild(renderControl(i18n, control, onEdit, overlay));
  return section;
}
