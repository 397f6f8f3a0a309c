/**
 * Intl writes a negative number with a hyphen-minus in English and Dutch ("-38"); the game prints
 * the real minus sign (U+2212), as its texts do ("−100 to +100"): wider and level with the digits,
 * legible on a projector, and read as "minus" by screen readers.
 */
export function withMinusSign(text: string): string {
  return text.replace(/-(?=\d)/g, '\u2212');
}

/**
 * A number Intl has written, as the game prints it: with the real minus sign, and without any
 * sign when it rounds to zero. Intl writes −0.003 at two decimals as "-0.00", which reads as a
 * negative value where there is none (a gap estimated at 0.00 shown as "−0.00").
 */
export function printedNumber(text: string): string {
  return withMinusSign(/^-[^1-9]*$/.test(text) ? text.slice(1) : text);
}
