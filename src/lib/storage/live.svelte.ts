import { createSubscriber } from 'svelte/reactivity';
import { loadStorage, openWhenCreatedElsewhere, storageExists, storageLoaded } from './db';
import { storageHealth } from './health.svelte';
import { onAccessChange } from './unlocked';

/**
 * A Dexie live query as reactive state: re-runs when the data changes, in this tab or another. Read
 * `.current` in a template, a `$derived` or an effect. It can be created anywhere (a component, a manager
 * at module level): like Svelte's own `createSubscriber` examples, it starts asking storage when something
 * first reads it in a reactive place, and stops when nothing reads it any more.
 *
 * On a first visit there is no database yet: the query then waits, without loading Dexie, until the
 * first save (or a restore) in this tab or another one creates it, and starts from there.
 */
export class LiveQuery<T> {
	// Raw: every answer from storage is a fresh, read-only copy, replaced as a whole. Deep proxies over
	// 150 people cost a map redraw more than the drawing itself, and records go back to IndexedDB plain.
	#value = $state.raw<T>() as T;
	#loaded = $state(false);
	readonly #subscribe: () => void;

	constructor(query: () => T | Promise<T>, initial: T) {
		this.#value = initial;
		this.#subscribe = createSubscriber(() => {
			let stopQuery = this.#follow(query);
			// Unlocking or locking a profile in this tab lives in session storage, which Dexie cannot see:
			// ask again, so a room fills the moment the PIN is right and empties the moment the lock returns.
			const stopListening = onAccessChange(() => {
				stopQuery();
				stopQuery = this.#follow(query);
			});
			return () => {
				stopListening();
				stopQuery();
			};
		});
	}

	#follow(query: () => T | Promise<T>): () => void {
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
	}

	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** False until the first answer from storage, so a room can avoid flashing its empty state. */
	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}
}
