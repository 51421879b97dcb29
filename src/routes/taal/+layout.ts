import { loadNamespaces } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// This room's Dutch text loads before it renders (prerender) and before it hydrates (browser).
export const load: LayoutLoad = async () => {
	await loadNamespaces(['languages', 'pages']);
};
