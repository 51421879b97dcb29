import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as turkishStemmer } from '@orama/stemmers/turkish';
import { stemmer as ukrainianStemmer } from '@orama/stemmers/ukrainian';
import type { Lang } from '$lib/i18n/languages';

/**
 * How the guide's search turns text into terms: the same steps for the index (at build time) and for what a
 * resident types (in the browser), or the two would never meet.
 */

/**
 * Words that match nearly every topic ("mijn kind wordt gepest" is about "kind" and "gepest"). Kept in their
 * normalised form, because that is what they are compared with: "mijn" is "mein" by then.
 */
const STOP_WORDS = new Set(
	(
		'de het een en of in op aan van voor met bij naar om te is ben bent zijn was wordt worden heb heeft hebben ' +
		'ik je jij jou jouw mijn me mij we wij ons onze hij zij ze haar hem die dat dit er wat hoe niet geen wel ' +
		'ook nog al maar dan als zo veel erg heel kan kun kunnen moet doe doen the a an and or of to in on at for ' +
		'with my me i you your is are am be do does not no what how it this that'
	)
		.split(' ')
		.map((word) => normalise(word))
);

/**
 * Lower case without accents, so "beëindigen" and "beeindigen" are the same word; and "ij" as "ei",
 * because they sound the same and residents mix them up ("pubertijd" for "puberteit"). Turkish "ı" and
 * Polish "ł" have no accent to strip, but many phones type them as "i" and "l".
 */
export function normalise(term: string): string {
	return term
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replaceAll('ij', 'ei')
		.replaceAll('ı', 'i')
		.replaceAll('ł', 'l');
}

type Stem = (word: string) => string;

const keep: Stem = (word) => word;

/**
 * Snowball stemmers (via @orama/stemmers, about 2 KiB gzip for both) so "schulden" finds "schuld" and
 * "verhuizing" finds "verhuizen". Only Dutch and English for now: the other languages' topics are still
 * machine translations under review, and prefix and typo matching already carry most of their searches.
 */
const STEMMERS: Partial<Record<Lang, Stem>> = {
	nl: dutchStemmer,
	en: englishStemmer,
	ar: arabicStemmer,
	tr: turkishStemmer,
	uk: ukrainianStemmer
};

export function stemmerFor(lang: Lang): Stem {
	return STEMMERS[lang] ?? keep;
}

/** The fields whose compounds are split: a compound in a title or keyword names what the topic is about. */
export const PARTS_FIELD = 'parts';
const MIN_PART = 4;

/**
 * Dutch glues words together ("burenruzie", "slaapproblemen"). The tails of a compound are indexed in a field
 * of their own with a low weight, so "ruzie" still finds "burenruzie", but "werk" finds the topic about work
 * before the one that mentions "huiswerk".
 */
function tails(word: string): string[] {
	const out: string[] = [];
	for (let start = 3; start <= word.length - MIN_PART; start++) out.push(word.slice(start));
	return out;
}

export interface TermRules {
	/** For MiniSearch's processTerm while indexing: the whole word, or in the parts field only its tails. */
	index(term: string, field?: string): string[] | null;
	/** For MiniSearch's processTerm while searching. */
	query(term: string): string | null;
}

/**
 * Languages that glue nouns together. Turkish, Polish, Ukrainian and Arabic build words with endings, not
 * compounds: their tails would be noise, and they pushed those indexes past the 20 KiB budget.
 */
const COMPOUNDING: ReadonlySet<Lang> = new Set<Lang>(['nl', 'en']);

export function termRules(lang: Lang): TermRules {
	const stem = stemmerFor(lang);
	const splits = COMPOUNDING.has(lang);
	// Stemmed before the accents go: the Turkish and Ukrainian stemmers need "ç" and "й" to find an ending.
	const clean = (term: string): string | null => {
		const lower = term.toLowerCase();
		const word = normalise(lower);
		return word.length < 2 || STOP_WORDS.has(word) ? null : normalise(stem(lower));
	};
	return {
		index(term, field) {
			const word = clean(term);
			if (word === null) return null;
			if (field !== PARTS_FIELD) return [word];
			const parts = !splits || word.length < 2 * MIN_PART ? [] : tails(word);
			return parts.length > 0 ? parts : null;
		},
		query: clean
	};
}
