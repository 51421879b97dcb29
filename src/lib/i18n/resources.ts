import type { Resource, ResourceLanguage } from 'i18next';
import { defaultLang, type Lang } from './languages';

type Messages = Record<string, unknown>;

// Dutch is bundled into every page: it is the prerendered text and the fallback for every other language.
const dutch = import.meta.glob<Messages>('/messages/nl/*.json', { eager: true, import: 'default' });
// Other languages load on demand, one chunk per namespace file, so a Dutch reader downloads none of them.
const others = import.meta.glob<Messages>(['/messages/*/*.json', '!/messages/nl/*.json'], {
	import: 'default'
});

/** "/messages/nl/common.json" → "common" */
export function namespaceOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

function langOf(path: string): string {
	return path.split('/')[2] ?? '';
}

export const namespaces: string[] = Object.keys(dutch).map(namespaceOf);

export function dutchResources(): Resource {
	const bundle: ResourceLanguage = {};
	for (const [path, messages] of Object.entries(dutch)) bundle[namespaceOf(path)] = messages;
	return { [defaultLang]: bundle };
}

/** Loads every namespace of one language; resolves to namespace → messages. */
export async function loadResources(lang: Lang): Promise<ResourceLanguage> {
	if (lang === defaultLang) return dutchResources()[defaultLang] as ResourceLanguage;
	const entries = Object.entries(others).filter(([path]) => langOf(path) === lang);
	const loaded = await Promise.all(
		entries.map(async ([path, load]) => [namespaceOf(path), await load()] as const)
	);
	return Object.fromEntries(loaded);
}
