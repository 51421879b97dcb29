import {
	GUEST_DB_NAME,
	guestSessionRunning,
	readSessionMarker,
	readWalkInConfig,
	resetAbandonedSessionNow,
	sessionAbandoned,
	TAB_KEY,
	writeSessionMarker
} from './device';
import { PERSONAL_TABLES } from '$lib/storage/schema';
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
	try {
		indexedDB.deleteDatabase(GUEST_DB_NAME);
	} catch {
		// The next start deletes it.
	}
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
 * At startup: a session marker that this tab does not own, or that went stale, belongs to a session that
 * was cut short (power off, crashed browser, a tablet left asleep). Wipe it before anything reads storage.
 * The language and sessionStorage are reset at once (synchronously), before the layout applies them.
 * Runs once per page load; db.ts awaits it before it opens the guest database.
 */
export function recoverAbandonedSession(now = Date.now()): Promise<WipeResult | null> {
	recovery ??= (() => {
		const config = readWalkInConfig();
		const marker = config && sessionAbandoned(config, now);
		if (!config || !marker) return Promise.resolve(null);
		resetAbandonedSessionNow(config, now);
		return wipeGuestSession(
			browserTargets({ clipboardDirty: marker.clipboard, deviceLang: config.deviceLang })
		);
	})();
	return recovery;
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
