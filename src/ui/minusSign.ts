/**
 * Intl writes a negative number with a hyphen-minus in English and Dutch ("-38"); the game prints
 * the real minus sign (U+2212), as its texts do ("−100 to +100"): wider and level with the digits,
 * legible on a projector, and read as "minus" by screen readers.
 */
export function withMinusSign(text: string): string {
  return text.replace(/-(?=\d)/g, '\u2212');
}
