import { loadNamespaces } from '$lib/i18n';
import type { PageLoad } from './$types';

// The detail page's own words (when, where, calendar, goal step) load with it, not with the list.
export const load: PageLoad = async () => {
	await loadNamespaces(['activity']);
};
