import { loadNamespaces } from '$lib/i18n';
import type { PageLoad } from './$types';

// The preview of a safety plan shows its parts with the plan's own questions.
export const load: PageLoad = async () => {
	await loadNamespaces(['safety']);
};
