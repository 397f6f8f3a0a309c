import Phaser from 'phaser';
import { savedGameStatus, type SavedGameStatus } from '../state/hasSavedGame';
import { ButtonMenu } from '../ui/ButtonMenu';
import { JourneyBackdrop } from '../ui/JourneyBackdrop';
import { MenuButton } from '../ui/MenuButton';
import { readSeat } from '../classPlay/classSeat';
import { openAboutDialog } from '../ui/aboutDialog';
import { continueNeedsChoice, openContinueDialog } from '../ui/continueDialog';
import { openJoinClassDialog } from '../ui/joinClassDialog';
import type { DialogHandle } from '../ui/dialog';
import { createProxyLayer } from '../ui/proxyLayer';
import { onLanguageChange, onResize, untilShutdown } from '../ui/sceneBindings';
import { createScreenReaderText } from '../ui/screenReaderText';
import { openSettingsDialog } from '../ui/settingsDialog';
import { continueUnavailableKey, showTitleSaveStatus } from '../ui/titleSaveStatus';
import { currentTextFactor, textStyle } from '../ui/textStyle';
import { colors, hexToNumber, layoutScale, space } from '../ui/theme';
import { SceneKeys, announceSceneReady, openOldDebrief } from './keys';
import { coreServicesOf, servicesOf, type CoreServices } from './services';

/** The page's first title has looked for a class seat to take back. */
let classSeatChecked = false;

/** The title: the game's name, what it is, and the main menu. */
export class TitleScene extends Phaser.Scene {
  private services!: CoreServices;
  private backdrop!: JourneyBackdrop;
  private titleText!: Phaser.GameObjects.Text;
  private taglineText!: Phaser.GameObjects.Text;
  private mottoText!: Phaser.GameObjects.Text;
  private accent!: Phaser.GameObjects.Graphics;
  private menu!: ButtonMenu;
  private buttons!: Record<
    'newGame' | 'continue' | 'tutorial' | 'joinClass' | 'practice' | 'settings' | 'about',
    MenuButton
  >;
  private dialog: DialogHandle | null = null;
  private readerHeading!: HTMLHeadingElement;
  private readerTagline!: HTMLParagraphElement;
  private textStyleKey = '';
  /** New game or Continue was chosen: a second press must not start the next scene twice. */
  private leaving = false;
  /** Continue waits for the game to load before it knows whether to ask which game. */
  private choosing = false;
  private saveStatus: SavedGameStatus = 'none';

  constructor() {
    super(SceneKeys.Title);
  }

  create(): void {
    this.services = coreServicesOf(this);
    this.leaving = false;
    this.choosing = false;
    const { settings, i18n, audio, overlay } = this.services;

    const { width, height } = this.scale;
    const t = this.translator();
    this.saveStatus = savedGameStatus(this.services.storage);

    // Every text is made in its final type with its words, so each is drawn once: Phaser draws
    // a text's canvas again on every setText and setStyle. The menu is buttons of the page laid
    // over the canvas (MenuButton): seven canvas buttons were half of what the title's first
    // frame waited for.
    this.backdrop = new JourneyBackdrop(this);
    this.accent = this.add.graphics();
    const styles = this.textStyles(width, height);
    this.textStyleKey = styles.key;
    this.titleText = this.add.text(0, 0, t('title.name'), styles.title);
    this.taglineText = this.add.text(0, 0, t('title.tagline'), styles.tagline);
    this.mottoText = this.add.text(0, 0, t('title.motto'), styles.motto);

    const layer = createProxyLayer(this, overlay);
    this.readerHeading = createScreenReaderText(layer, 'h1');
    this.readerTagline = createScreenReaderText(layer, 'p');
    this.menu = new ButtonMenu(layer, t('title.menu'));
    const button = (
      name: keyof TitleScene['buttons'],
      onActivate: () => void,
      variant: 'primary' | 'secondary' = 'secondary',
      enabled = true,
    ) => {
      const item = new MenuButton({
        name: `title.${name}`,
        label: t(`title.${name}`),
        parent: this.menu.element,
        variant,
        enabled,
        onActivate,
        onRejected: () => audio.play('warning'),
        onFocus: () => audio.play('select'),
      });
      untilShutdown(this, () => item.destroy());
      return this.menu.add(item);
    };
    const canContinue = continueUnavailableKey(this.saveStatus) === null;
    this.buttons = {
      newGame: button('newGame', () => this.startNewGame(), 'primary'),
      continue: button('continue', () => this.continueGame(), 'secondary', canContinue),
      tutorial: button('tutorial', () => this.startTutorial()),
      joinClass: button('joinClass', () => this.openJoinClass()),
      practice: button('practice', () => this.openPractice()),
      settings: button('settings', () => this.openSettings()),
      about: button('about', () => this.openAbout()),
    };
    untilShutdown(this, showTitleSaveStatus(i18n, this.saveStatus));

    this.renderTexts(t);
    this.layout(width, height);
    onLanguageChange(this, i18n, () => {
      this.renderTexts();
      this.layout(this.scale.width, this.scale.height);
    });
    onResize(this, (width, height) => this.layout(width, height));

    this.backdrop.setAnimated(!settings.reducedMotion());
    untilShutdown(
      this,
      settings.subscribe(() => this.backdrop.setAnimated(!settings.reducedMotion())),
    );
    untilShutdown(this, () => this.dialog?.close());

    audio.playLoop('ambient-title');
    announceSceneReady(this);
    // A reload during a live class: this tab takes its team's place back (on the page's first
    // title only; a team that leaves its class forgets the place).
    const seat = classSeatChecked ? null : readSeat();
    classSeatChecked = true;
    if (seat) this.rejoinClass(seat.code, seat.name);
  }

  /** Looks each of the title's words up once a pass: the texts are made, then told them again. */
  private translator(): (key: string) => string {
    const { i18n } = this.services;
    const found = new Map<string, string>();
    return (key) => {
      let words = found.get(key);
      if (words === undefined) found.set(key, (words = i18n.t(key)));
      return words;
    };
  }

  private renderTexts(t = this.translator()): void {
    this.titleText.setText(t('title.name'));
    this.taglineText.setText(t('title.tagline'));
    this.readerHeading.textContent = t('title.name');
    this.readerTagline.textContent = t('title.tagline');
    this.mottoText.setText(t('title.motto'));
    this.menu.setLabel(t('title.menu'));
    this.buttons.newGame.setLabel(t('title.newGame'));
    this.buttons.continue.setLabel(t('title.continue'));
    const unavailable = continueUnavailableKey(this.saveStatus);
    this.buttons.continue.setDescription(unavailable ? t(unavailable) : '');
    this.buttons.tutorial.setLabel(t('title.tutorial'));
    this.buttons.tutorial.setDescription(t('title.tutorialDescription'));
    this.buttons.joinClass.setLabel(t('title.joinClass'));
    this.buttons.practice.setLabel(t('title.practice'));
    this.buttons.settings.setLabel(t('title.settings'));
    this.buttons.about.setLabel(t('title.about'));
  }

  /** Everything is placed from the current size, so the screen reads well from laptop to projector. */
  private columnWidth(width: number, scale: number): number {
    // Wide enough for the name on one line at 1366 px, leaving the height to the menu.
    return Math.min(width * 0.45, 620 * scale);
  }

  private buttonWidth(width: number, scale: number): number {
    // Wider with a larger text size, so a label keeps to one line.
    return Math.min(320 * scale * currentTextFactor(), this.columnWidth(width, scale));
  }

  /** The three texts' type for this size, and a key that changes when any of it does. */
  private textStyles(width: number, height: number) {
    const scale = layoutScale(width, height);
    const columnWidth = this.columnWidth(width, scale);
    return {
      key: `${scale}|${columnWidth}|${currentTextFactor()}`,
      title: textStyle('title', scale, {
        fontStyle: '700',
        color: colors.ink,
        wordWrap: { width: columnWidth },
      }),
      tagline: textStyle('large', scale, {
        color: colors.inkMuted,
        wordWrap: { width: columnWidth },
      }),
      motto: textStyle('body', scale, {
        color: colors.inkMuted,
        fontStyle: 'italic',
        wordWrap: { width: columnWidth },
      }),
    };
  }

  /** Sets the texts' type for this size; only when it changed, as restyling re-renders a text. */
  private styleTexts(width: number, height: number): void {
    const styles = this.textStyles(width, height);
    if (styles.key === this.textStyleKey) return;
    this.textStyleKey = styles.key;
    this.titleText.setStyle(styles.title);
    this.taglineText.setStyle(styles.tagline);
    this.mottoText.setStyle(styles.motto);
  }

  private layout(width: number, height: number): void {
    const scale = layoutScale(width, height);
    const left = Math.max(space.xl * scale, width * 0.07);

    this.backdrop.layout(width, height, scale);
    this.styleTexts(width, height);
    // Six buttons under the title and tagline: the heading rises on a short window.
    this.titleText.setPosition(left, Math.min(height * 0.14, height * 0.08 + 24 * scale));

    const accentY = this.titleText.y + this.titleText.height + space.m * scale;
    this.accent.clear();
    this.accent.fillStyle(hexToNumber(colors.focus), 1);
    this.accent.fillRoundedRect(left, accentY, 72 * scale, 6 * scale, 3 * scale);

    this.taglineText.setPosition(left, accentY + 6 * scale + space.l * scale);

    // Seven buttons fit a laptop's 768 px with the motto under them: lower and closer when the
    // room below the tagline is short, never below a 44 px target (grown with the text size, so a
    // label keeps its line). Where even that does not fit (large text: the name and the tagline
    // take more lines), the menu moves beside them, into the right half, from the name's top.
    const factor = currentTextFactor();
    const count = Object.keys(this.buttons).length;
    const natural = 54 * scale * factor;
    const least = 44 * scale * factor;
    const stackFor = (room: number) => {
      const full = count * natural + (count - 1) * space.m * scale;
      const fit = Math.min(1, Math.max(least / natural, room / full));
      return { height: natural * fit, gap: space.m * scale * fit };
    };
    const taglineBottom = this.taglineText.y + this.taglineText.height;
    const underTop = taglineBottom + space.l * scale;
    const underRoom = height - underTop - this.mottoText.height - space.xl * scale;
    const beside = underRoom < count * least + (count - 1) * space.m * scale * (least / natural);
    let menuLeft = left;
    let stackTop = underTop;
    let buttonWidth = this.buttonWidth(width, scale);
    let stack = stackFor(underRoom);
    if (beside) {
      menuLeft = Math.max(width * 0.55, left + this.columnWidth(width, scale) + space.xl * scale);
      buttonWidth = Math.min(buttonWidth, width - left - menuLeft);
      stackTop = this.titleText.y;
      stack = stackFor(height - space.xl * scale - stackTop);
    }
    let y = stackTop + stack.height / 2;
    for (const item of Object.values(this.buttons)) {
      item.setBox(buttonWidth, stack.height, scale);
      item.setPosition(menuLeft + buttonWidth / 2, y);
      y += stack.height + stack.gap;
    }

    // Under the menu (or, with the menu beside it, under the tagline), and on screen even where
    // the menu runs long.
    const menuBottom = beside ? taglineBottom + space.l * scale : y - stack.height / 2;
    const mottoY = Math.max(menuBottom, height - space.xl * scale - this.mottoText.height);
    this.mottoText.setPosition(
      left,
      Math.min(mottoY, height - space.s * scale - this.mottoText.height),
    );
  }

  private startNewGame(): void {
    this.services.audio.play('confirm');
    // Explicit data: Phaser keeps a scene's last data when start() is given none, so a New game
    // after a Continue would resume the saved game again.
    this.whenPlayable(() =>
      this.scene.start(SceneKeys.ScenarioChoice, { continueSavedGame: false }),
    );
  }

  /** Continue: the saved game, or with more than one, the player's choice of them. */
  private continueGame(): void {
    const { audio, i18n, overlay, playable } = this.services;
    audio.play('confirm');
    const open = (gameId?: string) =>
      this.whenPlayable(() =>
        this.scene.start(SceneKeys.ScenarioChoice, { continueSavedGame: true, gameId }),
      );
    if (this.leaving || this.choosing) return;
    this.choosing = true;
    void playable.then(() => {
      this.choosing = false;
      if (!this.scene.isActive() || this.leaving || this.dialog?.isOpen) return;
      const store = servicesOf(this).game.getState();
      const games = store.savedGames();
      const damaged = store.damagedGames();
      const old = store.oldGames();
      const counts = { games: games.length, damaged: damaged.length, old: old.length };
      if (!continueNeedsChoice(counts)) return open();
      this.dialog = openContinueDialog({
        overlay,
        i18n,
        sound: audio,
        games,
        damaged,
        old,
        // Its debrief, read only; Back returns to the title.
        onReadOld: (entry) => {
          const read = store.oldGame(entry.save);
          if (read.ok) this.whenPlayable(() => openOldDebrief(this, read.game));
        },
        onChoose: (id) => open(id),
        onClose: () => (this.dialog = null),
      });
    });
  }

  /** The guided tutorial, from its start, whatever was played before. */
  private startTutorial(): void {
    this.services.audio.play('confirm');
    this.whenPlayable(() =>
      this.scene.start(SceneKeys.ScenarioChoice, { continueSavedGame: false, tutorial: true }),
    );
  }

  /** Runs `go` once the game has loaded (at once, nearly always), if the title is still showing. */
  private whenPlayable(go: () => void): void {
    if (this.leaving) return;
    this.leaving = true;
    void this.services.playable.then(() => {
      if (this.scene.isActive()) go();
    });
  }

  private openSettings(): void {
    const { settings, i18n, audio, overlay } = this.services;
    audio.play('confirm');
    this.dialog = openSettingsDialog({
      overlay,
      settings,
      i18n,
      sound: audio,
      onClose: () => (this.dialog = null),
    });
  }

  private openAbout(): void {
    const { i18n, audio, overlay } = this.services;
    audio.play('confirm');
    this.dialog = openAboutDialog({
      overlay,
      i18n,
      sound: audio,
      onClose: () => (this.dialog = null),
    });
  }

  /** "Join a class": the code and team name, then the team's game as the class server plays it. */
  private openJoinClass(prefill: { code?: string; name?: string; error?: string } = {}): void {
    const { i18n, audio, overlay } = this.services;
    audio.play('confirm');
    void this.services.playable.then(() => {
      if (!this.scene.isActive() || this.dialog?.isOpen || this.leaving) return;
      this.dialog = openJoinClassDialog({
        overlay,
        i18n,
        sound: audio,
        ...prefill,
        join: async (code, name) => {
          const { joinClass } = await import('../classPlay/classTeamClient');
          const result = await joinClass(servicesOf(this), this, code, name);
          if (result.ok) this.leaving = true;
          return result.ok ? null : result.reason;
        },
        onClose: () => (this.dialog = null),
      });
    });
  }

  private rejoinClass(code: string, name: string): void {
    this.leaving = true;
    void this.services.playable
      .then(() => import('../classPlay/classTeamClient'))
      .then(({ rejoinClass }) => rejoinClass(servicesOf(this), this))
      .then((result) => {
        if (result.ok || !this.scene.isActive()) return;
        this.leaving = false;
        this.openJoinClass({ code, name, error: result.reason });
      });
  }

  /** CCXP practice: its screen (and the bank) load with the rest of the game, on first use. */
  private openPractice(): void {
    const { i18n, audio, overlay, storage } = this.services;
    audio.play('confirm');
    void this.services.playable
      .then(() => import('../ui/practice/practiceScreen'))
      .then(({ openPracticeScreen }) => {
        if (!this.scene.isActive() || this.dialog?.isOpen) return;
        this.dialog = openPracticeScreen({
          overlay,
          i18n,
          sound: audio,
          storage,
          onClose: () => (this.dialog = null),
        });
      });
  }
}
