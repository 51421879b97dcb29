import i18next, { type TOptions } from 'i18next';
import { defaultLang, type Lang } from './languages';
import { dutchResources, loadDutchNamespace, loadNamespace, namespaces } from './resources';

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

/** One namespace of one language, loaded once; a failed load is retried next time. */
const pending = new Map<string, Promise<void>>();

function loadBundle(lang: Lang, ns: string): Promise<void> {
	if (i18n.hasResourceBundle(lang, ns)) return Promise.resolve();
	const id = `${lang}/${ns}`;
	let loading = pending.get(id);
	if (!loading) {
		loading = (lang === defaultLang ? loadDutchNamespace(ns) : loadNamespace(lang, ns))
			.then((messages) => {
				if (messages) i18n.addResourceBundle(lang, ns, messages, true, true);
			})
			.finally(() => pending.delete(id));
		pending.set(id, loading);
	}
	return loading;
}

/**
 * Namespaces asked for in this visit, noted at once (before their Dutch text has arrived), and the language
 * a switch is heading for. Without both, a namespace asked for while the language is being applied after
 * a full page load (the guest bar's `walkin` on a walk-in tablet) came only in Dutch (issue 19).
 */
const requested = new Set<string>();
let switchingTo: Lang | undefined;

/** The namespaces in use so far: the shell's, plus those of every room opened or asked for in this visit. */
function namespacesInUse(): string[] {
	return namespaces.filter((ns) => requested.has(ns) || i18n.hasResourceBundle(defaultLang, ns));
}

/**
 * Makes sure the namespaces in use are present in `lang` before the app switches to it. Rooms not opened
 * yet load their text when they are opened (see loadNamespaces), so a first visit stays small.
 */
export async function ensureLanguage(lang: Lang): Promise<void> {
	switchingTo = lang;
	await Promise.all(namespacesInUse().map((ns) => loadBundle(lang, ns)));
}

export type TranslateOptions = TOptions;

/**
 * Makes sure these namespaces are present in Dutch (the prerendered text and the fallback of every other
 * language) and in the language being read. A room calls it in its +layout.ts load, which runs before the
 * page renders and before it hydrates.
 */
export async function loadNamespaces(names: readonly string[]): Promise<void> {
	for (const ns of names) requested.add(ns);
	const langs = new Set([defaultLang, i18n.language as Lang, switchingTo]);
	await Promise.all(
		names.flatMap((ns) => [...langs].filter((lang) => lang !== undefined).map((lang) => loadBundle(lang, ns)))
	);
}
