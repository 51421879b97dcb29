import { describe, expect, it } from 'vitest';
import { readability, splitSentences, syllables, words } from './readability';

describe('syllables (Dutch)', () => {
	it.each([
		['kat', 1],
		['uur', 1],
		['huilen', 2],
		['kinderen', 3],
		['zelfmoordpreventie', 5],
		['beëindigen', 4],
		['België', 3],
		// The patterns alone miss a one-vowel syllable at the edge of a word:
		['idee', 2],
		['oma', 2],
		['avond', 2],
		['olie', 2],
		['eten', 2]
	])('%s has %i', (word, count) => {
		expect(syllables(word, 'nl')).toBe(count);
	});

	it('counts a number as one word of one syllable', () => {
		expect(words('Bel 0800-2000 of 112.')).toEqual(['Bel', '0800-2000', 'of', '112']);
		expect(syllables('0800-2000', 'nl')).toBe(1);
	});
});

describe('syllables (English)', () => {
	it.each([
		['cat', 1],
		['make', 1],
		['time', 1],
		['people', 2],
		['doctor', 2],
		['beautiful', 3]
	])('%s has %i', (word, count) => {
		expect(syllables(word, 'en')).toBe(count);
	});
});

describe('sentences', () => {
	it('splits on . ! and ? followed by a space or the end', () => {
		expect(splitSentences('Dat is zwaar! Wat kun je doen? Bel 113. Of chat op 113.nl.')).toEqual([
			'Dat is zwaar',
			'Wat kun je doen',
			'Bel 113',
			'Of chat op 113.nl'
		]);
	});
});

describe('readability', () => {
	it('pins Flesch-Douma for a short Dutch sentence', () => {
		// 6 words, 6 syllables: 206.835 − 0.93 × 6 − 77 × 1 = 124.255
		const r = readability('De kat zit op de mat.', 'nl');
		expect(r).toMatchObject({ sentences: 1, words: 6, syllables: 6, wordsPerSentence: 6, score: 124.3 });
	});

	it('pins Flesch-Douma for a few Dutch sentences', () => {
		// 12 words in 3 sentences, 15 syllables: 206.835 − 0.93 × 4 − 77 × 1.25 = 106.865
		const r = readability('Je baby huilt veel. Dat is zwaar! Het gaat vaak vanzelf over.', 'nl');
		expect(r).toMatchObject({ sentences: 3, words: 12, syllables: 15, wordsPerSentence: 4, score: 106.9 });
	});

	it('scores a long officialese Dutch sentence as hard', () => {
		const r = readability(
			'Indien de aanvrager niet tijdig de benodigde documentatie overlegt, wordt de aanvraag derhalve buiten behandeling gesteld.',
			'nl'
		);
		expect(r.sentences).toBe(1);
		expect(r.wordsPerSentence).toBe(16);
		expect(r.score).toBeLessThan(45);
	});

	it('pins Flesch Reading Ease for English', () => {
		// 6 words, 6 syllables: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.145
		expect(readability('The cat sat on the mat.', 'en').score).toBe(116.1);
	});

	it('gives zero for an empty text instead of NaN', () => {
		expect(readability('', 'nl')).toMatchObject({ sentences: 0, words: 0, score: 0 });
	});
});
