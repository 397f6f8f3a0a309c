import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLevelFile } from '../../src/content/readLevelFile';
import { modelOf } from '../../src/engine/model';
import { makePrefs } from '../../src/engine/pool';
import { draw, STREAM, streamKey } from '../../src/engine/rng';

/** The preferred channel per stage by stopping at the first cumulative share above the draw. */
function linearSearch(model: ReturnType<typeof modelOf>, key: number, ident: number, g: number) {
  const { S, C, prefCumulative } = model;
  let packed = 0;
  for (let s = 0; s < S; s++) {
    const u = draw(key, ident * 4 + 1 + (s >> 2));
    const x = ((u >>> ((s & 3) * 8)) & 255) / 256;
    const base = (g * S + s) * C;
    let c = 0;
    while (c < C - 1 && x >= prefCumulative[base + c]!) c++;
    packed |= c << (s * 4);
  }
  return (packed | ((draw(key, ident * 4 + 3) & 15) << 28)) >>> 0;
}

describe('makePrefs', () => {
  it('picks the same channels as a search that stops at the first share above the draw', () => {
    const levels = readdirSync('levels').filter((f) => f.endsWith('.json'));
    expect(levels.length).toBeGreaterThan(0);
    for (const f of levels) {
      const r = readLevelFile(`levels/${f}`);
      if (!r.ok) throw new Error(r.errors.join('\n'));
      const model = modelOf(r.value);
      const key = streamKey(5, 0, STREAM.traits);
      const seen = new Set<number>();
      for (let g = 0; g < model.G; g++)
        for (let ident = 0; ident < 3000; ident++) {
          const p = makePrefs(model, key, ident, g);
          expect(p).toBe(linearSearch(model, key, ident, g));
          seen.add(p & 15);
        }
      // More than one channel is chosen in the first stage, so the comparison means something.
      expect(seen.size).toBeGreaterThan(1);
    }
  });
});
