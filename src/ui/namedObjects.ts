import type Phaser from 'phaser';

/** A rectangle in game (canvas) coordinates, or in page CSS pixels after `pageBoundsOf`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type BoundsSource = () => Rect | null;

/**
 * Interactive objects register under a stable name (`title.newGame`), so tests can click their
 * real position on the canvas and tools can point at them without guessing pixels.
 */
const named = new Map<string, BoundsSource>();

export function registerNamedObject(name: string, bounds: BoundsSource): () => void {
  named.set(name, bounds);
  return () => {
    if (named.get(name) === bounds) named.delete(name);
  };
}

export function namedObjectNames(): string[] {
  return [...named.keys()].sort();
}

/** Where a named object is on the page, in CSS pixels; null when it is not on screen. */
export function pageBoundsOf(game: Phaser.Game, name: string): Rect | null {
  const rect = named.get(name)?.();
  if (!rect) return null;
  const canvas = game.canvas.getBoundingClientRect();
  const scaleX = canvas.width / game.scale.width;
  const scaleY = canvas.height / game.scale.height;
  return {
    x: canvas.left + window.scrollX + rect.x * scaleX,
    y: canvas.top + window.scrollY + rect.y * scaleY,
    width: rect.width * scaleX,
    height: rect.height * scaleY,
  };
}
