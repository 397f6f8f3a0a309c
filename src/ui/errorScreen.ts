export interface ErrorTexts {
  title: string;
  body: string;
  reload: string;
}

/** Browser noise that is not a failure of the game. */
const HARMLESS = [/ResizeObserver loop/];

/**
 * Nothing crashes to a blank screen: an uncaught error or rejected promise shows a calm message
 * (in the player's language) with a way to reload. The error is still logged for developers.
 */
export function installErrorScreen(texts: () => ErrorTexts): void {
  let shown = false;
  const show = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (HARMLESS.some((pattern) => pattern.test(message))) return;
    console.error(error);
    if (shown) return;
    shown = true;
    let copy: ErrorTexts;
    try {
      copy = texts();
    } catch {
      copy = {
        title: 'Something went wrong',
        body: 'The game ran into a problem it could not recover from.',
        reload: 'Reload the game',
      };
    }
    const panel = document.createElement('div');
    panel.className = 'error-screen';
    panel.setAttribute('role', 'alert');
    const heading = document.createElement('h1');
    heading.textContent = copy.title;
    const body = document.createElement('p');
    body.textContent = copy.body;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button button-primary';
    reload.textContent = copy.reload;
    reload.addEventListener('click', () => window.location.reload());
    panel.append(heading, body, reload);
    document.body.appendChild(panel);
    reload.focus();
  };
  window.addEventListener('error', (event) => show(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show(event.reason));
}
