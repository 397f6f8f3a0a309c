/**
 * Canonical JSON: object keys sorted, so equal data always gives the same text. Written out by
 * hand (no `map`/`join`, a key's quoted form reused) because hashing a whole game record is a fifth
 * of a `sim`; the text is exactly what `JSON.stringify` of the sorted data gives.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      // A hole in a sparse array writes nothing, as `map` then `join` did.
      if (value[i] !== undefined || i in value) text += canonicalJson(value[i]);
    }
    return text + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let text = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    if (!first) text += ',';
    first = false;
    text += quotedKey(k) + ':' + canonicalJson(v);
  }
  return text + '}';
}

/** Keys repeat across a record (every quarter has the same fields): quote each once. */
const quoted = new Map<string, string>();
function quotedKey(key: string): string {
  let q = quoted.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (quoted.size < 10_000) quoted.set(key, q);
  }
  return q;
}

/** Two independent 32-bit FNV-1a hashes of a text, as 16 hex digits. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
