import type { Rect } from '../namedObjects';

export interface Obstacle extends Rect {
  /** How much covering it matters: a control 1, a panel's empty space less. */
  weight: number;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the coach's card goes: beside the control it points at, never over it, inside the
 * window, covering as little of the other controls as it can (nearer the control on a tie).
 * Pure, so it is unit-tested; the coach calls it with the live bounds of everything on screen.
 */
export function placeCard(
  target: Rect | null,
  card: { width: number; height: number },
  view: { width: number; height: number },
  obstacles: readonly Obstacle[],
  gap = 12,
): { x: number; y: number } {
  const { width: w, height: h } = card;
  const maxX = Math.max(gap, view.width - w - gap);
  const maxY = Math.max(gap, view.height - h - gap);
  const clamp = (p: { x: number; y: number }) => ({
    x: Math.max(gap, Math.min(maxX, p.x)),
    y: Math.max(gap, Math.min(maxY, p.y)),
  });
  const candidates: { x: number; y: number }[] = [];
  if (target) {
    const t = target;
    const ys = [t.y, t.y + t.height / 2 - h / 2, t.y + t.height - h];
    const xs = [t.x, t.x + t.width / 2 - w / 2, t.x + t.width - w];
    for (const y of ys)
      candidates.push({ x: t.x - w - gap * 2, y }, { x: t.x + t.width + gap * 2, y });
    for (const x of xs)
      candidates.push({ x, y: t.y + t.height + gap * 2 }, { x, y: t.y - h - gap * 2 });
  }
  candidates.push(
    { x: gap, y: maxY },
    { x: maxX, y: maxY },
    { x: gap, y: gap },
    { x: maxX, y: gap },
    { x: (view.width - w) / 2, y: maxY },
  );
  const centre = target
    ? { x: target.x + target.width / 2, y: target.y + target.height / 2 }
    : { x: view.width / 2, y: view.height };
  let best: { x: number; y: number } | null = null;
  let bestScore = Infinity;
  for (const raw of candidates) {
    const p = clamp(raw);
    const box = { x: p.x, y: p.y, width: w, height: h };
    const margin = gap / 2;
    if (
      target &&
      overlap(box, {
        x: target.x - margin,
        y: target.y - margin,
        width: target.width + margin * 2,
        height: target.height + margin * 2,
      }) > 0
    )
      continue;
    let covered = 0;
    for (const o of obstacles) covered += o.weight * overlap(box, o);
    const distance = Math.hypot(p.x + w / 2 - centre.x, p.y + h / 2 - centre.y);
    // Covering a control outweighs any distance; distance only breaks ties.
    const score = covered * 1000 + distance;
    if (score < bestScore) [best, bestScore] = [p, score];
  }
  return best ?? clamp({ x: (view.width - w) / 2, y: view.height - h - gap });
}
