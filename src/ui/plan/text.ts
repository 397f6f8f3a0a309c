import type { I18n } from '../../i18n';
import type { Text } from '../viewModels/planControls';

/** A view-model text in the current language. */
export function textOf(i18n: I18n, text: Text): string {
  return i18n.t(text.key, text.params ?? {});
}

/** Upper-cases the first letter: names written for use inside sentences ("the app") as labels. */
export function asLabel(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
