import { error, json } from '@sveltejs/kit';
import { byTitle } from '$lib/guide/catalogue';
import { langCodes, summariesFor } from '$lib/guide/topics.server';
import { isLang } from '$lib/i18n/languages';
import type { EntryGenerator, RequestHandler } from './$types';

/** Titles and short answers of every topic in one language (Dutch where not yet translated). */
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	if (!isLang(params.lang)) error(404);
	return json(byTitle(summariesFor(params.lang), params.lang));
};
