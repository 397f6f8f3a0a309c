import type Phaser from 'phaser';
import { pageBoundsOf, type Rect } from '../namedObjects';

/** The DOM control named `name` (`data-name`), when there is one and it is not a hidden proxy. */
export function namedElement(root: ParentNode, name: string): HTMLElement | null {
  const el = root.querySelector<HTMLElement>(`[data-name="${CSS.escape(name)}"]`);
  return el && !el.closest('[hidden]') ? el : null;
}

/**
 * Where the control named `name` is now, in viewport pixels: a canvas object's live bounds (from
 * the named-object registry), else the DOM control's box (a radio or checkbox: its whole label).
 * Read every frame, so it follows layout, resizing and text-size changes without fixed pixels.
 */
export function liveBounds(game: Phaser.Game, root: ParentNode, name: string): Rect | null {
  const page = pageBoundsOf(game, name);
  if (page) return { ...page, x: page.x - window.scrollX, y: page.y - window.scrollY };
  const el = namedElement(root, name);
  if (!el || el.classList.contains('proxy-button')) return null;
  const box = (el.closest('label') ?? el).getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return null;
  return { x: box.left, y: box.top, width: box.width, height: box.height };
}
