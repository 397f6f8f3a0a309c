/** The Review's panels, by the name their "?" and the tutorial's coach point at (`review.<name>`). */
export type PanelName = 'measured' | 'trends' | 'money' | 'heat' | 'gaps' | 'drivers' | 'verbatims';

/**
 * The Review's pages at a large text size, where its seven panels do not all fit one screen:
 * the scores and why they moved; the touchpoints (the heat map across the page: a hotel's
 * seven stages need its height and width); what customers said (with the "did you know?"
 * card); the scores and money over the quarters, and the five gaps. Each page's name is
 * `play.review.page.<id>`.
 */
export const REVIEW_PAGES: readonly { id: string; panels: readonly PanelName[] }[] = [
  { id: 'scores', panels: ['measured', 'drivers'] },
  { id: 'touchpoints', panels: ['heat'] },
  { id: 'comments', panels: ['verbatims'] },
  { id: 'trends', panels: ['trends', 'money', 'gaps'] },
];
