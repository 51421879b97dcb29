import { classifyStorageError, type StorageProblem } from './errors';
import { loadStorage } from './db';
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
 * something worth keeping; on failure it reports the problem and resolves to undefined.
 */
export async function save<T>(write: () => Promise<T>): Promise<T | undefined> {
	try {
		await loadStorage();
		const result = await write();
		void askPersistenceOnce();
		return result;
	} catch (error) {
		storageHealth.report(error);
		return undefined;
	}
}
