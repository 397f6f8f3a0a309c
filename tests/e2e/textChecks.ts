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
      });
    }
    return out;
  });
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
