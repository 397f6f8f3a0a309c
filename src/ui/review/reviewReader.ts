/**
 * Every figure of the Review screen as real DOM text (visually hidden): the canvas draws the
 * charts, screen readers get the same numbers as headings and lists.
 */
export interface ReaderSection {
  heading: string;
  lines: string[];
}

export function renderReviewReader(
  container: HTMLElement,
  title: string,
  sections: ReaderSection[],
): void {
  const heading = document.createElement('h1');
  heading.textContent = title;
  const parts: HTMLElement[] = [heading];
  for (const section of sections) {
    const h = document.createElement('h2');
    h.textContent = section.heading;
    const list = document.createElement('ul');
    for (const line of section.lines) {
      const li = document.createElement('li');
      li.textContent = line;
      list.appendChild(li);
    }
    parts.push(h, list);
  }
  container.replaceChildren(...parts);
}
