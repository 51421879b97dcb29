import createHyphenator from 'hyphen';
import dutchPatterns from 'hyphen/patterns/nl';
import englishPatterns from 'hyphen/patterns/en-us';

/**
 * Reading ease for our guide texts. A formula is an aid, not a judge: it only counts
 * sentence and word length. We use it to catch long sentences and heavy words early.
 *
 * Dutch: Flesch-Douma = 206.835 − 0.93 × words per sentence − 77 × syllables per word
 * (Douma's 0.77 per 100 words, written per word). English: Flesch Reading Ease
 * = 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
 */
export type ReadingLang = 'nl' | 'en';

export interface Readability {
	sentences: number;
	words: number;
	syllables: number;
	wordsPerSentence: number;
	syllablesPerWord: number;
	/** Flesch-Douma for Dutch, Flesch Reading Ease for English. Higher is easier. */
	score: number;
}

const HYPHEN = '|';
const hyphenators = {
	nl: createHyphenator(dutchPatterns, { hyphenChar: HYPHEN, minWordLength: 1 }),
	en: createHyphenator(englishPatterns, { hyphenChar: HYPHEN, minWordLength: 1 })
};

const FORMULA = {
	nl: { perSentence: 0.93, perSyllable: 77 },
	en: { perSentence: 1.015, perSyllable: 84.6 }
} as const;

/** A sentence ends at . ! or ? (also before a quote or bracket), followed by a space or the end. */
const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)/u;
/** A word holds at least one letter or digit: "0800-2000" and "112" count as one word each. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function splitSentences(text: string): string[] {
	return text
		.split(SENTENCE_END)
		.map((s) => s.trim())
		.filter((s) => words(s).length > 0);
}

export function words(text: string): string[] {
	return text.match(WORD) ?? [];
}

// A diaeresis opens a new syllable (Bel-gi-ë, be-ëin-di-gen), so ë and ï start a new vowel group.
const DUTCH_VOWELS = /[ëï]?[aeiouyáéíóúàèâêîôûäöü]+|[ëï]/giu;
const ENGLISH_VOWELS = /[aeiouy]+/giu;

function vowelGroups(part: string, lang: ReadingLang): number {
	return (part.match(lang === 'nl' ? DUTCH_VOWELS : ENGLISH_VOWELS) ?? []).length;
}

/** English drops a final silent e ("make", "time"), but not in "-le" after a consonant ("people"). */
function englishSilentE(word: string): boolean {
	return /[^aeiouy]e$/i.test(word) && !/[^aeiouy]le$/i.test(word) && vowelGroups(word, 'en') > 1;
}

/**
 * Syllables in one word. The hyphenation patterns split well inside a word but miss a
 * one-vowel syllable at its start or end (i-dee, o-ma); a count of vowel groups per part
 * catches those. Numbers count as one syllable: a rough guess, fine for a phone number.
 */
export function syllables(word: string, lang: ReadingLang): number {
	if (!/\p{L}/u.test(word)) return 1;
	let total = 0;
	for (const piece of word.split(/[-'’]/)) {
		if (!piece) continue;
		const parts = hyphenators[lang](piece.toLowerCase()).split(HYPHEN);
		let count = 0;
		for (const part of parts) count += Math.max(1, vowelGroups(part, lang));
		if (lang === 'en' && englishSilentE(piece) && count > 1) count -= 1;
		total += count;
	}
	return Math.max(1, total);
}

function round(n: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

/** Reading ease of a text: paragraphs may be joined with spaces or newlines. */
export function readability(text: string, lang: ReadingLang): Readability {
	const sentences = splitSentences(text);
	const all = sentences.flatMap(words);
	const syllableCount = all.reduce((sum, w) => sum + syllables(w, lang), 0);
	const wordsPerSentence = sentences.length ? all.length / sentences.length : 0;
	const syllablesPerWord = all.length ? syllableCount / all.length : 0;
	const { perSentence, perSyllable } = FORMULA[lang];
	const score = all.length ? 206.835 - perSentence * wordsPerSentence - perSyllable * syllablesPerWord : 0;
	return {
		sentences: sentences.length,
		words: all.length,
		syllables: syllableCount,
		wordsPerSentence: round(wordsPerSentence),
		syllablesPerWord: round(syllablesPerWord),
		score: round(score, 1)
	};
}
