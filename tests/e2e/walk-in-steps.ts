import type { Page } from '@playwright/test';
import { expect, ready } from './fixtures';

/** Shared steps for the tests that use a walk-in tablet (walk-in.spec.ts and the rooms that a guest uses). */
export const GUEST_DB = 'aan-het-roer-guest';
export const CODE = 'poort-2026';

/** The names of the IndexedDB databases on the device, sorted. */
export const databases = (page: Page) =>
	page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name).sort());

/** Staff switch walk-in mode on, as they would at the centre. */
export async function enableWalkIn(page: Page, neighbourhood = 'Kerkbuurt'): Promise<void> {
	await page.goto('/inloop/');
	await ready(page);
	await page.getByLabel('Naam van het buurthuis').fill('Buurthuis De Poort');
	// The feed's own neighbourhoods are the choices, so wait for them before choosing.
	const wijk = page.getByLabel('Wijk', { exact: true });
	if (neighbourhood) await expect(wijk.locator(`option[value="${neighbourhood}"]`)).toHaveCount(1);
	await wijk.selectOption(neighbourhood);
	await page.getByLabel('Code voor medewerkers', { exact: true }).fill(CODE);
	await page.getByLabel('Code nog een keer').fill(CODE);
	await page.getByRole('button', { name: 'Inloop-modus aanzetten' }).click();
	// First the confirmation, with how to switch off; then the start screen for guests.
	await expect(page.getByRole('heading', { name: 'De inloop-modus staat aan' })).toBeVisible();
	await expect(page.getByText('Uitzetten? Ga naar Mijn gegevens')).toBeVisible();
	await page.getByRole('link', { name: 'Naar het startscherm voor gasten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Buurthuis De Poort');
}

/** Staff switch walk-in mode off with the code, in the "Uitzetten" part of the staff page. */
export async function switchOffWalkIn(page: Page): Promise<void> {
	await page.goto('/inloop/');
	await ready(page);
	const off = page.getByRole('region', { name: 'Uitzetten' });
	await off.getByLabel('Code voor medewerkers').fill(CODE);
	await off.getByRole('button', { name: 'Inloop-modus uitzetten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom');
}
