/**
 * Which profiles this tab has unlocked with their PIN. Kept apart from pin.ts (hashing and the
 * slow-down, about 1 KB), so a page that only needs to know whether it may show a profile does not
 * load the PIN code itself.
 */

const unlockedKey = (profileId: string) => `aan-het-roer:unlocked:${profileId}`;

/** Unlocked for this tab only: a new tab or a restarted browser asks for the PIN again. */
export function isUnlocked(store: Pick<Storage, 'getItem'> | undefined, profileId: string): boolean {
	try {
		return store?.getItem(unlockedKey(profileId)) === '1';
	} catch {
		return false;
	}
}

/** "Nu vergrendelen": this tab asks for the PIN again. */
export function forgetUnlocked(store: Pick<Storage, 'removeItem'> | undefined, profileId: string): void {
	try {
		store?.removeItem(unlockedKey(profileId));
	} catch {
		// Nothing stored, nothing to forget.
	}
}

export function markUnlocked(store: Pick<Storage, 'setItem'> | undefined, profileId: string): void {
	try {
		store?.setItem(unlockedKey(profileId), '1');
	} catch {
		// Without session storage the lock simply asks again next time.
	}
}
