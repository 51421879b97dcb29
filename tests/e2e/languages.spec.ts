import { readdirSync, readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import {
	expect,
	expectNoAxeViolations,
	ready,
	ROUTES,
	test,
	usePrefs,
	widerThanScreen,
	type Lang
} from './fixtures';

const TRANSLATED: Lang[] = ['ar', 'tr', 'pl', 'uk'];

/**
 * The h1 a Dutch reader sees on a route: every page is prerendered in Dutch, so the served HTML has it.
 * A translated page must not show it (no Dutch fallback).
 */
async function dutchHeading(request: APIRequestContext, route: string): Promise<string> {
	const html = await (await request.get(route)).text();
	const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
	return h1
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.trim();
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
	for (const lang of TRANSLATED) {
		for (const route of ROUTES) {
			test(`${lang} ${route}: the right lang and dir, no Dutch in the shell, no axe violations`, async ({
				page,
				request
			}) => {
				const dutchH1 = await dutchHeading(request, route);
				expect(dutchH1, `${route}: the Dutch h1 in the prerendered page`).not.toBe('');
				await usePrefs(page, { lang });
				const shell = shellIn(lang);
				await page.goto(route);
				await ready(page, lang);
				await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
				const h1 = page.locator('h1');
				await expect(h1).toHaveCount(1);
				await expect(h1, 'the h1 is translated').not.toHaveText(dutchH1);
				await expect(h1, 'no missing text').not.toHaveText('…');
				const nav = page.getByRole('navigation', { name: shell.nav.label, exact: true });
				for (const room of Object.values(shell.rooms))
					await expect(nav.getByRole('link', { name: room.title, exact: true })).toHaveCount(1);
				// Arabic is checked by axe in light and dark in shell.spec.ts.
				if (lang !== 'ar') await expectNoAxeViolations(page, `${lang} ${route}`);
			});
		}
	}

	const dutch = dutchInterfaceTexts();
	for (const route of WALK) {
		test(`Arabic ${route} shows no Dutch interface text`, async ({ page }) => {
			expect(dutch.length).toBeGreaterThan(100);
			await usePrefs(page, { lang: 'ar' });
			await page.goto(route);
			await ready(page, 'ar');
			const text = await page.locator('body').innerText();
			expect(
				dutch.filter((piece) => text.includes(piece)),
				`${route}: Dutch text`
			).toEqual([]);
		});
	}

	for (const route of ROUTES) {
		test(`Arabic at 360 px, ${route}: the bottom navigation mirrors and nothing scrolls sideways`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 360, height: 800 });
			await usePrefs(page, { lang: 'ar' });
			await page.goto(route);
			await ready(page, 'ar');
			const links = mainNavLinks(page);
			const first = (await links.first().boundingBox())!;
			const last = (await links.last().boundingBox())!;
			expect(first.x, `${route}: the first item sits at the right`).toBeGreaterThan(last.x);
			expect(await widerThanScreen(page), route).toEqual([]);
		});
	}
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
