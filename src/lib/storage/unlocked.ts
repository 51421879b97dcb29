/**
 * Which profiles this tab has unlocked with their PIN. Kept apart from pin.ts (hashing and the
 * slow-down, about 1 KB), so the data layer, which must know whether it may read a profile, does not
 * load the PIN code itself.
 */

const unlockedKey = (profileId: string) => `aan-het-roer:unlocked:${profileId}`;

/*
 * Who wants to hear that this tab unlocked or locked a profile (live.svelte.ts: every live query asks again).
 * A plain list, not rune state: guide topic pages bundle this module without Svelte's compiler (through
 * storage/wipe.ts and the walk-in session), and `$state` there throws "$state is not defined".
 */
const listeners = new Set<() => void>();

export function onAccessChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function accessChanged(): void {
	for (const listener of listeners) listener();
}

/** This tab's session storage, or nothing (no window, or a strict privacy mode). */
export function tabSession(): Storage | undefined {
	try {
		return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
	} catch {
		return undefined;
	}
}

/** Unlocked for this tab only: a new tab or a restarted browser asks for the PIN again. */
export function isUnlocked(store: Pick<Storage, 'getItem'> | undefined, profileId: string): boolean {
	try {
		return store?.getItem(unlockedKey(profileId)) === '1';
	} catch {
		return false;
	}
}

/** "Nu vergrendelen", idle time, the app back from the background: this tab asks for the PIN again. */
export function forgetUnlocked(store: Pick<Storage, 'removeItem'> | undefined, profileId: string): void {
	try {
		store?.removeItem(unlockedKey(profileId));
	} catch {
		// Nothing stored, nothing to forget.
	}
	accessChanged();
}

export function markUnlocked(store: Pick<Storage, 'setItem'> | undefined, profileId: string): void {
	try {
		store?.setItem(unlockedKey(profileId), '1');
	} catch {
		// Without session storage the lock simply asks again next time.
	}
	accessChanged();
}
