import type Phaser from 'phaser';

/** Which picture a channel gets, from its id (scenarios name channels freely; unknown → kind). */
export function channelIconKind(id: string, kind: 'digital' | 'human'): string {
  const lower = id.toLowerCase();
  for (const [match, icon] of [
    ['app', 'app'],
    ['web', 'web'],
    ['call', 'phone'],
    ['phone', 'phone'],
    ['chat', 'chat'],
    ['mail', 'mail'],
    ['social', 'social'],
    ['desk', 'desk'],
    ['reception', 'desk'],
    ['kiosk', 'kiosk'],
    ['crew', 'person'],
    ['staff', 'person'],
  ] as const)
    if (lower.includes(match)) return icon;
  return kind === 'human' ? 'person' : 'web';
}

/** A channel icon drawn with Phaser graphics, centred on (x, y), about `s` pixels across. */
export function drawChannelIcon(
  g: Phaser.GameObjects.Graphics,
  icon: string,
  x: number,
  y: number,
  s: number,
  color: number,
): void {
  const u = s / 20;
  g.fillStyle(color, 1);
  g.lineStyle(1.8 * u, color, 1);
  switch (icon) {
    case 'app':
      g.strokeRoundedRect(x - 5 * u, y - 9 * u, 10 * u, 18 * u, 2 * u);
      g.fillCircle(x, y + 6 * u, 1.2 * u);
      break;
    case 'phone':
      g.fillRoundedRect(x - 8 * u, y - 8 * u, 5 * u, 6 * u, 1.5 * u);
      g.fillRoundedRect(x + 3 * u, y + 2 * u, 6 * u, 5 * u, 1.5 * u);
      g.lineBetween(x - 5 * u, y - 3 * u, x + 4 * u, y + 4 * u);
      break;
    case 'chat':
      g.strokeRoundedRect(x - 9 * u, y - 7 * u, 18 * u, 12 * u, 3 * u);
      g.fillTriangle(x - 4 * u, y + 5 * u, x + 1 * u, y + 5 * u, x - 5 * u, y + 9 * u);
      break;
    case 'mail':
      g.strokeRect(x - 9 * u, y - 6 * u, 18 * u, 12 * u);
      g.lineBetween(x - 9 * u, y - 6 * u, x, y + 1 * u);
      g.lineBetween(x + 9 * u, y - 6 * u, x, y + 1 * u);
      break;
    case 'social':
      g.fillCircle(x - 6 * u, y, 2.6 * u);
      g.fillCircle(x + 6 * u, y - 6 * u, 2.6 * u);
      g.fillCircle(x + 6 * u, y + 6 * u, 2.6 * u);
      g.lineBetween(x - 6 * u, y, x + 6 * u, y - 6 * u);
      g.lineBetween(x - 6 * u, y, x + 6 * u, y + 6 * u);
      break;
    case 'desk':
      g.fillCircle(x, y - 5 * u, 3.5 * u);
      g.fillRect(x - 10 * u, y + 1 * u, 20 * u, 3 * u);
      g.fillRect(x - 8 * u, y + 4 * u, 3 * u, 6 * u);
      g.fillRect(x + 5 * u, y + 4 * u, 3 * u, 6 * u);
      break;
    case 'kiosk':
      g.strokeRect(x - 6 * u, y - 9 * u, 12 * u, 10 * u);
      g.fillRect(x - 1.5 * u, y + 1 * u, 3 * u, 7 * u);
      g.fillRect(x - 6 * u, y + 8 * u, 12 * u, 2 * u);
      break;
    case 'person':
      g.fillCircle(x, y - 5 * u, 4 * u);
      g.fillRoundedRect(x - 7 * u, y + 1 * u, 14 * u, 9 * u, 4 * u);
      break;
    default:
      g.strokeCircle(x, y, 8.5 * u);
      g.lineBetween(x - 8.5 * u, y, x + 8.5 * u, y);
      g.strokeEllipse(x, y, 8 * u, 17 * u);
  }
}

const PILLAR_PATHS: Record<string, string> = {
  // A target: the promise aimed at.
  strategy:
    'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zm0 4a6 6 0 1 1 0 12a6 6 0 1 1 0-12zm0 4a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  // An ear: listening to customers.
  understanding:
    'M12 2c-4.4 0-7 3-7 7h3c0-2.3 1.5-4 4-4s4 1.7 4 4c0 3-4 3.5-4 7.5c0 1.4-.8 2.5-2 2.5s-2-.6-2-1.5H5c0 2.6 2 4.5 5 4.5c3 0 5-2.2 5-5.5c0-2.5 4-3.5 4-7.5c0-4-2.6-7-7-7z',
  // Bars: measuring.
  metrics: 'M3 20h18v2H3zM5 11h3v8H5zm5.5-5h3v13h-3zM16 14h3v5h-3z',
  // A path with stops: the journey.
  journey:
    'M5 3a3 3 0 1 0 0 6a3 3 0 1 0 0-6zm14 12a3 3 0 1 0 0 6a3 3 0 1 0 0-6zM6 10h8a3 3 0 0 1 0 6H9v-2h5a1 1 0 0 0 0-2H6zm12 7v2h-9v-2z',
  // A sitting council.
  governance: 'M12 2l10 5v2H2V7zM4 10h3v8H4zm6.5 0h3v8h-3zM17 10h3v8h-3zM2 19h20v3H2z',
  // Two people: the culture that delivers.
  culture:
    'M8 4a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zm8 1a3 3 0 1 0 0 6a3 3 0 1 0 0-6zM1 20c0-4 3-7 7-7s7 3 7 7zm14.5 0c0-2.6-.9-4.8-2.4-6.3c.9-.5 1.8-.7 2.9-.7c3.5 0 6 2.6 6 7z',
  // A lightning bolt: something happened.
  events: 'M13 2L4 14h6l-2 8l10-13h-6z',
};

/** A pillar icon as inline SVG for the DOM panel (decorative: the tab's text names it). */
export function pillarIconSvg(pillar: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PILLAR_PATHS[pillar] ?? PILLAR_PATHS.events!);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  return svg;
}
