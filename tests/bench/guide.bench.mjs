// The guide ("Is dit normaal?"): how big the search index is, how long a resident waits for the first
// search result (library and index load on first focus), how long each keystroke takes afterwards, and
// what a first visit to a topic page downloads. Budgets from issue 3.
import { gzipSync } from 'node:zlib';
import { firstVisitBytes } from './measure.mjs';

export const title = 'Guide (Is dit normaal?)';

const KiB = 1024;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run({ browser, baseURL, lighthouse }) {
	const rows = [];

	for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
		const response = await fetch(`${baseURL}/gids/zoekindex-${lang}.json`);
		const body = Buffer.from(await response.arrayBuffer());
		rows.push({
			metric: `search index ${lang} (gzip)`,
			value: gzipSync(body).length,
			unit: 'B',
			budget: 20 * KiB
		});
		rows.push({ metric: `search index ${lang} (raw)`, value: body.length, unit: 'B' });
	}

	const summaries = await (await fetch(`${baseURL}/gids/index-nl.json`)).json();
	if (summaries.length === 0) return [...rows, { metric: 'topics (nl)', value: 0, unit: 'topics' }];
	// "schulden" when the money topic exists, else the longest word of some title.
	const hasMoney = summaries.some((topic) => topic.id === 'money-worries');
	const query = hasMoney
		? 'schulden'
		: summaries[0].title
				.split(/\s+/)
				.sort((a, b) => b.length - a.length)[0]
				.toLowerCase();

	const firstResult = [];
	const perKeystroke = [];
	for (let run = 0; run < 3; run++) {
		const context = await browser.newContext({
			baseURL,
			viewport: { width: 360, height: 800 },
			locale: 'nl-NL',
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto('/gids/');
		await page.waitForSelector('html[data-hydrated]');
		const box = page.getByRole('searchbox');
		const start = Date.now();
		await box.fill(query);
		await page.getByRole('region', { name: 'Gevonden' }).getByRole('link').first().waitFor();
		firstResult.push(Date.now() - start);

		// Each keystroke searches every topic and redraws the list; measured inside the page.
		perKeystroke.push(
			await page.evaluate(
				async (words) => {
					const input = document.querySelector('#guide-search');
					const times = [];
					for (const word of words) {
						for (let i = 1; i <= word.length; i++) {
							const t0 = performance.now();
							input.value = word.slice(0, i);
							input.dispatchEvent(new Event('input', { bubbles: true }));
							await Promise.resolve();
							await Promise.resolve();
							times.push(performance.now() - t0);
						}
					}
					return times.reduce((a, b) => a + b, 0) / times.length;
				},
				// everyday searches, and crisis ones (issue 16: those also run the crisis phrases)
				[
					'verhuizen',
					'eenzaam',
					'huilen baby',
					'scheiding kinderen',
					'ik wil niet meer leven',
					'mijn man slaat me'
				]
			)
		);
		await context.close();
	}
	rows.push({
		metric: 'time to first search result (cold, median of 3)',
		value: median(firstResult),
		unit: 'ms'
	});
	rows.push({
		metric: 'time per keystroke (search + redraw, mean)',
		value: Math.round(median(perKeystroke) * 100) / 100,
		unit: 'ms',
		budget: 5
	});

	{
		const bytes = await firstVisitBytes(browser, `${baseURL}/gids/${summaries[0].id}/`);
		rows.push({
			metric: 'first visit of a topic page (HTML+CSS+JS, gzip)',
			value: bytes.total,
			unit: 'B',
			budget: 60 * KiB
		});
	}
	if (!process.argv.includes('--no-lighthouse')) {
		const lh = lighthouse(`${baseURL}/gids/${summaries[0].id}/`);
		rows.push({
			metric: 'topic page: Lighthouse mobile performance',
			value: lh.performance,
			unit: 'score',
			budget: 0.98,
			better: 'higher'
		});
		rows.push({ metric: 'topic page: Lighthouse accessibility', value: lh.accessibility, unit: 'score' });
		rows.push({ metric: 'topic page: LCP', value: lh.lcp, unit: 'ms' });
		rows.push({ metric: 'topic page: TBT', value: lh.tbt, unit: 'ms' });
		rows.push({ metric: 'topic page: CLS', value: lh.cls, unit: '' });
	}
	rows.push({ metric: 'topics (nl)', value: summaries.length, unit: 'topics' });
	return rows;
}
