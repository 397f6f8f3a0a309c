/** What both the trainer's page and a team's browser read of a class room's synced state. */
export interface RoomView {
  phase: string;
  scenario: string;
  difficulty: string;
  seed: number;
  quarters: number;
  quarter: number;
  paused: boolean;
}

/** A key no one guesses (36 hex digits): a trainer's or a team's claim on its place in a room. */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
