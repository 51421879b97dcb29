import { i18n } from './i18n';
import type { Lang } from './languages';

// The "not checked yet" marker beside each language on the language page is written in that language, so a
// reader finds it in the words they read best. These files are tiny; only the language page imports this module.
const bundles = import.meta.glob<Record<string, unknown>>('/messages/*/languages.json', {
	eager: true,
	import: 'default'
});

for (const [path, messages] of Object.entries(bundles)) {
	const lang = path.split('/')[2]!;
	i18n.addResourceBundle(lang, 'languages', messages, true, false);
}

/** The marker text in the language itself ("Çeviri henüz kontrol edilmedi" beside Türkçe). */
export function uncheckedMarker(lang: Lang): string {
	return i18n.getFixedT(lang, 'languages')('review.unchecked');
}
