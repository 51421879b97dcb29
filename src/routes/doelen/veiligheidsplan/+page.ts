import { loadNamespaces } from '$lib/i18n';
import type { PageLoad } from './$types';

// The plan's own text and the helplines' names and facts (the read-aloud words load with read-aloud).
export const load: PageLoad = async () => {
	await loadNamespaces(['safety', 'contacts']);
};
