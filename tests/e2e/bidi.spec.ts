import { expect, ready, test } from './fixtures';

// Issue 18, item 6: a right-to-left override (U+202E) typed into a name would show "Annevil" as
// "Annlive"; it is left out when stored (src/lib/storage/clean-text.ts) and the name is isolated.
test('a name typed with a right-to-left override shows as typed, isolated from the text around it', async ({
	page
}) => {
	await page.goto('/netwerk/');
	await ready(page);
	const form = page.locator('form.quick-add');
	await form.getByLabel('Naam of bijnaam').fill('Ann\u202Eevil');
	await form.getByRole('radio', { name: 'Dichtbij' }).check();
	await form.getByRole('button', { name: 'Zet op de kaart' }).click();
	const list = page.getByRole('region', { name: 'Iedereen op je kaart' });
	const name = list.locator('.person .name').first();
	await expect(name).toHaveText('Annevil');
	expect(await name.evaluate((element) => element.textContent)).not.toContain('\u202E');
	await expect(name).toHaveAttribute('dir', 'auto');
});
