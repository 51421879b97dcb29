import { byTitle } from '$lib/guide/catalogue';
import { dutch, summariesFor } from '$lib/guide/topics.server';
import type { PageServerLoad } from './$types';

// Runs at build time only: the page gets Dutch summaries, never the full topic texts.
export const load: PageServerLoad = () => ({
	topics: byTitle(summariesFor('nl'), 'nl'),
	phases: dutch.phases,
	events: dutch.events
});
