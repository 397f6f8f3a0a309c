/**
 * Text that is drawn on the canvas (which screen readers cannot see) mirrored as real, visually
 * hidden DOM text, so a screen reader hears the screen's heading and introduction too.
 */
export function createScreenReaderText<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = 'visually-hidden';
  parent.appendChild(element);
  return element;
}
