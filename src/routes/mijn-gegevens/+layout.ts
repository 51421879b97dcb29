import { loadNamespaces } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// This room's Dutch text loads before it renders (prerender) and before it hydrates (browser).
export const load: LayoutLoad = async () => {
	// The walk-in card on this page leads staff to the walk-in settings.
	await loadNamespaces(['data', 'walkin', 'pages']);
};
