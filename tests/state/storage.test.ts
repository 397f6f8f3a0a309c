import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  createMemoryStorage,
  createVersionedStore,
  type KeyValueStorage,
} from '../../src/state/storage';
import { SAVED_GAME_KEY, hasSavedGame } from '../../src/state/savedGame';

const ScoreSchema = z.object({ name: z.string(), score: z.number().int().min(0) });
type Score = z.infer<typeof ScoreSchema>;

function scoreStore(storage: KeyValueStorage = createMemoryStorage()) {
  const store = createVersionedStore<Score>({
    key: 'test.score',
    version: 2,
    storage,
    validate: (data) => {
      const parsed = ScoreSchema.safeParse(data);
      return parsed.success ? parsed.data : null;
    },
    migrate: (data, from) => {
      if (from === 1 && typeof data === 'object' && data !== null && 'points' in data) {
        return { name: 'anonymous', score: (data as { points: number }).points };
      }
      return null;
    },
  });
  return { store, storage };
}

describe('versioned storage', () => {
  it('reads back what it wrote', () => {
    const { store } = scoreStore();
    expect(store.write({ name: 'Anna', score: 3 })).toEqual({ ok: true });
    expect(store.read()).toEqual({ name: 'Anna', score: 3 });
  });

  it('refuses a value that fails validation and keeps the previous one', () => {
    const { store } = scoreStore();
    store.write({ name: 'Anna', score: 3 });
    expect(store.write({ name: 'Anna', score: -1 })).toEqual({ ok: false, reason: 'invalid' });
    expect(store.read()).toEqual({ name: 'Anna', score: 3 });
  });

  it('falls back to the last good copy when the current entry is corrupted', () => {
    const { store, storage } = scoreStore();
    store.write({ name: 'Anna', score: 3 });
    store.write({ name: 'Anna', score: 4 });
    storage.setItem('test.score', '{"version":2,"data":{"name":"Anna","sco');
    expect(store.read()).toEqual({ name: 'Anna', score: 3 });
  });

  it('does not overwrite a good backup with a corrupted current entry', () => {
    const { store, storage } = scoreStore();
    store.write({ name: 'Anna', score: 3 });
    store.write({ name: 'Anna', score: 4 });
    storage.setItem('test.score', 'garbage');
    store.write({ name: 'Anna', score: 5 });
    storage.setItem('test.score', 'garbage again');
    expect(store.read()).toEqual({ name: 'Anna', score: 3 });
  });

  it('migrates an older version and ignores a newer one', () => {
    const { store, storage } = scoreStore();
    storage.setItem('test.score', JSON.stringify({ version: 1, data: { points: 7 } }));
    expect(store.read()).toEqual({ name: 'anonymous', score: 7 });
    storage.setItem('test.score', JSON.stringify({ version: 3, data: { name: 'X', score: 1 } }));
    expect(store.read()).toBeNull();
  });

  it('reports a write the storage did not keep, and the previous value stays readable', () => {
    const inner = createMemoryStorage();
    const { store } = scoreStore(inner);
    store.write({ name: 'Anna', score: 3 });
    const full = {
      getItem: inner.getItem,
      removeItem: inner.removeItem,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const { store: fullStore } = scoreStore(full);
    expect(fullStore.write({ name: 'Anna', score: 9 })).toEqual({
      ok: false,
      reason: 'storage-failed',
    });
    expect(fullStore.read()).toEqual({ name: 'Anna', score: 3 });
  });

  it('never throws on arbitrary stored text and returns either null or a valid value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (current, backup) => {
        const storage = createMemoryStorage({
          'test.score': current,
          'test.score.lastGood': backup,
        });
        const value = scoreStore(storage).store.read();
        expect(value === null || ScoreSchema.safeParse(value).success).toBe(true);
      }),
    );
  });
});

describe('hasSavedGame', () => {
  it('is false without a save and true with one', () => {
    const storage = createMemoryStorage();
    expect(hasSavedGame(storage)).toBe(false);
    storage.setItem(SAVED_GAME_KEY, 'not json');
    expect(hasSavedGame(storage)).toBe(false);
    storage.setItem(SAVED_GAME_KEY, JSON.stringify({ version: 1, data: { quarter: 2 } }));
    expect(hasSavedGame(storage)).toBe(true);
  });
});
