/** Calls `handler` when Escape is pressed and nothing else (an open dialog) has taken it. */
export function onEscapeKey(handler: () => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    handler();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}
