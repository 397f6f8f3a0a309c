/**
 * A number Intl has written, as the game prints it. Intl writes a negative number with a
 * hyphen-minus in English and Dutch ("-38"); the game prints the real minus sign (U+2212), as its
 * texts do ("−100 to +100"): wider and level with the digits, legible on a projector, and read as
 * "minus" by screen readers. A value that rounds to zero gets no sign: Intl writes −0.003 at two
 * decimals as "-0.00", which reads as a negative value where there is none.
 */
export function printedNumber(text: string): string {
  const signed = /^-[^1-9]*$/.test(text) ? text.slice(1) : text;
  return signed.replace(/-(?=\d)/g, '\u2212');
}
