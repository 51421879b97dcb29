/**
 * The staff code that guards walk-in mode. Only a PBKDF2 hash and its salt are stored: somebody who reads
 * localStorage learns nothing that lets them switch walk-in mode off.
 */
import type { StaffCodeHash } from '$lib/settings/walk-in-config';

export type { StaffCodeHash };

export const STAFF_CODE_ITERATIONS = 150_000;
export const MIN_CODE_LENGTH = 4;
/**
 * The stored count is read from localStorage, which anyone with the tablet can edit: without a bound, a
 * huge count makes every check run for minutes. The same bound as the PIN's (data/pin.ts).
 */
const MAX_ITERATIONS = 1_000_000;

export function iterationsAllowed(iterations: number): boolean {
	return Number.isInteger(iterations) && iterations >= 1 && iterations <= MAX_ITERATIONS;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
	Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** Codes are compared as typed, apart from spaces around them (a tablet keyboard adds them easily). */
export function normaliseCode(code: string): string {
	return code.trim().normalize('NFC');
}

export function isAcceptableCode(code: string): boolean {
	return normaliseCode(code).length >= MIN_CODE_LENGTH;
}

async function derive(code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(normaliseCode(code)),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

export async function hashStaffCode(
	code: string,
	iterations = STAFF_CODE_ITERATIONS
): Promise<StaffCodeHash> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	return { hash: toBase64(await derive(code, salt, iterations)), salt: toBase64(salt), iterations };
}

export async function verifyStaffCode(code: string, stored: StaffCodeHash): Promise<boolean> {
	if (!iterationsAllowed(stored.iterations)) return false;
	try {
		const actual = await derive(code, fromBase64(stored.salt), stored.iterations);
		const expected = fromBase64(stored.hash);
		if (actual.length !== expected.length) return false;
		// Compare every byte, so the time taken does not tell how much of a guess was right.
		let difference = 0;
		for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
		return difference === 0;
	} catch {
		return false;
	}
}
