import type { Scenario } from '../engine';
import type { LocaleResources } from '../i18n/resources';
import { missingTextErrors } from './levelChecks';
import { readLevelFile } from './readLevelFile';
import { startBudgetErrors } from './startBudget';

/**
 * The checks beyond those every loader runs (parseLevel): text keys in every language, as
 * `path: message` lines.
 */
export function deepErrors(s: Scenario, resources: LocaleResources): string[] {
  return missingTextErrors(s, resources);
}

export interface CheckReport {
  /** `file: path.to.field: what is wrong`, in file order. */
  problems: string[];
  /** The levels that passed, for the summary line. */
  passed: { file: string; scenario: Scenario }[];
}

/** Reads and checks level files (Node only). The budget check plays no quarter, only sets up. */
export function checkLevelFiles(files: string[], resources: LocaleResources): CheckReport {
  const problems: string[] = [];
  const passed: CheckReport['passed'] = [];
  for (const file of files) {
    const loaded = readLevelFile(file);
    if (!loaded.ok) {
      problems.push(...loaded.errors);
      continue;
    }
    // The budget check builds a game, which needs every reference to resolve: parseLevel saw to it.
    const more = [...deepErrors(loaded.value, resources), ...startBudgetErrors(loaded.value)];
    if (more.length) problems.push(...more.map((e) => `${file}: ${e}`));
    else passed.push({ file, scenario: loaded.value });
  }
  return { problems, passed };
}

/** One line: how many levels passed and what each holds. */
export function summaryLine(passed: CheckReport['passed']): string {
  const parts = passed.map(({ file, scenario: s }) => {
    const tps = s.stages.reduce((a, st) => a + st.touchpoints.length, 0);
    return `${file} (${s.id} r${s.revision}: ${s.quarters} quarters, ${s.segments.length} segments, ${tps} touchpoints, ${s.channels.length} channels, ${s.events.length} events)`;
  });
  return `levels:check: ${passed.length} level(s) OK: ${parts.join('; ')}`;
}
