import i18next, { type TOptions } from 'i18next';
import { defaultLang, type Lang } from './languages';
import { dutchResources, loadResources, namespaces } from './resources';

/**
 * One i18next instance for the app, initialised synchronously so prerendered pages carry real Dutch text.
 * A key that exists nowhere is reported (a test listens for it) and shown as an ellipsis, never as a raw key.
 */
export const i18n = i18next.createInstance();

void i18n.init({
	initAsync: false,
	lng: defaultLang,
	fallbackLng: defaultLang,
	supportedLngs: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'],
	ns: namespaces,
	defaultNS: 'common',
	resources: dutchResources(),
	interpolation: { escapeValue: false }, // Svelte escapes every interpolation itself.
	returnNull: false,
	saveMissing: true,
	missingKeyHandler: (_lngs, ns, key) => {
		console.error(`[i18n] missing key "${ns}:${key}"`);
	},
	parseMissingKeyHandler: () => '…'
});

const loaded = new Set<Lang>([defaultLang]);

/** Makes sure every namespace of `lang` is present before the app switches to it. */
export async function ensureLanguage(lang: Lang): Promise<void> {
	if (loaded.has(lang)) return;
	const bundles = await loadResources(lang);
	for (const [ns, messages] of Object.entries(bundles))
		i18n.addResourceBundle(lang, ns, messages, true, true);
	loaded.add(lang);
}

export type TranslateOptions = TOptions;
