/**
 * Whether a guest session still runs in another tab of this browser.
 *
 * A session belongs to the tab that began it (sessionStorage). A new tab — a guest who opens a second tab,
 * or a link that opens one — does not know the session, and neither does a browser restarted after a
 * power cut. Only the second must be wiped. Every tab that runs the session holds a shared Web Lock until
 * it closes; the browser lets go of it when the tab (or the whole browser) goes, so "someone holds the lock"
 * means "the session is alive in another tab", and the new tab joins it instead of wiping the guest's work.
 */
export const SESSION_LOCK = 'aan-het-roer:guest-session';

type Locks = Pick<LockManager, 'request' | 'query'>;

function browserLocks(): Locks | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

let holding = false;

/** This tab runs the session: hold the shared lock until the page goes away. */
export function holdSessionLock(locks: Locks | undefined = browserLocks()): void {
	if (holding || !locks) return;
	holding = true;
	void locks
		.request(SESSION_LOCK, { mode: 'shared' }, () => new Promise<never>(() => undefined))
		.catch(() => (holding = false));
}

/** Whether Web Locks can answer at all (without them a new tab cannot tell, and wipes to be safe). */
export function canAskOtherTabs(locks: Locks | undefined = browserLocks()): boolean {
	return !!locks;
}

/** How many tabs hold the session lock (this one included, when it holds it). */
async function holders(locks: Locks | undefined): Promise<number> {
	if (!locks) return 0;
	try {
		const { held = [] } = await locks.query();
		return held.filter((lock) => lock.name === SESSION_LOCK).length;
	} catch {
		return 0;
	}
}

/** At startup, before this tab takes part: another tab of this browser runs the session. */
export async function sessionRunsInAnotherTab(locks: Locks | undefined = browserLocks()): Promise<boolean> {
	return !holding && (await holders(locks)) > 0;
}

/** While this tab takes part: another tab takes part too (then a hidden tab leaves the timeout to it). */
export async function anotherTabInSession(locks: Locks | undefined = browserLocks()): Promise<boolean> {
	return (await holders(locks)) > (holding ? 1 : 0);
}

/** For tests: forget that this module holds the lock. */
export function resetSessionLockForTests(): void {
	holding = false;
}
