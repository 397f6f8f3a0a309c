/** Written into long Dutch compounds in the locale files where a word may be split. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * `text` with each word wider than `width` split at its soft hyphens (as few splits as fit),
 * each split shown as a hyphen and a new line, the hyphen counted in the line's width; a word's own hyphen (`bagage-afgifte`) is a place
 * to split too, kept as it is. Words that fit, or have nowhere to split, stay as they are (a
 * soft hyphen itself draws as nothing). `measure` gives a string's drawn width.
 */
export function breakAtSoftHyphens(
  text: string,
  width: number,
  measure: (s: string) => number,
): string {
  return text
    .split(' ')
    .map((word) => {
      const whole = word.split(SOFT_HYPHEN).join('');
      const hyphen = /-(?=.)/;
      if (!(word.includes(SOFT_HYPHEN) || hyphen.test(word)) || measure(whole) <= width)
        return word;
      // Parts end where the word may split: at a soft hyphen (dropped), or after a hyphen (kept).
      const [first = '', ...parts] = word.split(/\u00AD|(?<=-)(?=.)/u);
      const lines: string[] = [];
      let line = first;
      for (const [i, part] of parts.entries()) {
        // A line that may still be split after this part needs room for the hyphen it would get.
        const after = i === parts.length - 1 || part.endsWith('-') ? '' : '-';
        if (measure(`${line}${part}${after}`) <= width) line += part;
        else {
          lines.push(line.endsWith('-') ? line : `${line}-`);
          line = part;
        }
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join(' ');
}
