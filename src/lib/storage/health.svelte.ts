import { liveQuery } from 'dexie';
import { classifyStorageError, type StorageProblem } from './errors';
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
		const result = await write();
		void askPersistenceOnce();
		return result;
	} catch (error) {
		storageHealth.report(error);
		return undefined;
	}
}

/**
 * A Dexie live query as reactive state: re-runs when the data changes, in this tab or another.
 * Create it while a component initialises (it uses $effect), read `.current`.
 */
export class LiveQuery<T> {
	#value = $state<T>() as T;
	#loaded = $state(false);

	constructor(query: () => T | Promise<T>, initial: T) {
		this.#value = initial;
		$effect(() => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#loaded = true;
				},
				error: (error) => storageHealth.report(error)
			});
			return () => subscription.unsubscribe();
		});
	}

	get current(): T {
		return this.#value;
	}

	/** False until the first answer from storage, so a room can avoid flashing its empty state. */
	get loaded(): boolean {
		return this.#loaded;
	}
}
