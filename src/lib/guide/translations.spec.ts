import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HELPLINES } from './helplines';
import { TopicSchema, type Topic } from './schema';
import { readableText, topicFiles } from './topic-files';

/**
 * Translations of the Dutch guide topics. Every topic exists in every language; each mirrors the Dutch
 * source exactly in structure and metadata, and is really translated: no Dutch sentence slips through.
 */
const LANGUAGES = ['ar', 'tr', 'pl', 'uk'] as const;
const SECTIONS = ['normal', 'yourself', 'others', 'neighbourhood'] as const;
const METADATA = ['phases', 'events', 'themes', 'related', 'sources', 'reviewed'] as const;

/** Dutch organisation names stay Dutch in every language, so a resident can find them. */
const ORGANISATIONS = [
	'Kindertelefoon',
	'De Luisterlijn',
	'Juridisch Loket',
	'Veilig Thuis',
	'Centrum Seksueel Geweld',
	'113'
];
const checkedNumbers = new Set(
	Object.values(HELPLINES).flatMap((h) => [h.number, h.altNumber].filter((n): n is string => !!n))
);
const phoneLike = /(?<![\d,.])(?:0\d{2,3}[- ]?\d{3,7}(?:[ ]\d{3})?|11[0-9])(?!\d|[,.]\d)/g;

const dutch = new Map(topicFiles('nl').map((f) => [f.id, v.parse(TopicSchema, f.data)]));

function allStrings(topic: Topic): string[] {
	return [
		topic.title,
		topic.answer,
		...topic.keywords,
		...SECTIONS.flatMap((s) => topic[s]),
		...topic.getHelp.map((h) => h.signal),
		topic.talking
	];
}

/** Sentences of more than three words, so that a shared name like "Veilig Thuis" is not flagged. */
function longSentences(topic: Topic): string[] {
	return [topic.title, topic.answer, ...SECTIONS.flatMap((s) => topic[s]), topic.talking]
		.concat(topic.getHelp.map((h) => h.signal))
		.flatMap((text) => text.split(/(?<=[.!?؟])\s+/))
		.map((s) => s.trim())
		.filter((s) => s.split(/\s+/).length > 3);
}

describe('guide translations', () => {
	it('the Dutch source is there to compare with', () => {
		expect(dutch.size).toBeGreaterThan(0);
	});

	it.each(LANGUAGES)('every Dutch topic exists in %s, and no other', (lang) => {
		expect(
			topicFiles(lang)
				.map((f) => f.id)
				.sort()
		).toEqual([...dutch.keys()].sort());
	});

	for (const lang of LANGUAGES) {
		for (const file of topicFiles(lang)) {
			describe(file.file, () => {
				const result = v.safeParse(TopicSchema, file.data);
				const topic = result.output as Topic;
				const source = dutch.get(file.id);

				it('matches TopicSchema, its folder and a Dutch topic', () => {
					expect(
						result.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`)
					).toBeUndefined();
					expect(topic.id).toBe(file.id);
					expect(topic.lang).toBe(lang);
					expect(['unchecked', 'checked']).toContain(topic.translation);
					expect(source).toBeDefined();
				});

				it('has the same metadata, paragraphs and help contacts as Dutch', () => {
					for (const key of METADATA) expect(topic[key], key).toEqual(source?.[key]);
					for (const section of SECTIONS) {
						expect(topic[section].length, section).toBe(source?.[section].length);
					}
					const contacts = (t: Topic | undefined) => t?.getHelp.map((h) => [h.contact, h.also ?? null]);
					expect(contacts(topic)).toEqual(contacts(source));
					expect(topic.keywords.length).toBeGreaterThan(0);
				});

				it('has no empty strings', () => {
					expect(allStrings(topic).filter((s) => s.trim() === '')).toEqual([]);
				});

				it('keeps the Dutch organisation names and names no unchecked phone number', () => {
					const original = source ? readableText(source) : '';
					const text = readableText(topic);
					expect(ORGANISATIONS.filter((n) => original.includes(n) && !text.includes(n))).toEqual([]);
					expect((text.match(phoneLike) ?? []).filter((n) => !checkedNumbers.has(n))).toEqual([]);
				});

				it('says what the Dutch says, no more: no added sentences', () => {
					// A name explained in brackets is fine; a gloss sentence the Dutch does not have is not.
					const count = (text: string) => text.split(/(?<=[.!?؟])\s+/).filter((s) => s.trim()).length;
					const added: string[] = [];
					for (const section of [...SECTIONS, 'answer', 'talking'] as const) {
						const own = [topic[section]].flat();
						const dutchTexts = [source?.[section] ?? []].flat();
						own.forEach((text, i) => {
							// One more is a long Dutch sentence split in two, as a translator may do.
							if (count(text) > count(dutchTexts[i] ?? '') + 1) added.push(`${section}.${i}: ${text}`);
						});
					}
					expect(added).toEqual([]);
				});

				it('copies no Dutch sentence unchanged', () => {
					const original = new Set(source ? longSentences(source) : []);
					expect(longSentences(topic).filter((s) => original.has(s))).toEqual([]);
				});
			});
		}
	}
});
