let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * How wide a text of the page is in a CSS font, measured on a canvas kept for it: no layout of
 * the page is forced. Null where the browser gives no 2D canvas (the caller picks its fallback).
 */
export function pageTextWidth(text: string, font: string): number | null {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) return null;
  measuring.font = font;
  return measuring.measureText(text).width;
}
