import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, stampsFor, staleKeys, topicStrings, type SourceRecord } from './source-stamp';

/**
 * The stamp records on disk and every translated unit (namespace or guide topic), for the stale test and
 * the stamp command (Node only: never import this in the app).
 */
export const MESSAGES = 'messages';
export const RECORDS = join('src', 'lib', 'i18n', 'sources');
export const TRANSLATED = ['en', 'ar', 'tr', 'pl', 'uk'] as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonNames = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.map((f) => f.slice(0, -5))
				.sort()
		: [];

/** "common", "guide/grief", …: every unit Dutch has, as strings by key. */
export function units(lang: string, root = MESSAGES): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	for (const ns of jsonNames(join(root, lang)))
		out.set(ns, flatten(readJson(join(root, lang, `${ns}.json`))));
	for (const id of jsonNames(join(root, lang, 'guide')))
		out.set(`guide/${id}`, topicStrings(readJson(join(root, lang, 'guide', `${id}.json`)) as never));
	return out;
}

export function readRecord(lang: string, dir = RECORDS): SourceRecord {
	const path = join(dir, `${lang}.json`);
	return existsSync(path) ? (readJson(path) as SourceRecord) : {};
}

export function writeRecord(lang: string, record: SourceRecord, dir = RECORDS): void {
	const sorted = Object.fromEntries(
		Object.keys(record)
			.sort()
			.map((unit) => [unit, record[unit]!])
	);
	writeFileSync(join(dir, `${lang}.json`), `${JSON.stringify(sorted, null, '\t')}\n`);
}

/** Every stale string of a language, as "unit:key" (e.g. "guide/grief:normal.2", "data:summary.goals_one"). */
export function staleStrings(lang: string, root = MESSAGES, dir = RECORDS): string[] {
	const dutch = units('nl', root);
	const record = readRecord(lang, dir);
	return [...units(lang, root)].flatMap(([unit, strings]) => {
		const source = dutch.get(unit);
		return source ? staleKeys(source, strings, record[unit]).map((key) => `${unit}:${key}`) : [];
	});
}

/**
 * Records that the translation of the matching units (all when `only` is empty; else units named, or
 * "unit:key" strings) now translates the current Dutch. Returns how many strings were stamped.
 */
export function stamp(lang: string, only: readonly string[] = [], root = MESSAGES, dir = RECORDS): number {
	const dutch = units('nl', root);
	const record = readRecord(lang, dir);
	let count = 0;
	for (const [unit, strings] of units(lang, root)) {
		const source = dutch.get(unit);
		if (!source) continue;
		const fresh = stampsFor(source, strings);
		const wanted = (key: string) =>
			only.length === 0 || only.includes(unit) || only.includes(`${unit}:${key}`);
		const kept = Object.fromEntries(Object.entries(record[unit] ?? {}).filter(([key]) => strings.has(key)));
		for (const [key, hash] of Object.entries(fresh))
			if (wanted(key) && kept[key] !== hash) {
				kept[key] = hash;
				count++;
			}
		record[unit] = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : 1)));
	}
	writeRecord(lang, record, dir);
	return count;
}
