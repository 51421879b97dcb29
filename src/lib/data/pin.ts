import { fromBase64Url, toBase64Url, utf8 } from '$lib/backup/bytes';
import type { Profile } from '$lib/storage/schema';
import { markUnlocked } from '$lib/storage/unlocked';

/**
 * A PIN is a screen lock between people who share one device, not encryption: the records stay readable
 * to anyone with the device's browser tools. We store only a slow hash, so the PIN itself never lies around.
 */
export type PinHash = NonNullable<Profile['pin']>;

export const PIN_ITERATIONS = 100_000;
export const PIN_PATTERN = /^\d{4,8}$/;

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
	const base = await crypto.subtle.importKey('raw', utf8(pin), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		base,
		256
	);
	return toBase64Url(new Uint8Array(bits));
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	return { hash: await derive(pin, salt, iterations), salt: toBase64Url(salt), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
	// A stored record could have been changed: never let it ask for unbounded work.
	if (!Number.isInteger(stored.iterations) || stored.iterations < 1 || stored.iterations > 1_000_000)
		return false;
	try {
		return (await derive(pin, fromBase64Url(stored.salt), stored.iterations)) === stored.hash;
	} catch {
		return false;
	}
}

/** Three free tries, then the wait doubles from 5 seconds, up to 5 minutes. */
export function pinDelayMs(failures: number): number {
	if (failures < 3) return 0;
	return Math.min(5000 * 2 ** (failures - 3), 5 * 60_000);
}

interface Tries {
	failures: number;
	until: number;
}

const triesKey = (profileId: string) => `aan-het-roer:pin-tries:${profileId}`;

/** Wrong tries per profile, kept in localStorage so a reload does not reset the wait. */
export class PinTries {
	constructor(
		private readonly store: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
		private readonly now: () => number = Date.now
	) {}

	#read(profileId: string): Tries {
		try {
			const raw = JSON.parse(this.store?.getItem(triesKey(profileId)) ?? 'null') as Partial<Tries> | null;
			return {
				failures: Number.isInteger(raw?.failures) ? raw!.failures! : 0,
				until: typeof raw?.until === 'number' ? raw.until : 0
			};
		} catch {
			return { failures: 0, until: 0 };
		}
	}

	/** Milliseconds to wait before the next try is allowed (0: try now). */
	waitMs(profileId: string): number {
		return Math.max(0, this.#read(profileId).until - this.now());
	}

	failed(profileId: string): number {
		const failures = this.#read(profileId).failures + 1;
		const until = this.now() + pinDelayMs(failures);
		try {
			this.store?.setItem(triesKey(profileId), JSON.stringify({ failures, until }));
		} catch {
			// Without storage the wait lasts only this page view; still a slow-down.
		}
		return until - this.now();
	}

	succeeded(profileId: string): void {
		try {
			this.store?.removeItem(triesKey(profileId));
		} catch {
			// Nothing stored, nothing to clear.
		}
	}
}

/** The result of one PIN try: opened, or how long to wait before the next (0: wrong, try again now). */
export type PinAttempt = { opened: true } | { opened: false; waitMs: number; checked: boolean };

/** One try at a profile's PIN, with the slow-down after wrong tries; a right PIN unlocks this tab. */
export async function attemptPin(
	profileId: string,
	stored: PinHash,
	pin: string,
	tries: PinTries,
	session: Pick<Storage, 'setItem'> | undefined
): Promise<PinAttempt> {
	const wait = tries.waitMs(profileId);
	if (wait > 0) return { opened: false, waitMs: wait, checked: false };
	if (await verifyPin(pin, stored)) {
		tries.succeeded(profileId);
		markUnlocked(session, profileId);
		return { opened: true };
	}
	return { opened: false, waitMs: tries.failed(profileId), checked: true };
}
