// In de wijk: how long parsing + validating a big HSDS feed takes in Chromium on the built app, how long
// working out this week's dates takes, how long a filter change takes, and how big the bundled sample feed
// is. Timings come from the app's own User Timing measures ('activities:parse', 'activities:index',
// 'activities:filter'), so only the work itself is measured. A measure that is missing stops the bench
// with its name: a number that silently reads NaN hides a page that stopped recording it.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { firstVisitBytes } from './measure.mjs';

export const title = 'In de wijk (activities feed)';

/** The sample feed's services, copied with new ids until there are `count`. */
function bigFeed(sample, count) {
	const services = [];
	for (let i = 0; i < count; i++) {
		const source = sample.services[i % sample.services.length];
		services.push({ ...source, id: `${source.id}-copy-${i}`, name: `${source.name} ${i}` });
	}
	return JSON.stringify({ services });
}

/**
 * 300 hostile or careless schedules (daily since the year 1000: 100 with an enormous count, refused;
 * 100 counted, long over; 100 uncounted, on today), as in src/lib/activities/testing/hostile.ts.
 */
function hostileFeed() {
	const services = [];
	for (let i = 0; i < 300; i++) {
		const count = i < 100 ? 1_000_000_000 : i < 200 ? 900 : null;
		services.push({
			id: `hostile-${i}`,
			name: `Elke dag sinds het jaar 1000 (verzonnen) ${i}`,
			service_areas: [{ name: 'Centrum' }],
			attributes: [{ taxonomy_term: { code: 'meeting' } }],
			schedules: [{ freq: 'DAILY', dtstart: '1000-01-01', count, opens_at: '10:00', closes_at: '11:00' }]
		});
	}
	return JSON.stringify({ services });
}

/** The last User Timing measure of that name on the page; throws when the page recorded none. */
async function lastMeasure(page, name) {
	const duration = await page.evaluate(
		(entry) => performance.getEntriesByName(entry, 'measure').at(-1)?.duration ?? null,
		name
	);
	if (typeof duration !== 'number') throw new Error(`The page recorded no '${name}' measure.`);
	return duration;
}

/** Median and spread of the runs, e.g. "median of 5: 212–260 ms". */
function summary(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const round = (value) => Math.round(value * 10) / 10;
	return {
		median: round(sorted[Math.floor(sorted.length / 2)]),
		spread: `median of ${sorted.length}: ${round(sorted[0])}–${round(sorted.at(-1))} ms`
	};
}

/** From navigation to the list's count on screen, with 300 hostile schedules. */
export async function measureHostile(browser, baseURL) {
	const context = await browser.newContext({
		baseURL,
		serviceWorkers: 'block',
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam'
	});
	const page = await context.newPage();
	const body = hostileFeed();
	await page.route('**/feed/voorbeeld.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body })
	);
	const start = Date.now();
	await page.goto('/wijk/');
	// The count, not the loading message (both are status lines).
	await page.waitForSelector('main p.count[role=status]', { timeout: 60_000 });
	const shownMs = Date.now() - start;
	const indexMs = await lastMeasure(page, 'activities:index');
	await context.close();
	return { shownMs, indexMs };
}

async function measure(browser, baseURL, body, total) {
	// No service worker: the routed feed must reach the page, not the precached sample.
	const context = await browser.newContext({
		baseURL,
		serviceWorkers: 'block',
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		viewport: { width: 360, height: 800 }
	});
	const page = await context.newPage();
	await page.route('**/feed/voorbeeld.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body })
	);
	await page.goto('/wijk/');
	await page.waitForSelector('html[data-hydrated]');
	// The count shows once the feed is parsed and indexed (a list may be empty late in the day). Not any
	// status line: "We zoeken de activiteiten op…" is one too, and shows before the measures exist.
	await page.waitForSelector('main p.count[role=status]');
	const last = (name) => lastMeasure(page, name);
	const parseMs = await last('activities:parse');
	const indexMs = await last('activities:index');

	await page.getByRole('button', { name: 'Alles' }).click();
	const before = `${total} activiteiten`;
	await page.waitForFunction(
		(text) => document.querySelector('main p.count[role=status]')?.textContent === text,
		before
	);
	const start = Date.now();
	await page.getByLabel('Gratis').check();
	await page.waitForFunction(
		(text) => document.querySelector('main p.count[role=status]')?.textContent !== text,
		before
	);
	const shownMs = Date.now() - start;
	const filterMs = await last('activities:filter');
	await context.close();
	return { parseMs, indexMs, filterMs, shownMs };
}

export async function run({ browser, baseURL }) {
	const sampleText = await readFile(new URL('../../static/feed/voorbeeld.json', import.meta.url), 'utf8');
	const sample = JSON.parse(sampleText);
	// The room's own first visit (issue 2's budget), so `--only=activities` shows it without the route table.
	const visit = await firstVisitBytes(browser, `${baseURL}/wijk/`);
	const rows = [
		{ metric: '/wijk/ first visit (HTML+CSS+JS, gzip)', value: visit.total, unit: 'B', budget: 100 * 1024 },
		{ metric: '/wijk/ first visit, JS part', value: visit.js, unit: 'B' },
		{
			metric: `sample feed (${sample.services.length} activities), raw`,
			value: Buffer.byteLength(sampleText),
			unit: 'B'
		},
		{ metric: 'sample feed, gzip', value: gzipSync(sampleText).length, unit: 'B' }
	];
	// Issue 15's budgets: 2,000 parsed and validated within 150 ms, and their week's dates within 150 ms.
	for (const [count, parseBudget, indexBudget] of [
		[1000, 75, undefined],
		[2000, 150, 150]
	]) {
		const body = bigFeed(sample, count);
		// Five page loads: the machines are shared, one run can be unlucky. The median is the value; the
		// range of the runs is in the metric's name, so a reader sees how far to trust it.
		const runs = [];
		for (let i = 0; i < 5; i++) runs.push(await measure(browser, baseURL, body, count));
		const [parse, index, filter, shown] = ['parseMs', 'indexMs', 'filterMs', 'shownMs'].map((key) =>
			summary(runs.map((run) => run[key]))
		);
		rows.push(
			{ metric: `feed of ${count} activities, raw`, value: Buffer.byteLength(body), unit: 'B' },
			{
				metric: `parse + validate ${count} activities (${parse.spread})`,
				value: parse.median,
				unit: 'ms',
				budget: parseBudget
			},
			{
				metric: `this week's dates of ${count} activities (${index.spread})`,
				value: index.median,
				unit: 'ms',
				budget: indexBudget
			},
			{
				metric: `filter change over ${count}, "Alles" → "Gratis" (${filter.spread})`,
				value: filter.median,
				unit: 'ms',
				budget: 16
			},
			{
				metric: `filter change over ${count}, click → list shown (${shown.spread})`,
				value: shown.median,
				unit: 'ms'
			}
		);
	}
	const hostile = await measureHostile(browser, baseURL);
	rows.push(
		{
			metric: '300 hostile schedules: /wijk/ load → list shown',
			value: hostile.shownMs,
			unit: 'ms',
			budget: 2000
		},
		{
			metric: "300 hostile schedules: this week's dates",
			value: Math.round(hostile.indexMs * 10) / 10,
			unit: 'ms'
		}
	);
	return rows;
}
