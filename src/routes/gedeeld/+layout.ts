import { loadNamespaces } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// This room's Dutch text loads before it renders (prerender) and before it hydrates (browser).
export const load: LayoutLoad = async () => {
	// 'share': what was shared and how to keep it; 'data': profile names; 'safety': a shared safety
	// plan shows its parts with the plan's own questions.
	await loadNamespaces(['share', 'data', 'safety']);
};
