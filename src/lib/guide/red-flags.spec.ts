import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TopicSchema, type Topic } from './schema';
import { topicFiles } from './topic-files';

/**
 * Issue 16, the red flags of the review. Every language has the same signals and contacts as Dutch
 * (translations.spec.ts), so the rules are checked on the Dutch source, and the contacts in every language.
 */
const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const topics = (lang: string): Topic[] => topicFiles(lang).map((f) => v.parse(TopicSchema, f.data));
const dutch = new Map(topics('nl').map((t) => [t.id, t]));
const nl = (id: string): Topic => {
	const topic = dutch.get(id);
	if (!topic) throw new Error(`no Dutch topic ${id}`);
	return topic;
};
const signals = (id: string, contact: string) =>
	nl(id)
		.getHelp.filter((h) => h.contact === contact || h.also === contact)
		.map((h) => h.signal);

/** Topics with an emotional load: each has a 113 signal. */
const EMOTIONAL = [
	'pregnancy-worries',
	'separation-parents',
	'separation-children',
	'drinking-using',
	'caring-relative',
	'domestic-violence',
	'new-in-nl',
	'long-illness-family',
	'relationship-strain',
	'getting-older-forgetfulness',
	'low-mood-anxiety',
	'grief',
	'loneliness',
	'burnout-tiredness',
	'job-loss',
	'money-worries',
	'rent-arrears',
	'sexual-violence',
	'self-harm'
];

describe('red flags', () => {
	for (const lang of LANGS) {
		it(`${lang}: every topic names 112 for danger`, () => {
			const without = topics(lang)
				.filter((t) => !t.getHelp.some((h) => h.contact === 'emergency'))
				.map((t) => t.id);
			expect(without).toEqual([]);
		});

		it(`${lang}: every topic with an emotional load has a 113 signal`, () => {
			const byId = new Map(topics(lang).map((t) => [t.id, t]));
			const without = EMOTIONAL.filter(
				(id) => !byId.get(id)?.getHelp.some((h) => h.contact === 'suicidePrevention')
			);
			expect(without).toEqual([]);
		});
	}

	it('"afraid you will hurt your child" has one pattern everywhere: GP or huisartsenpost, and Veilig Thuis, day and night', () => {
		const hurt = [...dutch.values()].flatMap((t) =>
			t.getHelp.filter((h) => /iets aandoe/.test(h.signal)).map((h) => ({ id: t.id, ...h }))
		);
		expect(hurt.map((h) => h.id).sort()).toEqual(['baby-crying', 'becoming-parent', 'toddler-tantrums']);
		for (const h of hurt) {
			expect({ id: h.id, contact: h.contact, also: h.also }).toEqual({
				id: h.id,
				contact: 'gpOutOfHours',
				also: 'veiligThuis'
			});
			expect(h.signal, h.id).toMatch(/huisarts of de huisartsenpost/);
			expect(h.signal, h.id).toMatch(/Veilig Thuis kan je ook dag en nacht bellen/);
		}
	});

	it('pregnancy: reduced movement and pre-eclampsia signs mean calling the midwife at once', () => {
		const midwife = signals('pregnancy-worries', 'midwife');
		const movement = midwife.find((s) => /minder .*bewegen/.test(s));
		expect(movement).toMatch(/meteen/);
		expect(movement).toMatch(/’s nachts/);
		expect(movement).not.toMatch(/dezelfde dag/);
		const preEclampsia = midwife.find((s) => /hoofdpijn/.test(s));
		expect(preEclampsia).toMatch(/lichtflitsen/);
		expect(preEclampsia).toMatch(/pijn hoog in je buik/);
		expect(preEclampsia).toMatch(/meteen/);
	});

	it('baby sleep: snoring goes to the GP, breathing pauses or turning blue to 112, and the safe-sleep basics are there', () => {
		expect(signals('baby-sleep', 'gp').join(' ')).toMatch(/snurkt/);
		expect(signals('baby-sleep', 'gp').join(' ')).not.toMatch(/adem/);
		expect(signals('baby-sleep', 'emergency').join(' ')).toMatch(/stopt met ademen.*blauw/);
		const yourself = nl('baby-sleep').yourself.join(' ');
		for (const basic of [/op de rug/, /eigen bedje/, /geen dekbed/, /bank/, /16 graden/]) {
			expect(yourself).toMatch(basic);
		}
	});

	it('forgetfulness: the signs of a stroke mean 112 at once', () => {
		expect(signals('getting-older-forgetfulness', 'emergency').join(' ')).toMatch(
			/scheve mond.*beroerte.*112/
		);
	});

	it('domestic violence: forced sex goes to Centrum Seksueel Geweld', () => {
		expect(signals('domestic-violence', 'sexualViolence').join(' ')).toMatch(/seks.*Centrum Seksueel Geweld/);
	});

	it('low mood: concrete signals for someone who is suicidal (113 / 0800-0113, and 112 in immediate danger)', () => {
		expect(signals('low-mood-anxiety', 'suicidePrevention').join(' ')).toMatch(/113.*0800-0113/);
		const emergency = signals('low-mood-anxiety', 'emergency').join(' ');
		expect(emergency).toMatch(/eind aan je leven/);
		expect(emergency).not.toBe('Je bent in direct gevaar.');
	});

	it('money worries: cut-off, eviction and garnishment are urgent; free municipal help; a warning against paid help and quick loans', () => {
		const urgent = signals('money-worries', 'wijkteam').join(' ');
		for (const sign of [/afgesloten/, /huis uit/, /beslag/, /dezelfde dag/, /gratis/])
			expect(urgent).toMatch(sign);
		const yourself = nl('money-worries').yourself.join(' ');
		expect(yourself).toMatch(/bedrijven die geld vragen/);
		expect(yourself).toMatch(/snelle lening/);
	});

	it('new in NL: 112, the huisartsenpost and compulsory health insurance', () => {
		const topic = nl('new-in-nl');
		expect(topic.getHelp.map((h) => h.contact)).toEqual(
			expect.arrayContaining(['emergency', 'gpOutOfHours'])
		);
		expect(topic.yourself.join(' ')).toMatch(/moet je een zorgverzekering hebben/);
	});

	it('school stress: two weeks of low mood goes to the GP, not a listening line', () => {
		const low = nl('school-stress').getHelp.find((h) => /twee weken/.test(h.signal));
		expect(low?.contact).toBe('gp');
	});

	it('each new fact carries its source on the topic', () => {
		const sources: Record<string, RegExp[]> = {
			'pregnancy-worries': [/gynaecologiesneek\.nl/, /uzleuven\.be/],
			'baby-sleep': [/cjgmiddendrenthe\.nl/],
			'getting-older-forgetfulness': [/rodekruis\.nl/],
			'domestic-violence': [/centrumseksueelgeweld\.nl/],
			'money-worries': [/rijksoverheid\.nl\/onderwerpen\/schulden/],
			'new-in-nl': [/rijksoverheid\.nl\/onderwerpen\/immigratie-naar-nederland/]
		};
		for (const [id, urls] of Object.entries(sources)) {
			const topic = nl(id);
			for (const url of urls) expect(topic.sources.map((s) => s.url).join(' '), id).toMatch(url);
			expect(topic.reviewed, id).toBe('2026-12-04');
		}
	});
});
