import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, ready, test, usePrefs, waitForServiceWorker } from './fixtures';

// Tuesday 24 November 2026, 10:30 in Amsterdam: the sample feed has activities on now and later today.
const NOW = new Date('2026-11-24T10:30:00+01:00');

async function openRoom(page: Page, path = '/wijk/', lang: 'nl' | 'ar' = 'nl') {
	await page.clock.setFixedTime(NOW);
	await page.goto(path);
	await ready(page, lang);
}

const items = (page: Page) => page.locator('main li.item');

test.describe('In de wijk', () => {
	test('today, filtered to free and wheelchair; a detail, a favourite and a calendar file', async ({
		page
	}) => {
		await openRoom(page);
		await expect(page.getByText('Deze activiteiten, adressen en nummers zijn verzonnen.')).toBeVisible();
		await expect(page.getByTestId('feed-updated')).toHaveText(/Bijgewerkt op 24 november/);
		await expect(page.getByRole('button', { name: 'Vandaag' })).toHaveAttribute('aria-pressed', 'true');
		const before = await items(page).count();
		expect(before).toBeGreaterThan(3);

		await page.getByLabel('Gratis').check();
		await page.getByLabel('Rolstoel').check();
		await expect(page.getByText('Kost geld')).toHaveCount(0);
		const after = await items(page).count();
		expect(after).toBeGreaterThan(0);
		expect(after).toBeLessThan(before);
		for (const item of await items(page).all()) {
			await expect(item.getByText('Rolstoel', { exact: true })).toBeVisible();
			await expect(item.getByText('Gratis', { exact: true })).toBeVisible();
		}
		await expect(page.getByRole('status').filter({ hasText: 'activiteit' })).toHaveText(
			`${after} activiteit${after === 1 ? '' : 'en'}`
		);

		const first = items(page).first().getByRole('heading').getByRole('link');
		const name = (await first.textContent())!.trim();
		await first.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByRole('heading', { name: 'De volgende keren' })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Bel 010-000/ })).toHaveAttribute('href', /^tel:010000/);
		await expect(page.getByRole('link', { name: 'Open in je kaarten-app' })).toHaveAttribute('href', /^geo:/);

		const save = page.getByRole('button', { name: 'Bewaren' });
		await save.click();
		await expect(page.getByRole('button', { name: 'Bewaard' })).toHaveAttribute('aria-pressed', 'true');

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /^Zet dinsdag 24 november in je agenda/ }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/-2026-11-24\.ics$/);
		const ics = (await readFile((await file.path())!, 'utf8')).replace(/\r?\n[ \t]/g, '');
		const field = (key: string) => new RegExp(`^${key}[:;](.*)$`, 'm').exec(ics)?.[1]?.trim();
		expect(ics).toContain('BEGIN:VEVENT');
		expect(field('SUMMARY')).toBe(name.replace(/,/g, '\\,'));
		expect(field('DTSTART')).toMatch(/^20261124T\d{4}00Z$/);
		expect(field('LOCATION')).toContain('Roerdam');

		const series = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Zet alle keren in je agenda' }).click();
		const seriesText = await readFile((await (await series).path())!, 'utf8');
		expect(seriesText).toMatch(/RRULE:FREQ=(WEEKLY|MONTHLY)/);

		await page.getByRole('button', { name: 'Zet het in mijn doelen' }).click();
		await expect(page.getByText('Het staat in je doelen.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Naar Mijn doelen' })).toHaveAttribute('href', '/doelen/');

		await page.getByRole('link', { name: 'Terug naar de lijst' }).click();
		await page.getByRole('button', { name: /Bewaard/ }).click();
		await expect(items(page)).toHaveCount(1);
		await expect(items(page).getByRole('link', { name })).toBeVisible();
		await expect(items(page).getByRole('button', { name: `Bewaar ${name}` })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('this week groups by day; a theme link from the guide shows that theme', async ({ page }) => {
		await openRoom(page, '/wijk/?thema=money');
		await expect(page.getByRole('button', { name: 'Alles' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByLabel('Onderwerp')).toHaveValue('money');
		await expect(items(page).first()).toContainText(/Geldspreekuur|Formulierenhulp|Schuldhulp/);
		await expect(items(page).getByText(/Taalcafé/)).toHaveCount(0);

		await page.getByRole('button', { name: 'Filters wissen' }).click();
		await page.getByRole('button', { name: 'Deze week' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Vandaag' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Morgen' })).toBeVisible();
		await page.getByLabel('Zoeken').fill('taalcafe');
		await expect(items(page).first()).toContainText('Taalcafé');
	});

	test.describe(() => {
		// Offline needs the service worker; other tests run without it (faster, see playwright.config.ts).
		test.use({ serviceWorkers: 'allow' });

		test('offline after the first visit: the kept copy with its date', async ({ page, context }) => {
			await openRoom(page);
			await expect(page.getByTestId('feed-updated')).toHaveText(/24 november om 10:30/);
			await waitForServiceWorker(page);
			await context.setOffline(true);
			await page.reload();
			await ready(page);
			await expect(
				page.getByText('Je bent offline. Je ziet de lijst van 24 november om 10:30.')
			).toBeVisible();
			await expect(items(page).first()).toBeVisible();
			await items(page).first().getByRole('heading').getByRole('link').click();
			await expect(page.getByRole('heading', { name: 'De volgende keren' })).toBeVisible();
			// A guide link (/wijk/?thema=…) opens offline too.
			await page.goto('/wijk/?thema=language');
			await ready(page);
			await expect(page.getByLabel('Onderwerp')).toHaveValue('language');
			await expect(items(page).first()).toBeVisible();
			await context.setOffline(false);
		});
	});

	test.describe('a broken feed', () => {
		test.use({ serviceWorkers: 'block' });

		test('keeps the last good copy and says so', async ({ page }) => {
			await openRoom(page);
			await expect(items(page).first()).toBeVisible();
			await page.route('**/feed/voorbeeld.json', (route) =>
				route.fulfill({ status: 200, contentType: 'application/json', body: '<html>Oeps</html>' })
			);
			await page.reload();
			await ready(page);
			await expect(
				page.getByText(/^De nieuwe lijst klopt niet\. Je ziet de lijst van 24 november/)
			).toBeVisible();
			await expect(items(page).first()).toBeVisible();
		});

		test('with no copy yet, a calm message and a retry', async ({ page }) => {
			await page.route('**/feed/voorbeeld.json', (route) =>
				route.fulfill({ status: 200, contentType: 'application/json', body: '{"services": "nee"}' })
			);
			await openRoom(page);
			await expect(
				page.getByRole('heading', { name: 'We kunnen de activiteiten nu niet laten zien' })
			).toBeVisible();
			await expect(page.getByRole('alert')).toHaveText(/Dat ligt niet aan jou/);
			await page.unroute('**/feed/voorbeeld.json');
			await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
			await expect(items(page).first()).toBeVisible();
		});
	});

	test('reflows at 320 px with 200% text, also with long, right-to-left and HTML-like feed text', async ({
		page
	}) => {
		const body = JSON.parse(await readFile('static/feed/voorbeeld.json', 'utf8')) as {
			services: Record<string, unknown>[];
		};
		body.services[0] = {
			...body.services[0],
			name: `<b>Koffie</b> ☕ قهوة ${'lang '.repeat(400)}`,
			description: 'x'.repeat(2000)
		};
		await page.route('**/feed/voorbeeld.json', (route) => route.fulfill({ json: body }));
		await page.setViewportSize({ width: 320, height: 700 });
		await usePrefs(page, { textScale: 2 });
		await openRoom(page);
		await page.getByRole('button', { name: 'Alles' }).click();
		await page.locator('details.more summary').click();
		// The extra filters load when first opened: wait for them, so the reflow check includes them.
		await expect(page.locator('details.more select').first()).toBeVisible();
		await expect(items(page).first()).toContainText('<b>Koffie</b> ☕ قهوة');
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await overflow()).toBeLessThanOrEqual(0);
		await items(page).first().getByRole('heading').getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('<b>Koffie</b>');
		expect(await overflow()).toBeLessThanOrEqual(0);
	});

	for (const lang of ['nl', 'ar'] as const) {
		test(`no axe violations on the list and a detail (${lang})`, async ({ page }) => {
			await usePrefs(page, { lang });
			await openRoom(page, '/wijk/', lang);
			await expect(items(page).first()).toBeVisible();
			await page.locator('details.more summary').click();
			await expect(page.locator('details.more select').first()).toBeVisible();
			await expectNoAxeViolations(page, `/wijk/ (${lang})`);
			await items(page).first().getByRole('heading').getByRole('link').click();
			await expect(page.locator('h2').first()).toBeVisible();
			await expectNoAxeViolations(page, `/wijk/activiteit/ (${lang})`);
		});
	}
});
