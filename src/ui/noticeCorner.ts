/**
 * The bottom-right corner where notices that can show at once (a new version, the title's word
 * about saving) stack one above the other instead of lying on top of each other.
 */
export function noticeCorner(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('.notice-corner');
  if (existing) return existing;
  const corner = document.createElement('div');
  corner.className = 'notice-corner';
  document.body.appendChild(corner);
  return corner;
}
