import { loadStorage, openWhenCreatedElsewhere, storageExists, storageLoaded } from './db';
import { storageHealth } from './health.svelte';
import { accessChanges } from './access.svelte';

/**
 * A Dexie live query as reactive state: re-runs when the data changes, in this tab or another.
 * Create it while a component initialises (it uses $effect), read `.current`.
 *
 * On a first visit there is no database yet: the query then waits, without loading Dexie, until the
 * first save (or a restore) in this tab or another one creates it, and starts from there.
 */
export class LiveQuery<T> {
	// Raw: every answer from storage is a fresh, read-only copy, replaced as a whole. Deep proxies over
	// 150 people cost a map redraw more than the drawing itself, and records go back to IndexedDB plain.
	#value = $state.raw<T>() as T;
	#loaded = $state(false);

	constructor(query: () => T | Promise<T>, initial: T) {
		this.#value = initial;
		$effect(() => {
			// Runs again when this tab unlocks or locks a profile (session storage, which Dexie cannot see).
			void accessChanges.count;
			let stopped = false;
			let unsubscribe = () => undefined as void;
			void (async () => {
				try {
					if ((await storageExists()) === false) {
						this.#loaded = true;
						openWhenCreatedElsewhere();
						await storageLoaded;
					} else {
						await loadStorage();
					}
					const { liveQuery } = await import('dexie');
					if (stopped) return;
					const subscription = liveQuery(query).subscribe({
						next: (value) => {
							this.#value = value;
							this.#loaded = true;
						},
						error: (error) => storageHealth.report(error)
					});
					unsubscribe = () => subscription.unsubscribe();
				} catch (error) {
					storageHealth.report(error);
					this.#loaded = true;
				}
			})();
			return () => {
				stopped = true;
				unsubscribe();
			};
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
