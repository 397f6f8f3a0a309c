/**
 * How a scenario card shares its height: the words first (name, facts, the Start button and at
 * least a few lines of description), the picture only what is left, within limits. A card's
 * description scrolls when even that leaves it short, so no text is ever cut or run under.
 */
export interface CardSplit {
  /** The picture's height, the same on every card so the row lines up. */
  picture: number;
  /** The description's box height (it scrolls inside when its text is taller). */
  description: number;
}

export function splitCard(options: {
  cardHeight: number;
  /** Everything but the picture and the description: pads, name, facts, button, gaps. */
  fixed: number;
  /** The tallest description's full height (the same picture for all cards). */
  descriptionNeed: number;
  minPicture: number;
  maxPicture: number;
}): CardSplit {
  const { cardHeight, fixed, descriptionNeed, minPicture, maxPicture } = options;
  const spare = cardHeight - fixed - descriptionNeed;
  const picture = Math.max(minPicture, Math.min(maxPicture, spare));
  return { picture, description: Math.max(0, cardHeight - fixed - picture) };
}

/**
 * The name's type step: the large one when it leaves the description at least `minLines`
 * lines beside the smallest picture, else the body step (a long name at projector size).
 */
export function nameStep(options: {
  cardHeight: number;
  fixedWith: (step: 'large' | 'body') => number;
  minPicture: number;
  lineHeight: number;
  minLines: number;
}): 'large' | 'body' {
  const { cardHeight, fixedWith, minPicture, lineHeight, minLines } = options;
  const room = cardHeight - fixedWith('large') - minPicture;
  return room >= lineHeight * minLines ? 'large' : 'body';
}
