import { describe, expect, it } from 'vitest';
import { findHardWords, HARD_WORDS } from './hard-words';

describe('findHardWords', () => {
	it('finds officialese words and phrases, whatever the case', () => {
		expect(findHardWords('Indien u vragen heeft, bel ons alvorens u komt.')).toEqual(['indien', 'alvorens']);
		expect(findHardWords('Dit formulier is Ten Behoeve Van de aanvraag.')).toEqual(['ten behoeve van']);
	});

	it('matches whole words only', () => {
		// "middelsoort" holds "middels", "omtrekken" holds "omtre…": neither is the officialese word.
		expect(findHardWords('Een middelsoort appel. We gaan de vijver omtrekken.')).toEqual([]);
	});

	it('passes plain Dutch', () => {
		expect(findHardWords('Als je vragen hebt, bel dan voordat je komt.')).toEqual([]);
	});

	it('has an everyday word beside every entry', () => {
		for (const { word, instead } of HARD_WORDS) expect(instead, word).not.toBe('');
	});
});
