import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, ready, switchPrefs, test } from './fixtures';

/**
 * In de wijk with feeds in the shapes of the HSDS 3.0 specification's own examples (our own fictional
 * records in src/lib/activities/testing/fixtures/hsds/), served in place of the bundled sample feed.
 */

// Tuesday 24 November 2026, 10:30 in Amsterdam: the taalcafé in the fixture is on (Tuesdays 10:00–12:00).
const NOW = new Date('2026-11-24T10:30:00+01:00');
const FIXTURES = 'src/lib/activities/testing/fixtures/hsds';

async function serve(page: Page, services: unknown[]) {
	await page.route('**/feed/voorbeeld.json', (route) => route.fulfill({ json: services }));
	await page.clock.setFixedTime(NOW);
}

const record = async (name: string) =>
	JSON.parse(await readFile(`${FIXTURES}/${name}`, 'utf8')) as Record<string, unknown>;
const items = (page: Page) => page.locator('main li.item');

test('a full service record with one schedule at three levels shows one session, in the list and in detail', async ({
	page
}) => {
	// Three views and a detail page on one record: more steps than most tests here.
	test.slow();
	await serve(page, [await record('service-full.json')]);
	await page.goto('/wijk/');
	await ready(page);
	await expect(items(page)).toHaveCount(1);
	await expect(items(page).first()).toContainText('10:00 tot 12:00');
	await expect(items(page).first()).toContainText('Nu open');

	await page.getByRole('button', { name: 'Deze week' }).click();
	// Tuesday 24 November is the only Tuesday in the seven days from today.
	await expect(items(page)).toHaveCount(1);

	await items(page).first().getByRole('heading').getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taalcafé De Kade (verzonnen voorbeeld)');
	const dates = page.locator('ul.dates > li');
	await expect(dates).toHaveCount(3);
	await expect(dates.nth(0)).toContainText('Vandaag, 10:00 tot 12:00');
	await expect(dates.nth(1)).toContainText('dinsdag 1 december, 10:00 tot 12:00');
	await expect(page.getByText('Elke dinsdagochtend, ook in de schoolvakanties.')).toHaveCount(1);
});

const page2 = async () => (await record('services-page.json')).contents as unknown[];
const detail = (id: string) => `/wijk/activiteit/#${id}`;

test("a building's opening hours show as such, apart from the activity's own times", async ({ page }) => {
	await serve(page, await page2());
	await page.goto(detail('svc-taalcafe-bieb'));
	await ready(page);
	const dates = page.locator('ul.dates > li');
	await expect(dates).toHaveCount(3);
	await expect(dates.nth(0)).toContainText('Vandaag, 10:00 tot 12:00');
	await expect(dates.nth(1)).toContainText('dinsdag 8 december, 10:00 tot 12:00');
	await expect(page.getByRole('heading', { name: 'Het gebouw is open' })).toBeVisible();
	await expect(page.getByText('Open: ma–vr 09:00–17:00')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zet alle keren in je agenda' })).toBeVisible();
	await expectNoAxeViolations(page, '/wijk/activiteit/ with opening hours');
});

test('opening hours stand in for missing times, said so, and never as a calendar series', async ({
	page
}) => {
	await serve(page, await page2());
	await page.goto(detail('svc-spreekuur-bieb'));
	await ready(page);
	await expect(page.locator('ul.dates > li').first()).toContainText('Vandaag, 09:00 tot 17:00');
	await expect(page.getByText('Dit zijn de openingstijden van het gebouw.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zet alle keren in je agenda' })).toHaveCount(0);
});

test('every place has its own times, in the list and in detail', async ({ page }) => {
	await serve(page, await page2());
	await page.goto('/wijk/');
	await ready(page);
	await page.getByRole('button', { name: 'Deze week' }).click();
	const koffie = items(page).filter({ hasText: 'Koffieochtend Noord en Zuid' });
	await expect(koffie).toHaveCount(2);
	await expect(koffie.nth(0)).toContainText('Buurthuis Zuid (verzonnen)');
	await expect(koffie.nth(1)).toContainText('Buurthuis Noord (verzonnen)');
	await koffie.first().getByRole('link').first().click();
	await expect(page.locator('ul.dates > li').nth(0)).toContainText('Buurthuis Zuid (verzonnen)');
	await expect(page.locator('ul.dates > li').nth(1)).toContainText('Buurthuis Noord (verzonnen)');
	await expect(page.getByText('Noorderweg 1, 0000 NN Roerdam')).toBeVisible();
	await expect(page.getByText('Zuiderweg 9, 0000 ZZ Roerdam')).toBeVisible();
});

test('what a resident needs before going: the alert, ages, what to bring, freshness and whom to tell; Dutch feed text marked as Dutch in Arabic', async ({
	page
}) => {
	test.slow(); // two languages and two axe passes on one page
	const full = await record('service-full.json');
	await serve(page, [
		{
			...full,
			alert: 'Op 1 december is er geen taalcafé.',
			minimum_age: 12,
			maximum_age: 18,
			required_documents: [{ id: 'rd-1', document: 'Je pasje van de bibliotheek' }],
			// Checked 18 months before NOW; a later edit (last_modified) is not a check.
			assured_date: '2025-05-20',
			last_modified: '2026-11-20T09:00:00Z'
		}
	]);
	await page.goto(detail('svc-taalcafe-kade'));
	await ready(page);
	const main = page.locator('main');
	await expect(main.getByText('Let op: Op 1 december is er geen taalcafé.')).toBeVisible();
	await expect(main.getByText('Voor 12 tot 18 jaar')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Neem mee' })).toBeVisible();
	await expect(main.getByText('Je pasje van de bibliotheek')).toBeVisible();
	await expect(main.getByText('Tolk: Een vrijwilliger spreekt Arabisch.')).toBeVisible();
	await expect(main.getByText('Zo kom je er: Bus 15, halte Kadeplein.')).toBeVisible();
	await expect(main.getByText('Gecontroleerd in mei 2025')).toBeVisible();
	await expect(main.getByText('Dit is al lang niet gecontroleerd.', { exact: false })).toBeVisible();
	const report = page.getByRole('link', { name: 'Klopt dit niet meer? Mail het' });
	const href = new URL((await report.getAttribute('href')) ?? '');
	expect(href.protocol).toBe('mailto:');
	expect(href.pathname).toBe('controle@example.org');
	expect(href.searchParams.get('subject')).toBe('Klopt dit nog? Taalcafé De Kade (verzonnen voorbeeld)');
	expect(href.searchParams.get('body')).toContain('svc-taalcafe-kade');
	await expectNoAxeViolations(page, '/wijk/activiteit/ with an alert and an old check');

	await switchPrefs(page, { lang: 'ar' });
	await ready(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(main.getByText('النصوص عن الأنشطة باللغة الهولندية.')).toBeVisible();
	const title = page.getByRole('heading', { level: 1 });
	await expect(title).toHaveAttribute('lang', 'nl');
	await expect(title).toHaveAttribute('dir', 'auto');
	await expect(main.getByText('Op 1 december is er geen taalcafé.')).toHaveAttribute('lang', 'nl');
	await expect(main.locator('p.lead')).toHaveAttribute('lang', 'nl');
	// Times read 24-hour in every language (Arabic may use its own digits).
	const first = (await page.locator('ul.dates > li').first().textContent()) ?? '';
	expect(first.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))).toMatch(/10:00/);
	await expectNoAxeViolations(page, '/wijk/activiteit/ in Arabic with Dutch feed text');
});
