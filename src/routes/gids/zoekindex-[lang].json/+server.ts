import { error, json } from '@sveltejs/kit';
import { buildIndex } from '$lib/guide/search';
import { langCodes, topicsFor } from '$lib/guide/topics.server';
import { isLang } from '$lib/i18n/languages';
import type { EntryGenerator, RequestHandler } from './$types';

/** The search index of one language, built with the site and fetched when the resident starts searching. */
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404);
	return json(buildIndex(topicsFor(params.lang), params.lang));
};
