import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, ready, test, usePrefs } from './fixtures';

type CircleName = 'Dichtbij' | 'Iets verder' | 'Ver weg';

async function addPerson(page: Page, name: string, circle: CircleName, group?: string): Promise<void> {
	const form = page.locator('form.quick-add');
	await form.getByLabel('Naam of bijnaam').fill(name);
	await form.getByRole('radio', { name: circle }).check();
	if (group) await form.getByLabel('Wie is het?').selectOption({ label: group });
	await form.getByRole('button', { name: 'Zet op de kaart' }).click();
	await expect(statusOf(page).filter({ hasText: 'staat op je kaart' })).toBeVisible();
	// The form empties once this person is saved; typing the next name earlier would race the reset.
	await expect(form.getByLabel('Naam of bijnaam')).toHaveValue('');
}

const statusOf = (page: Page) => page.getByRole('main').getByRole('status');
const map = (page: Page) => page.getByTestId('network-map');
const list = (page: Page) => page.getByRole('region', { name: 'Iedereen op je kaart' });
const insightsOf = (page: Page) => page.getByRole('region', { name: 'Wat zie je op je kaart?' });

async function openNetwork(page: Page): Promise<void> {
	await page.goto('/netwerk/');
	await ready(page);
}

test.describe('Mijn netwerk', () => {
	test('a resident adds four people, moves one closer, sees an insight come and go, and compares with a snapshot', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await openNetwork(page);
		await expect(page.getByRole('heading', { name: 'Je kaart is nog leeg' })).toBeVisible();

		await addPerson(page, 'Mam', 'Iets verder', 'Familie');
		await addPerson(page, 'Buurvrouw Els', 'Iets verder', 'Buren');
		await addPerson(page, 'Karim', 'Ver weg', 'Vrienden');
		await addPerson(page, 'Huisarts', 'Ver weg', 'Hulpverleners');

		await expect(map(page).getByRole('button', { name: /^Mam:/ })).toBeVisible();
		await expect(map(page).locator('g.person')).toHaveCount(4);
		for (const name of ['Mam', 'Buurvrouw Els', 'Karim', 'Huisarts']) {
			await expect(list(page).getByText(name, { exact: true })).toBeVisible();
		}

		const nobodyClose = insightsOf(page).getByText('Er staat nog niemand dichtbij.');
		await expect(nobodyClose).toBeVisible();
		// A few questions at a time; the rest on request.
		await expect(insightsOf(page).locator('li:visible')).toHaveCount(3);
		await insightsOf(page).getByRole('button', { name: 'Laat alle 6 vragen zien' }).click();
		await expect(insightsOf(page).getByText('Nog niemand is gezelschap voor je.')).toBeVisible();

		await page.getByRole('button', { name: 'Kaart van vandaag bewaren' }).click();
		await expect(statusOf(page)).toHaveText('Je kaart van vandaag is bewaard.');

		await list(page).getByRole('button', { name: 'Mam dichterbij zetten' }).click();
		await expect(statusOf(page)).toHaveText('Mam staat nu bij: Dichtbij.');
		await expect(nobodyClose).toBeHidden();
		await expect(
			list(page)
				.getByRole('region', { name: /^Dichtbij/ })
				.getByText('Mam', { exact: true })
		).toBeVisible();

		await page.getByRole('button', { name: /vergelijken met nu/ }).click();
		const comparison = page.getByTestId('comparison');
		await expect(comparison.getByRole('heading', { name: 'Dichterbij gekomen' })).toBeVisible();
		await expect(comparison).toContainText('Mam (Iets verder → Dichtbij)');

		await list(page).getByRole('button', { name: 'Mam verder weg zetten' }).click();
		await expect(nobodyClose).toBeVisible();

		await page.reload();
		await ready(page);
		await expect(list(page).locator('li.person')).toHaveCount(4);
		await expect(map(page).locator('g.person')).toHaveCount(4);
		await expect(page.getByText(/: 4 mensen$/)).toBeVisible();
	});

	test('a person is changed from the map with the keyboard, removed, and brought back with undo', async ({
		page
	}) => {
		await openNetwork(page);
		await addPerson(page, 'Oma Riet', 'Dichtbij', 'Familie');

		await map(page)
			.getByRole('button', { name: /^Oma Riet:/ })
			.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Persoon wijzigen' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('checkbox', { name: 'Praktische hulp' }).check();
		await dialog.getByRole('checkbox', { name: 'Zorg' }).check();
		await dialog.getByRole('radio', { name: 'Kost energie' }).check();
		await dialog.getByLabel('Hoe vaak hebben jullie contact?').selectOption({ label: 'Elke week' });
		await dialog.getByLabel('Wat zou je deze persoon kunnen vragen?').fill('Oppassen op woensdag');
		await dialog.getByRole('button', { name: 'Bewaren' }).click();
		await expect(dialog).toBeHidden();

		const card = list(page).locator('li.person', { hasText: 'Oma Riet' });
		await expect(card).toContainText('Praktische hulp');
		await expect(card).toContainText('Elke week · Kost energie');
		await expect(card).toContainText('Wat je kunt vragen: Oppassen op woensdag');
		await expect(insightsOf(page)).toContainText('Oma Riet kost je energie.');
		await expect(insightsOf(page)).toContainText('Oma Riet is de enige voor: Praktische hulp, Zorg.');
		await expect(insightsOf(page)).not.toContainText('Nog niemand helpt je met praktische dingen.');
		await expect(
			map(page).getByRole('button', { name: /Helpt met: Praktische hulp, Zorg\. Kost energie\./ })
		).toBeVisible();

		await list(page).getByRole('button', { name: 'Oma Riet wijzigen' }).click();
		await dialog.getByRole('button', { name: 'Verwijderen' }).click();
		await expect(statusOf(page)).toHaveText('Oma Riet is van je kaart gehaald.');
		await expect(page.getByRole('heading', { name: 'Je kaart is nog leeg' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(statusOf(page)).toHaveText('Oma Riet staat weer op je kaart.');
		await expect(list(page).locator('li.person', { hasText: 'Oma Riet' })).toContainText('Praktische hulp');
	});

	test('names with HTML, 2,000 characters or right-to-left text show as plain text; the export has no script', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await openNetwork(page);
		const html = '"><img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
		const long = 'Lange naam '.repeat(200).slice(0, 2000);
		const mixed = 'محمد علي 👩‍👧 Jan';
		await addPerson(page, html, 'Dichtbij');
		await addPerson(page, long, 'Iets verder');
		await addPerson(page, mixed, 'Ver weg');

		await expect(list(page).getByText(html, { exact: true })).toBeVisible();
		await expect(list(page).getByText(long.trim(), { exact: true })).toBeVisible();
		await expect(list(page).getByText(mixed, { exact: true })).toBeVisible();
		await expect(page.locator('main img')).toHaveCount(0);
		expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
		// On the map a long name is cut short; the full name stays in the list.
		await expect(map(page).locator('g.person text', { hasText: 'Lange naa…' })).toHaveCount(1);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Plaatje (SVG)' }).click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const all = [...doc.querySelectorAll('*')];
			return {
				error: doc.querySelector('parsererror') !== null,
				scripts: doc.querySelectorAll('script, foreignObject, img').length,
				onAttributes: all
					.flatMap((el) => [...el.attributes].map((a) => a.name))
					.filter((n) => /^on/i.test(n)),
				texts: [...doc.querySelectorAll('text')].map((el) => el.textContent)
			};
		}, svg);
		expect(parsed.error).toBe(false);
		expect(parsed.scripts).toBe(0);
		expect(parsed.onAttributes).toEqual([]);
		expect(parsed.texts).toContain('"><img sr…');
	});

	test('a crowded part of the map groups people behind "+N", and each of them can still be opened', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await openNetwork(page);
		await addPerson(page, 'Mam', 'Dichtbij', 'Familie');
		await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const request = indexedDB.open('aan-het-roer');
				request.onsuccess = () => resolve(request.result);
			});
			const read = db.transaction('settings').objectStore('settings').get('currentProfile');
			const profileId = await new Promise((resolve) => (read.onsuccess = () => resolve(read.result.value)));
			const tx = db.transaction('people', 'readwrite');
			for (let i = 0; i < 40; i++) {
				tx.objectStore('people').put({
					id: `team-${i}`,
					profileId,
					name: `Teamgenoot ${i}`,
					circle: 'far',
					group: 'clubsFaith',
					supports: [],
					createdAt: 10 + i,
					updatedAt: 10 + i
				});
			}
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		});
		await page.reload();
		await ready(page);
		await expect(list(page).locator('li.person')).toHaveCount(41);
		const more = map(page).getByRole('button', { name: /mensen meer · Club of geloof, Ver weg/ });
		await expect(more).toBeVisible();
		const shown = await map(page).locator('g.person').count();
		await expect(more.locator('text')).toHaveText(`+${41 - shown}`);
		await more.click();
		const group = page.getByRole('dialog', { name: 'Club of geloof, Ver weg' });
		await group.getByRole('button', { name: 'Teamgenoot 39' }).click();
		await expect(
			page.getByRole('dialog', { name: 'Persoon wijzigen' }).getByLabel('Naam of bijnaam')
		).toHaveValue('Teamgenoot 39');
	});

	test('initials only hides full names on the map and in the list', async ({ page }) => {
		await openNetwork(page);
		await addPerson(page, 'Fatima El Amrani', 'Dichtbij', 'Vrienden');
		await page.getByRole('checkbox', { name: /Alleen voorletters tonen/ }).check();
		await expect(map(page).locator('g.person text')).toHaveText('FA');
		await expect(list(page).locator('li.person .name')).toHaveText('FA');
		await expect(map(page).getByText('Fatima El Amrani')).toHaveCount(0);
		await expect(list(page).getByText('Fatima El Amrani')).toHaveCount(0);
		await expect(map(page).getByRole('button', { name: /^FA:/ })).toBeVisible();
		await page.reload();
		await ready(page);
		await expect(page.getByRole('checkbox', { name: /Alleen voorletters tonen/ })).toBeChecked();
		await expect(list(page).locator('li.person .name')).toHaveText('FA');
	});

	test('coming from a guide topic shows a friendly hint', async ({ page }) => {
		await page.goto('/netwerk/?onderwerp=geldzorgen');
		await ready(page);
		await expect(page.getByText('Je komt uit de gids.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Terug naar de gids' })).toHaveAttribute('href', /\/gids\/$/);
	});

	test('no axe violations on the map and list, in Dutch and Arabic, and it reflows at 320 px with large text', async ({
		page
	}) => {
		await openNetwork(page);
		await expectNoAxeViolations(page, 'network empty (nl)');
		await addPerson(page, 'Mam', 'Dichtbij', 'Familie');
		await addPerson(page, 'Samira', 'Iets verder', 'Vrienden');
		await addPerson(page, 'Wijkcoach', 'Ver weg', 'Hulpverleners');
		await expectNoAxeViolations(page, 'network map (nl)');
		await list(page).getByRole('button', { name: 'Mam wijzigen' }).click();
		await expectNoAxeViolations(page, 'person dialog (nl)');
		await page.keyboard.press('Escape');

		await page.evaluate(() => localStorage.setItem('aan-het-roer:prefs', JSON.stringify({ lang: 'ar' })));
		await page.reload();
		await ready(page, 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(map(page).locator('g.person')).toHaveCount(3);
		await expectNoAxeViolations(page, 'network map (ar)');

		await page.evaluate(() => localStorage.setItem('aan-het-roer:prefs', JSON.stringify({ textScale: 2 })));
		await page.setViewportSize({ width: 320, height: 700 });
		await page.reload();
		await ready(page);
		await expect(map(page)).toBeVisible();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
	});

	test('Arabic mirrors the map', async ({ page }) => {
		await usePrefs(page, { lang: 'ar' });
		await page.goto('/netwerk/');
		await ready(page, 'ar');
		await addPersonAr(page, 'ليلى', 'friends');
		await addPersonAr(page, 'Dokter', 'professionals');
		const box = await map(page).locator('g.person', { hasText: 'ليلى' }).boundingBox();
		const whole = await map(page).boundingBox();
		// Friends come first: their half runs clockwise from the top in Dutch (the right), in Arabic the other way.
		expect(box && whole && box.x + box.width / 2 < whole.x + whole.width / 2).toBe(true);
	});
});

/** Arabic falls back to Dutch words where there is no translation yet; the form is found by its parts. */
async function addPersonAr(page: Page, name: string, group: string): Promise<void> {
	const form = page.locator('form.quick-add');
	await form.locator('#quick-add-name').fill(name);
	await form.locator('input[type="radio"][value="further"]').check();
	await form.locator('#quick-add-group').selectOption(group);
	await form.locator('button[type="submit"]').click();
	await expect(page.getByTestId('network-map').locator('g.person', { hasText: name })).toBeVisible();
}
