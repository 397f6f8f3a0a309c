import type { z } from 'zod';
import type { FaceSchema } from '../engine';

export type Face = z.infer<typeof FaceSchema>;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Hair drawn behind the head (long hair, bun) and on top of it (the hairline). */
function hair(face: Face): { back: string; front: string } {
  const c = face.hair;
  switch (face.hairStyle) {
    case 'long':
      return {
        back: `<path d="M26 44 Q26 16 50 16 Q74 16 74 44 L76 78 L24 78 Z" fill="${c}"/>`,
        front: `<path d="M29 42 Q31 20 50 20 Q69 20 71 42 Q60 30 50 30 Q40 30 29 42 Z" fill="${c}"/>`,
      };
    case 'bun':
      return {
        back: `<circle cx="50" cy="14" r="9" fill="${c}"/>`,
        front: `<path d="M29 42 Q30 20 50 20 Q70 20 71 42 Q62 29 50 29 Q38 29 29 42 Z" fill="${c}"/>`,
      };
    case 'curly':
      return {
        back: '',
        front: [22, 30, 38, 46, 54, 62, 70]
          .map((x, i) => `<circle cx="${x + 4}" cy="${i % 2 ? 24 : 28}" r="8" fill="${c}"/>`)
          .join(''),
      };
    case 'short':
      return {
        back: '',
        front: `<path d="M29 40 Q29 19 50 19 Q71 19 71 40 Q66 28 50 28 Q34 28 29 40 Z" fill="${c}"/>`,
      };
    case 'bald':
      return {
        back: '',
        front: `<path d="M29 46 Q29 38 31 36 L31 48 Z M71 46 Q71 38 69 36 L69 48 Z" fill="${c}"/>`,
      };
  }
}

/**
 * A persona's face as SVG markup, drawn from the scenario's face parameters (no image files), for
 * DOM panels such as the briefing. `label` (a translated name) becomes the accessible name.
 */
export function personaFace(face: Face, label: string, size = 96): string {
  const h = hair(face);
  const eyes =
    '<circle cx="41" cy="47" r="2.6" fill="#222"/><circle cx="59" cy="47" r="2.6" fill="#222"/>';
  const glasses = face.glasses
    ? '<g fill="none" stroke="#333" stroke-width="2"><circle cx="41" cy="47" r="7"/><circle cx="59" cy="47" r="7"/><path d="M48 47 H52"/></g>'
    : '';
  const beard = face.beard
    ? `<path d="M32 54 Q34 76 50 78 Q66 76 68 54 Q60 66 50 66 Q40 66 32 54 Z" fill="${face.hair}"/>`
    : '';
  // Lines around the eyes and a softer mouth with age: enough to tell a student from a retiree.
  const lines =
    face.age >= 50
      ? '<g fill="none" stroke="#000" stroke-opacity="0.25" stroke-width="1.2"><path d="M31 45 l-3 -2 M31 49 l-3 2 M69 45 l3 -2 M69 49 l3 2"/><path d="M40 37 H47 M53 37 H60"/></g>'
      : '';
  const mouth = `<path d="M42 ${face.beard ? 62 : 60} Q50 ${face.age >= 50 ? 64 : 66} 58 ${face.beard ? 62 : 60}" fill="none" stroke="#5a2d2d" stroke-width="2.2" stroke-linecap="round"/>`;
  const name = escapeXml(label);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${size}" height="${size}" role="img" aria-label="${name}">`,
    `<title>${name}</title>`,
    '<circle cx="50" cy="50" r="50" fill="#eef2f5"/>',
    h.back,
    `<path d="M18 100 Q20 76 50 74 Q80 76 82 100 Z" fill="${face.shirt}"/>`,
    `<rect x="44" y="64" width="12" height="12" fill="${face.skin}"/>`,
    `<ellipse cx="50" cy="46" rx="21" ry="25" fill="${face.skin}"/>`,
    h.front,
    lines,
    eyes,
    glasses,
    beard,
    mouth,
    '</svg>',
  ].join('');
}
