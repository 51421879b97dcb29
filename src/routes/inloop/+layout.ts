import { loadNamespaces } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Walk-in setup and the end of a guest session: their Dutch text loads before they render and hydrate.
export const load: LayoutLoad = async () => {
	await loadNamespaces(['walkin']);
};
