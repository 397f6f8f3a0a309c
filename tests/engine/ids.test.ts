import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../src/engine/schema/common';
import { parseLevel } from '../../src/content/levelLoader';
import { readFileSync } from 'node:fs';

describe('ids cannot reach Object.prototype', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__'])(
    'refuses %s as an id',
    (id) => {
      expect(IdSchema.safeParse(id).success).toBe(false);
    },
  );

  it('keeps ordinary ids, and refuses one longer than 40 characters', () => {
    expect(IdSchema.safeParse('call-centre_2').success).toBe(true);
    expect(IdSchema.safeParse('a'.repeat(40)).success).toBe(true);
    expect(IdSchema.safeParse('a'.repeat(41)).success).toBe(false);
  });

  it('a level naming a channel "constructor" is refused with the field named', () => {
    const level = JSON.parse(readFileSync('levels/tutorial.json', 'utf8'));
    level.channels[0].id = 'constructor';
    const loaded = parseLevel('edited.json', level);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors).toContain(
      'edited.json: channels.0.id: This identifier is reserved (a name JavaScript objects already have); choose another. (found: "constructor")',
    );
  });
});
