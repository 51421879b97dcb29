import { fromBase64Url, toBase64Url, utf8 } from './bytes';

/** OWASP 2023 advice for PBKDF2-SHA-256. */
export const MIN_ITERATIONS = 600_000;
/** A file may ask for more, but never so much that opening it hangs the phone. */
export const MAX_ITERATIONS = 5_000_000;

export interface KdfParams {
	name: 'PBKDF2';
	hash: 'SHA-256';
	iterations: number;
	salt: string;
	/** Second half of the derived bits: tells a wrong passphrase from a changed file. */
	check: string;
}

export interface Sealed {
	kdf: KdfParams;
	cipher: { name: 'AES-GCM'; iv: string };
	ciphertext: string;
}

export class BadPassphraseError extends Error {
	constructor() {
		super('passphrase or data does not match');
	}
}

export function iterationsAllowed(iterations: number): boolean {
	return Number.isInteger(iterations) && iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS;
}

export class TamperedError extends Error {
	constructor() {
		super('data was changed');
	}
}

/**
 * 512 bits from PBKDF2: the first half is the AES key, the second half a check value stored in the file.
 * The check tells "wrong passphrase" apart from "the file was changed", which AES-GCM alone cannot.
 */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
	if (!iterationsAllowed(iterations)) throw new RangeError('iterations out of bounds');
	const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = new Uint8Array(
		await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 512)
	);
	const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
		'encrypt',
		'decrypt'
	]);
	return { key, check: toBase64Url(bits.slice(32)) };
}

/** Every parameter that shapes the decryption is authenticated, so none can be swapped unnoticed. */
export function associatedData(header: object, kdf: KdfParams, iv: string): Uint8Array<ArrayBuffer> {
	return utf8(JSON.stringify({ header, kdf, cipher: { name: 'AES-GCM', iv } }));
}

export async function seal(
	plaintext: Uint8Array<ArrayBuffer>,
	passphrase: string,
	header: object,
	iterations = MIN_ITERATIONS
): Promise<Sealed> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const { key, check } = await deriveKey(passphrase, salt, iterations);
	const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(salt), check };
	const ivText = toBase64Url(iv);
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: associatedData(header, kdf, ivText) },
		key,
		plaintext
	);
	return {
		kdf,
		cipher: { name: 'AES-GCM', iv: ivText },
		ciphertext: toBase64Url(new Uint8Array(ciphertext))
	};
}

export async function open(sealed: Sealed, passphrase: string, header: object): Promise<Uint8Array> {
	const salt = fromBase64Url(sealed.kdf.salt);
	const iv = fromBase64Url(sealed.cipher.iv);
	if (salt.length !== 16 || iv.length !== 12) throw new TamperedError();
	const { key, check } = await deriveKey(passphrase, salt, sealed.kdf.iterations);
	if (check !== sealed.kdf.check) throw new BadPassphraseError();
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv, additionalData: associatedData(header, sealed.kdf, sealed.cipher.iv) },
			key,
			fromBase64Url(sealed.ciphertext)
		);
		return new Uint8Array(plain);
	} catch {
		throw new TamperedError();
	}
}
