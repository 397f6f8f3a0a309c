import Phaser from 'phaser';
import { registerNamedObject } from '../namedObjects';
import type { Rect } from '../namedObjects';

/**
 * A clickable place on the journey map with a real `<button>` behind it: the proxy gives Tab,
 * Enter/Space and a spoken name; Phaser gives the look and pointer hit-testing. The owner draws
 * the node (it knows the layout); this class only keeps the hit area, focus and the proxy.
 */
export class MapNode {
  readonly proxy: HTMLButtonElement;
  focused = false;
  hovered = false;
  private readonly zone: Phaser.GameObjects.Zone;
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };

  constructor(
    scene: Phaser.Scene,
    parent: HTMLElement,
    readonly name: string,
    onActivate: () => void,
    onFocusChange: () => void,
  ) {
    this.zone = scene.add.zone(0, 0, 1, 1).setOrigin(0, 0);
    this.zone.setInteractive({ useHandCursor: true });
    this.zone.on('pointerup', onActivate);
    this.zone.on('pointerover', () => {
      this.hovered = true;
      onFocusChange();
    });
    this.zone.on('pointerout', () => {
      this.hovered = false;
      onFocusChange();
    });
    this.proxy = document.createElement('button');
    this.proxy.type = 'button';
    this.proxy.className = 'proxy-button';
    this.proxy.dataset.name = name;
    this.proxy.addEventListener('click', onActivate);
    this.proxy.addEventListener('focus', () => {
      this.focused = true;
      onFocusChange();
    });
    this.proxy.addEventListener('blur', () => {
      this.focused = false;
      onFocusChange();
    });
    parent.appendChild(this.proxy);
    const unregister = registerNamedObject(name, () => (this.zone.active ? this.rect : null));
    this.zone.once(Phaser.GameObjects.Events.DESTROY, () => {
      unregister();
      this.proxy.remove();
    });
  }

  place(rect: Rect): void {
    this.rect = rect;
    this.zone.setPosition(rect.x, rect.y).setSize(rect.width, rect.height);
    this.zone.input?.hitArea.setTo(0, 0, rect.width, rect.height);
  }

  get bounds(): Rect {
    return this.rect;
  }

  describe(label: string, pressed: boolean): void {
    this.proxy.textContent = label;
    this.proxy.setAttribute('aria-pressed', String(pressed));
  }
}
