import type Phaser from 'phaser';
import { AccessibleButton } from '../AccessibleButton';
import type { ButtonMenu } from '../ButtonMenu';
import type { Rect } from '../namedObjects';
import { colors, hexToNumber } from '../theme';
import { buttonWidthFor } from './buttonWidth';

/**
 * A row of buttons that turn a screen's pages (the Review at a large text size): one per page,
 * a bar under the open one, and `aria-pressed` on its proxy, so a screen reader hears which is
 * open. Keyboard: Tab or the menu's arrow keys to a page's button, Enter or Space to open it.
 */
export class PageTabs {
  private readonly buttons: AccessibleButton[];
  private readonly g: Phaser.GameObjects.Graphics;
  private open = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    menu: ButtonMenu,
    names: readonly string[],
    private readonly onOpen: (page: number) => void,
    onFocus: () => void,
  ) {
    this.g = scene.add.graphics();
    this.buttons = names.map((name, i) =>
      menu.add(
        new AccessibleButton(scene, {
          name,
          label: '',
          proxyParent: menu.element,
          onActivate: () => this.select(i),
          onFocus,
        }),
      ),
    );
    this.mark();
  }

  /** The open page's index. */
  get page(): number {
    return this.open;
  }

  select(page: number): void {
    if (page === this.open) return;
    this.open = page;
    this.mark();
    this.onOpen(page);
  }

  setLabels(labels: readonly string[]): void {
    this.buttons.forEach((b, i) => b.setLabel(labels[i] ?? ''));
  }

  /** Hidden (one page holds everything): neither drawn nor in the tab order. */
  setShown(shown: boolean): void {
    this.g.setVisible(shown);
    for (const b of this.buttons) {
      b.setVisible(shown);
      b.proxy.hidden = !shown;
    }
  }

  /**
   * Lays the buttons out from (x, y), each as wide as its label asks, all narrowed alike when
   * the row would be wider than `width`. Returns the row's height.
   */
  layout(x: number, y: number, width: number, scale: number): number {
    const height = 48 * scale;
    const gap = 10 * scale;
    const wanted = this.buttons.map((b) =>
      buttonWidthFor(this.scene, b.proxy.textContent ?? '', scale, 120 * scale),
    );
    const total = wanted.reduce((a, b) => a + b, 0) + gap * (wanted.length - 1);
    const fit = Math.min(
      1,
      (width - gap * (wanted.length - 1)) / (total - gap * (wanted.length - 1)),
    );
    let left = x;
    this.rects = this.buttons.map((b, i) => {
      const w = wanted[i]! * fit;
      b.setBox(w, height, scale).setPosition(left + w / 2, y + height / 2);
      const rect = { x: left, y, width: w, height };
      left += w + gap;
      return rect;
    });
    this.scale = scale;
    this.mark();
    return height + 6 * scale;
  }

  private scale = 1;
  private rects: Rect[] = [];

  /** The bar under the open page's button, and the proxies' pressed state. */
  private mark(): void {
    this.buttons.forEach((b, i) => b.proxy.setAttribute('aria-pressed', String(i === this.open)));
    const r = this.rects[this.open];
    this.g.clear();
    if (!r) return;
    this.g.fillStyle(hexToNumber(colors.primary), 1);
    this.g.fillRect(r.x, r.y + r.height + 2 * this.scale, r.width, 4 * this.scale);
  }

  destroy(): void {
    this.g.destroy();
    for (const b of this.buttons) b.destroy();
  }
}
