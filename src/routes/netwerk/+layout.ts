import { browser } from '$app/environment';
import { loadNamespaces } from '$lib/i18n';
import { warmStorage } from '$lib/storage/db';
import type { LayoutLoad } from './$types';

// This room's Dutch text loads before it renders (prerender) and before it hydrates (browser);
// the resident's people load meanwhile, so the map can be drawn right away.
export const load: LayoutLoad = async () => {
	if (browser) warmStorage();
	await loadNamespaces(['network']);
};
