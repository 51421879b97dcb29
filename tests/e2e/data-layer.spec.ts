import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { BACKUP_FIXTURE as FIXTURE, expect, ready, restoreFixture, test } from './fixtures';

// Issue 14: one data layer. Each test reproduces a defect a resident met, in a fresh browser.

async function visit(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await ready(page);
}

async function newGoal(page: Page, title: string): Promise<void> {
	await visit(page, '/doelen/nieuw/');
	await page.getByLabel('Wat wil je bereiken?').fill(title);
	await page.getByRole('button', { name: 'Doel opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test.describe('one data layer', () => {
	test('a restore in a fresh browser shows every room at once, and a new goal opens', async ({ page }) => {
		await restoreFixture(page);
		await visit(page, '/doelen/');
		await expect(page.getByText('Minder schulden').first()).toBeVisible();
		await visit(page, '/doelen/check-in/');
		await expect(page.getByText('1 check-in bewaard')).toBeVisible();
		await visit(page, '/doelen/sterke-kanten/');
		await expect(page.getByText('Ik geef niet op')).toBeVisible();
		await visit(page, '/doelen/gesprek/');
		await expect(page.getByLabel('Mijn vraag')).toHaveValue('Hoe krijg ik rust in mijn geldzaken?');

		await newGoal(page, 'Elke week wandelen');
		await page.reload();
		await ready(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Elke week wandelen' })).toBeVisible();
	});

	test('deleting a goal lands on Mijn doelen; an existing goal chosen as the breakthrough opens', async ({
		page
	}) => {
		await newGoal(page, 'Post openen');
		await newGoal(page, 'Weg ermee');
		await page.getByRole('button', { name: 'Doel verwijderen' }).click();
		await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
		await expect(page).toHaveURL(/\/doelen\/$/);
		await expect(page.getByText('Post openen').first()).toBeVisible();
		await expect(page.getByText('Weg ermee')).toHaveCount(0);

		await visit(page, '/doelen/doorbraak/');
		await page.getByRole('button', { name: 'Maak dit mijn belangrijkste stap' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Post openen' })).toBeVisible();
		// It is the breakthrough now, so its page no longer offers to make it one.
		await expect(page.getByRole('button', { name: 'Maak dit mijn belangrijkste stap' })).toHaveCount(0);
	});

	test('a backup with a person the map cannot show is refused by name, and the map keeps working', async ({
		page
	}) => {
		const backup = JSON.parse(await readFile(FIXTURE, 'utf8'));
		backup.data.people[1].supports = 'practical';
		await visit(page, '/mijn-gegevens/reservekopie/');
		await page.getByLabel('Kies een reservekopie').setInputFiles({
			name: 'kapot.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(backup))
		});
		await expect(page.getByTestId('backup-problem')).toHaveText(
			'In dit bestand staat iets dat de app niet kan tonen: persoon nummer 2. Er is niets veranderd.'
		);
		await expect(page.getByRole('button', { name: 'Terugzetten' })).toHaveCount(0);
		await visit(page, '/netwerk/');
		await expect(page.getByText('Je kaart wordt geladen…')).toHaveCount(0);
	});

	test('"Alles wissen" in one tab empties the map open in another; a save there creates no orphan', async ({
		page,
		context
	}) => {
		// Two tabs and a database deletion: more work than one page, on a machine shared by other runs.
		test.setTimeout(60_000);
		await visit(page, '/netwerk/');
		await addPerson(page, 'Buurman Kees');
		const other = await context.newPage();
		await visit(other, '/netwerk/');
		await expect(other.getByRole('button', { name: 'Buurman Kees wijzigen' })).toBeVisible();

		await visit(page, '/mijn-gegevens/');
		await page.getByRole('button', { name: 'Alles wissen' }).click();
		const dialog = page.getByRole('alertdialog', { name: 'Echt alles wissen?' });
		await dialog.getByLabel('Ik weet dat dit niet terug kan').check();
		await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
		await expect(page.getByText('Alles is gewist.')).toBeVisible();

		await expect(other.getByText('Je kaart is nog leeg')).toBeVisible();
		await expect(other.getByRole('button', { name: 'Buurman Kees wijzigen' })).toHaveCount(0);
		await ready(other);
		await addPerson(other, 'Tante Ria');
		expect(await orphans(other)).toEqual({ people: 1, orphans: 0 });
	});

	test('a restore and a profile switch in one tab show at once in another', async ({ page, context }) => {
		// Two tabs and several rooms: more work than one page, on a machine shared by other runs.
		test.setTimeout(60_000);
		// A fresh browser: the other tab opens Mijn doelen before there is any database at all.
		const other = await context.newPage();
		await visit(other, '/doelen/');
		await expect(other.getByText('Nog geen doelen.', { exact: false })).toBeVisible();
		await restoreFixture(page);
		await expect(other.getByText('Minder schulden').first()).toBeVisible();

		await visit(other, '/netwerk/');
		await expect(other.getByRole('button', { name: 'Buurvrouw Ans wijzigen' })).toBeVisible();
		await visit(page, '/mijn-gegevens/');
		await page.getByRole('button', { name: 'Profiel toevoegen' }).click();
		await page.getByLabel('Naam van het profiel').fill('Tiener');
		await page.getByRole('button', { name: 'Bewaren' }).click();
		await expect(page.getByTestId('profile-status')).toHaveText('Tiener is nu open.');
		// The other tab now shows Tiener's (empty) map, not Sara's people.
		await expect(other.getByText('Je kaart is nog leeg')).toBeVisible();
		await expect(other.getByRole('button', { name: 'Buurvrouw Ans wijzigen' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Open dit profiel: Sara' }).click();
		await expect(page.getByTestId('profile-status')).toHaveText('Sara is nu open.');
		await expect(other.getByRole('button', { name: 'Buurvrouw Ans wijzigen' })).toBeVisible();
		await expect(other.getByTestId('profile-bar')).toContainText('Profiel: Sara');
	});
});

async function addPerson(page: Page, name: string): Promise<void> {
	const form = page.locator('form.quick-add');
	await form.getByLabel('Naam of bijnaam').fill(name);
	await form.getByRole('button', { name: 'Zet op de kaart' }).click();
	await expect(
		page.getByRole('main').getByRole('status').filter({ hasText: 'staat op je kaart' })
	).toBeVisible();
}

/** People in the app's database, and how many of them belong to no profile there. */
async function orphans(page: Page): Promise<{ people: number; orphans: number }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('aan-het-roer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as T[]);
			});
		const profiles = new Set((await all<{ id: string }>('profiles')).map((p) => p.id));
		const people = await all<{ profileId: string }>('people');
		db.close();
		return { people: people.length, orphans: people.filter((p) => !profiles.has(p.profileId)).length };
	});
}
