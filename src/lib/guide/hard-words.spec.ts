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

	it('finds idioms a second-language reader cannot decode', () => {
		expect(findHardWords('Je hebt een kort lontje. De meeste mensen krabbelen weer op.')).toEqual([
			'kort lontje',
			'krabbelen weer op'
		]);
		expect(findHardWords('Een scheiding zet je leven op zijn kop. Wees mild voor jezelf.')).toEqual([
			'op zijn kop',
			'wees mild',
			'mild voor jezelf'
		]);
		expect(findHardWords('Dat gaat met vallen en opstaan. Je kind wil stoom afblazen.')).toEqual([
			'vallen en opstaan',
			'stoom afblazen'
		]);
	});

	it('passes plain Dutch', () => {
		expect(findHardWords('Als je vragen hebt, bel dan voordat je komt.')).toEqual([]);
	});

	it('has an everyday word beside every entry', () => {
		for (const { word, instead } of HARD_WORDS) expect(instead, word).not.toBe('');
	});
});
