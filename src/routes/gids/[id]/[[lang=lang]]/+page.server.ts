import { error } from '@sveltejs/kit';
import { summarise } from '$lib/guide/catalogue';
import { glossaryIn } from '$lib/guide/glossary';
import { readableText } from '$lib/guide/readable-text';
import { loadNamespaces } from '$lib/i18n';
import { dutch, languagesOf, staleIn, translation } from '$lib/guide/topics.server';
import { defaultLang, isLang, type Lang } from '$lib/i18n/languages';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every topic is a prerendered page in every language it has: plain HTML and CSS that read without
// JavaScript. The app's own code is not sent (a first visit stays under issue 3's 60 KiB); a small script
// adds read-aloud, print, the menu and the quick exit (static-page.ts).
export const csr = false;
// Without any topic (content not merged yet) there is nothing to prerender, and the build would refuse.
export const prerender = dutch.ids.length > 0;

export const entries: EntryGenerator = () =>
	dutch.ids.flatMap((id) => languagesOf(id).map((lang) => (lang === defaultLang ? { id } : { id, lang })));

export const load: PageServerLoad = async ({ params }) => {
	// The guest bar (shown by enhance.ts on a walk-in tablet) is rendered with the page, hidden.
	await loadNamespaces(['walkin']);
	const lang: Lang = isLang(params.lang) ? params.lang : defaultLang;
	const source = dutch.get(params.id);
	const topic = lang === defaultLang ? source : translation(lang, params.id);
	if (!source || !topic) error(404);
	const related = dutch.related(source).map((r) => summarise(translation(lang, r.id) ?? r));
	// Words explained under the text: found in the Dutch source, so every language explains the same words.
	const glossary = glossaryIn(readableText(source));
	return { lang, topic, related, languages: languagesOf(topic.id), stale: staleIn(topic), glossary };
};
