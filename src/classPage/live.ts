/**
 * The live class on the trainer's page: the session's setup, then the code and QR code teams
 * join with, the pace (open, +2 minutes, close, pause) and the dashboard the room sends.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { i18n } from 'i18next';
import QRCode from 'qrcode';
import { DIFFICULTIES, DifficultySchema, scenarioWithEvents } from '../engine';
import {
  withClosedQuarter,
  type ClosedMessage,
  type DashboardMessage,
} from '../class/dashboardFeed';
import { bundledLevels } from '../state/levels';
import { randomKey, type RoomView } from '../class/roomView';
import { EVENT_MODES } from '../class/eventModes';
import { createDashboard } from './dashboard';
import { createClassDebrief } from './debriefPanel';
import { download, el } from './dom';

const SESSION_KEY = 'nba.class.trainer';
export const DEFAULT_QUARTERS = 4;
export const DEFAULT_MINUTES = 10;
export const EXTEND_MINUTES = 2;

interface LiveState extends RoomView {
  minutesPerQuarter: number;
  /** scenario | none | live */
  events: string;
  deadline: number;
  remaining: number;
  teams: Map<string, { name: string; committed: boolean; connected: boolean; played: number }>;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * What the trainer's team list says of a team: committed or not only while a quarter is open;
 * otherwise how many quarters it has played (a finished team is not "not yet committed").
 */
export function teamStatus(
  t: i18n['t'],
  phase: string,
  team: { committed: boolean; played: number },
): string {
  if (phase === 'open')
    return t(team.committed ? 'class.dash.committed' : 'class.dash.notCommitted');
  if (team.played === 0) return t('class.dash.joined');
  return t('class.dash.played', { count: team.played });
}

export function createLiveClass(i18n: i18n, teamUrl: string | null): HTMLElement {
  const t = i18n.t.bind(i18n);
  const levels = bundledLevels();
  const client = new Client(location.origin);
  const element = el('section', { class: 'class-live', 'aria-labelledby': 'live-h' });
  const dashboard = createDashboard(i18n);
  const error = el('p', { class: 'class-error', role: 'alert', 'data-name': 'live-error' });

  function saved(): { code: string; key: string } | null {
    try {
      return JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as {
        code: string;
        key: string;
      } | null;
    } catch {
      return null;
    }
  }

  function showError(key: string) {
    // Reasons from the server are locale keys; anything else (a dropped network) is said plainly.
    error.dataset.reason = key;
    error.textContent = t(key, { defaultValue: t('class.error.unknown') });
  }

  // --- Setup -------------------------------------------------------------------------------
  function setupForm() {
    const scenario = el('select', { id: 'setup-scenario', 'data-name': 'setup-scenario' });
    for (const s of levels.all) scenario.append(el('option', { value: s.id }, t(s.name)));
    const difficulty = el('select', { id: 'setup-difficulty', 'data-name': 'setup-difficulty' });
    for (const d of DIFFICULTIES)
      difficulty.append(
        el('option', { value: d, selected: d === 'normal' }, t(`game.difficulty.${d}`)),
      );
    const quarters = el('input', {
      id: 'setup-quarters',
      type: 'number',
      min: '1',
      'data-name': 'setup-quarters',
    });
    const seed = el('input', {
      id: 'setup-seed',
      type: 'number',
      min: '0',
      max: String(0xffffffff),
      value: String(randomSeed()),
      'data-name': 'setup-seed',
    });
    const newSeed = el('button', { type: 'button' }, t('class.setup.randomSeed'));
    newSeed.addEventListener('click', () => (seed.value = String(randomSeed())));
    const minutes = el('input', {
      id: 'setup-minutes',
      type: 'number',
      min: '0',
      max: '60',
      value: String(DEFAULT_MINUTES),
      'data-name': 'setup-minutes',
    });
    const events = el('select', { id: 'setup-events', 'data-name': 'setup-events' });
    for (const mode of EVENT_MODES)
      events.append(el('option', { value: mode }, t(`class.setup.eventMode.${mode}`)));
    const fitQuarters = () => {
      const s = levels.get(scenario.value);
      const max = s?.quarters ?? DEFAULT_QUARTERS;
      quarters.max = String(max);
      quarters.value = String(Math.min(DEFAULT_QUARTERS, max));
    };
    scenario.addEventListener('change', fitQuarters);
    fitQuarters();
    const start = el(
      'button',
      { type: 'submit', class: 'primary', 'data-name': 'setup-start' },
      t('class.setup.start'),
    );
    const form = el(
      'form',
      { class: 'class-panel', 'data-name': 'setup' },
      el('h3', {}, t('class.setup.heading')),
      el(
        'div',
        { class: 'class-form' },
        el('label', { for: 'setup-scenario' }, t('class.setup.scenario')),
        scenario,
        el('label', { for: 'setup-difficulty' }, t('class.setup.difficulty')),
        difficulty,
        el('label', { for: 'setup-quarters' }, t('class.setup.quarters')),
        quarters,
        el('label', { for: 'setup-seed' }, t('class.setup.seed')),
        el('span', {}, seed, ' ', newSeed),
        el('label', { for: 'setup-minutes' }, t('class.setup.minutes')),
        minutes,
        el('label', { for: 'setup-events' }, t('class.setup.events')),
        events,
      ),
      el('p', {}, t('class.setup.noCommit')),
      start,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const setup = {
        scenario: scenario.value,
        difficulty: difficulty.value,
        quarters: Number(quarters.value),
        seed: Number(seed.value),
        minutesPerQuarter: Number(minutes.value),
        events: events.value,
      };
      const key = randomKey();
      start.disabled = true;
      client
        .create('class', { role: 'trainer', setup, trainerKey: key })
        .then((room) => {
          sessionStorage.setItem(SESSION_KEY, JSON.stringify({ code: room.roomId, key }));
          return connect(room.roomId, key, room);
        })
        .catch((err: Error) => {
          start.disabled = false;
          showError(err.message);
        });
    });
    element.replaceChildren(el('h2', { id: 'live-h' }, t('class.live.heading')), error, form);
  }

  // --- Running session ---------------------------------------------------------------------
  async function connect(code: string, key: string, created?: Room) {
    let room: Room;
    try {
      room = created ?? (await client.joinById(code, { role: 'trainer', trainerKey: key }));
    } catch (err) {
      sessionStorage.removeItem(SESSION_KEY);
      showError((err as Error).message);
      setupForm();
      return;
    }
    const codeEl = el('p', { class: 'class-code', 'data-name': 'session-code' }, code);
    // A picture of the address for phones; screen readers hear the address it encodes.
    const qr = el('canvas', {
      role: 'img',
      'aria-label': t('class.live.qrAlt', { url: teamUrl ?? location.origin }),
      'data-name': 'qr',
    });
    if (teamUrl) void QRCode.toCanvas(qr, teamUrl, { width: 220, margin: 1 });
    const status = el('p', { 'aria-live': 'polite', 'data-name': 'live-status' });
    const timer = el('p', { class: 'class-timer', 'data-name': 'timer' });
    const teamList = el('ul', { 'data-name': 'live-teams' });
    const button = (name: string, label: string, act: () => void) => {
      const b = el('button', { type: 'button', 'data-name': name }, label);
      b.addEventListener('click', act);
      return b;
    };
    const open = button('open-quarter', t('class.live.open'), () => room.send('open'));
    const extend = button('extend', t('class.live.extend', { minutes: EXTEND_MINUTES }), () =>
      room.send('extend', { minutes: EXTEND_MINUTES }),
    );
    const close = button('close-quarter', t('class.live.close'), () => room.send('close'));
    const pause = button('pause', t('class.live.pause'), () =>
      room.send(state()?.paused ? 'resume' : 'pause'),
    );
    const csv = button('live-export-csv', t('class.export.csv'), () => room.send('export'));
    // Events: said once for a scenario's own or none; triggered here in a live session.
    const eventInfo = el('p', { 'data-name': 'events-info' });
    const eventPick = el('select', { id: 'event-pick', 'data-name': 'event-pick' });
    const eventLabel = el('label', { for: 'event-pick' });
    const trigger = button('trigger-event', '', () => {
      if (eventPick.value) room.send('trigger', { event: eventPick.value });
    });
    const struckList = el('ul', { 'data-name': 'events-struck' });
    const eventControls = el(
      'div',
      { class: 'class-events', hidden: true },
      eventLabel,
      eventPick,
      trigger,
      el('p', { class: 'class-hint' }, t('class.live.events.hint')),
    );
    const eventPanel = el(
      'div',
      { class: 'class-panel', 'data-name': 'events' },
      el('h3', {}, t('class.live.events.heading')),
      eventInfo,
      eventControls,
      struckList,
    );
    let lastEvents: Pick<DashboardMessage, 'events' | 'triggerable'> | null = null;
    function renderEvents() {
      const s = state();
      if (!s?.teams) return;
      const scenario = levels.get(s.scenario);
      const name = (id: string) => {
        const ev = scenario?.events.find((e) => e.id === id);
        return ev ? t(ev.name) : id;
      };
      const live = s.events === 'live';
      const quarter = Math.min(s.quarter + 1, s.quarters);
      const closed = s.phase === 'lobby' || s.phase === 'between';
      const left = lastEvents?.triggerable ?? [];
      eventControls.hidden = !live || s.phase === 'finished';
      eventLabel.textContent = t('class.live.events.pick', { quarter });
      trigger.textContent = t('class.live.events.trigger', { quarter });
      const chosen = eventPick.value;
      eventPick.replaceChildren(
        ...left.map((id) => el('option', { value: id, selected: id === chosen }, name(id))),
      );
      eventPick.disabled = trigger.disabled = !closed || left.length === 0;
      const plan = lastEvents?.events;
      const struck =
        plan?.mode === 'chosen'
          ? plan.quarters.flatMap((ids, q) =>
              ids.map((id) => t('class.live.events.struck', { quarter: q + 1, event: name(id) })),
            )
          : [];
      struckList.replaceChildren(...struck.map((text) => el('li', {}, text)));
      eventInfo.textContent = !live
        ? t(s.events === 'none' ? 'class.live.events.none' : 'class.live.events.scenario')
        : left.length === 0 && lastEvents
          ? t('class.live.events.allUsed')
          : !closed && s.phase !== 'finished'
            ? t('class.live.events.onlyBetween')
            : struck.length === 0
              ? t('class.live.events.noneYet')
              : '';
    }
    const records = el('ul', { 'data-name': 'export-records' });
    const debrief = createClassDebrief(i18n);
    element.replaceChildren(
      el('h2', { id: 'live-h' }, t('class.live.heading')),
      error,
      el(
        'div',
        { class: 'class-panel' },
        el('p', {}, t('class.live.joinAt', { url: teamUrl ?? location.origin })),
        el('p', {}, t('class.live.code')),
        codeEl,
        qr,
      ),
      el(
        'div',
        { class: 'class-panel' },
        status,
        timer,
        el('div', { class: 'class-actions' }, open, extend, close, pause),
        teamList,
      ),
      eventPanel,
      dashboard.element,
      debrief.element,
      el('div', { class: 'class-actions' }, csv),
      records,
    );

    const state = () => room.state as LiveState | undefined;
    function render() {
      const s = state();
      // Before the first state arrives, the room's state is an empty object.
      if (!s?.teams) return;
      const scenario = levels.get(s.scenario);
      status.textContent = t(`class.live.phase.${s.phase}`, {
        quarter: Math.min(s.quarter + 1, s.quarters),
        quarters: s.quarters,
        scenario: scenario ? t(scenario.name) : s.scenario,
      });
      if (s.paused) status.textContent += ` ${t('class.live.paused')}`;
      open.disabled = !(s.phase === 'lobby' || s.phase === 'between');
      extend.disabled = close.disabled = s.phase !== 'open';
      pause.textContent = t(s.paused ? 'class.live.resume' : 'class.live.pause');
      const teams = [...s.teams.values()];
      teamList.replaceChildren(
        ...teams.map((x) =>
          el(
            'li',
            {},
            x.name,
            ' — ',
            teamStatus(t, s.phase, x),
            x.connected ? '' : ` (${t('class.dash.offline')})`,
          ),
        ),
      );
      renderEvents();
      renderDashboard();
      tick();
    }
    /** The room's figures (messages) with who has committed and is connected (the room's state). */
    let figures: DashboardMessage | null = null;
    function renderDashboard() {
      const s = state();
      if (!s?.teams || !figures) return;
      const views = new Map([...s.teams.values()].map((v) => [v.name, v]));
      // Committed or not means something only while a quarter is open.
      const open = s.phase === 'open';
      dashboard.update(
        levels.get(s.scenario) ?? null,
        figures.teams.map((x) => ({
          team: x.team,
          quarters: x.quarters,
          committed: open ? (views.get(x.team)?.committed ?? false) : undefined,
          connected: views.get(x.team)?.connected ?? false,
        })),
        figures.ranking,
      );
    }
    function receive(m: DashboardMessage) {
      figures = m;
      const s = state();
      const scenario = levels.get(s?.scenario ?? '') ?? null;
      renderDashboard();
      const difficulty = DifficultySchema.safeParse(s?.difficulty);
      // The lessons replay each team's game as it was played: under the session's events.
      if (m.phase === 'finished' && m.debriefs && scenario && s && difficulty.success)
        debrief.show(
          {
            scenario: scenarioWithEvents(scenario, m.events ?? undefined),
            seed: s.seed,
            difficulty: difficulty.data,
          },
          m.debriefs,
        );
    }
    function tick() {
      const s = state();
      if (!s) return;
      const ms = s.paused ? s.remaining : s.deadline ? Math.max(0, s.deadline - Date.now()) : 0;
      const secs = Math.ceil(ms / 1000);
      timer.textContent =
        s.phase === 'open' && (s.deadline || s.paused)
          ? t('class.live.timeLeft', {
              minutes: Math.floor(secs / 60),
              seconds: String(secs % 60).padStart(2, '0'),
            })
          : '';
    }
    const interval = setInterval(tick, 1000);
    room.onStateChange(render);
    room.onLeave(() => clearInterval(interval));
    room.onMessage('trainer', () => undefined);
    room.onMessage('refused', (m: { reason: string }) => showError(m.reason));
    room.onMessage('dashboard', (m: DashboardMessage) => {
      lastEvents = { events: m.events, triggerable: m.triggerable };
      renderEvents();
      receive(m);
    });
    // A close sends only the quarter just played; after a gap the page asks for the whole.
    room.onMessage('closed', (m: ClosedMessage) => {
      const next = figures && withClosedQuarter(figures, m);
      if (next) receive(next);
      else room.send('sync');
    });
    room.onMessage('export', (m: { csv: string; records: { team: string; record: unknown }[] }) => {
      download(`class-${code}.csv`, 'text/csv', m.csv);
      records.replaceChildren(
        ...m.records.map(({ team, record }) => {
          const url = URL.createObjectURL(
            new Blob([JSON.stringify(record) + '\n'], { type: 'application/json' }),
          );
          return el(
            'li',
            {},
            el('a', { href: url, download: `${team}.json` }, t('class.export.record', { team })),
          );
        }),
      );
    });
    room.send('sync');
    render();
  }

  const previous = saved();
  if (previous) void connect(previous.code, previous.key);
  else setupForm();
  return element;
}
