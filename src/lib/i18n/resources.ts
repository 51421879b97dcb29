import type { Resource, ResourceLanguage } from 'i18next';
import { defaultLang, type Lang } from './languages';

type Messages = Record<string, unknown>;

/**
 * The namespace the app shell needs on every page (layout, menu, navigation). Its Dutch text is bundled into
 * every page: it is the prerendered text and the fallback for every other language. The walk-in texts load
 * only on a walk-in tablet and on the pages that set one up, like a room's.
 */
export const CORE_NAMESPACES = ['common'] as const;

const dutchCore = import.meta.glob<Messages>('/messages/nl/common.json', {
	eager: true,
	import: 'default'
});
// A room's own Dutch text loads with that room (its +layout.ts calls loadNamespaces), so one room's
// strings never weigh on the first visit of another.
const dutchRooms = import.meta.glob<Messages>(['/messages/nl/*.json', '!/messages/nl/common.json'], {
	import: 'default'
});
// Other languages load on demand, one chunk per namespace file, so a Dutch reader downloads none of them.
const others = import.meta.glob<Messages>(['/messages/*/*.json', '!/messages/nl/*.json'], {
	import: 'default'
});

/** "/messages/nl/common.json" → "common" */
export function namespaceOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** Every namespace that exists in Dutch. */
export const namespaces: string[] = [...Object.keys(dutchCore), ...Object.keys(dutchRooms)].map(namespaceOf);

export function dutchResources(): Resource {
	const bundle: ResourceLanguage = {};
	for (const [path, messages] of Object.entries(dutchCore)) bundle[namespaceOf(path)] = messages;
	return { [defaultLang]: bundle };
}

/** Loads the Dutch text of one room's namespace. */
export async function loadDutchNamespace(ns: string): Promise<Messages | undefined> {
	const load = dutchRooms[`/messages/${defaultLang}/${ns}.json`];
	return load ? await load() : undefined;
}

/** Loads one namespace of a language other than Dutch; undefined when it is not translated. */
export async function loadNamespace(lang: Lang, ns: string): Promise<Messages | undefined> {
	const load = others[`/messages/${lang}/${ns}.json`];
	return load ? await load() : undefined;
}
