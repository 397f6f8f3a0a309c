/** A plain-text view of the debrief for the command line (developer-facing, like the sim report). */
import { SCORES } from './attribution';
import type { Debrief } from './debrief';

const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);

export function debriefText(debrief: Debrief): string {
  const lines = ['', 'why did it move (true score, change by driver)'];
  const parts = [
    ...debrief.attribution.quarters.map((q) => ({ label: `Q${q.quarter + 1}`, q })),
    { label: 'game', q: debrief.attribution.game },
  ];
  for (const { label, q } of parts)
    for (const s of SCORES) {
      const a = q[s];
      const drivers = a.drivers
        .filter((d) => Math.abs(d.delta) >= 0.005)
        .map((d) => `${d.id} ${signed(d.delta)}`)
        .join(', ');
      lines.push(`${label.padEnd(4)} ${s.padEnd(4)} ${signed(a.total).padStart(8)}  ${drivers}`);
    }
  lines.push('', 'lessons');
  for (const l of debrief.lessons)
    lines.push(
      `${l.pillar.padEnd(13)} ${l.competency.padEnd(9)} ${l.id}.${l.label} ${JSON.stringify(l.params)}`,
    );
  return lines.join('\n');
}
