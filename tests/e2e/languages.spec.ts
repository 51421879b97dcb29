import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, ready, ROUTES, test, usePrefs, type Lang } from './fixtures';

const TRANSLATED: Lang[] = ['ar', 'tr', 'pl', 'uk'];

/** The h1 a Dutch reader sees on each route. A translated page must not show it (no Dutch fallback). */
async function dutchHeadings(browser: Browser, baseURL: string) {
	const page = await browser.newPage({ baseURL });
	const h1 = new Map<string, string>();
	for (const route of ROUTES) {
		await page.goto(route);
		await ready(page);
		h1.set(route, (await page.locator('h1').innerText()).trim());
	}
	await page.close();
	return h1;
}

interface Shell {
	nav: { label: string };
	rooms: Record<string, { title: string }>;
}

/** The shell texts as the translator wrote them for this language. */
function shellIn(lang: Lang): Shell {
	return JSON.parse(readFileSync(`messages/${lang}/common.json`, 'utf8')) as Shell;
}

/** Every screen a resident can reach without data of their own, rooms and their sub pages. */
const WALK = [
	...ROUTES,
	'/gids/hulp/',
	'/gids/baby-crying/',
	'/gids/domestic-violence/',
	'/doelen/doorbraak/',
	'/doelen/nieuw/',
	'/doelen/check-in/',
	'/doelen/sterke-kanten/',
	'/doelen/gesprek/',
	'/mijn-gegevens/reservekopie/',
	'/mijn-gegevens/delen/',
	'/inloop/'
];

/**
 * Literal pieces (20+ characters) of every Dutch interface text that the Arabic files do not keep on
 * purpose (organisation names such as "113 Zelfmoordpreventie" stay Dutch): none may show in Arabic.
 */
function dutchInterfaceTexts(): string[] {
	const out = new Set<string>();
	const walk = (value: unknown): void => {
		if (typeof value === 'string') {
			for (const piece of value.split(/{{[^}]*}}|<[^>]*>/))
				if (piece.trim().length >= 20) out.add(piece.trim());
		} else if (value && typeof value === 'object') {
			Object.values(value).forEach(walk);
		}
	};
	const files = readdirSync('messages/nl').filter((f) => f.endsWith('.json'));
	for (const file of files) walk(JSON.parse(readFileSync(`messages/nl/${file}`, 'utf8')));
	const arabic = files.map((file) => readFileSync(`messages/ar/${file}`, 'utf8')).join('\n');
	return [...out].filter((piece) => !arabic.includes(piece));
}

function mainNavLinks(page: Page) {
	return page.locator('nav').first().getByRole('link');
}

test.describe('the app in Arabic, Turkish, Polish and Ukrainian', () => {
	let dutchH1: Map<string, string>;

	test.beforeAll(async ({ browser, baseURL }) => {
		dutchH1 = await dutchHeadings(browser, baseURL!);
	});

	for (const lang of TRANSLATED) {
		test(`${lang}: every route has the right lang and dir, no Dutch in the shell and no axe violations`, async ({
			page
		}) => {
			await usePrefs(page, { lang });
			const shell = shellIn(lang);
			for (const route of ROUTES) {
				await page.goto(route);
				await ready(page, lang);
				const html = page.locator('html');
				await expect(html).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
				const h1 = page.locator('h1');
				await expect(h1, route).toHaveCount(1);
				await expect(h1, `${route}: the h1 is translated`).not.toHaveText(dutchH1.get(route)!);
				await expect(h1, `${route}: no missing text`).not.toHaveText('…');
				const nav = page.getByRole('navigation', { name: shell.nav.label, exact: true });
				for (const room of Object.values(shell.rooms))
					await expect(nav.getByRole('link', { name: room.title, exact: true }), route).toHaveCount(1);
				await expectNoAxeViolations(page, `${lang} ${route}`);
			}
		});
	}

	test('a walk through every screen in Arabic shows no Dutch interface text', async ({ page }) => {
		const dutch = dutchInterfaceTexts();
		expect(dutch.length).toBeGreaterThan(100);
		await usePrefs(page, { lang: 'ar' });
		for (const route of WALK) {
			await page.goto(route);
			await ready(page, 'ar');
			const text = await page.locator('body').innerText();
			expect(
				dutch.filter((piece) => text.includes(piece)),
				`${route}: Dutch text`
			).toEqual([]);
		}
	});

	test('Arabic at 360 px: the bottom navigation mirrors and no page scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await usePrefs(page, { lang: 'ar' });
		for (const route of ROUTES) {
			await page.goto(route);
			await ready(page, 'ar');
			const links = mainNavLinks(page);
			const first = (await links.first().boundingBox())!;
			const last = (await links.last().boundingBox())!;
			expect(first.x, `${route}: the first item sits at the right`).toBeGreaterThan(last.x);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${route}: sideways overflow in px`).toBeLessThanOrEqual(0);
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
