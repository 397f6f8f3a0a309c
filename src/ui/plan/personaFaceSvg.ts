import type { Persona } from '../../engine';

const NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A friendly flat portrait drawn from the persona's face parameters (no image files). */
export function personaFaceSvg(face: Persona['face'], size: number): SVGSVGElement {
  const svg = el('svg', {
    viewBox: '0 0 100 100',
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
  }) as SVGSVGElement;
  svg.appendChild(el('circle', { cx: 50, cy: 50, r: 50, fill: '#e6eff6' }));
  // Shoulders and shirt.
  svg.appendChild(el('path', { d: 'M14 100 Q18 74 50 72 Q82 74 86 100 Z', fill: face.shirt }));
  svg.appendChild(el('rect', { x: 43, y: 60, width: 14, height: 14, rx: 4, fill: face.skin }));
  if (face.hairStyle === 'long')
    svg.appendChild(
      el('path', { d: 'M26 44 Q26 18 50 18 Q74 18 74 44 L76 74 L24 74 Z', fill: face.hair }),
    );
  svg.appendChild(el('ellipse', { cx: 50, cy: 44, rx: 20, ry: 23, fill: face.skin }));
  const hair: Record<string, string> = {
    short: 'M30 40 Q30 20 50 20 Q70 20 70 40 Q62 30 50 30 Q38 30 30 40 Z',
    long: 'M29 44 Q29 20 50 20 Q71 20 71 44 Q64 30 50 29 Q36 30 29 44 Z',
    bun: 'M30 40 Q30 21 50 21 Q70 21 70 40 Q62 30 50 30 Q38 30 30 40 Z M42 17 a8 7 0 1 0 16 0 a8 7 0 1 0 -16 0',
    curly: 'M28 42 Q24 30 32 24 Q36 14 48 17 Q58 12 66 20 Q76 26 72 42 Q64 30 50 31 Q36 30 28 42 Z',
    bald: 'M31 36 Q34 26 40 24 Q34 30 33 38 Z',
  };
  svg.appendChild(el('path', { d: hair[face.hairStyle] ?? hair.short!, fill: face.hair }));
  if (face.beard)
    svg.appendChild(
      el('path', {
        d: 'M32 48 Q34 68 50 68 Q66 68 68 48 Q62 58 50 58 Q38 58 32 48 Z',
        fill: face.hair,
      }),
    );
  svg.appendChild(el('circle', { cx: 42, cy: 45, r: 2.4, fill: '#1d2739' }));
  svg.appendChild(el('circle', { cx: 58, cy: 45, r: 2.4, fill: '#1d2739' }));
  svg.appendChild(
    el('path', {
      d: 'M43 55 Q50 60 57 55',
      stroke: '#1d2739',
      'stroke-width': 2,
      fill: 'none',
      'stroke-linecap': 'round',
    }),
  );
  if (face.glasses) {
    svg.appendChild(
      el('circle', { cx: 42, cy: 45, r: 6, stroke: '#1d2739', 'stroke-width': 1.8, fill: 'none' }),
    );
    svg.appendChild(
      el('circle', { cx: 58, cy: 45, r: 6, stroke: '#1d2739', 'stroke-width': 1.8, fill: 'none' }),
    );
    svg.appendChild(
      el('line', { x1: 48, y1: 45, x2: 52, y2: 45, stroke: '#1d2739', 'stroke-width': 1.8 }),
    );
  }
  return svg;
}
