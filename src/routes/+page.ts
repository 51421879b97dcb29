import { loadNamespaces } from '$lib/i18n';
import type { PageLoad } from './$types';

// Start shows the resident's breakthrough step.
export const load: PageLoad = async () => {
	await loadNamespaces(['goals']);
};
