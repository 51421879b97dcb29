/**
 * Walk-in mode ("inloop-modus") on a shared tablet at a neighbourhood centre.
 *
 * The configuration is not personal (centre name, neighbourhood, timeout, the hash of the staff code)
 * and lives in localStorage, because storage must know whether this is a walk-in device BEFORE it opens
 * any database: on a walk-in device the owner's database is never opened, guests get their own one.
 */
import { PREFS_KEY } from '$lib/settings/device-prefs';
import { local, readJson, type KeyValue } from '$lib/settings/walk-in-config';

// The walk-in settings themselves are a device setting that storage reads too: settings/walk-in-config.ts.
export {
	clampTimeout,
	clearWalkInConfig,
	DEFAULT_TIMEOUT_MINUTES,
	GUEST_DB_NAME,
	isWalkInDevice,
	MAX_TIMEOUT_MINUTES,
	MIN_TIMEOUT_MINUTES,
	readWalkInConfig,
	WALK_IN_KEY,
	writeWalkInConfig,
	type WalkInConfig
} from '$lib/settings/walk-in-config';
import type { WalkInConfig } from '$lib/settings/walk-in-config';

/** Present while a guest session runs, so a session cut short by a power-off is wiped at the next start. */
export const SESSION_KEY = 'aan-het-roer:walk-in-session';
/** In sessionStorage: this tab runs the session (a reload keeps it; a restarted browser does not). */
export const TAB_KEY = 'aan-het-roer:walk-in-tab';

/** After 5 wrong codes: wait 1 minute, then 2, 4, … up to 15 minutes per further wrong code. */
export function lockoutMs(failedAttempts: number): number {
	if (failedAttempts < 5) return 0;
	return Math.min(15 * 60_000, 60_000 * 2 ** (failedAttempts - 5));
}

export interface SessionMarker {
	startedAt: number;
	/** Updated now and then while the guest works, so a stale marker is recognised. */
	lastActive: number;
	/** The app put a share link on the clipboard; overwrite it even after a crash. */
	clipboard?: boolean;
}

export function readSessionMarker(storage: KeyValue | undefined = local()): SessionMarker | null {
	const value = readJson(storage, SESSION_KEY) as Partial<SessionMarker> | null;
	if (!value || typeof value.startedAt !== 'number') return null;
	return {
		startedAt: value.startedAt,
		lastActive: typeof value.lastActive === 'number' ? value.lastActive : value.startedAt,
		clipboard: value.clipboard === true
	};
}

export function writeSessionMarker(marker: SessionMarker, storage: KeyValue | undefined = local()): void {
	try {
		storage?.setItem(SESSION_KEY, JSON.stringify(marker));
	} catch {
		// A full or blocked storage: the session still runs, only crash recovery is weaker.
	}
}

/**
 * Whether a session marker was left behind by a session that no longer runs: the browser was restarted
 * (this tab does not know the session) or nobody touched the tablet for longer than the timeout.
 */
export function isAbandoned(
	marker: SessionMarker,
	ownedByThisTab: boolean,
	timeoutMinutes: number,
	now: number
): boolean {
	return !ownedByThisTab || now - marker.lastActive > timeoutMinutes * 60_000;
}

function tabOwner(): string | null {
	try {
		return globalThis.sessionStorage?.getItem(TAB_KEY) ?? null;
	} catch {
		return null;
	}
}

/** A guest session runs in this tab. */
export function guestSessionRunning(): boolean {
	const marker = readSessionMarker();
	return !!marker && tabOwner() === String(marker.startedAt);
}

/**
 * What a page load finds: no session; this tab's own; one to wipe for sure (stale, or its tab is gone and
 * no other tab can be asked); or one this tab does not know that may still run in another tab (the new tab
 * asks the others with a Web Lock, tab-lock.ts, and joins or wipes).
 */
export type SessionFinding =
	| { kind: 'none' }
	| { kind: 'mine'; marker: SessionMarker }
	| { kind: 'abandoned'; marker: SessionMarker }
	| { kind: 'elsewhere'; marker: SessionMarker };

export function findSession(
	config: WalkInConfig,
	now = Date.now(),
	canAskOtherTabs = typeof navigator !== 'undefined' && !!navigator.locks
): SessionFinding {
	const marker = readSessionMarker();
	if (!marker) return { kind: 'none' };
	const owned = tabOwner() === String(marker.startedAt);
	if (isAbandoned(marker, true, config.timeoutMinutes, now)) return { kind: 'abandoned', marker };
	if (owned) return { kind: 'mine', marker };
	return canAskOtherTabs ? { kind: 'elsewhere', marker } : { kind: 'abandoned', marker };
}

/** This tab takes part in the session that another tab began (a second tab during one guest's visit). */
export function joinSession(marker: SessionMarker): void {
	try {
		sessionStorage.setItem(TAB_KEY, String(marker.startedAt));
	} catch {
		// Without sessionStorage the next load of this tab asks the other tabs again.
	}
}

/** Puts the device's own language back in the prefs (the guest may have chosen another one). */
export function restoreDeviceLanguage(
	storage: Pick<Storage, 'getItem' | 'setItem'>,
	deviceLang?: string
): void {
	let prefs: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(storage.getItem(PREFS_KEY) ?? '{}');
		if (parsed && typeof parsed === 'object') prefs = parsed as Record<string, unknown>;
	} catch {
		// Broken prefs: start from the defaults.
	}
	if (deviceLang) prefs.lang = deviceLang;
	else delete prefs.lang;
	storage.setItem(PREFS_KEY, JSON.stringify(prefs));
}

/**
 * The synchronous first step of wiping a session that was cut short for sure: the device language and
 * sessionStorage are reset at once, before the layout applies the language. (A session that may run in
 * another tab is decided asynchronously; if it has to go after all, session.ts reloads the page.) The database follows
 * (session.ts, recoverAbandonedSession).
 */
export function resetAbandonedSessionNow(config: WalkInConfig, now = Date.now()): void {
	if (findSession(config, now).kind !== 'abandoned') return;
	try {
		restoreDeviceLanguage(localStorage, config.deviceLang);
		sessionStorage.clear();
	} catch {
		// Blocked storage: the full wipe tries again.
	}
}
