import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Topic } from './schema';

/**
 * The guide's search: one MiniSearch index per language, built when the site is built (see
 * src/routes/gids/zoekindex-[lang].json) and loaded in the browser only when the resident starts searching.
 * Index and search must share these options, so both sides import them from here.
 */

export interface SearchDoc {
	id: string;
	title: string;
	answer: string;
	keywords: string;
	body: string;
}

export interface SearchHit {
	id: string;
	title: string;
	answer: string;
}

/** Words that match nearly every topic ("mijn kind wordt gepest" is about "kind" and "gepest"). */
const STOP_WORDS = new Set(
	(
		'de het een en of in op aan van voor met bij naar om te is ben bent zijn was wordt worden heb heeft hebben ' +
		'ik je jij jou jouw mijn me mij we wij ons onze hij zij ze haar hem die dat dit er wat hoe niet geen wel ' +
		'ook nog al maar dan als zo veel erg heel kan kun kunnen moet doe doen the a an and or of to in on at for ' +
		'with my me i you your is are am be do does not no what how it this that'
	).split(' ')
);

/**
 * Lower case without accents, so "beëindigen" and "beeindigen" are the same word; and "ij" as "ei",
 * because they sound the same and residents mix them up ("pubertijd" for "puberteit").
 */
export function normalise(term: string): string {
	return term
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replaceAll('ij', 'ei');
}

const COMPOUND_FIELDS = new Set(['title', 'keywords', 'answer']);
const MIN_PART = 4;

/**
 * Dutch glues words together ("burenruzie", "slaapproblemen"). Besides the whole word we index its tails,
 * so a resident who types "ruzie" or "problemen" still finds the compound.
 */
export function indexTerms(term: string, field?: string): string[] | null {
	const word = normalise(term);
	if (word.length < 2 || STOP_WORDS.has(word)) return null;
	if (!field || !COMPOUND_FIELDS.has(field) || word.length < 2 * MIN_PART) return [word];
	const tails: string[] = [];
	for (let start = 3; start <= word.length - MIN_PART; start++) tails.push(word.slice(start));
	return [word, ...tails];
}

function queryTerm(term: string): string | null {
	const word = normalise(term);
	return word.length < 2 || STOP_WORDS.has(word) ? null : word;
}

export const searchOptions: SearchOptions = {
	boost: { title: 4, keywords: 3, answer: 1.5, body: 1 },
	prefix: (term) => term.length >= 3,
	// One typo in a short word, two in a long one.
	fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
	weights: { fuzzy: 0.4, prefix: 0.7 },
	combineWith: 'OR',
	processTerm: queryTerm
};

export const indexOptions: Options<SearchDoc> = {
	fields: ['title', 'keywords', 'answer', 'body'],
	storeFields: ['title', 'answer'],
	processTerm: indexTerms,
	searchOptions
};

export function toSearchDoc(topic: Topic): SearchDoc {
	const signals = topic.getHelp.map((item) => item.signal);
	return {
		id: topic.id,
		title: topic.title,
		answer: topic.answer,
		keywords: topic.keywords.join(' '),
		body: [...topic.normal, ...topic.yourself, ...signals].join(' ')
	};
}

export function buildIndex(topics: readonly Topic[]): MiniSearch<SearchDoc> {
	const index = new MiniSearch<SearchDoc>(indexOptions);
	index.addAll(topics.map(toSearchDoc));
	return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
	return MiniSearch.loadJSON<SearchDoc>(json, indexOptions);
}

export function search(index: MiniSearch<SearchDoc>, query: string, limit = 8): SearchHit[] {
	return index
		.search(query)
		.slice(0, limit)
		.map((hit) => ({ id: String(hit.id), title: String(hit.title), answer: String(hit.answer) }));
}
