/** Team names are typed by players: trimmed, limited, compared without case, shown as text only. */
export const TEAM_NAME_MAX = 24;

export type TeamNameCheck =
  { ok: true; name: string } | { ok: false; reason: 'empty' | 'tooLong' | 'taken' };

/** Collapses white space (and drops control characters), so "A  team" and "A team" are one name. */
export function tidyTeamName(raw: string): string {
  return raw
    .replace(/\p{Cc}|\p{Cf}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function checkTeamName(raw: unknown, taken: Iterable<string>): TeamNameCheck {
  const name = typeof raw === 'string' ? tidyTeamName(raw) : '';
  if (!name) return { ok: false, reason: 'empty' };
  if ([...name].length > TEAM_NAME_MAX) return { ok: false, reason: 'tooLong' };
  const key = name.toLocaleLowerCase('en');
  for (const other of taken)
    if (other.toLocaleLowerCase('en') === key) return { ok: false, reason: 'taken' };
  return { ok: true, name };
}

/** A team name from a record's file name ("Blue team.record.json" → "Blue team"). */
export function teamNameFromFile(fileName: string): string {
  const base = fileName.replace(/\.(record\.)?json$/i, '').replace(/\.record$/i, '');
  return tidyTeamName(base).slice(0, TEAM_NAME_MAX * 2) || fileName;
}
