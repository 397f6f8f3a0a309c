import { factFor, factKeys } from '../viewModels/didYouKnow';
import type { I18n } from '../../i18n';
import type { BriefingModel } from '../viewModels/briefingModel';
import { personaFaceSvg } from './personaFaceSvg';
import { helpButton } from '../help/helpButton';

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function figureText(i18n: I18n, f: BriefingModel['figures'][number]): string {
  if (f.unit === 'money') return i18n.t('game.plan.money', { amount: Math.round(f.value) });
  if (f.unit === 'score') return i18n.t('game.briefing.scoreValue', { value: Math.round(f.value) });
  return i18n.t('game.briefing.customersValue', { count: f.value });
}

/** A short fact from the sources, with its source, before the first plan. */
function didYouKnow(t: (key: string, params?: Record<string, unknown>) => string): HTMLElement {
  const keys = factKeys(factFor('briefing', 0));
  const aside = h('aside', undefined, 'did-you-know');
  aside.append(
    h('h2', t('sources.heading')),
    h('p', t(keys.text)),
    h('p', t('sources.sourceLine', { source: keys.source }), 'source'),
  );
  return aside;
}

/**
 * The briefing as a real document (headings, lists, a description list of figures) so screen
 * readers read it like a page. Rebuilt whole on a language change.
 */
export function renderBriefing(
  panel: HTMLElement,
  model: BriefingModel,
  i18n: I18n,
  faceSize: number,
  overlay: HTMLElement,
): { next: HTMLButtonElement; heading: HTMLElement } {
  const t = (key: string, params: Record<string, unknown> = {}) => i18n.t(key, params);
  panel.replaceChildren();

  const header = h('header');
  header.append(
    h(
      'p',
      `${t('game.briefing.title')} · ${t('game.briefing.difficulty', { level: t(`game.difficulty.${model.difficulty}`) })}`,
      'eyebrow',
    ),
    h('h1', t(model.name)),
  );
  // The heading takes focus first, so the briefing opens at its top and is read from there.
  header.querySelector('h1')!.tabIndex = -1;

  const left = h('section');
  left.setAttribute('aria-labelledby', 'briefing-situation');
  const situation = h('h2', t('game.briefing.situation'));
  situation.id = 'briefing-situation';
  const figures = h('dl', undefined, 'briefing-figures');
  for (const f of model.figures) {
    const item = h('div');
    const term = h('dt', t(f.label));
    // Each figure explains itself: "?" opens what it means.
    term.appendChild(helpButton(i18n, overlay, `figure.${f.label.split('.').at(-1)}`));
    item.append(term, h('dd', figureText(i18n, f)));
    figures.appendChild(item);
  }
  const scorecard = h('div', undefined, 'scorecard');
  scorecard.dataset.name = 'briefing.targets';
  for (const p of model.perspectives) {
    const block = h('div');
    const list = h('ul');
    for (const target of p.targets) {
      const item = h('li', t(target.name));
      item.dataset.name = `briefing.target.${target.id}`;
      item.appendChild(helpButton(i18n, overlay, `metric.${target.metric}`));
      list.appendChild(item);
    }
    block.append(h('h3', t(`game.briefing.perspective.${p.id}`)), list);
    scorecard.appendChild(block);
  }
  left.append(
    situation,
    h('p', t(model.briefing)),
    h('p', t(model.description)),
    h('h2', t('game.briefing.numbers')),
    figures,
    h('h2', t('game.briefing.targets')),
    scorecard,
    didYouKnow(t),
  );

  const right = h('section', undefined, 'segments');
  right.appendChild(h('h2', t('game.briefing.personas')));
  for (const segment of model.segments) {
    const block = h('div', undefined, 'segment');
    const title = h('h3', t(segment.name));
    title.appendChild(h('span', ` · ${Math.round(segment.share * 100)}%`, 'share'));
    block.append(title, h('p', t(segment.description)));
    for (const persona of segment.personas) {
      const card = h('article', undefined, 'persona');
      const body = h('div');
      const lists = h('div', undefined, 'persona-lists');
      const list = (labelKey: string, keys: string[]) => {
        const wrap = h('div');
        const ul = h('ul');
        for (const key of keys) ul.appendChild(h('li', t(key)));
        wrap.append(h('strong', t(labelKey)), ul);
        return wrap;
      };
      lists.append(
        list('game.briefing.goals', persona.goals),
        list('game.briefing.frustrations', persona.frustrations),
      );
      body.append(h('h4', t(persona.name)), h('p', t(persona.role), 'role'), lists);
      card.append(personaFaceSvg(persona.face, faceSize), body);
      block.appendChild(card);
    }
    right.appendChild(block);
  }

  const footer = h('footer');
  const next = h('button', t('game.briefing.toPlan'), 'game-button game-button-primary');
  next.type = 'button';
  next.dataset.name = 'briefing.toPlan';
  footer.appendChild(next);

  panel.append(header, left, right, footer);
  return { next, heading: header.querySelector('h1')! };
}
