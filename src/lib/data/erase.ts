import { DB_NAME } from '$lib/storage/schema';
import { deleteDatabase, isAppShellCache } from '$lib/walk-in/wipe';

/** Where "delete everything" reaches; passed in so the routine can be tested against fakes. */
export interface EraseTargets {
	closeDatabase?: () => void;
	indexedDB?: Pick<IDBFactory, 'deleteDatabase'>;
	localStorage?: Pick<Storage, 'clear'>;
	sessionStorage?: Pick<Storage, 'clear'>;
	caches?: Pick<CacheStorage, 'keys' | 'delete'>;
}

export interface EraseResult {
	database: boolean;
	caches: string[];
}

/**
 * Deletes every profile, record and setting on this device. Only the service worker's copy of the app
 * itself stays (it holds nothing personal), so the app still opens offline afterwards.
 */
export async function eraseEverything(targets: EraseTargets): Promise<EraseResult> {
	const result: EraseResult = { database: false, caches: [] };
	targets.closeDatabase?.();
	if (targets.indexedDB) result.database = await deleteDatabase(targets.indexedDB, DB_NAME);
	for (const area of [targets.localStorage, targets.sessionStorage]) {
		try {
			area?.clear();
		} catch {
			// Blocked storage holds nothing.
		}
	}
	if (targets.caches) {
		try {
			for (const name of await targets.caches.keys()) {
				if (isAppShellCache(name)) continue;
				await targets.caches.delete(name);
				result.caches.push(name);
			}
		} catch {
			// No Cache Storage: nothing was cached either.
		}
	}
	return result;
}

export function browserEraseTargets(closeDatabase?: () => void): EraseTargets {
	const safe = <T>(get: () => T): T | undefined => {
		try {
			return get() ?? undefined;
		} catch {
			return undefined;
		}
	};
	return {
		closeDatabase,
		indexedDB: safe(() => indexedDB),
		localStorage: safe(() => localStorage),
		sessionStorage: safe(() => sessionStorage),
		caches: safe(() => caches)
	};
}
