/** How many characters of a value a message quotes: enough to recognise it, never a whole 1 MB string. */
export const QUOTE_MAX = 60;

/** A string cut to QUOTE_MAX characters, with its full length when it was longer. */
export function cutText(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length.toLocaleString('en')} characters)`;
}

/** A value as a message shows it: a number as written, a string quoted and cut, a list or object by its size. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${cutText(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (Array.isArray(value)) return `a list of ${value.length.toLocaleString('en')}`;
  if (typeof value === 'object')
    return `an object with ${Object.keys(value).length.toLocaleString('en')} field(s)`;
  return typeof value;
}

/** The value at a path in parsed JSON, or undefined; only the data's own fields are followed. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
