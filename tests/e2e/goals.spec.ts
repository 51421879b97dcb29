import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, ready, test, usePrefs } from './fixtures';
import { holdStorage } from './slow-storage';

const SHOTS = process.env.GOALS_SHOTS;

/**
 * Puts people on the resident's network map, straight into the app's database (the map is another
 * room). The app must already have saved something, so the database and the profile exist. A reload
 * follows, because Dexie does not see writes made outside it.
 */
async function seedPeople(page: Page, names: string[]): Promise<void> {
	await page.evaluate(async (names) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('aan-het-roer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const read = db.transaction('settings').objectStore('settings').get('currentProfile');
		const profileId = await new Promise<string>(
			(resolve) => (read.onsuccess = () => resolve(read.result.value))
		);
		const tx = db.transaction('people', 'readwrite');
		const now = Date.now();
		names.forEach((name, i) =>
			tx.objectStore('people').put({
				id: `person-${i}`,
				profileId,
				name,
				circle: 'close',
				group: 'friends',
				supports: ['practical'],
				createdAt: now,
				updatedAt: now
			})
		);
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, names);
	await page.reload();
	await ready(page);
}

async function chooseBreakthrough(page: Page, title: string): Promise<void> {
	await page.goto('/doelen/');
	await ready(page);
	await expect(page.getByRole('heading', { name: 'Wat zou nu het meeste verschil maken?' })).toBeVisible();
	await page.getByRole('link', { name: 'Kies mijn belangrijkste stap' }).click();
	await page.getByLabel('Wat zou het meeste verschil maken?').fill(title);
	await page.getByRole('button', { name: 'Dit wordt mijn belangrijkste stap' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function addStep(
	page: Page,
	title: string,
	options: { helper?: string; date?: string } = {}
): Promise<void> {
	await page.getByLabel('Nieuwe stap').fill(title);
	if (options.date) await page.getByLabel('Wanneer? (mag leeg)').fill(options.date);
	if (options.helper)
		await page.getByRole('group', { name: 'Wie kan helpen?' }).getByLabel(options.helper).check();
	await page.getByRole('button', { name: 'Stap toevoegen' }).click();
	await expect(page.getByRole('checkbox', { name: title })).toBeVisible();
}

async function rate(page: Page, area: string, score: string): Promise<void> {
	await page
		.getByRole('group', { name: `Hoe gaat het met: ${area}?` })
		.getByLabel(score, { exact: true })
		.check();
}

test.describe('Mijn doelen', () => {
	test('breakthrough step becomes a goal with small steps and helpers, and it all stays after a reload', async ({
		page
	}) => {
		await chooseBreakthrough(page, 'Mijn post openen');
		await seedPeople(page, ['Fatima', 'Jan']);

		await addStep(page, 'Een vaste plek voor de post kiezen', { helper: 'Fatima' });
		await addStep(page, 'Post openen op dinsdag', { date: '2026-12-08', helper: 'Jan' });
		await addStep(page, 'Lastige brief meenemen naar het spreekuur');
		await page.getByRole('checkbox', { name: 'Een vaste plek voor de post kiezen' }).check();
		await expect(page.getByText('1 van 3 stappen')).toBeVisible();

		// A dated step goes into the phone's calendar as an .ics file.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Zet ‘Post openen op dinsdag’ in mijn agenda' }).click();
		expect((await download).suggestedFilename()).toBe('post-openen-op-dinsdag.ics');

		await page.reload();
		await ready(page);
		await expect(page.getByRole('checkbox', { name: 'Een vaste plek voor de post kiezen' })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Post openen op dinsdag' })).not.toBeChecked();
		await expect(page.getByText('Hulp van: Fatima')).toBeVisible();
		await expect(page.getByText('Hulp van: Jan')).toBeVisible();

		// The room shows the breakthrough step on top, with its progress and the next step.
		await page.getByRole('link', { name: 'Mijn doelen' }).first().click();
		const card = page.getByTestId('breakthrough-card');
		await expect(card.getByRole('heading', { name: 'Mijn post openen' })).toBeVisible();
		await expect(card.getByText('1 van 3 stappen klaar')).toBeVisible();
		await expect(card.getByText('Post openen op dinsdag')).toBeVisible();
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/room-nl.png`, fullPage: true });
	});

	test('a goal from a template, finished with a celebration, and a paused goal without guilt', async ({
		page
	}) => {
		await page.goto('/doelen/nieuw/');
		await ready(page);
		await page.getByRole('button', { name: /Mijn post en papieren bijhouden/ }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Mijn post en papieren bijhouden' })
		).toBeVisible();
		// A template is only a start: the resident puts the goal in their own words.
		await page.getByRole('button', { name: 'Doel wijzigen' }).click();
		const dialog = page.getByRole('dialog', { name: 'Doel wijzigen' });
		await dialog.getByLabel('Wat wil je bereiken?').fill('Elke dinsdag mijn post doen');
		await dialog.getByRole('button', { name: 'Bewaren' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Elke dinsdag mijn post doen' })).toBeVisible();
		await expect(dialog).toBeHidden();
		const steps = page.getByRole('listitem').getByRole('checkbox');
		await expect(steps).toHaveCount(4);
		for (const step of await steps.all()) await step.check();
		await expect(page.getByText('Alle stappen zijn klaar. Is je doel gelukt?')).toBeVisible();
		await page.getByRole('button', { name: 'Dit doel is gelukt' }).first().click();
		await expect(page.getByRole('heading', { name: 'Gelukt!' })).toBeVisible();

		await page.goto('/doelen/nieuw/');
		await ready(page);
		await page.getByLabel('Wat wil je bereiken?').fill('Elke week zwemmen');
		await page.getByRole('button', { name: 'Doel opslaan' }).click();
		await page.getByRole('button', { name: 'Even op pauze' }).click();
		await expect(page.getByText('Dit doel staat op pauze. Dat is prima.')).toBeVisible();

		await page.goto('/doelen/');
		await ready(page);
		await expect(page.getByRole('heading', { name: 'Even op pauze' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Gelukt', exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: /Elke week zwemmen/ })).toBeVisible();
	});

	test('two check-ins are compared in a chart and a table with the same numbers', async ({ page }) => {
		await page.goto('/doelen/check-in/');
		await ready(page);
		await expect(page.getByText('Dit is geen cijfer of toets.')).toBeVisible();
		await page.getByRole('button', { name: 'Check-in opslaan' }).click();
		await expect(page.getByText('Kies bij minstens één deel hoe het gaat.')).toBeVisible();

		await rate(page, 'Geld', 'Slecht');
		await rate(page, 'Gezondheid', 'Goed');
		await page.getByRole('button', { name: 'Check-in opslaan' }).click();
		await expect(page.getByText('1 check-in bewaard')).toBeVisible();

		await rate(page, 'Geld', 'Goed');
		await rate(page, 'Gezondheid', 'Gaat wel');
		await page
			.getByRole('group', { name: 'Hoe gaat het met: Geld?' })
			.getByLabel('Hier wil ik over praten')
			.check();
		await page.getByRole('button', { name: 'Check-in opslaan' }).click();
		await expect(page.getByText('2 check-ins bewaard')).toBeVisible();

		await page.reload();
		await ready(page);
		const table = page.getByRole('table');
		await expect(table.getByRole('caption')).toContainText('vergeleken met eerder');
		const money = table.getByRole('row', { name: /^Geld/ });
		await expect(money.getByRole('cell')).toHaveText(['4 · Goed', '1 · Slecht', '+3 beter']);
		await expect(money).toContainText('wil ik over praten');
		await expect(table.getByRole('row', { name: /^Gezondheid/ }).getByRole('cell')).toHaveText([
			'3 · Gaat wel',
			'4 · Goed',
			'−1 minder'
		]);
		await expect(page.getByRole('img', { name: 'Nu en eerder' })).toBeVisible();
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/checkin-nl.png`, fullPage: true });
	});

	test('the conversation preparation gathers the resident’s words and prints on one page', async ({
		page
	}) => {
		await page.goto('/doelen/sterke-kanten/');
		await ready(page);
		await page.getByLabel('Iets wat goed gaat').fill('Ik kook elke dag voor mijn kinderen');
		await page.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByText('Ik kook elke dag voor mijn kinderen')).toBeVisible();
		await seedPeople(page, ['Oma Ria']);

		await page.goto('/doelen/gesprek/');
		await ready(page);
		await page.getByLabel('Mijn vraag').fill('Hoe krijg ik overzicht in mijn rekeningen?');
		await page.getByLabel('Wat ik al heb geprobeerd').fill('Een schrift met alle rekeningen.');
		await page.getByLabel('Met wie praat ik, en wanneer?').fill('Wijkteam, dinsdag 10 uur');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();

		await page.reload();
		await ready(page);
		await expect(page.getByLabel('Mijn vraag')).toHaveValue('Hoe krijg ik overzicht in mijn rekeningen?');
		const gathered = page.getByRole('region', { name: 'Dit komt uit de rest van de app' });
		await expect(gathered.getByText('Ik kook elke dag voor mijn kinderen')).toBeVisible();
		await expect(gathered.getByText('Oma Ria')).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('Mijn vraag')).toBeHidden();
		const sheet = page.locator('article.sheet');
		await expect(sheet).toBeVisible();
		await expect(sheet).toContainText('Mijn gesprek');
		await expect(sheet).toContainText('Hoe krijg ik overzicht in mijn rekeningen?');
		await expect(sheet).toContainText('Wijkteam, dinsdag 10 uur');
		await expect(sheet).toContainText('Oma Ria');
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });
		// One A4 page at 96 dpi is about 1123 px high, minus the margins.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThan(1123);
	});

	test('words typed for the conversation while storage is still being read are kept, next to what was saved', async ({
		page
	}) => {
		await page.goto('/doelen/gesprek/');
		await ready(page);
		await page.getByLabel('Mijn vraag').fill('Hoe krijg ik overzicht in mijn rekeningen?');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();

		// A slow phone: the form is there before what was saved has been read.
		const release = await holdStorage(page);
		await page.reload();
		await ready(page);
		await page.getByLabel('Wat ik al heb geprobeerd').fill('Een schrift met alle rekeningen.');
		await release();
		await expect(page.getByLabel('Mijn vraag')).toHaveValue('Hoe krijg ik overzicht in mijn rekeningen?');
		await expect(page.getByLabel('Wat ik al heb geprobeerd')).toHaveValue('Een schrift met alle rekeningen.');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();

		await page.reload();
		await ready(page);
		await release(); // the hold applies to every load of this page
		await expect(page.getByLabel('Mijn vraag')).toHaveValue('Hoe krijg ik overzicht in mijn rekeningen?');
		await expect(page.getByLabel('Wat ik al heb geprobeerd')).toHaveValue('Een schrift met alle rekeningen.');
	});

	test('the guide can send a resident here to make a goal of a topic', async ({ page }) => {
		await page.goto('/doelen/?onderwerp=verhuizen');
		await ready(page);
		await expect(page.getByText('Je komt uit de gids')).toBeVisible();
		await page.getByRole('link', { name: 'Maak een doel' }).click();
		await page.getByLabel('Wat wil je bereiken?').fill('Rustig verhuizen');
		await page.getByRole('button', { name: 'Doel opslaan' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Rustig verhuizen' })).toBeVisible();
		const origin = await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const request = indexedDB.open('aan-het-roer');
				request.onsuccess = () => resolve(request.result);
			});
			const all = db.transaction('goals').objectStore('goals').getAll();
			const goals = await new Promise<{ origin?: string }[]>(
				(resolve) => (all.onsuccess = () => resolve(all.result))
			);
			db.close();
			return goals[0]?.origin;
		});
		expect(origin).toBe('guide:verhuizen');
	});

	test('bad input shows as plain text and does not break a 320 px screen with large text', async ({
		page
	}) => {
		await usePrefs(page, { textScale: 2 });
		await page.setViewportSize({ width: 320, height: 720 });
		const html = '<img src=x onerror="window.hacked=1"><b>vet</b>';
		const long = `Lang 🙂 ${'woord'.repeat(400)}`;
		await page.goto('/doelen/sterke-kanten/');
		await ready(page);
		await page.getByLabel('Iets wat goed gaat').fill(html);
		await page.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByText(html)).toBeVisible();

		await page.goto('/doelen/nieuw/');
		await ready(page);
		await page.getByLabel('Wat wil je bereiken?').fill(`${html} مرحبا 👍`);
		await page.getByLabel('Waarom is dit belangrijk voor je?').fill(long);
		await page.getByRole('button', { name: 'Doel opslaan' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${html} مرحبا 👍`);
		await expect(page.getByText(long.slice(0, 2000))).toBeVisible();
		await addStep(page, html);

		for (const path of ['/doelen/', '/doelen/sterke-kanten/']) {
			await page.goto(path);
			await ready(page);
			await expect(page.locator('main')).toContainText(html);
		}
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	for (const lang of ['nl', 'ar'] as const) {
		test(`no accessibility violations on the goal screens (${lang})`, async ({ page }) => {
			// Seven screens, each checked by axe: slower than one flow on the shared machine.
			test.setTimeout(90_000);
			await page.goto('/doelen/nieuw/');
			await ready(page);
			await page.getByRole('button', { name: /Mijn geldzaken op orde/ }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Mijn geldzaken op orde' })).toBeVisible();
			await page.getByRole('checkbox').first().check();
			await page.goto('/doelen/check-in/');
			await ready(page);
			await rate(page, 'Geld', 'Slecht');
			await page.getByRole('button', { name: 'Check-in opslaan' }).click();
			await rate(page, 'Geld', 'Gaat wel');
			await page.getByRole('button', { name: 'Check-in opslaan' }).click();
			await expect(page.getByText('2 check-ins bewaard')).toBeVisible();
			const goalUrl = await page.evaluate(async () => {
				const db = await new Promise<IDBDatabase>((resolve) => {
					const request = indexedDB.open('aan-het-roer');
					request.onsuccess = () => resolve(request.result);
				});
				const all = db.transaction('goals').objectStore('goals').getAll();
				const goals = await new Promise<{ id: string }[]>(
					(resolve) => (all.onsuccess = () => resolve(all.result))
				);
				db.close();
				return `/doelen/doel/?id=${goals[0]!.id}`;
			});

			if (lang === 'ar') await usePrefs(page, { lang: 'ar' });
			for (const path of [
				'/doelen/',
				goalUrl,
				'/doelen/nieuw/',
				'/doelen/doorbraak/',
				'/doelen/sterke-kanten/',
				'/doelen/check-in/',
				'/doelen/gesprek/'
			]) {
				await page.goto(path);
				await ready(page, lang);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expectNoAxeViolations(page, `${path} (${lang})`);
			}
		});
	}
});
