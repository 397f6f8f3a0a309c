import type { Page } from 'playwright-core';
import type { TextReport } from '../../src/testing/textReport';
import type { Rect } from '../../src/ui/namedObjects';

/** One DOM text as drawn: its element, rendered font size and where it falls outside its frame. */
export interface DomText {
  text: string;
  fontPx: number;
  role: 'caption' | 'content';
  /** How far (px) the text leaves its button or panel; 0 when it stays inside. */
  overflow: number;
  brokenWord: string | null;
  /** The box the text's lines cover, in page pixels. */
  bounds: Rect;
  /**
   * Drawn over the canvas on purpose (a dialog, the tutorial's coach): whatever it covers is
   * covered, not collided with.
   */
  layered: boolean;
  /** The face of the page button this text labels where it stands in for a canvas button. */
  button: Rect | null;
}

/** Every visible DOM text (not the screen-reader copies): size, role, fit and broken words. */
export function domTexts(page: Page): Promise<DomText[]> {
  return page.evaluate(() => {
    // The caption step's size, as the page resolves it now.
    const probe = document.createElement('span');
    probe.style.fontSize = 'var(--font-size-small)';
    document.body.appendChild(probe);
    const captionPx = Number.parseFloat(getComputedStyle(probe).fontSize);
    probe.remove();
    const out: {
      text: string;
      fontPx: number;
      role: 'caption' | 'content';
      overflow: number;
      brokenWord: string | null;
      bounds: { x: number; y: number; width: number; height: number };
      layered: boolean;
      button: { x: number; y: number; width: number; height: number } | null;
    }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const el = node.parentElement;
      if (!text.trim() || !el) continue;
      if (el.closest('.visually-hidden, .proxy-button, title, desc, script, style')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      const style = getComputedStyle(el);
      let fontPx = Number.parseFloat(style.fontSize);
      // Text in an SVG is a chart's labelling (a caption), drawn at the SVG's scale.
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      if (svg?.viewBox.baseVal?.width) {
        fontPx *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      }
      // The box the text must stay in: its button, else its panel or dialog.
      const frame = el.closest('button, .game-button, .game-panel, .dialog, [role="dialog"]');
      let overflow = 0;
      if (frame) {
        const f = frame.getBoundingClientRect();
        // A panel that scrolls (or holds a scrolling part) shows the rest by scrolling: only its
        // sides bound the text then.
        let scrolls = false;
        for (let a: Element | null = el; a && !scrolls; a = a.parentElement) {
          const overflowY = getComputedStyle(a).overflowY;
          scrolls = /(auto|scroll)/.test(overflowY) && a.scrollHeight > a.clientHeight + 1;
          if (a === frame) break;
        }
        for (const r of rects) {
          overflow = Math.max(overflow, f.left - r.left, r.right - f.right);
          if (!scrolls) overflow = Math.max(overflow, f.top - r.top, r.bottom - f.bottom);
        }
      }
      // A word drawn on two lines without a hyphen at the split.
      let brokenWord: string | null = null;
      // A soft hyphen is part of its word: the browser may break there, and shows a hyphen.
      const word = /[\p{L}\p{N}\u00AD]{4,}/gu;
      for (let m = word.exec(text); m && rects.length > 1; m = word.exec(text)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1 && !m[0].includes('\u00AD')) {
          brokenWord = m[0];
          break;
        }
      }
      out.push({
        text: text.trim().slice(0, 80),
        fontPx,
        role: svg || fontPx <= captionPx + 0.01 ? 'caption' : 'content',
        overflow,
        brokenWord,
        bounds: (() => {
          let left = Math.min(...rects.map((r) => r.left));
          let top = Math.min(...rects.map((r) => r.top));
          let right = Math.max(...rects.map((r) => r.right));
          let bottom = Math.max(...rects.map((r) => r.bottom));
          // What a scrolling (or clipping) box hides is not on screen: only its visible part.
          for (let a: Element | null = el; a; a = a.parentElement) {
            const st = getComputedStyle(a);
            if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
            const c = a.getBoundingClientRect();
            left = Math.max(left, c.left);
            top = Math.max(top, c.top);
            right = Math.min(right, c.right);
            bottom = Math.min(bottom, c.bottom);
          }
          right = Math.max(left, right);
          bottom = Math.max(top, bottom);
          return {
            x: left + window.scrollX,
            y: top + window.scrollY,
            width: right - left,
            height: bottom - top,
          };
        })(),
        layered:
          !!el.closest('dialog, [role="dialog"], [data-name="coach"]') ||
          // Under an open modal's backdrop: covered, like the canvas.
          [...document.querySelectorAll('[aria-modal="true"], dialog[open]')].some(
            (modal) => modal.checkVisibility() && !modal.contains(el),
          ),
        button: (() => {
          const face = el.closest('.menu-button')?.getBoundingClientRect();
          return face
            ? {
                x: face.left + window.scrollX,
                y: face.top + window.scrollY,
                width: face.width,
                height: face.height,
              }
            : null;
        })(),
      });
    }
    return out;
  });
}

/** Whether a modal dialog is open: the screen under its backdrop is covered, not read. */
export function modalOpen(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-modal="true"], dialog[open]')].some((m) =>
      m.checkVisibility(),
    ),
  );
}

/** Every visible canvas text, from the test build's hook. */
export function canvasTexts(page: Page): Promise<TextReport[]> {
  return page.evaluate(() => window.__nba.engine.texts());
}

/** How far `inner` leaves `outer`, in px (0 when inside). */
export function overflowOf(inner: Rect, outer: Rect): number {
  return Math.max(
    0,
    outer.x - inner.x,
    outer.y - inner.y,
    inner.x + inner.width - (outer.x + outer.width),
    inner.y + inner.height - (outer.y + outer.height),
  );
}

/** How far two boxes cover each other: the smaller of the shared width and height (0 apart). */
export function overlapOf(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, Math.min(w, h));
}

const sameRect = (a: Rect | null, b: Rect): boolean =>
  !!a &&
  Math.abs(a.x - b.x) < 0.5 &&
  Math.abs(a.y - b.y) < 0.5 &&
  Math.abs(a.width - b.width) < 0.5 &&
  Math.abs(a.height - b.height) < 0.5;

const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;

/**
 * Texts that run into each other or into a button they do not label: every pair of visible
 * texts (canvas with canvas, canvas with DOM) whose boxes share more than `tolerance` px both ways, and every text
 * over a button's face that is not that button's own label (canvas buttons, and the page buttons
 * that stand in for them: the title's menu). DOM drawn over the canvas on purpose (dialogs, the
 * coach) is left out: it covers what lies under it.
 */
export function overlapProblems(
  canvas: readonly TextReport[],
  dom: readonly (Pick<DomText, 'text' | 'bounds' | 'layered'> & { button?: Rect | null })[] = [],
  tolerance = 2,
): string[] {
  const problems: string[] = [];
  const buttons: { face: Rect; label: string }[] = [];
  const addButton = (face: Rect | null | undefined, label: string) => {
    if (face && !buttons.some((b) => sameRect(face, b.face))) buttons.push({ face, label });
  };
  for (const t of canvas) if (t.frameKind === 'button') addButton(t.frame, t.text);
  for (const t of dom) if (!t.layered) addButton(t.button, t.text);
  // A canvas text by its lines' boxes: a name's short last line may share a row with a figure.
  const texts = [
    ...canvas.map((t) => ({
      text: t.text,
      boxes: t.lines.length ? t.lines : [t.bounds],
      button: t.frameKind === 'button' ? t.frame : null,
    })),
    ...dom
      .filter((t) => !t.layered)
      .map((t) => ({ text: t.text, boxes: [t.bounds], button: t.button ?? null })),
  ];
  const covers = (a: readonly Rect[], b: readonly Rect[]) =>
    a.some((x) => b.some((y) => overlapOf(x, y) > tolerance));
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i]!;
    // The page's own flow keeps DOM texts apart (and a wrapped line's box is not its ink), so
    // a DOM text is checked against the canvas only.
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j]!;
      if (i >= canvas.length) break;
      if (covers(a.boxes, b.boxes)) problems.push(`${quote(a.text)} overlaps ${quote(b.text)}`);
    }
    for (const { face, label } of buttons) {
      if (sameRect(a.button, face)) continue;
      if (covers(a.boxes, [face]))
        problems.push(`${quote(a.text)} runs into the button ${quote(label)}`);
    }
  }
  return problems;
}
