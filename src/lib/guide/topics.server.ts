import { Catalogue, parseTopicFiles, summarise, type TopicSummary } from './catalogue';
import type { Topic } from './schema';
import { defaultLang, languages, type Lang } from '$lib/i18n/languages';
import { freshTopic, type SourceRecord } from '$lib/i18n/source-stamp';

/*
 * Every topic in every language, read and validated while the site is built (this module runs only on the
 * server, i.e. at prerender time): a broken file stops the build with its name, and no topic text ends up
 * in a page's JavaScript. Dutch is the source; other languages may miss a topic and then fall back to Dutch.
 */
const files = import.meta.glob('/messages/*/guide/*.json', { eager: true, import: 'default' });

export const allTopics: Topic[] = parseTopicFiles(files);

export const dutch = new Catalogue(allTopics.filter((topic) => topic.lang === defaultLang));

/** Which Dutch text each translation was made from (src/lib/i18n/source-stamp.ts). */
const records = import.meta.glob<SourceRecord>('/src/lib/i18n/sources/*.json', {
	eager: true,
	import: 'default'
});
const recordOf = (lang: Lang): SourceRecord => records[`/src/lib/i18n/sources/${lang}.json`] ?? {};

/** The keys of a topic shown in Dutch because their translation is older than the Dutch ("normal.2"). */
const staleKeysOf = new WeakMap<Topic, string[]>();
const fresh = new Map<string, Topic | undefined>();

/**
 * The topic in `lang`, or undefined when it has not been translated yet. A string whose Dutch text changed
 * after it was translated comes in Dutch (see `staleIn`), so no page, list or search index shows an older
 * text. A topic never stamped at all (just merged) shows as it is; stale.spec.ts lists it until it is stamped.
 */
export function translation(lang: Lang, id: string): Topic | undefined {
	const key = `${lang}/${id}`;
	if (!fresh.has(key)) {
		const own = allTopics.find((topic) => topic.lang === lang && topic.id === id);
		const source = dutch.get(id);
		const stamps = recordOf(lang)[`guide/${id}`];
		if (!own || !source || !stamps || lang === defaultLang) fresh.set(key, own);
		else {
			const { topic, stale } = freshTopic(own, source, stamps);
			staleKeysOf.set(topic, stale);
			fresh.set(key, topic);
		}
	}
	return fresh.get(key);
}

/** Which strings of this topic show the Dutch text because the translation is not updated yet. */
export function staleIn(topic: Topic): string[] {
	return staleKeysOf.get(topic) ?? [];
}

/** Every Dutch topic, each in `lang` where a translation exists (Dutch otherwise). */
export function topicsFor(lang: Lang): Topic[] {
	return dutch.topics.map((topic) => translation(lang, topic.id) ?? topic);
}

export function summariesFor(lang: Lang): TopicSummary[] {
	return topicsFor(lang).map(summarise);
}

export const langCodes: Lang[] = languages.map((l) => l.code);

/** The languages a topic can be read in: Dutch always, others once translated. */
export function languagesOf(id: string): Lang[] {
	return langCodes.filter((lang) => lang === defaultLang || translation(lang, id) !== undefined);
}
