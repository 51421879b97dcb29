import { PREFS_KEY } from '$lib/settings/device-prefs';
import { GUEST_DB_NAME, restoreDeviceLanguage, SESSION_KEY, WALK_IN_KEY } from './device';

/**
 * Erases everything a guest session left on the device. Each target is passed in, so the routine can be
 * tested against fakes; in the app `browserTargets()` supplies the real ones.
 */
export interface WipeTargets {
	indexedDB?: Pick<IDBFactory, 'deleteDatabase'>;
	localStorage?: Pick<Storage, 'key' | 'getItem' | 'setItem' | 'removeItem' | 'length'>;
	sessionStorage?: Pick<Storage, 'clear'>;
	caches?: Pick<CacheStorage, 'keys' | 'delete'>;
	clipboard?: Pick<Clipboard, 'writeText'>;
	/** The app put a share link on the clipboard during this session. */
	clipboardDirty?: boolean;
	/** The device's own language, to restore after the guest chose another. */
	deviceLang?: string;
}

/** localStorage keys that are about the device, not the guest. Everything else goes. */
export const KEEP_LOCAL_KEYS: readonly string[] = [PREFS_KEY, WALK_IN_KEY];

/** Caches that hold only the app itself (the service worker's precache). Runtime caches go. */
export function isAppShellCache(name: string): boolean {
	return name.startsWith('workbox-precache');
}

export interface WipeResult {
	database: boolean;
	localKeys: string[];
	caches: string[];
	clipboard: boolean;
}

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

export async function wipeGuestSession(targets: WipeTargets): Promise<WipeResult> {
	const result: WipeResult = { database: false, localKeys: [], caches: [], clipboard: false };
	if (targets.indexedDB) result.database = await deleteDatabase(targets.indexedDB, GUEST_DB_NAME);

	try {
		targets.sessionStorage?.clear();
	} catch {
		// Blocked storage holds nothing.
	}

	if (targets.caches) {
		try {
			for (const name of await targets.caches.keys()) {
				if (isAppShellCache(name)) continue;
				await targets.caches.delete(name);
				result.caches.push(name);
			}
		} catch {
			// No Cache Storage (private mode, http): nothing was cached either.
		}
	}

	if (targets.clipboardDirty && targets.clipboard) {
		try {
			await targets.clipboard.writeText(' ');
			result.clipboard = true;
		} catch {
			// Without focus the browser refuses; the guest bar says so on screen.
		}
	}

	const storage = targets.localStorage;
	if (storage) {
		try {
			const keys: string[] = [];
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i);
				if (key !== null) keys.push(key);
			}
			for (const key of keys) {
				// The session marker goes last: if the tablet dies half-way, the next start wipes again.
				if (KEEP_LOCAL_KEYS.includes(key) || key === SESSION_KEY) continue;
				storage.removeItem(key);
				result.localKeys.push(key);
			}
			restoreDeviceLanguage(storage, targets.deviceLang);
			if (result.database || !targets.indexedDB) storage.removeItem(SESSION_KEY);
		} catch {
			// Blocked storage holds nothing.
		}
	}
	return result;
}

/** The real browser storage areas. */
export function browserTargets(extra: Pick<WipeTargets, 'clipboardDirty' | 'deviceLang'>): WipeTargets {
	const safe = <T>(get: () => T): T | undefined => {
		try {
			return get() ?? undefined;
		} catch {
			return undefined;
		}
	};
	return {
		indexedDB: safe(() => globalThis.indexedDB),
		localStorage: safe(() => globalThis.localStorage),
		sessionStorage: safe(() => globalThis.sessionStorage),
		caches: safe(() => globalThis.caches),
		clipboard: safe(() => globalThis.navigator?.clipboard),
		...extra
	};
}
