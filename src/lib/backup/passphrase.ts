/**
 * What the backup page says about a passphrase while the resident types it. A lost passphrase is a lost
 * backup, so the page asks for it twice; this only judges whether it is long enough to be worth having.
 * Length is what counts against guessing (NCSC and NIST advice: a few random words beat a short tricky one).
 */
export type PassphraseStrength = 'none' | 'short' | 'fair' | 'strong';

/** Fewer characters than this: guessed quickly by a computer that has the file. */
export const MIN_FAIR_LENGTH = 8;
/** From this length, or three words, a passphrase holds up well. */
export const STRONG_LENGTH = 14;

export function passphraseStrength(passphrase: string): PassphraseStrength {
	const length = [...passphrase.trim()].length;
	if (length === 0) return 'none';
	if (length < MIN_FAIR_LENGTH) return 'short';
	const words = passphrase
		.trim()
		.split(/\s+/u)
		.filter((word) => [...word].length >= 3);
	if (length >= STRONG_LENGTH || (words.length >= 3 && length >= 12)) return 'strong';
	return 'fair';
}

/** What stands in the way of making the file; `undefined` when it can be made. */
export type PassphraseProblem = 'mismatch' | undefined;

export function passphraseProblem(passphrase: string, repeat: string): PassphraseProblem {
	return passphrase === repeat ? undefined : 'mismatch';
}
