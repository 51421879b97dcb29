import type { AppDb } from './app-db';
import { DB_NAME, hasDatabase, TAB_CHANNEL } from './schema';
import { GUEST_DB_NAME, isWalkInDevice } from '$lib/settings/walk-in-config';
import { guestGuard } from './guest-guard';

export { DB_NAME };
export type { AppDb };

/*
 * Dexie (about 32 KB compressed) loads on demand: a first visit stores nothing yet, so it does not pay for it.
 * `save()` and `LiveQuery` load it before they touch the database; other code awaits `loadStorage()` first.
 */
let active: AppDb | undefined;
let loading: Promise<AppDb> | undefined;
let announceLoaded: (db: AppDb) => void = () => undefined;

/** Resolves when storage has been loaded by anyone, without loading it itself. */
export const storageLoaded: Promise<AppDb> = new Promise((resolve) => (announceLoaded = resolve));

/**
 * Walk-in mode (a shared tablet at a neighbourhood centre, see src/lib/walk-in): the device owner's
 * database is never opened there. Guests get a separate database that is deleted when their session
 * ends. A session that was cut short is wiped first, before anything can read it (guest-guard.ts).
 */
async function databaseName(): Promise<string> {
	if (!isWalkInDevice()) return DB_NAME;
	await guestGuard().beforeOpen();
	return GUEST_DB_NAME;
}

/** Whether the database that loadStorage() would open exists, asked without loading Dexie. */
export async function storageExists(): Promise<boolean | undefined> {
	return hasDatabase(await databaseName());
}

export async function loadStorage(): Promise<AppDb> {
	if (active) return active;
	loading ??= Promise.all([import('./app-db'), databaseName()]).then(async ([{ AppDb }, name]) => {
		if (!active) {
			const opened = new AppDb(name);
			// A guest's first personal record starts a guest session (guest bar, timer, crash recovery).
			if (name === GUEST_DB_NAME) await guestGuard().afterOpen(opened);
			active ??= opened;
			listenForWipesElsewhere();
		}
		announceLoaded(active);
		return active;
	});
	return loading;
}

/**
 * Another tab erased everything: let go of the database at once (so no save here recreates it with an
 * orphan) and start afresh, showing the empty rooms instead of names that are gone. Only a tab that opened
 * storage has anything to let go of, so the listener (and its code) comes with storage, not with every page.
 */
function listenForWipesElsewhere(): void {
	if (typeof location === 'undefined') return;
	void import('./tab-signal').then(({ onWipeElsewhere }) =>
		onWipeElsewhere(() => {
			active?.close();
			location.reload();
		})
	);
}

let awaitingCreation = false;

/**
 * There is no database yet, so Dexie cannot tell this tab about changes: open storage as soon as another
 * tab creates it (tab-signal.ts's `created`). Called by whatever waits for the first records (LiveQuery,
 * the current profile). Heard here without loading tab-signal.ts: a first visit pays for every byte.
 */
export function openWhenCreatedElsewhere(): void {
	if (awaitingCreation || typeof BroadcastChannel === 'undefined') return;
	awaitingCreation = true;
	const channel = new BroadcastChannel(TAB_CHANNEL);
	channel.onmessage = (event: MessageEvent<{ kind?: string }>) => {
		if (event.data?.kind !== 'created') return;
		channel.close();
		void loadStorage().catch(() => undefined); // the waiting queries report a problem themselves
	};
}

/**
 * Starts loading storage when there is something stored, without waiting for it: a room that shows
 * stored records calls this from its load, so the code and the records arrive together.
 */
export function warmStorage(): void {
	// A shared tablet first recovers an abandoned guest session; that stays with the first real reader.
	if (isWalkInDevice()) return;
	void storageExists()
		.then((exists) => (exists === false ? undefined : loadStorage()))
		.catch(() => undefined); // LiveQuery asks again and reports the problem
}

/**
 * The database in use. Walk-in mode swaps in a separate guest database with `useDatabase`,
 * so a guest's records can never mix with the device owner's.
 */
export function db(): AppDb {
	if (!active)
		throw new Error('Storage is not loaded yet: use save(), LiveQuery or await loadStorage() first.');
	return active;
}

/** Closes the open database (before it is deleted); harmless when storage was never opened. */
export function closeStorage(): void {
	active?.close();
}

export function useDatabase(next: AppDb): void {
	if (active && active !== next) active.close();
	active = next;
	announceLoaded(next);
}

export function newId(): string {
	// randomUUID exists only in secure contexts; an http:// test deploy still needs ids.
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Fills in id and time stamps for a new record. */
export function stamp<T extends object>(
	fields: T,
	now = Date.now()
): T & { id: string; createdAt: number; updatedAt: number } {
	return { id: newId(), createdAt: now, updatedAt: now, ...fields };
}
