import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecord, stamp, staleStrings, TRANSLATED } from './source-files';
import { freshTopic, sourceHash, withoutKeys } from './source-stamp';
import type { Topic } from '$lib/guide/schema';

/**
 * A translation records which Dutch text it was made from (src/lib/i18n/sources/<lang>.json). This test lists
 * every translated string whose Dutch text changed since: bring the translation up to date, then stamp it
 * (`npm run i18n:stamp -- <lang> <unit>`; see README "Translations").
 */
describe('translations are up to date with the Dutch', () => {
	it.each(TRANSLATED)('%s: no string translates an older Dutch text', (lang) => {
		expect(staleStrings(lang)).toEqual([]);
	});
});

describe('a Dutch change marks its translations stale (fixture)', () => {
	let root: string;
	let records: string;
	const edit = (path: string, from: string, to: string) => {
		const file = join(root, path);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(from);
		writeFileSync(file, text.replace(from, to));
	};
	const read = <T = Topic>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'stale-'));
		records = join(root, 'records');
		cpSync('src/lib/i18n/fixtures/stale', root, { recursive: true });
		mkdirSync(records);
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('an unstamped translation is stale in every string; stamped, none is', () => {
		expect(staleStrings('uk', root, records)).toHaveLength(5 + 10);
		expect(stamp('uk', [], root, records)).toBe(15);
		expect(staleStrings('uk', root, records)).toEqual([]);
		expect(readRecord('uk', records)['demo']?.['items_few']).toBe(sourceHash('{{count}} vragen'));
	});

	it('lists exactly the strings whose Dutch changed, with the plural forms that translate it', () => {
		stamp('uk', [], root, records);
		edit('nl/guide/demo.json', 'Dat duurt een paar weken.', 'Dat duurt meestal twee tot vier weken.');
		edit('nl/demo.json', '"{{count}} vragen"', '"{{count}} open vragen"');
		expect(staleStrings('uk', root, records)).toEqual([
			'demo:items_few',
			'demo:items_many',
			'demo:items_other',
			'guide/demo:normal.1'
		]);
		// Stamping one unit after updating it leaves the other stale.
		stamp('uk', ['guide/demo'], root, records);
		expect(staleStrings('uk', root, records)).toEqual([
			'demo:items_few',
			'demo:items_many',
			'demo:items_other'
		]);
	});

	it('the page shows the current Dutch text for a stale paragraph, never the old translation', () => {
		stamp('uk', [], root, records);
		edit('nl/guide/demo.json', 'Dat duurt een paar weken.', 'Dat duurt meestal twee tot vier weken.');
		const { topic, stale } = freshTopic(
			read('uk/guide/demo.json'),
			read('nl/guide/demo.json'),
			readRecord('uk', records)['guide/demo']
		);
		expect(stale).toEqual(['normal.1']);
		expect(topic.normal).toEqual(['Часто це минає само собою.', 'Dat duurt meestal twee tot vier weken.']);
		expect(topic.title).toBe('Приклад');
	});

	it('an interface string whose Dutch changed is left out, so i18next shows the Dutch', () => {
		const tree = read<Record<string, string>>('uk/demo.json');
		expect(withoutKeys(tree, new Set(['items_few', 'items_many']))).toEqual({
			title: 'Попросити про допомогу',
			items_one: '{{count}} питання',
			items_other: '{{count}} питання'
		});
	});
});
