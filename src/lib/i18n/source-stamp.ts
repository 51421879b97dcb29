/**
 * Which Dutch text each translated string was made from.
 *
 * Dutch is the source. When a translator (or the team) brings a string up to date, `npm run i18n:stamp`
 * records a short hash of the Dutch string it now translates, per language, in src/lib/i18n/sources/<lang>.json:
 *   { "common": { "nav.guide": "1a2b3c4d" }, "guide/grief": { "normal.0": "…", "keywords": "…" } }
 * When the Dutch string changes later, its hash no longer matches: the translation is stale. The app then
 * never shows the old translation silently (a guide topic shows the Dutch text with a "niet bijgewerkt" mark;
 * an interface string falls back to Dutch), and `stale.spec.ts` lists every stale string.
 *
 * Plain TypeScript without Node or browser APIs: the build, the tests and the stamp command share it.
 */

/** One language's record: unit ("common", "guide/grief") → key → hash of the Dutch text. */
export type SourceRecord = Record<string, Record<string, string>>;

/** FNV-1a (32 bits) over the string's UTF-16 code units, as 8 hex digits: enough to notice an edit. */
export function sourceHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A message tree as "a.b.c" → text; arrays by index ("list.0"). Only strings count. */
export function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
	if (typeof tree === 'string') {
		if (prefix) out.set(prefix, tree);
	} else if (Array.isArray(tree)) {
		tree.forEach((item, i) => flatten(item, prefix ? `${prefix}.${i}` : String(i), out));
	} else if (tree && typeof tree === 'object') {
		for (const [key, value] of Object.entries(tree)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
	}
	return out;
}

/**
 * The Dutch key a translated key translates. Plural forms Dutch lacks (Ukrainian `_few`, Arabic `_two`)
 * translate the Dutch `_other`.
 */
export function dutchKeyFor(key: string, dutch: ReadonlyMap<string, string>): string | undefined {
	if (dutch.has(key)) return key;
	const match = PLURAL.exec(key);
	if (!match) return undefined;
	const other = `${key.slice(0, -match[0].length)}_other`;
	return dutch.has(other) ? other : undefined;
}

/** A guide topic's translated strings, keyed by their place; the search words count as one string. */
export function topicStrings(topic: {
	title: string;
	answer: string;
	keywords: string[];
	normal: string[];
	yourself: string[];
	others: string[];
	neighbourhood: string[];
	getHelp: { signal: string }[];
	talking: string;
}): Map<string, string> {
	const out = new Map<string, string>([
		['title', topic.title],
		['answer', topic.answer],
		['keywords', topic.keywords.join('\n')]
	]);
	for (const section of ['normal', 'yourself', 'others', 'neighbourhood'] as const)
		topic[section].forEach((text, i) => out.set(`${section}.${i}`, text));
	topic.getHelp.forEach((item, i) => out.set(`getHelp.${i}.signal`, item.signal));
	out.set('talking', topic.talking);
	return out;
}

/**
 * The translated keys whose Dutch text changed since they were stamped (or were never stamped), sorted.
 * A key Dutch does not have is not stale here: the parity tests report it.
 */
export function staleKeys(
	dutch: ReadonlyMap<string, string>,
	translated: ReadonlyMap<string, string>,
	stamps: Readonly<Record<string, string>> | undefined
): string[] {
	const stale: string[] = [];
	for (const key of translated.keys()) {
		const dutchKey = dutchKeyFor(key, dutch);
		if (dutchKey === undefined) continue;
		if (stamps?.[key] !== sourceHash(dutch.get(dutchKey)!)) stale.push(key);
	}
	return stale.sort();
}

/** The stamps that say "these translated strings translate the Dutch as it is now". */
export function stampsFor(
	dutch: ReadonlyMap<string, string>,
	translated: ReadonlyMap<string, string>
): Record<string, string> {
	const stamps: Record<string, string> = {};
	for (const key of [...translated.keys()].sort()) {
		const dutchKey = dutchKeyFor(key, dutch);
		if (dutchKey !== undefined) stamps[key] = sourceHash(dutch.get(dutchKey)!);
	}
	return stamps;
}

/** Removes stale keys from a message tree (a copy), so i18next shows the Dutch text for them instead. */
export function withoutKeys<T>(tree: T, keys: ReadonlySet<string>, prefix = ''): T {
	if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return tree;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') {
			if (!keys.has(path)) out[key] = value;
		} else out[key] = withoutKeys(value, keys, path);
	}
	return out as T;
}

/**
 * A translated topic with every stale string replaced by the current Dutch one, and which keys those are.
 * A resident then reads what the Dutch says now, marked as not updated, never an older translation.
 */
export function freshTopic<
	T extends {
		title: string;
		answer: string;
		keywords: string[];
		normal: string[];
		yourself: string[];
		others: string[];
		neighbourhood: string[];
		getHelp: { signal: string }[];
		talking: string;
	}
>(
	translated: T,
	dutch: T,
	stamps: Readonly<Record<string, string>> | undefined
): { topic: T; stale: string[] } {
	const stale = staleKeys(topicStrings(dutch), topicStrings(translated), stamps);
	if (stale.length === 0) return { topic: translated, stale };
	const pick = (key: string, own: string, source: string) => (stale.includes(key) ? source : own);
	const list = (section: 'normal' | 'yourself' | 'others' | 'neighbourhood') =>
		translated[section].map((text, i) => pick(`${section}.${i}`, text, dutch[section][i] ?? text));
	const topic: T = {
		...translated,
		title: pick('title', translated.title, dutch.title),
		answer: pick('answer', translated.answer, dutch.answer),
		// Search words stay: old words still find the topic, and the Dutch ones are added.
		keywords: stale.includes('keywords') ? [...translated.keywords, ...dutch.keywords] : translated.keywords,
		normal: list('normal'),
		yourself: list('yourself'),
		others: list('others'),
		neighbourhood: list('neighbourhood'),
		getHelp: translated.getHelp.map((item, i) => ({
			...item,
			signal: pick(`getHelp.${i}.signal`, item.signal, dutch.getHelp[i]?.signal ?? item.signal)
		})),
		talking: pick('talking', translated.talking, dutch.talking)
	};
	return { topic, stale };
}
