import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from './languages';

const MESSAGES = 'messages';
/**
 * Every namespace is complete in every language: a resident never meets a half-translated screen or a
 * Dutch fallback. A new namespace therefore needs all six files before it lands.
 */

type Tree = { [key: string]: string | Tree };

function load(lang: string, ns: string): Tree | undefined {
	try {
		return JSON.parse(readFileSync(join(MESSAGES, lang, `${ns}.json`), 'utf8')) as Tree;
	} catch {
		return undefined;
	}
}

/** Flattens a message tree to "a.b.c" keys, merging plural forms (key_one, key_other) into "key". */
function keys(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of keys(value, path)) out.set(k, v);
	}
	return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

const namespaces = readdirSync(join(MESSAGES, 'nl'))
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -5));

describe('translations', () => {
	for (const ns of namespaces) {
		const dutch = keys(load('nl', ns)!);
		const required = languages.map((l) => l.code);

		for (const lang of required) {
			it(`${lang}/${ns}.json has every Dutch key, no empty text and no stray keys`, () => {
				const tree = load(lang, ns);
				expect(tree, `${lang}/${ns}.json exists`).toBeDefined();
				const own = keys(tree!);
				const ownBases = new Set([...own.keys()].map(base));
				const missing = [...dutch.keys()].map(base).filter((k) => !ownBases.has(k));
				const dutchBases = new Set([...dutch.keys()].map(base));
				const stray = [...ownBases].filter((k) => !dutchBases.has(k));
				const empty = [...own].filter(([, v]) => v.trim() === '').map(([k]) => k);
				expect(missing, 'missing keys').toEqual([]);
				expect(stray, 'keys Dutch does not have').toEqual([]);
				expect(empty, 'empty texts').toEqual([]);
			});
		}

		it(`${ns}: the same {{placeholders}} in every language`, () => {
			for (const { code } of languages) {
				const tree = load(code, ns);
				if (!tree) continue;
				const own = keys(tree);
				for (const [key, text] of dutch) {
					const translated = own.get(key) ?? own.get(`${base(key)}_other`);
					if (!translated) continue;
					const names = (s: string) => [...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
					expect(names(translated), `${code}/${ns}:${key}`).toEqual(
						expect.arrayContaining(names(text).filter((n) => n !== 'count'))
					);
				}
			}
		});
	}
});

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
	});
}

describe('keys used in the code', () => {
	it('every literal t("ns:key") in src exists in Dutch', () => {
		const missing: string[] = [];
		for (const file of sourceFiles('src')) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z]+):([\w.]+)'/g)) {
				const [, ns, key] = match;
				const tree = load('nl', ns!);
				const flat = tree ? keys(tree) : new Map();
				const found = flat.has(key!) || [...flat.keys()].some((k) => base(k) === key);
				if (!found) missing.push(`${relative('.', file)}: ${ns}:${key}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
