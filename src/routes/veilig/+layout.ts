import { loadNamespaces } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// This page's Dutch text loads before it renders (prerender) and before it hydrates (browser), so it is not
// bundled into every other page's first visit.
export const load: LayoutLoad = async () => {
	await loadNamespaces(['pages']);
};
