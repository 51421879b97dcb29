import { Catalogue, parseTopicFiles, summarise, type TopicSummary } from './catalogue';
import type { Topic } from './schema';
import { defaultLang, languages, type Lang } from '$lib/i18n/languages';

/*
 * Every topic in every language, read and validated while the site is built (this module runs only on the
 * server, i.e. at prerender time): a broken file stops the build with its name, and no topic text ends up
 * in a page's JavaScript. Dutch is the source; other languages may miss a topic and then fall back to Dutch.
 */
const files = import.meta.glob('/messages/*/guide/*.json', { eager: true, import: 'default' });

export const allTopics: Topic[] = parseTopicFiles(files);

export const dutch = new Catalogue(allTopics.filter((topic) => topic.lang === defaultLang));

/** The topic in `lang`, or undefined when it has not been translated yet. */
export function translation(lang: Lang, id: string): Topic | undefined {
	return allTopics.find((topic) => topic.lang === lang && topic.id === id);
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
