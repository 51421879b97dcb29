import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Lang } from '$lib/i18n/languages';
import type { Topic } from './schema';
import { PARTS_FIELD, termRules } from './search-terms';

/**
 * The guide's search: one MiniSearch index per language, built when the site is built (see
 * src/routes/gids/zoekindex-[lang].json) and loaded in the browser only when the resident starts searching.
 * Index and search must share these options, so both sides get them from `indexOptions(lang)`.
 */

export { normalise } from './search-terms';

export interface SearchDoc {
	id: string;
	title: string;
	answer: string;
	keywords: string;
	body: string;
	/** Title and keywords again; only the tails of their compounds are indexed from it. */
	parts: string;
}

export interface SearchHit {
	id: string;
	title: string;
	answer: string;
}

/**
 * A topic is shown only when it scores at least this share of the best topic. A fixed "top eight" showed
 * school stress for "geen werk" and eight topics for "pesten": a weak match is noise to someone in a hurry.
 */
export const RELATIVE_THRESHOLD = 0.4;
export const MAX_RESULTS = 8;

function searchOptions(lang: Lang): SearchOptions {
	return {
		boost: { title: 4, keywords: 3, answer: 1.5, body: 1, [PARTS_FIELD]: 1 },
		prefix: (term) => term.length >= 3,
		// One typo in a word of five letters or more, two in a long one. Not in four-letter words: there
		// "werk" would also find "wek" and "wer", and every topic has one of those.
		fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
		weights: { fuzzy: 0.4, prefix: 0.7 },
		combineWith: 'OR',
		processTerm: termRules(lang).query
	};
}

export function indexOptions(lang: Lang): Options<SearchDoc> {
	return {
		fields: ['title', 'keywords', 'answer', 'body', PARTS_FIELD],
		storeFields: ['title', 'answer'],
		processTerm: termRules(lang).index,
		searchOptions: searchOptions(lang)
	};
}

export function toSearchDoc(topic: Topic): SearchDoc {
	const signals = topic.getHelp.map((item) => item.signal);
	const keywords = topic.keywords.join(' ');
	return {
		id: topic.id,
		title: topic.title,
		answer: topic.answer,
		keywords,
		body: [...topic.normal, ...topic.yourself, ...signals].join(' '),
		parts: `${topic.title} ${keywords}`
	};
}

export function buildIndex(topics: readonly Topic[], lang: Lang): MiniSearch<SearchDoc> {
	const index = new MiniSearch<SearchDoc>(indexOptions(lang));
	index.addAll(topics.map(toSearchDoc));
	return index;
}

export function loadIndex(json: string, lang: Lang): MiniSearch<SearchDoc> {
	return MiniSearch.loadJSON<SearchDoc>(json, indexOptions(lang));
}

/** The topics that match `query`, best first, leaving out weak matches (see RELATIVE_THRESHOLD). */
export function search(index: MiniSearch<SearchDoc>, query: string, limit = MAX_RESULTS): SearchHit[] {
	const hits = index.search(query);
	const floor = (hits[0]?.score ?? 0) * RELATIVE_THRESHOLD;
	return hits
		.filter((hit) => hit.score >= floor)
		.slice(0, limit)
		.map((hit) => ({ id: String(hit.id), title: String(hit.title), answer: String(hit.answer) }));
}

/** A topic's title and short answer as the index stores them (for a topic that a crisis line points to). */
export function storedHit(index: MiniSearch<SearchDoc>, id: string): SearchHit | null {
	const fields = index.getStoredFields(id);
	if (!fields) return null;
	return { id, title: String(fields.title), answer: String(fields.answer) };
}
