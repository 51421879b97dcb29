import {
	findSession,
	GUEST_DB_NAME,
	guestSessionRunning,
	joinSession,
	readSessionMarker,
	readWalkInConfig,
	resetAbandonedSessionNow,
	SESSION_KEY,
	TAB_KEY,
	writeSessionMarker
} from './device';
import { PREFS_KEY } from '$lib/settings/device-prefs';
import { PERSONAL_TABLES } from '$lib/storage/schema';
import { deleteDatabase, safeGlobal } from '$lib/storage/wipe';
import { holdSessionLock, sessionRunsInAnotherTab } from './tab-lock';
import { browserTargets, wipeGuestSession, type WipeResult } from './wipe';

/**
 * The guest session's life cycle, in plain TypeScript so storage (db.ts) can use it before any component
 * exists. The reactive view for the UI is walk-in.svelte.ts.
 */
export { GUEST_DB_NAME, guestSessionRunning };

type Listener = (running: boolean) => void;
const listeners = new Set<Listener>();

export function onSessionChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export function beginGuestSession(now = Date.now()): void {
	if (guestSessionRunning()) return;
	writeSessionMarker({ startedAt: now, lastActive: now });
	try {
		sessionStorage.setItem(TAB_KEY, String(now));
	} catch {
		// Without sessionStorage a reload counts as a new start and wipes: safe, if abrupt.
	}
	holdSessionLock();
	for (const listener of listeners) listener(true);
}

/**
 * The first personal record a guest writes starts a session, even without "Begin" (a guest may go straight
 * to the network map): from then on the guest bar, the timer and crash recovery cover it. Writes that are
 * not personal (the copy of the activities feed) do not start a session.
 */
interface Hookable {
	table(name: string): { hook(event: 'creating' | 'updating', listener: () => void): void };
}

export function watchGuestWrites(database: Hookable): void {
	for (const name of PERSONAL_TABLES) {
		database.table(name).hook('creating', () => beginGuestSession());
		database.table(name).hook('updating', () => beginGuestSession());
	}
}

/**
 * The guest left the app in a hurry ("Snel weg" or another link away): make the marker stale so the next
 * start wipes for sure, and start erasing now (the browser may finish the delete after the page is gone).
 */
export function abandonGuestSession(): void {
	const marker = readSessionMarker();
	if (!marker) return;
	writeSessionMarker({ ...marker, lastActive: 0 });
	try {
		sessionStorage.removeItem(TAB_KEY);
	} catch {
		// Then the stale lastActive alone triggers the wipe.
	}
	// The request starts at once; whether it finishes here or at the next start, nobody waits for it.
	const factory = safeGlobal(() => indexedDB);
	if (factory) void deleteDatabase(factory, GUEST_DB_NAME);
}

let lastTouch = 0;
/** Notes that the guest is still here (at most every 15 s, to spare the storage). */
export function touchGuestSession(now = Date.now()): void {
	if (now - lastTouch < 15_000) return;
	const marker = readSessionMarker();
	if (!marker || !guestSessionRunning()) return;
	lastTouch = now;
	writeSessionMarker({ ...marker, lastActive: now });
}

/** The app put a share link on the clipboard: remember it in memory and in the marker (for a crash). */
let clipboardDirty = false;
export function noteClipboardWrite(): void {
	clipboardDirty = true;
	const marker = readSessionMarker();
	if (marker) writeSessionMarker({ ...marker, clipboard: true });
}

let recovery: Promise<WipeResult | null> | undefined;

/**
 * At startup: a session marker that went stale, or whose tab is gone, belongs to a session that was cut
 * short (power off, crashed browser, a tablet left asleep). Wipe it before anything reads storage. A marker
 * this tab does not know while another tab still runs the session is the same guest in a second tab: this
 * tab joins the session instead of wiping the guest's work (issue 14). Runs once per page load; db.ts awaits
 * it before it opens the guest database.
 */
export function recoverAbandonedSession(now = Date.now()): Promise<WipeResult | null> {
	recovery ??= (async () => {
		const config = readWalkInConfig();
		if (!config) return null;
		const found = findSession(config, now);
		if (found.kind === 'none') return null;
		if (found.kind === 'mine') {
			holdSessionLock();
			return null;
		}
		if (found.kind === 'elsewhere' && (await sessionRunsInAnotherTab())) {
			joinSession(found.marker);
			holdSessionLock();
			for (const listener of listeners) listener(true);
			return null;
		}
		// The language and sessionStorage go at once (synchronously), before the layout applies them. When
		// the answer had to come from the other tabs, the layout may already show the guest's language.
		resetAbandonedSessionNow(config, now);
		const prefsBefore = readPrefs();
		const result = await wipeGuestSession(
			browserTargets({ clipboardDirty: found.marker.clipboard, deviceLang: config.deviceLang })
		);
		if (found.kind === 'elsewhere' && readPrefs() !== prefsBefore) location.reload();
		return result;
	})();
	return recovery;
}

function readPrefs(): string | null {
	try {
		return localStorage.getItem(PREFS_KEY);
	} catch {
		return null;
	}
}

/**
 * What the other tabs of the same session do: the guest's activity there keeps this tab's timer going, and
 * when the session ends there ("Klaar", the timeout, "Snel weg"), this tab lets go too. Returns the unsubscribe.
 */
export function followSessionElsewhere(handlers: { activity(at: number): void; ended(): void }): () => void {
	const owner = (() => {
		try {
			return sessionStorage.getItem(TAB_KEY);
		} catch {
			return null;
		}
	})();
	const onStorage = (event: StorageEvent) => {
		if (event.key !== SESSION_KEY && event.key !== null) return;
		const marker = readSessionMarker();
		if (!marker || marker.lastActive === 0 || String(marker.startedAt) !== owner) handlers.ended();
		else handlers.activity(marker.lastActive);
	};
	window.addEventListener('storage', onStorage);
	return () => window.removeEventListener('storage', onStorage);
}

/**
 * Ends the session: closes the guest database (`close` comes from storage) and erases everything.
 * The caller then leaves with `location.replace`, so no page of the session stays in the history.
 */
export async function endGuestSession(close: () => void = () => undefined): Promise<WipeResult> {
	const config = readWalkInConfig();
	const marker = readSessionMarker();
	close();
	const result = await wipeGuestSession(
		browserTargets({
			clipboardDirty: clipboardDirty || marker?.clipboard === true,
			deviceLang: config?.deviceLang
		})
	);
	clipboardDirty = false;
	for (const listener of listeners) listener(false);
	return result;
}
