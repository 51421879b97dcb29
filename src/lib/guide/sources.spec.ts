import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TopicSchema } from './schema';
import { KNOWN_SHORT } from './review-notes';
import { topicFiles } from './topic-files';

/**
 * Sources a municipality's reviewer can trust (issue 17, item 2): at least two specific pages per topic (never a
 * homepage), from Dutch primary sources, no news sites or aggregators, no Belgian pages (Belgian rules and
 * services differ), each cited only where it holds the fact; and a "nagekeken op" date no older than 24 months.
 */
const topics = topicFiles('nl').map((f) => v.parse(TopicSchema, f.data));

/** News sites and aggregators: a journalist's summary is not a source a reviewer can check a fact against. */
const NEWS = [
	'nu.nl',
	'volkskrant.nl',
	'eenvandaag.avrotros.nl',
	'welingelichtekringen.nl',
	'demorgen.be',
	'psychologiemagazine.nl',
	'gezondheidsnet.nl',
	'nieuws.nl',
	'nrc.nl',
	'ad.nl',
	'telegraaf.nl',
	'rtlnieuws.nl',
	'nos.nl'
];

/** A page cited for one subject only: "Ik ben overspannen" was once cited in six unrelated topics. */
const ONLY_FOR: Record<string, string[]> = {
	'https://www.thuisarts.nl/overspannen/ik-ben-overspannen': ['burnout-tiredness']
};

/**
 * Belgian pages kept for a medical sign that is the same on both sides of the border (not for a Dutch rule or
 * service), until a verified Dutch page replaces them. red-flags.spec.ts pins the fact to this page.
 */
const BELGIAN_MEDICAL: Record<string, string> = {
	'https://www.uzleuven.be/nl/gynaecologie-en-verloskunde/verloskunde/zwangerschap/verwikkelingen-en-behandelingen/zwangerschapsvergiftiging':
		'signs of pre-eclampsia'
};

function problems(topic: (typeof topics)[number]): string[] {
	const out: string[] = [];
	for (const { url } of topic.sources) {
		const { hostname, pathname, search } = new URL(url);
		const host = hostname.replace(/^www\./, '');
		// A site that addresses its pages by query ("ncj.nl/?pagina=1882", a JGZ guideline) is not a homepage.
		if ((pathname === '/' || pathname === '') && !search) out.push(`homepage: ${url}`);
		if (host.endsWith('.be') && !BELGIAN_MEDICAL[url]) out.push(`Belgian: ${url}`);
		if (NEWS.some((news) => host === news || host.endsWith(`.${news}`))) out.push(`news: ${url}`);
		const only = ONLY_FOR[url];
		if (only && !only.includes(topic.id)) out.push(`not about this topic: ${url}`);
	}
	if (topic.sources.length < 2) out.push(`only ${topic.sources.length} source(s)`);
	return out;
}

describe('guide sources', () => {
	it.each(topics.map((t) => [t.id, t] as const))('%s cites pages a reviewer can trust', (id, topic) => {
		const found = problems(topic);
		if (KNOWN_SHORT.includes(id)) expect(found, `${id} is fixed: remove it from KNOWN_SHORT`).not.toEqual([]);
		else expect(found).toEqual([]);
	});

	it('finds what it should', () => {
		const base = topics[0]!;
		expect(
			problems({
				...base,
				id: 'loneliness',
				sources: [
					{ name: 'Thuisarts', url: 'https://www.thuisarts.nl' },
					{ name: 'Kind en Gezin', url: 'https://www.kindengezin.be/nl/x' },
					{ name: 'NU.nl', url: 'https://www.nu.nl/gezondheid/1/x.html' },
					{ name: 'Overspannen', url: 'https://www.thuisarts.nl/overspannen/ik-ben-overspannen' }
				]
			})
		).toEqual([
			'homepage: https://www.thuisarts.nl',
			'Belgian: https://www.kindengezin.be/nl/x',
			'news: https://www.nu.nl/gezondheid/1/x.html',
			'not about this topic: https://www.thuisarts.nl/overspannen/ik-ben-overspannen'
		]);
	});
});

describe('nagekeken op', () => {
	const MONTHS = 24;
	it.each(topics.map((t) => [t.id, t.reviewed] as const))(
		`%s was reviewed in the last ${MONTHS} months, not in the future`,
		(_id, reviewed) => {
			const date = new Date(`${reviewed}T00:00:00Z`);
			const limit = new Date();
			limit.setUTCMonth(limit.getUTCMonth() - MONTHS);
			expect(date.getTime()).toBeGreaterThan(limit.getTime());
			expect(date.getTime()).toBeLessThanOrEqual(Date.now());
		}
	);
});
