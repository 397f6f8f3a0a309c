/**
 * A horizontal bar chart in SVG around zero: blue to the right for gains, vermillion to the left
 * for losses (Okabe–Ito, safe for colour blindness), and every bar labelled with its value, so
 * colour is never the only carrier. The figure's caption and a text list are its equivalent.
 */
import { pageTextWidth } from '../pageTextWidth';
import { colors, signColor } from '../theme';
import type { BarChart } from '../viewModels/debriefModel';
import { el, type Speaker } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

let chartCounter = 0;

/** The widest of `texts` at the charts' label font (debrief.css), in the SVG's units. */
function widestLabel(texts: readonly string[]): number {
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font-family');
  const font = `15px ${family || 'sans-serif'}`;
  return Math.max(0, ...texts.map((t) => pageTextWidth(t, font) ?? t.length * 9));
}

export function renderBarChart(s: Speaker, chart: BarChart): HTMLElement {
  const id = `debrief-chart-${++chartCounter}`;
  const rowHeight = 26;
  const valueWidth = 70;
  // The chart keeps its 670 units (so its text keeps its size); a long label ("Doorwerking van
  // eerdere kwartalen") takes room from the bars rather than running off the left edge.
  const width = 670;
  const labels = chart.bars.map((b) => s.t(b.label.key, b.label.params));
  const labelWidth = Math.min(400, Math.max(260, Math.ceil(widestLabel(labels)) + 16));
  const plotWidth = width - labelWidth - valueWidth;
  const height = chart.bars.length * rowHeight + 8;
  const max = Math.max(1e-9, ...chart.bars.map((b) => Math.abs(b.value)));
  const hasNegative = chart.bars.some((b) => b.value < 0);
  const zero = labelWidth + (hasNegative ? plotWidth / 2 : 0);
  const scale = (hasNegative ? plotWidth / 2 : plotWidth) / max;
  const caption = s.t(chart.caption.key, chart.caption.params);
  const lines = chart.bars.map(
    (b) => `${s.t(b.label.key, b.label.params)}: ${s.number(b.value, chart.digits, hasNegative)}`,
  );

  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'debrief-chart',
  });
  root.append(
    svg('title', { id: `${id}-title` }, caption),
    svg('desc', { id: `${id}-desc` }, lines.join('; ')),
  );
  chart.bars.forEach((b, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.abs(b.value) * scale;
    const x = b.value >= 0 ? zero : zero - w;
    const label = labels[i]!;
    root.append(
      svg(
        'text',
        { x: labelWidth - 8, y: y + 17, 'text-anchor': 'end', class: 'chart-label' },
        label,
      ),
      svg('rect', {
        x,
        y: y + 4,
        width: Math.max(w, 0.5),
        height: rowHeight - 8,
        fill: signColor(b.value),
      }),
      svg(
        'text',
        { x: labelWidth + plotWidth + 6, y: y + 17, class: 'chart-value' },
        s.number(b.value, chart.digits, hasNegative),
      ),
    );
  });
  root.append(
    svg('line', { x1: zero, x2: zero, y1: 0, y2: height, stroke: colors.ink, 'stroke-width': 1 }),
  );
  return el(
    'figure',
    { class: 'debrief-figure', 'data-name': `chart-${chart.name}` },
    root,
    el('figcaption', {}, caption),
  );
}
