import type { StorageProblem } from './errors';

/**
 * What every write answers. A write whose value is `undefined` (a delete, a put) still succeeded, so a
 * caller tests `ok`, never the value: "bewaard", undo and navigation follow only a write that worked.
 */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };
