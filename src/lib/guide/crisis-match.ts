import { defaultLang, type Lang } from '$lib/i18n/languages';
import { CRISIS_INTENTS, type CrisisIntent } from './crisis-intents';
import { normalise } from './search-terms';

/**
 * Recognises a crisis in what a resident types, using the reviewed phrases in crisis-intents.ts. Kept apart
 * from the topic search on purpose: it must work on words a topic never uses ("zelfmoord"), must not depend
 * on a score, and must still work when the topic index could not be loaded.
 */

/**
 * One spelling for what people type in many ways: the search's own normalising (accents, "ı", "ł"), then
 * Arabic without hamza and vowel marks (أريد and اريد), and no apostrophes ("don't", Ukrainian "б'є").
 */
export function fold(text: string): string {
	return normalise(text)
		.replace(/[\u0610-\u061a\u064b-\u065f\u0670]/g, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/['’ʼ`´]/g, '');
}

export function tokens(text: string): string[] {
	return fold(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Optimal string alignment distance (a swap of two letters counts as one typo), stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > max) return max + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** Whether a typed word is the phrase's word: the same, a longer form or compound of it, or one typo off. */
export function sameWord(typed: string, word: string): boolean {
	if (typed === word) return true;
	if (word.length >= 5 && typed.startsWith(word)) return true;
	if (word.length >= 7 && typed.includes(word)) return true;
	if (word.length < 6) return false;
	return distance(typed, word, word.length >= 10 ? 2 : 1) <= (word.length >= 10 ? 2 : 1);
}

/** A phrase as slots of alternatives: "wil|willen dood" → [["wil", "willen"], ["dood"]]. */
type Phrase = string[][];

function compile(phrase: string): Phrase {
	return phrase.split(' ').map((slot) => slot.split('|').map(fold));
}

function phraseMatches(phrase: Phrase, known: readonly Set<string>[]): boolean {
	return phrase.every((slot) => slot.some((word) => known.some((words) => words.has(word))));
}

interface Compiled {
	intent: CrisisIntent;
	phrases: Partial<Record<Lang, Phrase[]>>;
	unless: Partial<Record<Lang, string[]>>;
}

// Compiled once, when the search module loads.
const COMPILED: Compiled[] = CRISIS_INTENTS.map((intent) => ({
	intent,
	phrases: Object.fromEntries(
		Object.entries(intent.phrases).map(([lang, list]) => [lang, list.map(compile)])
	),
	unless: Object.fromEntries(
		Object.entries(intent.unless ?? {}).map(([lang, list]) => [lang, list.map(fold)])
	)
}));

const PHRASE_WORDS = [...new Set(COMPILED.flatMap(({ phrases }) => Object.values(phrases).flat(3)))];

/*
 * Which phrase words a typed word counts as, remembered per typed word: while the resident types, every
 * keystroke repeats the words before the last one, and comparing a word with all phrase words (typos
 * included) is the slow part. Cleared now and then, so a long session does not keep every word.
 */
const known = new Map<string, Set<string>>();

function wordsFor(typed: string): Set<string> {
	let words = known.get(typed);
	if (!words) {
		if (known.size > 500) known.clear();
		words = new Set(PHRASE_WORDS.filter((word) => sameWord(typed, word)));
		known.set(typed, words);
	}
	return words;
}

/** The crisis intents a search matches, most urgent first; empty for an everyday search. */
export function matchCrisis(query: string, lang: Lang): CrisisIntent[] {
	const typed = tokens(query);
	if (typed.length === 0) return [];
	const found = typed.map(wordsFor);
	const langs: Lang[] = lang === defaultLang ? [lang] : [lang, defaultLang];
	return COMPILED.filter(({ phrases, unless }) =>
		langs.some((l) => {
			if ((unless[l] ?? []).some((word) => typed.includes(word))) return false;
			return (phrases[l] ?? []).some((phrase) => phraseMatches(phrase, found));
		})
	).map(({ intent }) => intent);
}
