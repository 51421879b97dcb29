import type { Lang } from '$lib/i18n';
import type { Topic } from './schema';

/*
 * Translated topics for the browser, one small chunk per file, fetched only when a resident reads in that
 * language. They were validated at build time (topics.server.ts), so they are not checked again here.
 */
const files = import.meta.glob<Topic>(['/messages/*/guide/*.json', '!/messages/nl/guide/*.json'], {
	import: 'default'
});

export function hasTranslation(lang: Lang, id: string): boolean {
	return `/messages/${lang}/guide/${id}.json` in files;
}

/** The topic in `lang`, or undefined when it has not been translated yet. */
export async function loadTranslation(lang: Lang, id: string): Promise<Topic | undefined> {
	const load = files[`/messages/${lang}/guide/${id}.json`];
	return load ? await load() : undefined;
}
