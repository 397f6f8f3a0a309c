/**
 * A class session's events: the scenario's own, none at all, or only those the trainer triggers
 * live from the scenario's list, each for the quarter about to open.
 */
export const EVENT_MODES = ['scenario', 'none', 'live'] as const;
export type EventMode = (typeof EVENT_MODES)[number];
