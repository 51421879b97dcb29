import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HELPLINES } from './helplines';
import { TopicSchema, type Topic } from './schema';
import { OTHER_HALF_IDS, readableText, THIS_HALF_IDS, topicFiles } from './topic-files';

const dutch = topicFiles('nl');
const english = topicFiles('en');
const parsed = (file: { data: unknown }) => v.parse(TopicSchema, file.data);

describe('guide topic files', () => {
	it('exist', () => {
		expect(dutch.length).toBeGreaterThan(0);
	});

	for (const file of [...dutch, ...english]) {
		it(`${file.file} matches TopicSchema and its file name`, () => {
			const result = v.safeParse(TopicSchema, file.data);
			expect(
				result.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`)
			).toBeUndefined();
			const topic = result.output as Topic;
			expect(topic.id).toBe(file.id);
			expect(topic.lang).toBe(file.file.slice(0, 2));
		});
	}

	it('Dutch is the source and English is checked', () => {
		expect(dutch.map((f) => parsed(f).translation)).toEqual(dutch.map(() => 'source'));
		expect(english.map((f) => parsed(f).translation)).toEqual(english.map(() => 'checked'));
	});

	it('all topics of this half are written', () => {
		expect(THIS_HALF_IDS.filter((id) => !dutch.some((f) => f.id === id))).toEqual([]);
	});

	it('every file is one of the known topics', () => {
		const known = new Set<string>([...THIS_HALF_IDS, ...OTHER_HALF_IDS]);
		expect(dutch.map((f) => f.id).filter((id) => !known.has(id))).toEqual([]);
	});

	it('nl and en have the same ids', () => {
		expect(english.map((f) => f.id)).toEqual(dutch.map((f) => f.id));
	});

	for (const file of dutch) {
		it(`${file.id}: English has the same structure (phases, events, themes, related, help contacts)`, () => {
			const nl = parsed(file);
			const enFile = english.find((f) => f.id === file.id);
			expect(enFile, `en/guide/${file.id}.json`).toBeDefined();
			const en = parsed(enFile!);
			const contacts = (t: Topic) => t.getHelp.map((h) => [h.contact, h.also ?? null]);
			expect(contacts(en)).toEqual(contacts(nl));
			expect({ phases: en.phases, events: en.events, themes: en.themes, related: en.related }).toEqual({
				phases: nl.phases,
				events: nl.events,
				themes: nl.themes,
				related: nl.related
			});
			expect(en.reviewed).toBe(nl.reviewed);
		});
	}

	it('related ids point at topics that exist (ours or the other half)', () => {
		const known = new Set<string>([...dutch.map((f) => f.id), ...OTHER_HALF_IDS]);
		const broken = dutch.flatMap((f) =>
			parsed(f)
				.related.filter((id) => !known.has(id) || id === f.id)
				.map((id) => `${f.id} → ${id}`)
		);
		expect(broken).toEqual([]);
	});

	it('every topic has a safety net: at least one signal for urgent danger or a helpline', () => {
		const urgent = new Set([
			'emergency',
			'gpOutOfHours',
			'suicidePrevention',
			'veiligThuis',
			'kindertelefoon'
		]);
		const without = dutch
			.filter((f) => !parsed(f).getHelp.some((h) => urgent.has(h.contact)))
			.map((f) => f.id);
		expect(without).toEqual([]);
	});

	it('never names a phone number in topic text other than a checked one', () => {
		// Numbers belong in helplines.ts, where each is checked; topics name the organisation instead.
		const checked = new Set(
			Object.values(HELPLINES).flatMap((h) => [h.number, h.altNumber].filter((n): n is string => !!n))
		);
		const phoneLike = /(?<![\d,.])(?:0\d{2,3}[- ]?\d{3,7}(?:[ ]\d{3})?|11[0-9])(?!\d|[,.]\d)/g;
		const found = [...dutch, ...english].flatMap((f) => {
			const topic = parsed(f);
			return (readableText(topic).match(phoneLike) ?? [])
				.filter((n) => !checked.has(n))
				.map((n) => `${f.file}: ${n}`);
		});
		expect(found).toEqual([]);
	});
});
