/** Small DOM helpers for the debrief report: elements, translated labels and formatted numbers. */
import type { I18n } from '../../i18n';
import type { Cell } from '../viewModels/debriefModel';
import { printedNumber } from '../minusSign';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

export interface Speaker {
  t(key: string, params?: Record<string, string | number>): string;
  number(value: number, digits: number, signed?: boolean): string;
}

/** Translation and number formatting in the current language (Dutch uses a decimal comma). */
export function speaker(i18n: I18n): Speaker {
  const formats = new Map<string, Intl.NumberFormat>();
  return {
    t: (key, params) => i18n.t(key, params ?? {}),
    number(value, digits, signed = false) {
      const id = `${digits}|${signed}`;
      let f = formats.get(id);
      if (!f) {
        f = new Intl.NumberFormat(i18n.language, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          signDisplay: signed ? 'exceptZero' : 'auto',
        });
        formats.set(id, f);
      }
      return printedNumber(f.format(value));
    },
  };
}

export function cellText(s: Speaker, cell: Cell): string {
  if ('empty' in cell) return '';
  if ('key' in cell) return s.t(cell.key, cell.params);
  return s.number(cell.num, cell.digits, cell.signed) + (cell.unit ?? '');
}
