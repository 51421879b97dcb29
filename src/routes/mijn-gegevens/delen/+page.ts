import { loadNamespaces } from '$lib/i18n';
import type { PageLoad } from './$types';

// 'share': this page's own words (kept apart from 'data', so Mijn gegevens itself does not carry them).
// 'safety': the preview of a safety plan shows its parts with the plan's own questions.
export const load: PageLoad = async () => {
	await loadNamespaces(['share', 'safety']);
};
