import {
  emptyProgress,
  PROGRESS_VERSION,
  ProgressSchema,
  type Progress,
} from '../practice/progress';
import { createVersionedStore, type KeyValueStorage, type WriteResult } from './storage';

/** Where CCXP practice progress is kept (with `.lastGood` beside it; see storage.ts). */
export const PRACTICE_PROGRESS_KEY = 'nba.practiceProgress';

export interface ProgressSlot {
  /** The saved progress, else its last good copy, else an empty one. */
  read(): Progress;
  write(progress: Progress): WriteResult;
  /** Forgets everything (the caller asks for confirmation first). */
  reset(): void;
}

/** Practice progress in local storage: a write that fails or a corrupt entry keeps the last good. */
export function practiceProgressSlot(storage: KeyValueStorage): ProgressSlot {
  const store = createVersionedStore<Progress>({
    key: PRACTICE_PROGRESS_KEY,
    version: PROGRESS_VERSION,
    validate: (data) => {
      const parsed = ProgressSchema.safeParse(data);
      return parsed.success ? parsed.data : null;
    },
    storage,
  });
  return {
    read: () => store.read() ?? emptyProgress(),
    write: (progress) => store.write(progress),
    reset: () => store.clear(),
  };
}
