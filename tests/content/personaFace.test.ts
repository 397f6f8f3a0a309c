import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { personaFace, type Face } from '../../src/ui/personaFace';

/** Well-formed XML, checked by hand (no DOM in unit tests): quoted attributes, balanced tags. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    if (lt < 0) break;
    if (/[<>]/.test(svg.slice(i, lt).replace(/&(lt|gt|amp|quot|apos);/g, ''))) return false;
    tag.lastIndex = lt;
    const m = tag.exec(svg);
    if (!m) return false;
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!selfClose) stack.push(name!);
    i = tag.lastIndex;
  }
  return stack.length === 0 && svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"');
}

const base: Face = {
  skin: '#f1c27d',
  hair: '#3b2a20',
  hairStyle: 'short',
  glasses: false,
  beard: false,
  shirt: '#0072b2',
  age: 30,
};

describe('personaFace', () => {
  it('draws well-formed SVG with an accessible, escaped name', () => {
    const svg = personaFace(base, 'Anna & "Ben" <3');
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('aria-label="Anna &amp; &quot;Ben&quot; &lt;3"');
    expect(svg).toContain('<title>Anna &amp; &quot;Ben&quot; &lt;3</title>');
    expect(wellFormed('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toBe(false);
  });

  it('is a pure function of its parameters', () => {
    expect(personaFace({ ...base }, 'x')).toBe(personaFace(base, 'x'));
  });

  it('gives distinct faces for distinct parameters', () => {
    const variants: Face[] = [
      base,
      ...(['long', 'bun', 'curly', 'bald'] as const).map((hairStyle) => ({ ...base, hairStyle })),
      { ...base, glasses: true },
      { ...base, beard: true },
      { ...base, age: 70 },
      { ...base, skin: '#8d5524' },
      { ...base, hair: '#c0c0c0' },
      { ...base, shirt: '#d55e00' },
    ];
    const svgs = variants.map((f) => personaFace(f, 'same name'));
    for (const svg of svgs) expect(wellFormed(svg)).toBe(true);
    expect(new Set(svgs).size).toBe(variants.length);
  });

  it('draws every shipped persona, each one different', () => {
    const faces = ['airline', 'hotel', 'tutorial'].flatMap((id) => {
      const r = readLevelFile(`levels/${id}.json`);
      if (!r.ok) throw new Error(r.errors.join('\n'));
      return r.value.segments.flatMap((g) => g.personas.map((p) => personaFace(p.face, p.id)));
    });
    expect(faces.length).toBeGreaterThanOrEqual(9);
    for (const svg of faces) expect(wellFormed(svg)).toBe(true);
    const withoutName = faces.map((s) =>
      s.replace(/aria-label="[^"]*"|<title>[^<]*<\/title>/g, ''),
    );
    expect(new Set(withoutName).size).toBe(faces.length);
  });
});
