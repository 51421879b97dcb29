/**
 * The one wipe module: everything that erases the resident's data goes through here, so each erase
 * reaches the same places the same way.
 * - "Alles wissen" (`eraseEverything`): the database, local and session storage, the runtime caches;
 * - a profile's delete (`eraseProfile`): its records, all or nothing, and the current profile moves on;
 * - the end of a walk-in guest session (src/lib/walk-in/wipe.ts): the guest database and the runtime caches
 *   through `deleteDatabase` and `clearRuntimeCaches`, plus what only a guest session leaves behind.
 * Each target is passed in, so the routines can be tested against fakes.
 */
import type { AppDb } from './app-db';
import { settleCurrentProfile } from './current-profile';
import { DB_NAME, PERSONAL_TABLES } from './schema';

/** Deletes a database; resolves false when it stays blocked (another tab keeps it open) for too long. */
export function deleteDatabase(
	factory: Pick<IDBFactory, 'deleteDatabase'>,
	name: string,
	patienceMs = 5000
): Promise<boolean> {
	return new Promise((resolve) => {
		let settled = false;
		const settle = (ok: boolean) => {
			if (settled) return;
			settled = true;
			resolve(ok);
		};
		try {
			const request = factory.deleteDatabase(name);
			request.onsuccess = () => settle(true);
			request.onerror = () => settle(false);
			// "blocked" is not final: the delete goes ahead once other connections close. Give it a moment.
			request.onblocked = () => setTimeout(() => settle(false), patienceMs);
		} catch {
			settle(false);
		}
	});
}

/** Caches that hold only the app itself (the service worker's precache). Runtime caches go. */
export function isAppShellCache(name: string): boolean {
	return name.startsWith('workbox-precache');
}

/** Deletes every cache but the app's own precache; answers the names it deleted. */
export async function clearRuntimeCaches(caches: Pick<CacheStorage, 'keys' | 'delete'>): Promise<string[]> {
	const deleted: string[] = [];
	try {
		for (const name of await caches.keys()) {
			if (isAppShellCache(name)) continue;
			await caches.delete(name);
			deleted.push(name);
		}
	} catch {
		// No Cache Storage (private mode, http): nothing was cached either.
	}
	return deleted;
}

/** Removes one profile and every record that belongs to it, all or nothing. */
export async function eraseProfile(database: AppDb, id: string): Promise<void> {
	const tables = [...PERSONAL_TABLES.map((t) => database.table(t)), database.settings];
	await database.transaction('rw', tables, async () => {
		for (const table of PERSONAL_TABLES) {
			if (table === 'profiles') await database.profiles.delete(id);
			else await database.table(table).where('profileId').equals(id).delete();
		}
		// The profile in use may be gone: the oldest other profile takes its place.
		await settleCurrentProfile(database);
	});
}

/** Where "delete everything" reaches. */
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
	if (targets.caches) result.caches = await clearRuntimeCaches(targets.caches);
	return result;
}

/** Reads a browser global that may be missing or throw (blocked storage, private mode). */
export function safeGlobal<T>(get: () => T): T | undefined {
	try {
		return get() ?? undefined;
	} catch {
		return undefined;
	}
}

export function browserEraseTargets(closeDatabase?: () => void): EraseTargets {
	return {
		closeDatabase,
		indexedDB: safeGlobal(() => indexedDB),
		localStorage: safeGlobal(() => localStorage),
		sessionStorage: safeGlobal(() => sessionStorage),
		caches: safeGlobal(() => caches)
	};
}
