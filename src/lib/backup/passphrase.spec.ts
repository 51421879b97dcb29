import { describe, expect, it } from 'vitest';
import { passphraseProblem, passphraseStrength } from './passphrase';

describe('the backup passphrase', () => {
	it('judges strength by length and words, not by odd characters', () => {
		expect(passphraseStrength('')).toBe('none');
		expect(passphraseStrength('   ')).toBe('none');
		expect(passphraseStrength('P@ss1!')).toBe('short');
		expect(passphraseStrength('zeilboot')).toBe('fair');
		expect(passphraseStrength('zeilboot 42')).toBe('fair');
		expect(passphraseStrength('rode zeilboot op zee')).toBe('strong');
		expect(passphraseStrength('kat en de vis')).toBe('fair'); // two words of three letters or more
		expect(passphraseStrength('kat hond vis')).toBe('strong'); // three words
		expect(passphraseStrength('ابحرالسفينةالحمراء')).toBe('strong'); // counted in characters, not bytes
	});

	it('must be typed the same twice; no passphrase at all is allowed', () => {
		expect(passphraseProblem('', '')).toBeUndefined();
		expect(passphraseProblem('zeilboot 42', 'zeilboot 42')).toBeUndefined();
		expect(passphraseProblem('zeilboot 42', 'zeilbot 42')).toBe('mismatch');
		expect(passphraseProblem('zeilboot 42', '')).toBe('mismatch');
	});
});
