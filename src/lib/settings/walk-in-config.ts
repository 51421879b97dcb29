/**
 * Whether this device is a shared walk-in tablet, and its walk-in settings (centre, neighbourhood, timeout,
 * the hash of the staff code). A device setting, like device-prefs.ts, kept in localStorage because storage
 * must know BEFORE it opens any database whether it may open the owner's one: on a walk-in tablet it never
 * does, guests get their own database. Storage (db.ts) and walk-in mode both read it here, so neither needs
 * the other; walk-in mode (src/lib/walk-in) writes it.
 */

/** The staff code is stored only as a PBKDF2 hash and its salt (walk-in/staff-code.ts). */
export interface StaffCodeHash {
	hash: string;
	salt: string;
	iterations: number;
}

export const WALK_IN_KEY = 'aan-het-roer:walk-in';
/** The separate database for guests; it is deleted when the session ends. */
export const GUEST_DB_NAME = 'aan-het-roer-guest';

export const DEFAULT_TIMEOUT_MINUTES = 10;
export const MIN_TIMEOUT_MINUTES = 2;
export const MAX_TIMEOUT_MINUTES = 60;

export interface WalkInConfig {
	centre: string;
	neighbourhood: string;
	timeoutMinutes: number;
	code: StaffCodeHash;
	/** The device's own language, restored after each guest. */
	deviceLang?: string;
	/** Wrong staff codes in a row, and until when no new try is accepted (slows down guessing). */
	failedAttempts?: number;
	lockedUntil?: number;
}

export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** This device's localStorage, or nothing (no window, or a strict privacy mode). */
export function local(): KeyValue | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** A stored JSON value, or null when it is missing or broken. */
export function readJson(storage: KeyValue | undefined, key: string): unknown {
	try {
		const raw = storage?.getItem(key);
		return raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
}

export function clampTimeout(minutes: number): number {
	if (!Number.isFinite(minutes)) return DEFAULT_TIMEOUT_MINUTES;
	return Math.min(MAX_TIMEOUT_MINUTES, Math.max(MIN_TIMEOUT_MINUTES, Math.round(minutes)));
}

/** The walk-in configuration, or null when this is an ordinary device (or the stored value is broken). */
export function readWalkInConfig(storage: KeyValue | undefined = local()): WalkInConfig | null {
	const value = readJson(storage, WALK_IN_KEY) as Partial<WalkInConfig> | null;
	if (!value || typeof value !== 'object') return null;
	const code = value.code as Partial<StaffCodeHash> | undefined;
	if (!code || typeof code.hash !== 'string' || typeof code.salt !== 'string') return null;
	if (typeof code.iterations !== 'number') return null;
	return {
		centre: typeof value.centre === 'string' ? value.centre : '',
		neighbourhood: typeof value.neighbourhood === 'string' ? value.neighbourhood : '',
		timeoutMinutes: clampTimeout(Number(value.timeoutMinutes)),
		code: { hash: code.hash, salt: code.salt, iterations: code.iterations },
		deviceLang: typeof value.deviceLang === 'string' ? value.deviceLang : undefined,
		failedAttempts: typeof value.failedAttempts === 'number' ? value.failedAttempts : 0,
		lockedUntil: typeof value.lockedUntil === 'number' ? value.lockedUntil : 0
	};
}

export function writeWalkInConfig(config: WalkInConfig, storage: KeyValue | undefined = local()): void {
	storage?.setItem(WALK_IN_KEY, JSON.stringify(config));
}

export function clearWalkInConfig(storage: KeyValue | undefined = local()): void {
	storage?.removeItem(WALK_IN_KEY);
}

export function isWalkInDevice(storage: KeyValue | undefined = local()): boolean {
	return readWalkInConfig(storage) !== null;
}
