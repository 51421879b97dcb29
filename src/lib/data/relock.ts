/**
 * The PIN lock comes back by itself (issue 18): after some minutes without a tap or key press, and when the
 * app returns after a while in the background (a phone put down, another app opened). Otherwise "unlocked"
 * would last as long as the tab, and a partner who picks up the phone later finds the profile open.
 */

/** The idle times a resident can choose, in minutes. */
export const RELOCK_CHOICES = [1, 5, 15, 60] as const;
export type RelockMinutes = (typeof RELOCK_CHOICES)[number];
export const DEFAULT_RELOCK_MINUTES: RelockMinutes = 5;

/** Away for longer than this (the app hidden), the PIN is asked again. A glance at a message is not enough. */
export const BACKGROUND_GRACE_MS = 10_000;

/** A device setting, not personal data: kept in localStorage beside the other display preferences. */
const RELOCK_KEY = 'aan-het-roer:relock-minutes';

export function readRelockMinutes(store: Pick<Storage, 'getItem'> | undefined): RelockMinutes {
	try {
		const stored = Number(store?.getItem(RELOCK_KEY));
		return (RELOCK_CHOICES as readonly number[]).includes(stored)
			? (stored as RelockMinutes)
			: DEFAULT_RELOCK_MINUTES;
	} catch {
		return DEFAULT_RELOCK_MINUTES;
	}
}

export function writeRelockMinutes(
	store: Pick<Storage, 'setItem'> | undefined,
	minutes: RelockMinutes
): boolean {
	try {
		store?.setItem(RELOCK_KEY, String(minutes));
		return !!store;
	} catch {
		return false;
	}
}

/** What watching needs from the browser; tests pass stand-ins. */
export interface RelockEnvironment {
	target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
	isHidden: () => boolean;
	now: () => number;
	setTimeout: (handler: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

/** Input that counts as "in use". Scrolling to read counts too. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `lock` after `idleMs` without input, and when the page becomes visible again after more than
 * `BACKGROUND_GRACE_MS` hidden. Returns a function that stops watching.
 */
export function watchForRelock(
	idleMs: number,
	lock: () => void,
	env: RelockEnvironment = browserEnvironment()
): () => void {
	let lastInput = env.now();
	let hiddenSince: number | null = env.isHidden() ? env.now() : null;
	let timer: unknown;

	const arm = (ms: number) => {
		env.clearTimeout(timer);
		timer = env.setTimeout(check, ms);
	};
	// One timer, moved only when it fires: input just notes the time, so typing costs nothing.
	function check() {
		const idle = env.now() - lastInput;
		if (idle >= idleMs) {
			lastInput = env.now();
			lock();
			arm(idleMs);
		} else {
			arm(idleMs - idle);
		}
	}
	const onInput = () => (lastInput = env.now());
	const onVisibility = () => {
		if (env.isHidden()) {
			hiddenSince = env.now();
			return;
		}
		const away = hiddenSince === null ? 0 : env.now() - hiddenSince;
		hiddenSince = null;
		lastInput = env.now();
		if (away > BACKGROUND_GRACE_MS) lock();
	};

	for (const type of ACTIVITY) env.target.addEventListener(type, onInput, { passive: true, capture: true });
	env.target.addEventListener('visibilitychange', onVisibility);
	arm(idleMs);
	return () => {
		env.clearTimeout(timer);
		for (const type of ACTIVITY) env.target.removeEventListener(type, onInput, { capture: true });
		env.target.removeEventListener('visibilitychange', onVisibility);
	};
}

function browserEnvironment(): RelockEnvironment {
	return {
		target: document,
		isHidden: () => document.visibilityState === 'hidden',
		now: () => Date.now(),
		setTimeout: (handler, ms) => setTimeout(handler, ms),
		clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
	};
}
