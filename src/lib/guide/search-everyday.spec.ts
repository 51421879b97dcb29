import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/languages';
import { parseTopicFiles } from './catalogue';
import { buildIndex, MAX_RESULTS, RELATIVE_THRESHOLD, search } from './search';

/*
 * Everyday searches (no crisis): the right topic comes first, and weak matches stay out. Issue 16 found
 * "geen werk" showing school stress second and "pesten" showing eight topics; `not` and `max` pin that down.
 * A query whose topic does not exist yet is skipped, as in search.spec.ts.
 */
const files = import.meta.glob('/messages/*/guide/*.json', { eager: true, import: 'default' });
const topics = parseTopicFiles(files);

interface Everyday {
	query: string;
	first: string;
	/** Topics that must not be in the results at all. */
	not?: string[];
	/** At most this many results. */
	max?: number;
}

const EVERYDAY: Partial<Record<Lang, Everyday[]>> = {
	nl: [
		{ query: 'geen werk', first: 'job-loss', not: ['school-stress'] },
		{ query: 'pesten', first: 'bullying', max: 2 },
		{ query: 'gepest', first: 'bullying', max: 2 },
		{ query: 'mijn kind wordt gepest', first: 'bullying' },
		{ query: 'schulden', first: 'money-worries', max: 2 },
		{ query: 'schuld', first: 'money-worries' },
		{ query: 'huilbaby', first: 'baby-crying' },
		{ query: 'baby huilt veel', first: 'baby-crying', not: ['burnout-tiredness', 'relationship-strain'] },
		{ query: 'driftbui', first: 'toddler-tantrums' },
		{ query: 'driftbuien', first: 'toddler-tantrums' },
		{ query: 'burenruzie', first: 'neighbour-conflict' },
		{ query: 'ruzie met de buren', first: 'neighbour-conflict', not: ['bullying', 'burnout-tiredness'] },
		{ query: 'eenzaam', first: 'loneliness', max: 2 },
		{ query: 'eenzaamheid', first: 'loneliness' },
		{ query: 'verhuizen', first: 'moving-house', max: 2 },
		{ query: 'verhuizing', first: 'moving-house' },
		{ query: 'ontslagen', first: 'job-loss', max: 2 },
		{ query: 'ontslag', first: 'job-loss', max: 2 },
		{ query: 'werkloos', first: 'job-loss' },
		{ query: 'rouw', first: 'grief', max: 2 },
		{ query: 'rouwen', first: 'grief' },
		{ query: 'mijn moeder is overleden', first: 'grief', not: ['toddler-tantrums', 'baby-sleep'] },
		{ query: 'mantelzorger', first: 'caring-relative' },
		{ query: 'dementie', first: 'getting-older-forgetfulness' },
		{ query: 'pensioen', first: 'retirement', max: 2 },
		{ query: 'slapeloosheid', first: 'sleep-stress' },
		{ query: 'kan niet slapen', first: 'sleep-stress', not: ['official-letters', 'bullying'] },
		{ query: 'overspannen', first: 'burnout-tiredness', max: 2 },
		{ query: 'burn-out', first: 'burnout-tiredness', not: ['loneliness', 'new-in-nl'] },
		{ query: 'somber', first: 'low-mood-anxiety', max: 3 },
		{ query: 'puberteit', first: 'puberty' },
		{ query: 'gamen', first: 'teen-withdrawal-gaming', max: 2 },
		{ query: 'faalangst', first: 'school-stress' },
		{ query: 'zwanger', first: 'pregnancy-worries', max: 2 },
		{ query: 'alcohol', first: 'drinking-using', max: 3 },
		{ query: 'drugs', first: 'drinking-using', max: 2 },
		{ query: 'inburgering', first: 'new-in-nl' },
		{
			query: 'brief van de gemeente',
			first: 'official-letters',
			not: ['grief', 'getting-older-forgetfulness']
		},
		{ query: 'belastingdienst', first: 'official-letters' },
		{ query: 'relatieproblemen', first: 'relationship-strain' },
		{ query: 'op mezelf wonen', first: 'living-alone', not: ['caring-relative', 'neighbour-conflict'] },
		{ query: 'uit elkaar', first: 'separation-parents' },
		// Issue 17's new topics: three everyday searches each.
		{ query: 'huurachterstand', first: 'rent-arrears', max: 3 },
		{ query: 'ik kan mijn huur niet betalen', first: 'rent-arrears' },
		{ query: 'achter met de huur', first: 'rent-arrears' },
		{ query: 'schimmel in huis', first: 'rental-home-problems', max: 3 },
		{ query: 'verhuurder doet niets', first: 'rental-home-problems' },
		{ query: 'lekkage', first: 'rental-home-problems', max: 3 },
		{ query: 'huurcommissie', first: 'rental-home-problems' },
		{ query: 'seksueel geweld', first: 'sexual-violence', max: 3 },
		{ query: 'ongewenst aangeraakt', first: 'sexual-violence' },
		{ query: 'grensoverschrijdend gedrag', first: 'sexual-violence' },
		{ query: 'automutilatie', first: 'self-harm' },
		{ query: 'mijn kind doet zichzelf pijn', first: 'self-harm' },
		{ query: 'krassen op armen', first: 'self-harm' },
		{ query: 'nachtmerries', first: 'child-sleep', max: 3 },
		{ query: 'mijn kind slaapt slecht', first: 'child-sleep' },
		{ query: 'slaapwandelen', first: 'child-sleep' }
	],
	en: [
		{ query: 'bullying', first: 'bullying', max: 2 },
		{ query: 'debts', first: 'money-worries', max: 2 },
		{ query: 'lonely', first: 'loneliness', max: 3 },
		{ query: 'moving house', first: 'moving-house' },
		{ query: 'lost my job', first: 'job-loss' }
	],
	// Inflected forms ("الديون", "borçlarım", "боргів") need the stemmer or the prefix match.
	ar: [
		{ query: 'تنمر', first: 'bullying' },
		{ query: 'الديون', first: 'money-worries' },
		{ query: 'وحيد', first: 'loneliness' }
	],
	tr: [
		{ query: 'zorbalık', first: 'bullying' },
		{ query: 'borçlarım', first: 'money-worries' },
		{ query: 'yalnızlık', first: 'loneliness' },
		{ query: 'yalnizlik', first: 'loneliness' },
		{ query: 'bebeğim ağlıyor', first: 'baby-crying' }
	],
	pl: [
		{ query: 'nękanie', first: 'bullying' },
		{ query: 'długi', first: 'money-worries' },
		{ query: 'dlugi', first: 'money-worries' },
		{ query: 'samotność', first: 'loneliness' },
		{ query: 'dziecko płacze', first: 'baby-crying' }
	],
	uk: [
		{ query: 'булінг', first: 'bullying' },
		{ query: 'боргів', first: 'money-worries' },
		{ query: 'самотність', first: 'loneliness' },
		{ query: 'дитина плаче', first: 'baby-crying' }
	]
};

for (const [lang, queries] of Object.entries(EVERYDAY) as [Lang, Everyday[]][]) {
	const inLang = topics.filter((topic) => topic.lang === lang);
	const ids = new Set(inLang.map((topic) => topic.id));
	const index = buildIndex(inLang, lang);

	describe(`everyday search in ${lang}: the right topic first, no padding`, () => {
		for (const { query, first, not = [], max = MAX_RESULTS } of queries) {
			it.skipIf(!ids.has(first))(`"${query}" → ${first}`, () => {
				const found = search(index, query).map((hit) => hit.id);
				expect(found[0]).toBe(first);
				expect(found.filter((id) => not.includes(id))).toEqual([]);
				expect(found.length).toBeLessThanOrEqual(max);
				// nothing under the threshold: every raw match below it is left out
				const raw = index.search(query);
				const floor = raw[0]!.score * RELATIVE_THRESHOLD;
				const weak = raw.filter((hit) => hit.score < floor).map((hit) => String(hit.id));
				expect(found.filter((id) => weak.includes(id))).toEqual([]);
			});
		}
	});
}

describe('everyday queries', () => {
	it('has at least 40', () => {
		expect(Object.values(EVERYDAY).flat().length).toBeGreaterThanOrEqual(40);
	});
});
