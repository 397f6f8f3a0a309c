import type { Persona } from '../../engine';
import { personaFace } from '../personaFace';

/**
 * The persona's face (drawn by `personaFace`) as an element for a DOM panel. The name is printed
 * beside it, so here the picture is decorative and hidden from screen readers.
 */
export function personaFaceSvg(face: Persona['face'], size: number): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(personaFace(face, '', size), 'image/svg+xml');
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  svg.removeAttribute('role');
  svg.removeAttribute('aria-label');
  svg.querySelector('title')?.remove();
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  return svg;
}
