import { loadNamespaces } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// This room's Dutch text loads before it renders (prerender) and before it hydrates (browser).
export const load: LayoutLoad = async () => {
	// Not the walk-in texts: the card that leads staff to the walk-in settings has its words in 'data'.
	await loadNamespaces(['data', 'pages']);
};
