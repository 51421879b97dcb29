import { expect, expectNoAxeViolations, LANGS, ready, test, usePrefs } from './fixtures';
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
	'/inloop/',
	'/inloop/uitleg/'
];

// Every main route in every language (lang, dir, translated h1 and navigation, axe, reflow, the mirrored
// navigation and no Dutch text in Arabic): every-route.spec.ts; topic pages: topic-pages.spec.ts. Here: the
// sub pages, one test per language in one tab (a new browser context per page costs more than the check),
// each page named when it fails.
for (const lang of LANGS) {
	test(`the sub pages in ${lang}: no axe violations at 360 px${lang === 'ar' ? ', no Dutch interface text' : ''}`, async ({
		page
	}) => {
		test.setTimeout(30_000 + WALK.length * 3_000);
		const dutch = lang === 'ar' ? dutchInterfaceTexts() : [];
		if (lang === 'ar') expect(dutch.length).toBeGreaterThan(100);
		await page.setViewportSize({ width: 360, height: 800 });
		await usePrefs(page, { lang });
		for (const route of WALK) {
			await page.goto(route);
			await ready(page, lang);
			if (lang === 'ar') {
				const text = await page.locator('body').innerText();
				expect
					.soft(
						dutch.filter((piece) => text.includes(piece)),
						`${route}: Dutch text`
					)
					.toEqual([]);
			}
			await expectNoAxeViolations(page, `${route} ${lang}`, { soft: true });
		}
	});
}

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
