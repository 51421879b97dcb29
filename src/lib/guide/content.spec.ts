import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TopicSchema, type Topic } from './schema';
import { OTHER_HALF_IDS, THIS_HALF_IDS, topicFiles } from './topic-files';

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
			expect(en.getHelp.map((h) => h.contact)).toEqual(nl.getHelp.map((h) => h.contact));
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
		const known = new Set<string>([...dutch.map((f) => f.id), ...THIS_HALF_IDS, ...OTHER_HALF_IDS]);
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
});
