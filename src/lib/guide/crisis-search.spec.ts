import { describe, expect, it } from 'vitest';
import { languages, type Lang } from '$lib/i18n/languages';
import { parseTopicFiles } from './catalogue';
import { CRISIS_INTENTS, type CrisisId } from './crisis-intents';
import { matchCrisis, sameWord, tokens } from './crisis-match';
import { findInGuide } from './guide-find';
import { HELPLINES } from './helplines';
import { buildIndex } from './search';

/*
 * Searches in crisis (issue 16): the first result must be the line to call, in every language, with the
 * misspellings and first-person phrasings people really type. Then the topic that goes with it.
 */
const files = import.meta.glob('/messages/*/guide/*.json', { eager: true, import: 'default' });
const topics = parseTopicFiles(files);
const dutch = topics.filter((topic) => topic.lang === 'nl');
/** As the site builds it: every Dutch topic, in the reader's language where translated. */
const topicsFor = (lang: Lang) =>
	dutch.map((nl) => topics.find((topic) => topic.lang === lang && topic.id === nl.id) ?? nl);

const CRISIS: [Lang, string, CrisisId][] = [
	// Dutch: the words from the issue, first person, misspelled
	['nl', 'zelfmoord', 'suicide'],
	['nl', 'suïcide', 'suicide'],
	['nl', 'suicide', 'suicide'],
	['nl', 'zelfmoort', 'suicide'],
	['nl', 'selfmoord', 'suicide'],
	['nl', 'zelfmoordgedachten', 'suicide'],
	['nl', 'zelfdoding', 'suicide'],
	['nl', 'ik wil niet meer leven', 'suicide'],
	['nl', 'dood willen', 'suicide'],
	['nl', 'ik wil dood', 'suicide'],
	['nl', 'ik wil er niet meer zijn', 'suicide'],
	['nl', 'ik zie het niet meer zitten', 'suicide'],
	['nl', 'een einde aan mijn leven maken', 'suicide'],
	['nl', 'ik snij mezelf', 'suicide'],
	['nl', 'zelfbeschadiging', 'suicide'],
	['nl', 'mijn dochter wil dood', 'childSuicide'],
	['nl', 'mijn zoon wil niet meer leven', 'childSuicide'],
	['nl', 'ik ben bang dat mijn kind zichzelf iets aandoet', 'childSuicide'],
	['nl', 'mijn kind snijdt zichzelf', 'childSuicide'],
	['en', 'my daughter wants to die', 'childSuicide'],
	['en', 'my son is self harming', 'childSuicide'],
	['tr', 'kızım intihar etmek istiyor', 'childSuicide'],
	['pl', 'moja córka chce umrzeć', 'childSuicide'],
	['uk', 'мій син думає про самогубство', 'childSuicide'],
	['ar', 'ابني يريد الانتحار', 'childSuicide'],
	['nl', 'mijn man slaat me', 'domesticViolence'],
	['nl', 'hij slaat me', 'domesticViolence'],
	['nl', 'mijn vriend slaat mij', 'domesticViolence'],
	['nl', 'partner slaat', 'domesticViolence'],
	['nl', 'huiselijk geweld', 'domesticViolence'],
	['nl', 'huiselik gewelt', 'domesticViolence'],
	['nl', 'ik ben thuis niet veilig', 'domesticViolence'],
	['nl', 'bang voor mijn man', 'domesticViolence'],
	['nl', 'ik ben bang dat ik mijn baby iets aandoe', 'childInDanger'],
	['nl', 'kindermishandeling', 'childInDanger'],
	['nl', 'ik sla mijn kind', 'childInDanger'],
	['nl', 'mijn kind wordt mishandeld', 'childInDanger'],
	['nl', 'verkracht', 'sexualViolence'],
	['nl', 'verkragt', 'sexualViolence'],
	['nl', 'ik ben aangerand', 'sexualViolence'],
	['nl', 'seksueel misbruik', 'sexualViolence'],
	['nl', 'sex tegen mijn wil', 'sexualViolence'],
	['nl', 'mijn baby ademt niet', 'medicalEmergency'],
	['nl', 'overdosis', 'medicalEmergency'],
	['nl', 'hij is bewusteloos', 'medicalEmergency'],
	['nl', 'ik heb te veel pillen geslikt', 'medicalEmergency'],
	['nl', 'scheve mond', 'medicalEmergency'],
	['nl', 'huisuitzetting', 'eviction'],
	['nl', 'ik moet mijn huis uit', 'eviction'],
	['nl', 'uit huis gezet', 'eviction'],
	['nl', 'ik word uit huis gezet', 'eviction'],
	['nl', 'ze gaan mijn huis ontruimen', 'eviction'],
	['nl', 'dagvaarding van mijn verhuurder', 'eviction'],
	['nl', 'deurwaarder', 'housing'],
	['nl', 'gas afgesloten', 'housing'],
	['nl', 'water wordt afgesloten', 'housing'],
	['nl', 'stroom afsluiting', 'housing'],
	// English
	['en', 'suicide', 'suicide'],
	['en', 'i want to die', 'suicide'],
	['en', "i don't want to live anymore", 'suicide'],
	['en', 'kill myself', 'suicide'],
	['en', 'self harm', 'suicide'],
	['en', 'my husband hits me', 'domesticViolence'],
	['en', 'domestic violence', 'domesticViolence'],
	['en', 'raped', 'sexualViolence'],
	['en', 'sexual assault', 'sexualViolence'],
	['en', 'afraid i will hurt my baby', 'childInDanger'],
	['en', 'not breathing', 'medicalEmergency'],
	['en', 'evicted', 'eviction'],
	['en', 'my landlord is evicting me', 'eviction'],
	['en', 'electricity cut off', 'housing'],
	// Arabic, with and without hamza
	['ar', 'انتحار', 'suicide'],
	['ar', 'أريد أن أموت', 'suicide'],
	['ar', 'اريد ان اموت', 'suicide'],
	['ar', 'زوجي يضربني', 'domesticViolence'],
	['ar', 'العنف الأسري', 'domesticViolence'],
	['ar', 'اغتصاب', 'sexualViolence'],
	['ar', 'طفلي لا يتنفس', 'medicalEmergency'],
	['ar', 'قطعوا الكهرباء', 'housing'],
	['ar', 'طردوني من البيت', 'eviction'],
	// Turkish, with and without Turkish letters
	['tr', 'intihar', 'suicide'],
	['tr', 'ölmek istiyorum', 'suicide'],
	['tr', 'olmek istiyorum', 'suicide'],
	['tr', 'kocam beni dövüyor', 'domesticViolence'],
	['tr', 'aile içi şiddet', 'domesticViolence'],
	['tr', 'tecavüz', 'sexualViolence'],
	['tr', 'nefes almıyor', 'medicalEmergency'],
	['tr', 'elektrik kesildi', 'housing'],
	['tr', 'evden atılıyorum', 'eviction'],
	// Polish, with and without Polish letters
	['pl', 'samobójstwo', 'suicide'],
	['pl', 'chcę umrzeć', 'suicide'],
	['pl', 'nie chce zyc', 'suicide'],
	['pl', 'mąż mnie bije', 'domesticViolence'],
	['pl', 'przemoc domowa', 'domesticViolence'],
	['pl', 'gwałt', 'sexualViolence'],
	['pl', 'gwalt', 'sexualViolence'],
	['pl', 'eksmisja', 'eviction'],
	['pl', 'komornik', 'housing'],
	// Ukrainian
	['uk', 'самогубство', 'suicide'],
	['uk', 'хочу померти', 'suicide'],
	['uk', 'не хочу жити', 'suicide'],
	['uk', "чоловік б'є мене", 'domesticViolence'],
	['uk', 'домашнє насильство', 'domesticViolence'],
	['uk', 'зґвалтування', 'sexualViolence'],
	['uk', 'не дихає', 'medicalEmergency'],
	['uk', 'виселення', 'eviction'],
	['uk', 'відключили світло', 'housing'],
	// A Dutch word in another language's search box
	['tr', 'zelfmoord', 'suicide'],
	['ar', 'huiselijk geweld', 'domesticViolence']
];

/** Everyday searches that share a word with a crisis phrase: no crisis line for these. */
const NOT_CRISIS: [Lang, string][] = [
	['nl', 'mijn peuter slaat me'],
	['nl', 'ik ben doodmoe'],
	['nl', 'mijn moeder is dood'],
	['nl', 'rouw'],
	['nl', 'ik wil stoppen met roken voor een gezond leven'],
	['nl', 'rekening gas en licht te hoog'],
	['nl', 'geen werk'],
	['nl', 'pesten'],
	['nl', 'baby huilt veel'],
	['nl', 'slecht slapen'],
	['en', 'my toddler hits me'],
	['en', 'moving house'],
	['en', 'want to find a job because my baby sleeps']
];

const indexes = new Map(languages.map(({ code }) => [code, buildIndex(topicsFor(code), code)]));

describe('crisis search: the line to call comes first', () => {
	for (const [lang, query, expected] of CRISIS) {
		it(`${lang} "${query}" → ${expected}`, () => {
			const results = findInGuide(indexes.get(lang)!, query, lang);
			const first = results[0];
			expect(first?.kind).toBe('crisis');
			if (first?.kind !== 'crisis') return;
			expect(first.intent.id).toBe(expected);
			expect(first.lines[0]).toBe(first.intent.lines[0]);
			// then the topic that goes with it, before any other topic
			const related = first.intent.topics[0];
			if (related) {
				const firstTopic = results.find((result) => result.kind === 'topic');
				expect(firstTopic?.kind === 'topic' && firstTopic.hit.id).toBe(related);
			}
		});
	}

	it('has at least 60 queries, in all six languages', () => {
		expect(CRISIS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(CRISIS.map(([lang]) => lang)).size).toBe(languages.length);
		expect(new Set(CRISIS.map(([, , id]) => id))).toEqual(new Set(CRISIS_INTENTS.map((i) => i.id)));
	});
});

describe('crisis search: everyday searches stay everyday', () => {
	for (const [lang, query] of NOT_CRISIS) {
		it(`${lang} "${query}" shows no crisis line`, () => {
			expect(matchCrisis(query, lang).map((intent) => intent.id)).toEqual([]);
		});
	}
});

describe('crisis intents', () => {
	it('have phrases in every language', () => {
		for (const intent of CRISIS_INTENTS)
			for (const { code } of languages)
				expect(intent.phrases[code].length, `${intent.id} ${code}`).toBeGreaterThan(0);
	});

	it('lead to a line with a checked number to tap and call, except the wijkteam (each municipality has its own)', () => {
		for (const intent of CRISIS_INTENTS) {
			const line = HELPLINES[intent.lines[0]];
			if (line.contact === 'wijkteam') continue;
			expect(line.number, intent.id).toBeTruthy();
			expect(line.source, intent.id).toMatch(/^https:\/\//);
		}
	});

	it('send a parent afraid that a child hurts themselves to 113, not to Veilig Thuis', () => {
		expect(matchCrisis('ik ben bang dat mijn kind zichzelf iets aandoet', 'nl').map((i) => i.id)).toEqual([
			'childSuicide'
		]);
		// the parent who fears hurting the child still gets Veilig Thuis
		expect(matchCrisis('ik ben bang dat ik mijn kind iets aandoe', 'nl').map((i) => i.id)).toEqual([
			'childInDanger'
		]);
	});

	it('point to topics that exist', () => {
		const ids = new Set(dutch.map((topic) => topic.id));
		for (const intent of CRISIS_INTENTS) for (const id of intent.topics) expect(ids.has(id), id).toBe(true);
	});

	it('still show the line when the topic index could not load', () => {
		const results = findInGuide(null, 'zelfmoord', 'nl');
		expect(results).toHaveLength(1);
		expect(results[0]).toMatchObject({ kind: 'crisis', lines: ['suicidePrevention'] });
	});

	it('show Veilig Thuis once when a search is both a child in danger and violence at home', () => {
		const lines = findInGuide(null, 'kindermishandeling', 'nl').flatMap((r) =>
			r.kind === 'crisis' ? r.lines : []
		);
		expect(lines.filter((line) => line === 'veiligThuis')).toHaveLength(1);
	});
});

describe('crisis words', () => {
	it('fold accents, hamza, dotless i and apostrophes', () => {
		expect(tokens('Suïcide')).toEqual(['suicide']);
		expect(tokens('أريد')).toEqual(tokens('اريد'));
		expect(tokens('almıyor gwałt')).toEqual(['almiyor', 'gwalt']);
		expect(tokens("don't")).toEqual(['dont']);
	});

	it('forgive one typo in a longer word, and find a word inside a compound', () => {
		expect(sameWord('zelfmoort', 'zelfmoord')).toBe(true);
		expect(sameWord('zelfmoordgedachten', 'zelfmoord')).toBe(true);
		expect(sameWord('kindermishandeling', 'mishandeling')).toBe(true);
		expect(sameWord('lezen', 'leven')).toBe(false);
		expect(sameWord('doodmoe', 'dood')).toBe(false);
	});
});
