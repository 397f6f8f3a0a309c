/** Small DOM helpers for the practice screen. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-')) node.setAttribute(k, v);
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

export function button(
  name: string,
  label: string,
  onClick: () => void,
  primary = false,
): HTMLButtonElement {
  const b = el('button', {
    type: 'button',
    class: primary ? 'button button-primary' : 'button',
    'data-name': name,
  });
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** The option letter for an index (A–D): the same in every language. */
export const letter = (i: number) => String.fromCharCode(65 + i);
