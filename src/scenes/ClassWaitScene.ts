import Phaser from 'phaser';
import { JourneyBackdrop } from '../ui/JourneyBackdrop';
import '../ui/plan/game.css';
import '../ui/classWait.css';
import { createProxyLayer } from '../ui/proxyLayer';
import { onLanguageChange, onResize, untilShutdown } from '../ui/sceneBindings';
import { layoutScale } from '../ui/theme';
import { sceneFor, showCurrentPhase } from './gameFlow';
import { SceneKeys, announceSceneReady } from './keys';
import { installPauseMenu } from './PauseMenu';
import { servicesOf } from './services';

/**
 * A team in a live class between its plans: waiting for the trainer to open the quarter, or,
 * its plan sent, to close it. It shows who has committed and lets the team take its plan back.
 */
export class ClassWaitScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.ClassWait);
  }

  create(): void {
    const { i18n, audio, overlay, game } = servicesOf(this);
    if (sceneFor(game.getState()) !== SceneKeys.ClassWait) {
      showCurrentPhase(this);
      return;
    }
    const backdrop = new JourneyBackdrop(this);
    backdrop.setAnimated(false);
    const layer = createProxyLayer(this, overlay);
    const panel = document.createElement('div');
    panel.classList.add('game-panel', 'class-wait-panel');
    panel.dataset.name = 'class-wait';
    layer.appendChild(panel);

    const eyebrow = document.createElement('p');
    eyebrow.className = 'eyebrow';
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    const status = document.createElement('p');
    status.dataset.name = 'class-wait.status';
    status.setAttribute('role', 'status');
    const connection = document.createElement('p');
    connection.setAttribute('role', 'alert');
    const teamsHeading = document.createElement('h2');
    const teams = document.createElement('ul');
    teams.className = 'class-wait-teams';
    teams.dataset.name = 'class-wait.teams';
    const change = document.createElement('button');
    change.type = 'button';
    change.className = 'game-button';
    change.dataset.name = 'class-wait.change';
    change.addEventListener('click', () => {
      audio.play('select');
      game.getState().uncommitClass();
      showCurrentPhase(this);
    });
    panel.append(eyebrow, heading, status, connection, teamsHeading, teams, change);

    const t = (key: string, params: Record<string, unknown> = {}) => i18n.t(key, params);
    let lastStatus = '';
    const render = () => {
      const { classTeam, session } = game.getState();
      if (!classTeam || !session) return;
      const quarter = Math.min(classTeam.quarter + 1, classTeam.quarters);
      const params = { quarter, quarters: classTeam.quarters, team: classTeam.team };
      eyebrow.textContent = t('class.team.eyebrow', { code: classTeam.code, team: classTeam.team });
      heading.textContent = t('class.team.quarterOf', params);
      const key = classTeam.paused
        ? 'class.team.paused'
        : classTeam.roomPhase === 'open'
          ? 'class.team.committedWait'
          : classTeam.roomPhase === 'finished'
            ? 'class.team.finished'
            : 'class.team.waitOpen';
      const text = t(key, params);
      // Said once per change, not on every team's commit.
      if (text !== lastStatus) status.textContent = lastStatus = text;
      connection.textContent = classTeam.connected ? '' : t('class.team.reconnecting');
      const open = classTeam.roomPhase === 'open';
      teamsHeading.textContent = t(open ? 'class.team.whoCommitted' : 'class.team.teams', {
        count: classTeam.teams.length,
        committed: classTeam.teams.filter((x) => x.committed).length,
      });
      teams.replaceChildren(
        ...classTeam.teams.map((x) => {
          const li = document.createElement('li');
          li.dataset.committed = String(open && x.committed);
          // Team names are typed by players: text only, never markup.
          li.textContent = open
            ? t(x.committed ? 'class.team.teamCommitted' : 'class.team.teamPlanning', {
                team: x.name,
              })
            : x.name;
          return li;
        }),
      );
      change.hidden = !(open && classTeam.committed);
      change.textContent = t('class.team.change');
    };
    render();
    heading.focus();
    untilShutdown(this, game.subscribe(render));
    const layout = (w: number, h: number) => backdrop.layout(w, h, layoutScale(w, h));
    layout(this.scale.width, this.scale.height);
    onLanguageChange(this, i18n, render);
    onResize(this, layout);
    installPauseMenu(this);
    announceSceneReady(this);
  }
}
