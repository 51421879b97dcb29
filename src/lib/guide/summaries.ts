import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n';
import type { TopicSummary } from './catalogue';

const cache = new Map<Lang, Promise<TopicSummary[]>>();

/** Titles and short answers in `lang`, fetched once from the file built with the site. */
export function loadSummaries(lang: Lang): Promise<TopicSummary[]> {
	let pending = cache.get(lang);
	if (!pending) {
		pending = fetch(resolve('/gids/index-[lang].json', { lang })).then((response) => {
			if (!response.ok) throw new Error(`guide summaries: HTTP ${response.status}`);
			return response.json() as Promise<TopicSummary[]>;
		});
		pending.catch(() => cache.delete(lang));
		cache.set(lang, pending);
	}
	return pending;
}
