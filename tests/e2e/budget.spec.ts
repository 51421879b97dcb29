import { firstVisitBytes, MAIN_ROUTES } from '../bench/measure.mjs';
import { expect, test } from './fixtures';

// Bytes are stable from run to run, so the size budget of issue 2 is a test; speed lives in `npm run bench`.
const BUDGET = 100 * 1024;

for (const route of MAIN_ROUTES) {
	test(`a first visit to ${route} loads at most 100 KiB of compressed HTML, CSS and JS`, async ({
		browser,
		baseURL
	}) => {
		const bytes = await firstVisitBytes(browser, baseURL + route);
		expect(bytes.total, `${route}: html ${bytes.html} css ${bytes.css} js ${bytes.js}`).toBeLessThanOrEqual(
			BUDGET
		);
		expect(bytes.html, `${route} has HTML`).toBeGreaterThan(0);
	});
}

// The safety plan is opened in a bad moment, often from a crisis search: it must arrive as fast as a room.
test('a first visit to the safety plan loads at most 100 KiB (issue 16)', async ({ browser, baseURL }) => {
	const bytes = await firstVisitBytes(browser, baseURL + '/doelen/veiligheidsplan/');
	expect(bytes.total, `html ${bytes.html} css ${bytes.css} js ${bytes.js}`).toBeLessThanOrEqual(BUDGET);
	expect(bytes.html, 'the plan has HTML').toBeGreaterThan(0);
});

// Where a shared activity link lands (issue 15): its calendar code loads only on the tap.
test('a first visit to an activity page loads at most 100 KiB (issue 15)', async ({ browser, baseURL }) => {
	const bytes = await firstVisitBytes(browser, baseURL + '/wijk/activiteit/?id=example');
	expect(bytes.total, `html ${bytes.html} css ${bytes.css} js ${bytes.js}`).toBeLessThanOrEqual(BUDGET);
	expect(bytes.js, 'the activity page has its script').toBeGreaterThan(0);
});

for (const path of ['/gids/baby-crying/', '/gids/domestic-violence/ar/']) {
	test(`a first visit to the guide topic ${path} loads at most 60 KiB (issue 3)`, async ({
		browser,
		baseURL
	}) => {
		const bytes = await firstVisitBytes(browser, baseURL + path);
		expect(bytes.total, `${path}: html ${bytes.html} css ${bytes.css} js ${bytes.js}`).toBeLessThanOrEqual(
			60 * 1024
		);
		expect(bytes.js, `${path} has its small script`).toBeGreaterThan(0);
	});
}
