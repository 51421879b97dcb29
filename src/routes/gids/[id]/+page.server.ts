import { error } from '@sveltejs/kit';
import { summarise } from '$lib/guide/catalogue';
import { dutch } from '$lib/guide/topics.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every topic is a prerendered page in Dutch; other languages load in the browser (see translations.ts).
// Without any topic (content not merged yet) there is nothing to prerender, and the build would refuse.
export const prerender = dutch.ids.length > 0;

export const entries: EntryGenerator = () => dutch.ids.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const topic = dutch.get(params.id);
	if (!topic) error(404);
	return { topic, related: dutch.related(topic).map(summarise) };
};
