/** What the Run's sidebar holds, measured at one width and text size (px). */
export interface SidebarNeeds {
  /** The sidebar's height, from the map's top to just above the Continue button. */
  height: number;
  /** Between the channel list and the mood key. */
  gap: number;
  /** The channel list's least height: its heading and a row per channel. */
  channels: number;
  /** The mood key's least height, and its least when compact (short heading, smaller moods). */
  legend: number;
  compactLegend: number;
  /** The mood key's usual height, where the channels leave it the room. */
  usualLegend: number;
}

/**
 * Where the mood key goes: in the sidebar at its usual size, compact in the sidebar, or (where
 * even the compact key leaves the channels too little room: nine channels at projector text)
 * in a band under the map, where it costs the map a line of height instead of the channels.
 */
export type LegendPlace = 'sidebar' | 'compact' | 'underMap';

export interface SidebarLayout {
  legend: LegendPlace;
  channelsHeight: number;
  /** The key's height in the sidebar; 0 when it stands under the map. */
  legendHeight: number;
}

/** How the channel list and the mood key share the sidebar. */
export function sidebarLayout(n: SidebarNeeds): SidebarLayout {
  const room = n.height + 0.5;
  const place: LegendPlace =
    n.channels + n.gap + n.legend <= room
      ? 'sidebar'
      : n.channels + n.gap + n.compactLegend <= room
        ? 'compact'
        : 'underMap';
  if (place === 'underMap') return { legend: place, channelsHeight: n.height, legendHeight: 0 };
  const least = place === 'sidebar' ? n.legend : n.compactLegend;
  // The key keeps its usual height where the channels leave room, else what it needs.
  const legendHeight = Math.max(least, Math.min(n.usualLegend, n.height - n.gap - n.channels));
  return { legend: place, channelsHeight: n.height - legendHeight - n.gap, legendHeight };
}

/** Whether the channels and the key fit a sidebar with these needs without moving the key out. */
export function keyFitsBeside(n: SidebarNeeds): boolean {
  return sidebarLayout(n).legend !== 'underMap';
}
