import type { APIRequestContext, Page } from '@playwright/test';
import {
	expect,
	expectNoAxeViolations,
	LANGS,
	ready,
	ROUTES,
	switchPrefs,
	test,
	usePrefs,
	widerThanScreen
} from './fixtures';
import { dutchInterfaceTexts, shellIn } from './messages';

/*
 * Every main route in every language, in one test per route: the language is switched with a reload in
 * the same tab, so each route pays for one browser context instead of one per language and check (the
 * context and first load cost more than the checks themselves). Checks are soft, so one run names every
 * language and check that fails, not only the first.
 */

/** Routes whose touch targets are measured; the rooms' own specs measure theirs with data in them. */
const TARGET_ROUTES = new Set(['/', '/taal/', '/weergave/']);

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

/** Buttons and navigation links smaller than 44 × 44 px, by text and size. */
function smallTargets(page: Page, within = 'body'): Promise<string[]> {
	return page.evaluate(
		(within) =>
			[
				...document.querySelectorAll(
					`${within} :is(button, nav a, .quick-exit, .brand, label:has(input[type=radio]))`
				)
			]
				.filter((el) => (el as HTMLElement).offsetParent !== null)
				.map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
		within
	);
}

const dutch = dutchInterfaceTexts();

for (const route of ROUTES) {
	test(`${route} in every language: loads, speaks the language, no axe violations, reflows at 320 px / 200%`, async ({
		page,
		request
	}) => {
		expect(dutch.length, 'Dutch interface texts to look for').toBeGreaterThan(100);
		const dutchH1 = await dutchHeading(request, route);
		expect(dutchH1, `${route}: the Dutch h1 in the prerendered page`).not.toBe('');

		await page.setViewportSize({ width: 360, height: 800 });
		await usePrefs(page, { lang: 'nl' });
		const response = await page.goto(route);
		expect(response?.status(), route).toBe(200);

		for (const lang of LANGS) {
			await test.step(lang, async () => {
				const where = `${route} ${lang}`;
				await page.setViewportSize({ width: 360, height: 800 });
				await switchPrefs(page, { lang });
				await ready(page, lang);
				await expect.soft(page.locator('html'), where).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
				await expect.soft(page, where).toHaveTitle(/Aan het roer/);
				const h1 = page.locator('h1');
				await expect.soft(h1, `${where}: one h1`).toHaveCount(1);
				await expect.soft(h1, `${where}: no missing text`).not.toHaveText('…');
				if (lang !== 'nl' && lang !== 'en')
					await expect.soft(h1, `${where}: the h1 is translated`).not.toHaveText(dutchH1);

				const shell = shellIn(lang);
				const nav = page.getByRole('navigation', { name: shell.nav.label, exact: true });
				await expect.soft(nav, `${where}: the main navigation`).toBeVisible();
				for (const room of Object.values(shell.rooms))
					await expect.soft(nav.getByRole('link', { name: room.title, exact: true }), where).toHaveCount(1);

				if (lang === 'ar') {
					const text = await page.locator('body').innerText();
					expect
						.soft(
							dutch.filter((piece) => text.includes(piece)),
							`${where}: Dutch text`
						)
						.toEqual([]);
					const links = nav.getByRole('link');
					const first = (await links.first().boundingBox())!;
					const last = (await links.last().boundingBox())!;
					expect.soft(first.x, `${where}: the first item sits at the right`).toBeGreaterThan(last.x);
				}
				if (TARGET_ROUTES.has(route)) expect.soft(await smallTargets(page), `${where}: targets`).toEqual([]);
				expect.soft(await widerThanScreen(page), `${where} at 360 px`).toEqual([]);

				await expectNoAxeViolations(page, `${where} light`, { soft: true });
				// Arabic and Dutch are the two directions; dark mode changes colours only, so two languages cover it.
				if (lang === 'nl' || lang === 'ar') {
					await page.emulateMedia({ colorScheme: 'dark' });
					await expectNoAxeViolations(page, `${where} dark`, { soft: true });
					await page.emulateMedia({ colorScheme: 'light' });
				}

				// The longest words ("найважливіший", "Szybkie wyjście") are what break a narrow layout.
				await page.setViewportSize({ width: 320, height: 700 });
				await switchPrefs(page, { lang, textScale: 2 });
				await ready(page, lang);
				await expect.soft(page.locator('html'), `${where}: text at 200%`).toHaveCSS('font-size', '32px');
				expect.soft(await widerThanScreen(page), `${where} at 320 px with 200% text`).toEqual([]);
				// The header's three controls hold with this language's longest labels ("Швидкий вихід", "Меню").
				expect
					.soft(await smallTargets(page, 'header'), `${where}: header targets at 320 px with 200% text`)
					.toEqual([]);
			});
		}
	});
}
