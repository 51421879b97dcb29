import { PREFS_KEY } from '$lib/settings/device-prefs';
import { clearRuntimeCaches, deleteDatabase, safeGlobal } from '$lib/storage/wipe';
import { GUEST_DB_NAME, restoreDeviceLanguage, SESSION_KEY, WALK_IN_KEY } from './device';

/**
 * Erases everything a guest session left on the device, with the app's one wipe module
 * (src/lib/storage/wipe.ts) for the database and the caches. Each target is passed in, so the routine can be
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

export interface WipeResult {
	database: boolean;
	localKeys: string[];
	caches: string[];
	clipboard: boolean;
}

export async function wipeGuestSession(targets: WipeTargets): Promise<WipeResult> {
	const result: WipeResult = { database: false, localKeys: [], caches: [], clipboard: false };
	if (targets.indexedDB) result.database = await deleteDatabase(targets.indexedDB, GUEST_DB_NAME);

	try {
		targets.sessionStorage?.clear();
	} catch {
		// Blocked storage holds nothing.
	}

	if (targets.caches) result.caches = await clearRuntimeCaches(targets.caches);

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
	return {
		indexedDB: safeGlobal(() => globalThis.indexedDB),
		localStorage: safeGlobal(() => globalThis.localStorage),
		sessionStorage: safeGlobal(() => globalThis.sessionStorage),
		caches: safeGlobal(() => globalThis.caches),
		clipboard: safeGlobal(() => globalThis.navigator?.clipboard),
		...extra
	};
}
