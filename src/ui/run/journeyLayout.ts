import type { RunTimeline } from '../viewModels/runTimeline';

export interface Point {
  x: number;
  y: number;
}

export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where customers arrive (left middle) and leave (right middle). */
  enter: Point;
  exit: Point;
  /** The first queue slot, under the card. */
  queue: Point;
}

export interface JourneyLayout {
  area: { x: number; y: number; width: number; height: number };
  columns: { x: number; width: number }[];
  headerHeight: number;
  nodes: NodeBox[];
  dot: number;
  queueGap: number;
  /** Queue slots per line under a card before wrapping. */
  queuePerLine: number;
  /** Whether the stages and cards show their short labels (the full names did not fit). */
  short: boolean;
}

/**
 * What the words need, measured for a column and card width: the stage names' and the cards',
 * the full names or (`short`) the short labels; `whole` is false where a word is wider than its room.
 */
export type MeasureWords = (
  columnWidth: number,
  cardWidth: number,
  short: boolean,
) => { headerHeight: number; cardHeight: number; whole?: boolean };

/**
 * Where the stages, touchpoint cards and queues go inside the map area: a column per stage,
 * cards stacked with room under each for its queue. Pure geometry, recomputed on resize;
 * `measure` (when given) lets long names at a large text size make their headers and cards taller.
 */
export function layoutJourney(
  timeline: RunTimeline,
  area: { x: number; y: number; width: number; height: number },
  scale: number,
  measure?: MeasureWords,
): JourneyLayout {
  const stages = timeline.stages.length;
  const gap = 8 * scale;
  const columnWidth = (area.width - gap * (stages - 1)) / stages;
  const cardWidth = columnWidth - 12 * scale;
  let words = measure?.(columnWidth, cardWidth, false);
  const maxRows = Math.max(...timeline.stages.map((s) => s.nodes.length));
  const slotUnder = (header: number) => (area.height - Math.max(54 * scale, header)) / maxRows;
  // Where a full name has a word wider than its card or needs more height than the card can
  // take (seven stages at projector text), every card and stage shows its short label, as on
  // the Plan's map.
  const short =
    !!words && (words.whole === false || words.cardHeight > slotUnder(words.headerHeight) * 0.85);
  if (short) words = measure?.(columnWidth, cardWidth, true);
  const columns = timeline.stages.map((_, s) => ({
    x: area.x + s * (columnWidth + gap),
    width: columnWidth,
  }));
  const headerHeight = Math.max(54 * scale, words?.headerHeight ?? 0);
  const slot = (area.height - headerHeight) / maxRows;
  // Room for a long name on four lines at the caption size, where the slot allows it; the
  // caption never shrinks below its floor, so on a small screen the card keeps 90 px for five.
  // Names that need more (projector text) take up to 85% of the slot, the rest staying for the
  // first line of the queue under the card.
  const usual = Math.min(Math.max(84 * scale, 90), slot * 0.52);
  const wanted = words?.cardHeight ?? 0;
  const cardHeight = wanted > usual ? Math.min(wanted, slot * 0.85) : usual;
  const dot = Math.max(5, 7 * scale);
  const queueGap = dot * 2.3;
  const nodes = timeline.nodes.map((node): NodeBox => {
    const column = columns[node.stage]!;
    // Stages with fewer touchpoints centre them, so paths run level where they can.
    const offset = ((maxRows - node.rows) * slot) / 2;
    const y = area.y + headerHeight + offset + node.row * slot + (slot - cardHeight) * 0.3;
    const x = column.x + (columnWidth - cardWidth) / 2;
    return {
      x,
      y,
      width: cardWidth,
      height: cardHeight,
      enter: { x: x + 4 * scale, y: y + cardHeight / 2 },
      exit: { x: x + cardWidth - 4 * scale, y: y + cardHeight / 2 },
      queue: { x: x + dot * 1.6, y: y + cardHeight + dot * 1.9 },
    };
  });
  return {
    area,
    columns,
    headerHeight,
    nodes,
    dot,
    queueGap,
    queuePerLine: Math.max(3, Math.floor((cardWidth - dot * 2) / queueGap)),
    short,
  };
}

/** The spot of the k-th customer waiting at a card: lines under it, then packed tighter. */
export function queueSpot(layout: JourneyLayout, node: number, k: number): Point {
  const box = layout.nodes[node]!;
  const perLine = layout.queuePerLine;
  const line = Math.floor(k / perLine);
  const lines = 3;
  const inLine = k % perLine;
  // Past three lines the queue keeps growing by squeezing, never spilling onto the next card.
  const squeeze = line >= lines ? 0.5 : 1;
  return {
    x: box.queue.x + inLine * layout.queueGap * squeeze + (line >= lines ? layout.dot : 0),
    y: box.queue.y + Math.min(line, lines - 1) * layout.queueGap * 0.95,
  };
}
