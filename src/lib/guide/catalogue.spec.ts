import { describe, expect, it } from 'vitest';
import { byTitle, Catalogue, fileParts, parseTopicFiles, summarise } from './catalogue';

const fixtures = import.meta.glob('./fixtures/*/*.json', { eager: true, import: 'default' });
const byPath = (lang: string, id: string) =>
	fixtures[`./fixtures/${lang}/${id}.json`] as Record<string, unknown>;

/** The fixtures under the path layout of messages/, so id and language checks apply. */
function asMessages(entries: [string, string, unknown][]): Record<string, unknown> {
	return Object.fromEntries(entries.map(([lang, id, data]) => [`/messages/${lang}/guide/${id}.json`, data]));
}

describe('topic files', () => {
	it('reads the language and id from the path', () => {
		expect(fileParts('/messages/ar/guide/baby-crying.json')).toEqual({ lang: 'ar', id: 'baby-crying' });
	});

	it('parses valid files, sorted by id', () => {
		const topics = parseTopicFiles(
			asMessages([
				['nl', 'test-moving', byPath('nl', 'test-moving')],
				['nl', 'test-crying', byPath('nl', 'test-crying')]
			])
		);
		expect(topics.map((t) => t.id)).toEqual(['test-crying', 'test-moving']);
	});

	it('names the broken file and the field when a topic is not valid', () => {
		const broken = { ...byPath('nl', 'test-crying'), getHelp: [] };
		expect(() => parseTopicFiles(asMessages([['nl', 'test-crying', broken]]))).toThrow(
			/\/messages\/nl\/guide\/test-crying\.json.*getHelp/
		);
	});

	it('refuses a file whose id or language does not match its path', () => {
		expect(() => parseTopicFiles(asMessages([['nl', 'other-id', byPath('nl', 'test-crying')]]))).toThrow(
			/other-id\.json has id "test-crying"/
		);
		expect(() => parseTopicFiles(asMessages([['en', 'test-moving', byPath('nl', 'test-moving')]]))).toThrow(
			/has lang "nl"/
		);
	});

	it('refuses fields the schema does not know', () => {
		const extra = { ...byPath('nl', 'test-moving'), secret: 'x' };
		expect(() => parseTopicFiles(asMessages([['nl', 'test-moving', extra]]))).toThrow(/test-moving\.json/);
	});
});

describe('catalogue', () => {
	const topics = parseTopicFiles(
		asMessages([
			['nl', 'test-crying', byPath('nl', 'test-crying')],
			['nl', 'test-moving', byPath('nl', 'test-moving')]
		])
	);
	const catalogue = new Catalogue(topics);

	it('finds topics by id, life phase, life event and theme', () => {
		expect(catalogue.get('test-moving')?.title).toBe('Verhuizen');
		expect(catalogue.get('nope')).toBeUndefined();
		expect(catalogue.byPhase('baby').map((t) => t.id)).toEqual(['test-crying']);
		expect(catalogue.byPhase('older')).toEqual([]);
		expect(catalogue.byEvent('moving').map((t) => t.id)).toEqual(['test-moving']);
		expect(catalogue.byTheme('health').map((t) => t.id)).toEqual(['test-crying']);
		expect(catalogue.byTheme('practical').map((t) => t.id)).toEqual(['test-moving']);
	});

	it('lists only phases and events that have topics, in their natural order', () => {
		expect(catalogue.phases).toEqual(['baby', 'parent', 'adult']);
		expect(catalogue.events).toEqual(['newBaby', 'moving']);
	});

	it('skips related ids that do not exist', () => {
		expect(catalogue.related(catalogue.get('test-moving')!).map((t) => t.id)).toEqual(['test-crying']);
	});

	it('summaries carry no full text', () => {
		const summary = summarise(catalogue.get('test-crying')!);
		expect(Object.keys(summary).sort()).toEqual([
			'answer',
			'events',
			'id',
			'lang',
			'phases',
			'themes',
			'title'
		]);
	});

	it('sorts by title in the reader language', () => {
		expect(
			byTitle([{ title: 'Zorg' }, { title: 'ángst' }, { title: 'Baby' }], 'nl').map((t) => t.title)
		).toEqual(['ángst', 'Baby', 'Zorg']);
	});
});
