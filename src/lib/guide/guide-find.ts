import type MiniSearch from 'minisearch';
import type { Lang } from '$lib/i18n/languages';
import type { CrisisIntent } from './crisis-intents';
import { matchCrisis } from './crisis-match';
import type { Contact } from './schema';
import { search, storedHit, type SearchDoc, type SearchHit } from './search';

/**
 * What the guide's search box shows, in order: for a crisis, the line(s) to call first, then the topic(s)
 * that go with it, then the other topics that match. The page renders this list as it is.
 */
export type GuideResult =
	{ kind: 'crisis'; intent: CrisisIntent; lines: readonly Contact[] } | { kind: 'topic'; hit: SearchHit };

/** `index` may be null when the topic index could not be loaded: the crisis lines still show. */
export function findInGuide(index: MiniSearch<SearchDoc> | null, query: string, lang: Lang): GuideResult[] {
	const results: GuideResult[] = [];
	const shownLines = new Set<Contact>();
	const relatedTopics: string[] = [];
	for (const intent of matchCrisis(query, lang)) {
		// "kindermishandeling" is both a child in danger and violence at home: Veilig Thuis once.
		const lines = intent.lines.filter((line) => !shownLines.has(line));
		if (lines.length > 0) results.push({ kind: 'crisis', intent, lines });
		for (const line of lines) shownLines.add(line);
		relatedTopics.push(...intent.topics);
	}
	if (!index) return results;

	const seen = new Set<string>();
	const add = (hit: SearchHit | null) => {
		if (!hit || seen.has(hit.id)) return;
		seen.add(hit.id);
		results.push({ kind: 'topic', hit });
	};
	for (const id of relatedTopics) add(storedHit(index, id));
	for (const hit of search(index, query)) add(hit);
	return results;
}
