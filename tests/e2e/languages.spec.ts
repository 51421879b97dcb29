import { expect, ready, test, usePrefs } from './fixtures';
import { dutchInterfaceTexts } from './messages';

/** The sub pages a resident can reach without data of their own (the main routes: every-route.spec.ts). */
const WALK = [
	'/gids/hulp/',
	'/gids/baby-crying/',
	'/gids/domestic-violence/',
	'/doelen/doorbraak/',
	'/doelen/nieuw/',
	'/doelen/check-in/',
	'/doelen/sterke-kanten/',
	'/doelen/veiligheidsplan/',
	'/doelen/gesprek/',
	'/mijn-gegevens/reservekopie/',
	'/mijn-gegevens/delen/',
	'/inloop/'
];

test.describe('the app in Arabic', () => {
	// Every main route in every language (lang, dir, translated h1 and navigation, axe, reflow, the
	// mirrored navigation and no Dutch text in Arabic): every-route.spec.ts. Here: the sub pages, in one
	// tab (a new browser context per page costs more than the check), each page named when it fails.
	test('the sub pages show no Dutch interface text', async ({ page }) => {
		test.setTimeout(30_000 + WALK.length * 3_000);
		const dutch = dutchInterfaceTexts();
		expect(dutch.length).toBeGreaterThan(100);
		await usePrefs(page, { lang: 'ar' });
		for (const route of WALK) {
			await page.goto(route);
			await ready(page, 'ar');
			const text = await page.locator('body').innerText();
			expect
				.soft(
					dutch.filter((piece) => text.includes(piece)),
					`${route}: Dutch text`
				)
				.toEqual([]);
		}
	});
});

test.describe('choosing a language', () => {
	test('the choice on /taal/ is remembered after a reload', async ({ page }) => {
		await page.goto('/taal/');
		await ready(page);
		await page.getByRole('radio', { name: /Polski/ }).check();
		await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Język');
		await page.reload();
		await ready(page, 'pl');
		await expect(page.getByRole('radio', { name: /Polski/ })).toBeChecked();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Język');
	});

	test('drafts say kindly, in their own language, that a native speaker has not checked them yet', async ({
		page
	}) => {
		await page.goto('/taal/');
		await ready(page);
		await expect(page.getByRole('radio', { name: /Türkçe/ })).toHaveAccessibleName(
			/Çeviri henüz kontrol edilmedi/
		);
		await expect(page.getByRole('radio', { name: /العربية/ })).toHaveAccessibleName(/الترجمة لم تُراجَع بعد/);
		await expect(page.getByRole('radio', { name: 'Nederlands', exact: true })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeVisible();
		await expect(page.getByText('Deze vertaling is een eerste versie.', { exact: false })).toHaveCount(0);

		await page.getByRole('radio', { name: /Українська/ }).check();
		await ready(page, 'uk');
		await expect(page.getByText('Цей переклад — перша версія.', { exact: false })).toBeVisible();
	});
});
