import { describe, expect, it } from 'vitest';
import { parseTopicFiles } from './catalogue';
import { findInGuide } from './guide-find';
import { buildIndex, loadIndex, normalise, search } from './search';
import { PARTS_FIELD, termRules } from './search-terms';

const fixtureFiles = import.meta.glob('./fixtures/nl/*.json', { eager: true, import: 'default' });
const fixtures = parseTopicFiles(
	Object.fromEntries(
		Object.entries(fixtureFiles).map(([path, data]) => [
			path.replace('./fixtures/', '/messages/').replace('/nl/', '/nl/guide/'),
			data
		])
	)
);

describe('search terms', () => {
	it('ignores case and accents', () => {
		expect(normalise('Beëindigen')).toBe('beeindigen');
		expect(normalise('pubertijd')).toBe(normalise('Puberteid'));
	});

	it('indexes the tails of a Dutch compound in a field of their own', () => {
		const rules = termRules('nl');
		expect(rules.index('Burenruzie', PARTS_FIELD)).toContain('ruzie');
		expect(rules.index('Burenruzie', 'title')).toEqual(['burenruzie']);
		expect(rules.index('de', 'title')).toBeNull();
	});

	it('drops stop words that contain "ij" too', () => {
		expect(termRules('nl').query('mijn')).toBeNull();
		expect(termRules('nl').query('Zijn')).toBeNull();
	});

	it('stems Dutch and English, the same way for the index and the query', () => {
		const nl = termRules('nl');
		expect(nl.query('schulden')).toBe(nl.index('schuld', 'title')?.[0]);
		expect(nl.query('verhuizing')).toBe(nl.index('verhuizen', 'keywords')?.[0]);
		const en = termRules('en');
		expect(en.query('debts')).toBe(en.index('debt', 'title')?.[0]);
	});
});

describe('search on the test topics', () => {
	const index = buildIndex(fixtures, 'nl');

	it('finds a topic by a word from its keywords, with a typo', () => {
		expect(search(index, 'huilbbay')[0]?.id).toBe('test-crying');
		expect(search(index, 'verhuizing')[0]?.id).toBe('test-moving');
	});

	it('finds the tail of a compound', () => {
		expect(search(index, 'baby')[0]?.id).toBe('test-crying');
	});

	it('survives a round trip through JSON, as the browser loads it', () => {
		const loaded = loadIndex(JSON.stringify(index), 'nl');
		expect(search(loaded, 'verhuizen')[0]).toEqual({
			id: 'test-moving',
			title: 'Verhuizen',
			answer: 'Ja, verhuizen geeft vaak onrust.'
		});
	});

	it('returns nothing for an empty query or only stop words', () => {
		expect(search(index, '')).toEqual([]);
		expect(search(index, 'de het een')).toEqual([]);
	});
});

/*
 * Resident-style queries, typos included, on the real topics. A query whose topic has not been written yet
 * is skipped (the content arrives from other branches); once all topics exist, every query must pass.
 */
const real = import.meta.glob('/messages/*/guide/*.json', { eager: true, import: 'default' });
const topics = parseTopicFiles(real);
const QUERIES: Record<'nl' | 'en', [string, string][]> = {
	nl: [
		['huilen baby', 'baby-crying'],
		['baby huilt de hele dag', 'baby-crying'],
		['huilbaby', 'baby-crying'],
		['baby slaapt niet', 'baby-sleep'],
		['peuter doorslapen', 'baby-sleep'],
		['driftbui', 'toddler-tantrums'],
		['peuter woedeaanval', 'toddler-tantrums'],
		['koppig kind nee', 'toddler-tantrums'],
		['pesten', 'bullying'],
		['mijn kind wordt gepest', 'bullying'],
		['stres school', 'school-stress'],
		['faalangst toetsen', 'school-stress'],
		['puberteit', 'puberty'],
		['pubertijd ruzie', 'puberty'],
		['gamen', 'teen-withdrawal-gaming'],
		['zoon zit alleen op kamer', 'teen-withdrawal-gaming'],
		['net ouder geworden', 'becoming-parent'],
		['scheiding', 'separation-parents'],
		['scheiding kinderen', 'separation-children'],
		['zwanger zorgen', 'pregnancy-worries'],
		['ontwikkeling kind achter', 'child-development'],
		['huiselijk geweld', 'domestic-violence'],
		['partner slaat', 'domestic-violence'],
		['relatieproblemen', 'relationship-strain'],
		['te veel drinken alcohol', 'drinking-using'],
		['verhuizen', 'moving-house'],
		['verhuisen nieuw huis', 'moving-house'],
		['op mezelf wonen', 'living-alone'],
		['baan kwijt', 'job-loss'],
		['ontslagen', 'job-loss'],
		['schulden', 'money-worries'],
		['rekeningen niet betalen', 'money-worries'],
		['brief gemeente', 'official-letters'],
		['belastingdienst brief snap ik niet', 'official-letters'],
		['rouw', 'grief'],
		['overleden moeder', 'grief'],
		['mantelzorg', 'caring-relative'],
		['zorgen voor mijn vader', 'caring-relative'],
		['eenzaam', 'loneliness'],
		['eenzaamheid', 'loneliness'],
		['vergeetachtig', 'getting-older-forgetfulness'],
		['dementie', 'getting-older-forgetfulness'],
		['pensioen', 'retirement'],
		['ziek familie', 'long-illness-family'],
		['somber', 'low-mood-anxiety'],
		['angstig', 'low-mood-anxiety'],
		['slapeloos', 'sleep-stress'],
		['slecht slapen stress', 'sleep-stress'],
		['ruzie buren', 'neighbour-conflict'],
		['burenruzie', 'neighbour-conflict'],
		['nieuw in nederland', 'new-in-nl'],
		['inburgering', 'new-in-nl'],
		['moe burnout', 'burnout-tiredness'],
		['overspannen', 'burnout-tiredness'],
		// typos as people type them on a phone
		['eensaam', 'loneliness'],
		['schuldn', 'money-worries'],
		['scheidnig kinderen', 'separation-children'],
		['mantelzrog', 'caring-relative'],
		['huisselijk gewelt', 'domestic-violence'],
		['gepest op schol', 'bullying'],
		['vergeetachtg', 'getting-older-forgetfulness'],
		['verhuist', 'moving-house'],
		['werkloos', 'job-loss'],
		['zwangerschap', 'pregnancy-worries']
	],
	en: [
		['baby crying', 'baby-crying'],
		['tantrum', 'toddler-tantrums'],
		['bullied', 'bullying'],
		['puberty', 'puberty'],
		['debt', 'money-worries'],
		['lonely', 'loneliness'],
		['grief', 'grief'],
		['moving house', 'moving-house'],
		['divorce children', 'separation-children'],
		['cant sleep', 'sleep-stress']
	]
};

for (const lang of ['nl', 'en'] as const) {
	const inLang = topics.filter((topic) => topic.lang === lang);
	const ids = new Set(inLang.map((topic) => topic.id));
	const index = buildIndex(inLang, lang);
	describe(`search in ${lang}: resident queries find the right topic in the top 3`, () => {
		for (const [query, expected] of QUERIES[lang]) {
			it.skipIf(!ids.has(expected))(`"${query}" → ${expected}`, () => {
				// What the search box shows: a crisis line first where one fits ("partner slaat"), then topics.
				const top3 = findInGuide(index, query, lang)
					.flatMap((result) => (result.kind === 'topic' ? [result.hit.id] : []))
					.slice(0, 3);
				expect(top3).toContain(expected);
			});
		}
	});
}

describe('search queries', () => {
	it('has at least 40 Dutch queries', () => {
		expect(QUERIES.nl.length).toBeGreaterThanOrEqual(40);
	});
});
