import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	expect,
	expectNoAxeViolations,
	ready,
	test,
	usePrefs,
	waitForServiceWorker,
	widerThanScreen,
	type Lang
} from './fixtures';

/** Issue 16, item 5: "Hulp nodig? Nu?" in the menu and near the top of every topic page, leading to /gids/hulp/. */

function messages(lang: Lang, namespace: string): Record<string, Record<string, string>> {
	return JSON.parse(readFileSync(join('messages', lang, `${namespace}.json`), 'utf8')) as Record<
		string,
		Record<string, string>
	>;
}

const label = (lang: Lang) => messages(lang, 'common').quickHelp!.label!;
const helpTitle = (lang: Lang) => messages(lang, 'guide-ui').help!.title!;

/** A topic that has a page in every language (the first one that does), read from disk. */
const topicId = readdirSync(join('messages', 'nl', 'guide'))
	.filter((file) => file.endsWith('.json'))
	.map((file) => file.replace(/\.json$/, ''))
	.find((id) =>
		(['en', 'ar', 'tr', 'pl', 'uk'] as const).every((lang) =>
			existsSync(join('messages', lang, 'guide', `${id}.json`))
		)
	)!;

const topicPath = (lang: Lang) => (lang === 'nl' ? `/gids/${topicId}/` : `/gids/${topicId}/${lang}/`);

test.describe('quick help: "Hulp nodig? Nu?"', () => {
	test('the menu has it first, and it opens the help page with 112 at the top', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.getByRole('button', { name: 'Menu' }).click();
		const first = page.locator('#app-menu').getByRole('link').first();
		await expect(first).toHaveText(label('nl'));
		const box = (await first.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		await first.click();
		await expect(page).toHaveURL(/\/gids\/hulp\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(helpTitle('nl'));
		await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
	});

	test('the safety plan is one tap away: right below it in the menu, on a topic page and on the help page', async ({
		page
	}) => {
		const plan = messages('nl', 'common').quickHelp!.safetyPlan!;
		const planTitle = messages('nl', 'safety').plan!.title!;
		await page.goto('/');
		await ready(page);
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.locator('#app-menu').getByRole('link').nth(1)).toHaveText(plan);

		await page.goto(topicPath('nl'));
		await ready(page);
		const quickHelp = page.getByRole('navigation', { name: label('nl') });
		await expect(quickHelp.getByRole('link')).toContainText([label('nl'), plan]);
		await quickHelp.getByRole('link', { name: label('nl') }).click();
		await expect(page).toHaveURL(/\/gids\/hulp\/$/);
		await ready(page);
		await page.getByRole('link', { name: messages('nl', 'guide-ui').crisis!.safetyPlan! }).click();
		await expect(page).toHaveURL(/\/doelen\/veiligheidsplan\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(planTitle);
	});

	for (const lang of ['nl', 'ar'] as const) {
		test(`a topic page has it under the title, before the text, and it opens the help page (${lang})`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 360, height: 800 });
			if (lang !== 'nl') await usePrefs(page, { lang });
			await page.goto(topicPath(lang));
			await ready(page, lang);
			const link = page.locator('main').getByRole('link', { name: label(lang) });
			await expect(link).toBeVisible();
			// Near the top: on a phone it is on the first screen, right under the title and above the short answer.
			await expect(link).toBeInViewport();
			const box = (await link.boundingBox())!;
			const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
			const answer = (await page.locator('p.answer').boundingBox())!;
			expect(box.y).toBeGreaterThan(title.y);
			expect(box.y + box.height).toBeLessThanOrEqual(answer.y);
			expect(box.height).toBeGreaterThanOrEqual(44);
			await expectNoAxeViolations(page, `${lang} ${topicId} with quick help`);
			await link.click();
			await expect(page).toHaveURL(/\/gids\/hulp\/$/);
			await ready(page, lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(helpTitle(lang));
		});

		test(`in dark mode the topic page with quick help has no axe violations (${lang})`, async ({ page }) => {
			await usePrefs(page, { lang, theme: 'dark' });
			await page.goto(topicPath(lang));
			await ready(page, lang);
			await expect(page.locator('main').getByRole('link', { name: label(lang) })).toBeVisible();
			await expectNoAxeViolations(page, `${lang} ${topicId} dark`);
		});

		test(`without JavaScript the topic page's quick help is a plain link that opens the help page (${lang})`, async ({
			browser,
			baseURL
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await context.newPage();
			await page.goto(topicPath(lang));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const link = page.locator('main').getByRole('link', { name: label(lang) });
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute('href', /gids\/hulp\/$/);
			await link.click();
			await expect(page).toHaveURL(/\/gids\/hulp\/$/);
			// The help page has no language versions: without a script it reads in Dutch, 112 first.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(helpTitle('nl'));
			await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
			await context.close();
		});

		test.describe(() => {
			// Offline needs the service worker; other tests run without it (faster, see playwright.config.ts).
			test.use({ serviceWorkers: 'allow' });

			test(`offline after the first visit the topic page's quick help still opens the help page (${lang})`, async ({
				page,
				context
			}) => {
				if (lang !== 'nl') await usePrefs(page, { lang });
				await page.goto(topicPath(lang));
				await ready(page, lang);
				await waitForServiceWorker(page);
				await context.setOffline(true);
				await page.reload();
				await ready(page, lang);
				await page
					.locator('main')
					.getByRole('link', { name: label(lang) })
					.click();
				await expect(page).toHaveURL(/\/gids\/hulp\/$/);
				await ready(page, lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(helpTitle(lang));
				await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
				await context.setOffline(false);
			});
		});
	}

	// The longest labels ("Potrzebujesz pomocy? Teraz?", "Потрібна допомога? Зараз?").
	for (const lang of ['uk', 'pl'] as const) {
		test(`320 px wide at 200% text a topic page with quick help and its menu do not scroll sideways (${lang})`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 700 });
			await usePrefs(page, { lang, textScale: 2 });
			await page.goto(`/gids/${topicId}/`);
			await expect(page).toHaveURL(new RegExp(`/gids/${topicId}/${lang}/$`));
			await ready(page, lang);
			await expect(page.locator('main').getByRole('link', { name: label(lang) })).toBeVisible();
			expect(await widerThanScreen(page), `${lang} topic`).toEqual([]);
			await page.locator('[aria-controls="app-menu"]').click();
			const entry = page.locator('#app-menu').getByRole('link', { name: label(lang) });
			await expect(entry).toBeVisible();
			expect(await widerThanScreen(page), `${lang} topic, menu open`).toEqual([]);
			const box = (await entry.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(320);
		});
	}
});
