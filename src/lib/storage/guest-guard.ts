import type { AppDb } from './app-db';

/**
 * What must happen around opening the guests' database on a shared walk-in tablet: before, a session that
 * was cut short is wiped (or joined, when it still runs in another tab); after, a guest's first record
 * starts the guest session. Walk-in mode registers this as soon as it loads (walk-in/storage-guard.ts), so
 * storage knows nothing of walk-in mode. Without it storage refuses the guest database: a missing guard must
 * never let a new guest read what the last one left.
 */
export interface GuestGuard {
	beforeOpen(): Promise<unknown>;
	afterOpen(db: AppDb): Promise<void>;
}

let guard: GuestGuard | undefined;

export function registerGuestGuard(next: GuestGuard): void {
	guard = next;
}

export function guestGuard(): GuestGuard {
	if (!guard) throw new Error('[storage] the guest database opens only with walk-in mode loaded');
	return guard;
}
