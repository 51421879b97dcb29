import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from './languages';

const MESSAGES = 'messages';
const SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: unknown };

/** Every JSON file under a language folder, guide topics included, as paths relative to that folder. */
function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return entry.name.endsWith('.json') ? [path] : [];
	});
}

/** "a.b.count_one" → keys grouped by plural base: "a.b.count" → { one, other }. */
function pluralGroups(tree: Tree, prefix = '', out = new Map<string, Set<string>>()) {
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			pluralGroups(value as Tree, path, out);
			continue;
		}
		const match = SUFFIX.exec(path);
		if (!match || typeof value !== 'string') continue;
		const base = path.slice(0, -match[0].length);
		out.set(base, (out.get(base) ?? new Set()).add(match[1]!));
	}
	return out;
}

/** Every string key as "a.b.c". */
function flat(tree: Tree, prefix = '', out = new Set<string>()) {
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value && typeof value === 'object' && !Array.isArray(value)) flat(value as Tree, path, out);
		else out.add(path);
	}
	return out;
}

/** Every plural form as ["a.b.count_one", text]. */
function formsOf(tree: Tree, prefix = ''): [string, string][] {
	return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value && typeof value === 'object' && !Array.isArray(value)) return formsOf(value as Tree, path);
		return typeof value === 'string' && SUFFIX.test(path) ? [[path, value]] : [];
	});
}

/** The whole numbers 0–1000 that pick this CLDR form in this language (i18next passes whole counts). */
const numbersCache = new Map<string, number[]>();
function numbersIn(lang: string, form: string): number[] {
	const id = `${lang}_${form}`;
	if (!numbersCache.has(id)) {
		const rules = new Intl.PluralRules(lang);
		numbersCache.set(
			id,
			Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === form)
		);
	}
	return numbersCache.get(id)!;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;

describe('plural forms (CLDR, as i18next reads them)', () => {
	it('the rules are the ones the translators wrote for', () => {
		const categories = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		expect(categories('ar')).toEqual(expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']));
		expect(categories('pl')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
		expect(categories('uk')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
		// Which form a number picks: the reason Arabic needs six and Polish four.
		const pick = (lang: string, n: number) => new Intl.PluralRules(lang).select(n);
		expect([0, 1, 2, 3, 11, 100].map((n) => pick('ar', n))).toEqual([
			'zero',
			'one',
			'two',
			'few',
			'many',
			'other'
		]);
		expect([1, 2, 5, 22, 25].map((n) => pick('pl', n))).toEqual(['one', 'few', 'many', 'few', 'many']);
		expect([1, 21, 3, 11].map((n) => pick('uk', n))).toEqual(['one', 'one', 'few', 'many']);
	});

	for (const { code } of languages) {
		const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
		const dir = join(MESSAGES, code);

		it(`${code}: every plural key has all forms ${needed.join(', ')}`, () => {
			const gaps: string[] = [];
			for (const file of files(dir)) {
				for (const [base, forms] of pluralGroups(read(file))) {
					const missing = needed.filter((form) => !forms.has(form));
					if (missing.length) gaps.push(`${relative(dir, file)}: ${base} lacks _${missing.join(', _')}`);
				}
			}
			expect(gaps).toEqual([]);
		});

		it(`${code}: a form that covers more than one number says which ({{count}})`, () => {
			const dropped: string[] = [];
			for (const file of files(dir)) {
				for (const [key, text] of formsOf(read(file))) {
					const form = SUFFIX.exec(key)![1]!;
					const numbers = numbersIn(code, form);
					// Ukrainian "one" is also 21, 31, 101…: "Твоя підготовка" would then stand for 21 of them.
					if (numbers.length > 1 && !/{{\s*count\s*}}/.test(text))
						dropped.push(`${relative(dir, file)}: ${key} (also ${numbers.slice(1, 3).join(', ')}…)`);
				}
			}
			expect(dropped).toEqual([]);
		});

		if (code === 'nl') continue;
		it(`${code}: a text that is plural in Dutch is not a single form here`, () => {
			const wrong: string[] = [];
			for (const file of files(dir)) {
				const dutchPath = join(MESSAGES, 'nl', relative(dir, file));
				let dutch: Tree;
				try {
					dutch = read(dutchPath);
				} catch {
					continue; // a file Dutch does not have is the parity test's business
				}
				const own = flat(read(file));
				for (const base of pluralGroups(dutch).keys())
					if (own.has(base)) wrong.push(`${relative(dir, file)}: ${base}`);
			}
			expect(wrong).toEqual([]);
		});
	}
});
