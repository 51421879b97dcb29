import type { Handle } from '@sveltejs/kit';
import { languagesOf } from '$lib/guide/topics.server';
import { defaultLang, dirOf, isLang, locale, type Lang } from '$lib/i18n';
import { shipTemplateParts } from '$lib/shell/app-template.js';
import template from './app.html?raw';

/** The route of a guide topic: one prerendered page per language ("/gids/rouw/ar/"). */
const TOPIC_ROUTE = '/gids/[id]/[[lang=lang]]';

/**
 * Runs while the site is prerendered. Every page is rendered in Dutch (the app switches in the browser),
 * except a guide topic, which is rendered in its own language with `lang`/`dir` on <html>. A topic also
 * lists its languages there, so app.html's first script can open the reader's own language at once.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const topic = event.route.id === TOPIC_ROUTE;
	const lang: Lang = topic && isLang(event.params.lang) ? event.params.lang : defaultLang;
	// Sub-requests (a page's own fetches) share the page's render: they must not switch its language.
	if (!event.isSubRequest) await locale.renderIn(lang);
	const langs = topic && event.params.id ? languagesOf(event.params.id).join(' ') : '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			shipTemplateParts(html, template)
				.replace('%page.lang%', lang)
				.replace('%page.dir%', dirOf(lang))
				.replace('%page.langs%', langs)
	});
};
