import { classifyStorageError, type StorageProblem } from './errors';
import { loadStorage } from './db';
import type { WriteResult } from './result';
import { askPersistenceOnce } from './persistence';

/** The app-wide storage problem, if any; the layout shows it as a calm banner instead of a blank page. */
class StorageHealth {
	#problem = $state<StorageProblem | null>(null);

	get problem(): StorageProblem | null {
		return this.#problem;
	}

	report(error: unknown): void {
		console.warn('[storage]', error);
		this.#problem = classifyStorageError(error);
	}

	clear(): void {
		this.#problem = null;
	}
}

export const storageHealth = new StorageHealth();

/**
 * Runs a write. On success it asks (once) for persistent storage, because the resident now has
 * something worth keeping; on failure it reports the problem (the calm banner) and says which it was.
 */
export async function save<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
	try {
		await loadStorage();
		const value = await write();
		void askPersistenceOnce();
		return { ok: true, value };
	} catch (error) {
		storageHealth.report(error);
		return { ok: false, problem: classifyStorageError(error) };
	}
}
