import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLevels, createLevelRegistry, fetchShippedLevels } from '../../src/state/levels';
import { fetchFromDisk } from '../content/servedFiles';

const airlineJson = JSON.parse(readFileSync('levels/airline.json', 'utf8')) as { id: string };
const as = (id: string) => ({ ...airlineJson, id });

describe('level registry', () => {
  it('orders tutorial, airline, hotel, then others by id', () => {
    const registry = createLevelRegistry({
      '../levels/zeta.json': as('zeta'),
      '../levels/hotel.json': as('hotel'),
      '../levels/airline.json': as('airline'),
      '../levels/alpha.json': as('alpha'),
      '../levels/tutorial.json': as('tutorial'),
    });
    expect(registry.all.map((s) => s.id)).toEqual([
      'tutorial',
      'airline',
      'hotel',
      'alpha',
      'zeta',
    ]);
    expect(registry.get('hotel')?.id).toBe('hotel');
    expect(registry.get('nope')).toBeUndefined();
  });

  it('leaves a broken file out and says why', () => {
    const registry = createLevelRegistry({
      '../levels/airline.json': airlineJson,
      '../levels/bad.json': { ...airlineJson, id: 'bad', quarters: 99 },
    });
    expect(registry.all.map((s) => s.id)).toEqual(['airline']);
    expect(registry.broken[0]?.file).toBe('bad.json');
    expect(registry.broken[0]?.errors.join()).toContain('quarters');
  });

  it('ships every level file in levels/, fetched by the URLs the build gives them', async () => {
    expect(() => bundledLevels()).toThrow(/not been fetched/);
    await fetchShippedLevels(fetchFromDisk);
    expect(bundledLevels().all.map((s) => s.id)).toEqual(['tutorial', 'airline', 'hotel']);
    expect(bundledLevels().broken).toEqual([]);
  });
});
