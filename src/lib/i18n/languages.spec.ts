import { describe, expect, it } from 'vitest';
import { dirOf, guessLang, isLang } from './languages';

describe('languages', () => {
	it('guesses from the browser, by base language, and falls back to Dutch', () => {
		expect(guessLang(['ar-MA', 'fr'])).toBe('ar');
		expect(guessLang(['fr-FR', 'pl-PL'])).toBe('pl');
		expect(guessLang(['de-DE'])).toBe('nl');
		expect(guessLang([])).toBe('nl');
	});

	it('knows which languages are right-to-left', () => {
		expect(dirOf('ar')).toBe('rtl');
		expect(dirOf('uk')).toBe('ltr');
	});

	it('accepts only the languages the app speaks', () => {
		expect(isLang('tr')).toBe(true);
		expect(isLang('xx')).toBe(false);
		expect(isLang(undefined)).toBe(false);
	});
});
