import Phaser from 'phaser';
import type { Rect } from '../ui/namedObjects';
import { frameKindOf, frameOf, type FrameKind } from '../ui/textFrames';
import { fontRole } from '../ui/textStyle';

/** One visible canvas text, as a browser test sees it: sizes and boxes in page CSS pixels. */
export interface TextReport {
  scene: string;
  text: string;
  /** The drawn font size in CSS pixels (style size × object scale × canvas display scale). */
  fontPx: number;
  role: 'caption' | 'content';
  bounds: Rect;
  /** Each drawn line's own box (its measured width, where its alignment puts it). */
  lines: Rect[];
  /** The button, card or panel the text must stay inside, when one is registered. */
  frame: Rect | null;
  /** 'button' when the frame is the face of the button this text labels. */
  frameKind: FrameKind | null;
  /** A word the wrap split without a hyphen (`Housekeepin|g`), or null. */
  brokenWord: string | null;
  /** Lines the text has but does not draw (cut off by its `maxLines`). */
  hiddenLines: number;
}

/** Where the wrap split a word that has no hyphen at the split, or null when none. */
export function brokenWordIn(original: string, lines: readonly string[]): string | null {
  let cursor = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!.replace(/\s+$/, '');
    if (!line.trim()) continue;
    const at = original.indexOf(line.trimStart(), cursor);
    if (at < 0) return null;
    const end = at + line.trimStart().length;
    cursor = end;
    const next = original[end];
    if (next === undefined || /\s/.test(next)) continue;
    if (/[-\u00AD\u2010\u2013/]$/.test(line)) continue;
    const head = line.split(/\s/).pop() ?? '';
    const tail = (lines[i + 1] ?? '').trimStart().split(/\s/)[0] ?? '';
    return `${head}|${tail}`;
  }
  return null;
}

function shownInWorld(object: Phaser.GameObjects.GameObject): boolean {
  let current: Phaser.GameObjects.GameObject | null = object;
  while (current) {
    const o = current as Phaser.GameObjects.GameObject & { visible?: boolean; alpha?: number };
    if (o.visible === false || o.alpha === 0) return false;
    current = current.parentContainer;
  }
  return true;
}

function textsIn(list: Phaser.GameObjects.GameObject[], out: Phaser.GameObjects.Text[]): void {
  for (const object of list) {
    if (object instanceof Phaser.GameObjects.Text) out.push(object);
    else if (object instanceof Phaser.GameObjects.Container) textsIn(object.list, out);
  }
}

/** Every text on screen in every running scene, as the player sees it. */
export function visibleTexts(game: Phaser.Game): TextReport[] {
  const canvas = game.canvas.getBoundingClientRect();
  const sx = canvas.width / game.scale.width;
  const sy = canvas.height / game.scale.height;
  const toPage = (r: Rect): Rect => ({
    x: canvas.left + window.scrollX + r.x * sx,
    y: canvas.top + window.scrollY + r.y * sy,
    width: r.width * sx,
    height: r.height * sy,
  });
  const reports: TextReport[] = [];
  for (const scene of game.scene.getScenes(true)) {
    if (!scene.sys.settings.visible) continue;
    const texts: Phaser.GameObjects.Text[] = [];
    textsIn(scene.children.list, texts);
    for (const text of texts) {
      if (!text.text.trim() || !shownInWorld(text)) continue;
      const b = text.getBounds();
      if (b.width <= 0 || b.height <= 0) continue;
      // Off the window entirely (parked or scrolled away): not seen.
      if (b.right <= 0 || b.bottom <= 0 || b.x >= game.scale.width || b.y >= game.scale.height)
        continue;
      const matrix = text.getWorldTransformMatrix();
      const size = Number.parseFloat(String(text.style.fontSize));
      const frame = frameOf(text);
      const lines = text.getWrappedText();
      const maxLines = text.style.maxLines;
      const shown = maxLines > 0 ? lines.slice(0, maxLines) : lines;
      text.style.syncFont(text.canvas, text.context);
      const scaleX = Math.abs(matrix.scaleX);
      const lineHeight = b.height / Math.max(1, shown.length);
      const padding = (text.padding.left ?? 0) * scaleX;
      const lineBoxes = shown.map((line, i) => {
        const w = Math.min(b.width, text.context.measureText(line).width * scaleX);
        const align = text.style.align;
        const x =
          align === 'center'
            ? b.x + (b.width - w) / 2
            : align === 'right'
              ? b.x + b.width - w - padding
              : b.x + padding;
        return toPage({ x, y: b.y + i * lineHeight, width: w, height: lineHeight });
      });
      reports.push({
        scene: scene.sys.settings.key,
        text: text.text,
        fontPx: size * Math.abs(matrix.scaleY) * sy,
        role: fontRole(
          [text.style.fontStyle, text.style.fontSize, text.style.fontFamily].join(' ').trim(),
        ),
        bounds: toPage({ x: b.x, y: b.y, width: b.width, height: b.height }),
        lines: lineBoxes,
        frame: frame ? toPage(frame) : null,
        frameKind: frame ? frameKindOf(text) : null,
        brokenWord: brokenWordIn(text.text, lines),
        hiddenLines: maxLines > 0 ? Math.max(0, lines.length - maxLines) : 0,
      });
    }
  }
  return reports;
}
