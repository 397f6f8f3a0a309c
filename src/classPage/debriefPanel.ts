/**
 * After the last quarter: each team's top lessons (backed by replays of its game, as in its own
 * debrief) and the discussion prompts its game supports. Large type, for the back of the room.
 * The lessons take seconds per team, so they are worked out here one team at a time.
 */
import type { i18n } from 'i18next';
import {
  teamLessons,
  type ClassLesson,
  type ClassPrompt,
  type TeamDebrief,
} from '../class/classDebrief';
import type { Difficulty, Scenario } from '../engine';
import { el } from './dom';

/** A prompt's params: one ending in `Name` is a locale key, given translated without the suffix. */
function promptParams(t: i18n['t'], prompt: ClassPrompt): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(prompt.params))
    if (k.endsWith('Name') && typeof v === 'string') params[k.slice(0, -4)] = t(v);
    else params[k] = v;
  return params;
}

export interface ClassDebriefPanel {
  element: HTMLElement;
  /** The session is over: show its teams, and work out their lessons. */
  show(
    game: { scenario: Scenario; seed: number; difficulty: Difficulty },
    teams: TeamDebrief[],
  ): void;
}

export function createClassDebrief(i18n: i18n): ClassDebriefPanel {
  const t = i18n.t.bind(i18n);
  const element = el('section', {
    class: 'class-debrief',
    'aria-labelledby': 'class-debrief-h',
    'data-name': 'class-debrief',
    hidden: true,
  });
  const lessons = new Map<string, ClassLesson[]>();
  let shown: TeamDebrief[] = [];
  let working = false;

  function render() {
    element.hidden = shown.length === 0;
    element.replaceChildren(
      el('h2', { id: 'class-debrief-h' }, t('class.debrief.heading')),
      el('p', {}, t('class.debrief.intro')),
    );
    for (const team of shown) {
      const found = lessons.get(team.team);
      element.append(
        el(
          'article',
          { class: 'class-debrief-team', 'data-team': team.team },
          // Team names are typed by players: text nodes only.
          el('h3', {}, team.team),
          el('h4', {}, t('class.debrief.lessons')),
          !found
            ? el('p', { role: 'status' }, t('class.debrief.working'))
            : found.length
              ? el(
                  'ol',
                  { 'data-name': 'team-lessons' },
                  ...found.map((l) =>
                    el(
                      'li',
                      { 'data-lesson': l.id },
                      el(
                        'strong',
                        {},
                        `${t(`debrief.label.${l.label}`)} · ${t(`debrief.driver.${l.pillar}`)}: `,
                      ),
                      t(l.key, l.params),
                    ),
                  ),
                )
              : el('p', {}, t('class.debrief.noLessons')),
          el('h4', {}, t('class.debrief.prompts')),
          el(
            'ul',
            { 'data-name': 'team-prompts' },
            ...team.prompts.map((p) =>
              el('li', { 'data-prompt': p.id }, t(p.key, promptParams(t, p))),
            ),
          ),
        ),
      );
    }
  }

  i18n.on('languageChanged', render);
  return {
    element,
    show(game, teams) {
      shown = teams;
      render();
      if (working) return;
      working = true;
      // One team per task, so the page keeps answering between teams.
      const next = () => {
        const team = shown.find((x) => !lessons.has(x.team));
        if (!team) {
          working = false;
          return;
        }
        lessons.set(team.team, teamLessons(game.scenario, game.seed, game.difficulty, team.log));
        render();
        setTimeout(next, 0);
      };
      setTimeout(next, 0);
    },
  };
}
