import { createMemoryStorage, type KeyValueStorage } from '../../src/state/storage';

/**
 * A storage in memory whose writes throw a quota error, as a full browser storage does, wherever
 * `refuses(key)` says so at the time of the write; reads and removals always work. `inner` is
 * the storage underneath, to look at what was kept.
 */
export function refusingStorage(
  refuses: (key: string) => boolean,
  inner = createMemoryStorage(),
): KeyValueStorage {
  return {
    get length() {
      return inner.length;
    },
    key: (i) => inner.key(i),
    getItem: (k) => inner.getItem(k),
    removeItem: (k) => inner.removeItem(k),
    setItem: (k, v) => {
      if (refuses(k)) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(k, v);
    },
  };
}
