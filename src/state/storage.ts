/**
 * Small, careful persistence helpers over a key-value storage (localStorage in the browser, an
 * in-memory map in tests). Nothing here throws: a full disk, a private window or a corrupted
 * entry must never take the game down.
 */

/** The part of the Web Storage API we use; `localStorage` satisfies it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many entries there are and the name of each (as Web Storage): lists the saved games. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** Every key in a storage (empty when it cannot list them or listing throws). */
export function storageKeys(storage: KeyValueStorage): string[] {
  try {
    const count = storage.length ?? 0;
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const key = storage.key?.(i);
      if (typeof key === 'string') keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** A storage that lives in memory: for tests, and when the browser refuses localStorage. */
export function createMemoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  readonly entries: Map<string, string>;
  readonly length: number;
  key(index: number): string | null;
} {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

/** Wraps a storage so that reads and writes that throw become "nothing there" / "not written". */
export function createSafeStorage(storage: KeyValueStorage): KeyValueStorage {
  return {
    get length() {
      try {
        return storage.length ?? 0;
      } catch {
        return 0;
      }
    },
    key(index) {
      try {
        return storage.key?.(index) ?? null;
      } catch {
        return null;
      }
    },
    getItem(key) {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        storage.setItem(key, value);
      } catch {
        // Quota exceeded or storage disabled: the game goes on with what it has in memory.
      }
    },
    removeItem(key) {
      try {
        storage.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

/** A storage, and whether what is written there outlives the page. */
export type PageStorage = KeyValueStorage & { readonly persistent: boolean };

/**
 * The browser's localStorage when it can be read, otherwise memory (settings and the game then
 * last a visit; the title says so). Only reading is probed: a full storage still holds the saves
 * to continue, and a write that fails is reported where it happens.
 */
export function browserStorage(): PageStorage {
  try {
    window.localStorage.getItem('nba.storage-probe');
    return withPersistence(createSafeStorage(window.localStorage), true);
  } catch {
    return withPersistence(createMemoryStorage(), false);
  }
}

// defineProperty, not a spread or Object.assign: those would freeze `length` at its first value.
function withPersistence(storage: KeyValueStorage, persistent: boolean): PageStorage {
  return Object.defineProperty(storage, 'persistent', { value: persistent }) as PageStorage;
}

export type WriteResult = { ok: true } | { ok: false; reason: 'invalid' | 'storage-failed' };

export interface VersionedStore<T> {
  /** The current value, else the last good copy, else null. Never throws. */
  read(): T | null;
  /**
   * Validates, keeps the previous good value as a backup, then writes. Refuses invalid values.
   * `keepBackup`: the current value is readable but known to be of no use (the caller could not
   * play it and went on from the backup), so the backup stays as it is: the last usable copy.
   */
  write(value: T, options?: { keepBackup?: boolean }): WriteResult;
  /** Removes the value and its backup. */
  clear(): void;
}

export interface VersionedStoreOptions<T> {
  key: string;
  version: number;
  /** Returns the value when it is valid, otherwise null (e.g. a zod `safeParse`). */
  validate: (data: unknown) => T | null;
  /** Upgrades data written by an older version; return null when it cannot be upgraded. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  storage: KeyValueStorage;
}

interface Envelope {
  version: number;
  data: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    typeof value.version === 'number' &&
    Number.isInteger(value.version) &&
    'data' in value
  );
}

/**
 * A JSON value with a version, stored under `key`, with the last good value kept under
 * `key + '.lastGood'`, so an interrupted or bad write never loses a good save.
 */
export function createVersionedStore<T>(options: VersionedStoreOptions<T>): VersionedStore<T> {
  const { key, version, validate, migrate } = options;
  const storage = createSafeStorage(options.storage);
  const backupKey = `${key}.lastGood`;

  const decode = (raw: string | null): T | null => {
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return null;
    }
    if (!isEnvelope(parsed)) return null;
    if (parsed.version === version) return validate(parsed.data);
    if (parsed.version < version && migrate) {
      try {
        return validate(migrate(parsed.data, parsed.version));
      } catch {
        return null;
      }
    }
    return null;
  };

  const encode = (value: T): string => JSON.stringify({ version, data: value } satisfies Envelope);

  return {
    read() {
      return decode(storage.getItem(key)) ?? decode(storage.getItem(backupKey));
    },
    write(value, writeOptions) {
      const valid = validate(value);
      if (valid === null) return { ok: false, reason: 'invalid' };
      const currentRaw = storage.getItem(key);
      if (!writeOptions?.keepBackup && decode(currentRaw) !== null && currentRaw !== null)
        storage.setItem(backupKey, currentRaw);
      const encoded = encode(valid);
      storage.setItem(key, encoded);
      if (storage.getItem(key) !== encoded) return { ok: false, reason: 'storage-failed' };
      return { ok: true };
    },
    clear() {
      storage.removeItem(key);
      storage.removeItem(backupKey);
    },
  };
}
