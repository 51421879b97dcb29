import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, ready, test, usePrefs, waitForServiceWorker } from './fixtures';
import { holdStorage } from './slow-storage';
import { databases, enableWalkIn } from './walk-in-steps';

const PLAN = '/doelen/veiligheidsplan/';

/** Two people on the map, through the network room's own form. */
async function addPeople(page: Page, names: string[]): Promise<void> {
	await page.goto('/netwerk/');
	await ready(page);
	const form = page.locator('form.quick-add');
	const list = page.getByRole('region', { name: 'Iedereen op je kaart' });
	for (const name of names) {
		await form.getByLabel('Naam of bijnaam').fill(name);
		await form.getByRole('radio', { name: 'Dichtbij' }).check();
		await form.getByRole('button', { name: 'Zet op de kaart' }).click();
		await expect(list.getByText(name, { exact: true }).first()).toBeVisible();
	}
}

/** Types into a field with the keyboard only: focus it, then type, as a keyboard user would after Tab. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
	await page.getByLabel(label).focus();
	await page.keyboard.type(text);
}

async function savePlan(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Plan opslaan' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Je plan is opgeslagen op dit apparaat.')).toBeVisible();
}

/** Pages in a PDF, counted in its page tree (an independent reading of what Chromium printed). */
function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test.describe('Mijn veiligheidsplan', () => {
	// Each test walks through several rooms (the map, the plan, backup or share, a second browser), about
	// twice a one-room test's work; axe and the service worker add their own time (fixtures.ts).
	test.beforeEach(() => test.setTimeout(60_000));

	test.describe(() => {
		// Offline needs the service worker; other tests run without it (faster, see playwright.config.ts).
		test.use({ serviceWorkers: 'allow' });

		test('filled in by keyboard with people from the map, kept offline, printed on one A4', async ({
			page,
			context
		}) => {
			await addPeople(page, ['Oma Ria', 'Buurman Kees']);
			await page.goto('/doelen/');
			await ready(page);
			await page.getByRole('link', { name: /Mijn veiligheidsplan/ }).click();
			await ready(page);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn veiligheidsplan');
			// The lines to call come first, before any question.
			await expect(
				page
					.getByRole('region', { name: /Bel nu/ })
					.getByRole('link')
					.first()
			).toHaveAttribute('href', /^tel:/);

			await typeInto(page, '1. Waaraan merk ik dat het slechter gaat?', 'Ik slaap slecht en zeg alles af.');
			await typeInto(page, '2. Wat kan ik zelf doen?', 'Douchen. Een rondje lopen.');
			await page.getByRole('checkbox', { name: 'Oma Ria' }).focus();
			await page.keyboard.press('Space');
			await typeInto(page, 'Andere mensen', 'Tante Ans');
			await typeInto(page, '7. Waar leef ik voor?', 'Mijn dochter Noor.');
			await savePlan(page);
			await expectNoAxeViolations(page, 'safety plan, nl');

			await waitForServiceWorker(page);
			await context.setOffline(true);
			await page.reload();
			await ready(page);
			await expect(page.getByLabel('7. Waar leef ik voor?')).toHaveValue('Mijn dochter Noor.');
			await expect(page.getByRole('checkbox', { name: 'Oma Ria' })).toBeChecked();
			await expect(page.getByRole('checkbox', { name: 'Buurman Kees' })).not.toBeChecked();
			await context.setOffline(false);

			await page.emulateMedia({ media: 'print' });
			const sheet = page.locator('article.sheet');
			await expect(sheet).toBeVisible();
			await expect(sheet).toContainText('Ik slaap slecht en zeg alles af.');
			await expect(sheet).toContainText('Oma Ria');
			await expect(sheet).not.toContainText('Buurman Kees');
			await expect(sheet).toContainText('113');
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			expect(pdfPages(pdf)).toBe(1);

			// Very long answers in every part still fit one page.
			await page.emulateMedia({ media: 'screen' });
			for (const field of await page.locator('textarea').all())
				await field.fill('Een lange zin die blijft doorgaan. '.repeat(50));
			// page.pdf() prints with the emulated media: back to print, as the browser's own print does.
			await page.emulateMedia({ media: 'print' });
			expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
		});
	});

	test('goes into a backup, and into a share link only when the resident ticks it', async ({
		page,
		browser
	}, testInfo) => {
		await addPeople(page, ['Oma Ria']);
		await page.goto(PLAN);
		await ready(page);
		await page.getByLabel('7. Waar leef ik voor?').fill('Mijn kat Mimi');
		await page.getByRole('checkbox', { name: 'Oma Ria' }).check();
		await savePlan(page);

		await page.goto('/mijn-gegevens/reservekopie/');
		await ready(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Reservekopie downloaden' }).click()
		]);
		const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
		expect(backup.data.safetyPlans).toHaveLength(1);
		expect(backup.data.safetyPlans[0]).toMatchObject({ reasons: 'Mijn kat Mimi' });

		await page.goto('/mijn-gegevens/delen/');
		await ready(page);
		const part = page.getByLabel('Mijn veiligheidsplan');
		await expect(part).not.toBeChecked();
		const preview = page.getByTestId('shared-view');
		await expect(preview.getByText('Mijn kat Mimi')).toHaveCount(0);
		await part.check();
		await expect(preview.getByText('Mijn kat Mimi')).toBeVisible();
		await page.getByRole('button', { name: 'Maak de link' }).click();
		const link = await page.getByTestId('share-link').inputValue();

		const coachContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'nl-NL' });
		const coach = await coachContext.newPage();
		await coach.goto(link);
		await ready(coach);
		const shared = coach.getByTestId('shared-view');
		await expect(shared.getByRole('heading', { name: 'Mijn veiligheidsplan' })).toBeVisible();
		await expect(shared.getByText('Mijn kat Mimi')).toBeVisible();
		await expect(shared.getByText('Oma Ria').first()).toBeVisible();
		await coachContext.close();
	});

	test('words typed while storage is still being read are kept, next to what was saved before', async ({
		page
	}) => {
		await page.goto(PLAN);
		await ready(page);
		await page.getByLabel('2. Wat kan ik zelf doen?').fill('Wandelen met de hond');
		await savePlan(page);

		// A slow phone: the page is there before the saved plan has been read.
		const release = await holdStorage(page);
		await page.reload();
		await ready(page);
		await page.getByLabel('7. Waar leef ik voor?').fill('Mijn kat Mimi');
		await release();
		await expect(page.getByLabel('2. Wat kan ik zelf doen?')).toHaveValue('Wandelen met de hond');
		await expect(page.getByLabel('7. Waar leef ik voor?')).toHaveValue('Mijn kat Mimi');
		await savePlan(page);

		await page.reload();
		await ready(page);
		await release(); // the hold applies to every load of this page
		await expect(page.getByLabel('2. Wat kan ik zelf doen?')).toHaveValue('Wandelen met de hond');
		await expect(page.getByLabel('7. Waar leef ik voor?')).toHaveValue('Mijn kat Mimi');
	});

	test('a walk-in guest’s plan is erased with the session', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'Begin' }).click();
		await page.goto(PLAN);
		await ready(page);
		await page.getByLabel('7. Waar leef ik voor?').fill('Mijn broertje');
		await savePlan(page);
		await page.getByRole('link', { name: 'Klaar' }).click();
		await expect(page.getByTestId('erase-summary')).toContainText('Je veiligheidsplan');
		await page.locator('button.danger').click();
		await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
		await expect.poll(() => databases(page)).toEqual([]);
	});

	test('reachable from a crisis search and a topic with 113; Arabic reads right to left with no axe violations', async ({
		page
	}) => {
		await page.goto('/gids/');
		await ready(page);
		await page.getByRole('searchbox', { name: 'Zoek een onderwerp' }).fill('ik wil dood');
		await page.getByRole('link', { name: 'Maak of open je veiligheidsplan' }).first().click();
		await ready(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn veiligheidsplan');

		await page.goto('/gids/low-mood-anxiety/');
		await expect(page.getByRole('link', { name: 'Maak of open je veiligheidsplan' }).first()).toHaveAttribute(
			'href',
			/doelen\/veiligheidsplan\/$/
		);

		await usePrefs(page, { lang: 'ar' });
		await page.goto(PLAN);
		await ready(page, 'ar');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('خطة الأمان الخاصة بي');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectNoAxeViolations(page, 'safety plan, ar');
	});
});
