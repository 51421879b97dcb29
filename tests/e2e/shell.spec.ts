import {
	expect,
	expectNoAxeViolations,
	LANGS,
	ready,
	ROUTES,
	standInForQuickExitSite,
	test,
	usePrefs,
	waitForServiceWorker
} from './fixtures';
import { enableWalkIn } from './walk-in-steps';

test.describe('app shell', () => {
	// Every route loads in every language with its heading and navigation: every-route.spec.ts.
	test('the bottom navigation and the menu reach every room and page', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/');
		await ready(page);
		const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await nav.getByRole('link', { name: 'Mijn netwerk' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn netwerk');
		await expect(nav.getByRole('link', { name: 'Mijn netwerk' })).toHaveAttribute('aria-current', 'page');
		await page.getByRole('button', { name: 'Menu' }).click();
		await page.getByRole('link', { name: 'Over deze app' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over deze app');
		await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
	});

	test('a page that does not exist says so kindly and links home', async ({ page }) => {
		const response = await page.goto('/bestaat-niet/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
		await expect(page.getByRole('main').getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
	});
});

test.describe('offline', () => {
	test.describe(() => {
		// Offline needs the service worker; other tests run without it (faster, see playwright.config.ts).
		test.use({ serviceWorkers: 'allow' });

		test('after one visit every route opens without a network', async ({ page, context }) => {
			await page.goto('/');
			await ready(page);
			await waitForServiceWorker(page);
			await context.setOffline(true);
			for (const route of ROUTES) {
				await page.goto(route);
				await expect(page.locator('h1'), route).toHaveCount(1);
			}
			await page.reload();
			await ready(page);
			await expect(page.getByRole('status').filter({ hasText: 'Je bent offline' })).toBeVisible();
			await context.setOffline(false);
		});
	});
});

test.describe('languages', () => {
	test('choosing Arabic sets lang and dir, mirrors the navigation and is remembered', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/taal/');
		await ready(page);
		await page.getByRole('radio', { name: 'العربية' }).check();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		const links = page.getByRole('navigation').first().getByRole('link');
		const first = await links.first().boundingBox();
		const last = await links.last().boundingBox();
		expect(first!.x, 'Start sits on the right in Arabic').toBeGreaterThan(last!.x);
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Taal');
		await page.reload();
		await ready(page, 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});

	test('the first guess comes from the browser language', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto('/');
		await ready(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome');
		await context.close();
	});

	for (const lang of ['en', 'ar', 'tr', 'pl', 'uk'] as const) {
		test(`the shell is fully translated in ${lang}`, async ({ page }) => {
			await usePrefs(page, { lang });
			await page.goto('/');
			await ready(page, lang);
			const dutch = ['Welkom', 'Snel weg', 'Mijn netwerk', 'Alleen op jouw apparaat'];
			for (const text of dutch) await expect(page.getByText(text, { exact: true })).toHaveCount(0);
		});
	}

	test('at 320 px the bottom navigation keeps every room name whole, in every language', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto('/over/');
		for (const lang of LANGS) {
			await page.evaluate(
				(lang) => localStorage.setItem('aan-het-roer:prefs', JSON.stringify({ lang })),
				lang
			);
			await page.goto('/over/');
			await ready(page, lang);
			// A name wider than its tab is cut in two ("Netwer|k"); a name may only wrap between words.
			const labels = await page.evaluate(() =>
				[...document.querySelectorAll('.main-nav a')].map((link) => {
					const label = link.querySelector('.short')!;
					const range = document.createRange();
					range.selectNodeContents(label);
					const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
					return {
						text: label.textContent!.trim(),
						fits: range.getBoundingClientRect().width <= link.clientWidth,
						lines,
						words: label.textContent!.trim().split(/\s+/).length
					};
				})
			);
			expect(labels, lang).toHaveLength(5);
			for (const label of labels) {
				expect(label.fits, `${lang}: "${label.text}" fits its tab`).toBe(true);
				expect(label.lines, `${lang}: "${label.text}" wraps only between words`).toBeLessThanOrEqual(
					label.words
				);
			}
		}
	});
});

test.describe('quick exit', () => {
	test('"Snel weg" leaves for a neutral site and the back button does not return to the app', async ({
		page,
		offOrigin
	}) => {
		await standInForQuickExitSite(page, offOrigin);
		await page.goto('/');
		await ready(page);
		await page.getByRole('navigation').first().getByRole('link', { name: 'Mijn doelen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn doelen');
		await page.getByRole('link', { name: 'Snel weg' }).click();
		await expect(page).toHaveURL('https://www.buienradar.nl/');
		await page.goBack();
		expect(page.url()).not.toContain('127.0.0.1');
	});
});

test.describe('updates', () => {
	test.describe(() => {
		// Both tests bump the one service worker the test server hands out: one at a time.
		test.describe.configure({ mode: 'serial' });
		// Offline needs the service worker; other tests run without it (faster, see playwright.config.ts).
		test.use({ serviceWorkers: 'allow' });

		test('a waiting new version is announced and applied only when the resident agrees', async ({
			page,
			request
		}) => {
			await request.post('/__test__/reset');
			await page.goto('/');
			await ready(page);
			await waitForServiceWorker(page);
			await expect(page.getByText('Nieuwe versie', { exact: true })).toHaveCount(0);
			await request.post('/__test__/bump-sw');
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect(page.getByText('Nieuwe versie', { exact: true })).toBeVisible();
			const waiting = await page.evaluate(
				async () => !!(await navigator.serviceWorker.getRegistration())?.waiting
			);
			expect(waiting).toBe(true);
			// A mouse click, as on a laptop: in Chromium 156 the new version can stay waiting after one (about
			// 1 run in 6 here), and the app then reloads once to let it take over. On a
			// busy machine that path takes up to about 20 s. Done means no version waits any longer.
			test.info().setTimeout(test.info().timeout + 15_000);
			await page.getByRole('button', { name: 'Nu bijwerken' }).click();
			await expect
				.poll(
					() =>
						page
							.evaluate(async () => !(await navigator.serviceWorker.getRegistration())?.waiting)
							.catch(() => false),
					{ message: 'the new version has taken over', timeout: 30_000 }
				)
				.toBe(true);
			await ready(page);
			await expect(page.getByText('Nieuwe versie', { exact: true })).toHaveCount(0);
			await request.post('/__test__/reset');
		});

		test('a guest in Arabic on a walk-in tablet accepts an update and keeps the language and the session (issue 19)', async ({
			page,
			request
		}) => {
			await request.post('/__test__/reset');
			await page.goto('/');
			await ready(page);
			await waitForServiceWorker(page);
			await enableWalkIn(page);
			await page.getByRole('button', { name: 'العربية' }).click();
			await ready(page, 'ar');
			await page.locator('.begin button').click();
			const bar = page.getByRole('region', { name: 'جلسة ضيف' });
			await expect(bar).toContainText('يُمسح كل شيء عندما تنتهي.');
			// A topic page is a plain page of its own (no update prompt there); the rooms offer the update.
			await page.goto('/gids/grief/');
			await ready(page, 'ar');
			await expect(bar).toContainText('يُمسح كل شيء عندما تنتهي.');
			await page.goto('/netwerk/');
			await ready(page, 'ar');

			await request.post('/__test__/bump-sw');
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect(page.getByText('إصدار جديد', { exact: true })).toBeVisible();
			// As in the test above: the new version can take a reload more to take over on a busy machine.
			test.info().setTimeout(test.info().timeout + 15_000);
			await page.getByRole('button', { name: 'حدّث الآن' }).click();
			await expect
				.poll(
					() =>
						page
							.evaluate(async () => !(await navigator.serviceWorker.getRegistration())?.waiting)
							.catch(() => false),
					{ message: 'the new version has taken over', timeout: 30_000 }
				)
				.toBe(true);
			await ready(page, 'ar');
			await expect(bar).toContainText('يُمسح كل شيء عندما تنتهي.');
			await expect(bar.getByRole('link')).toHaveText('انتهيت');
			await expect(page.getByText('إصدار جديد', { exact: true })).toHaveCount(0);
			await request.post('/__test__/reset');
		});
	});
});

test.describe('reading comfort', () => {
	// Every route at 320 px with 200% text, and touch targets, in every language: every-route.spec.ts.
	test('the text size and colour settings apply at once and are remembered', async ({ page }) => {
		await page.goto('/weergave/');
		await ready(page);
		await page.getByRole('radio', { name: '200%' }).check();
		await page.getByRole('radio', { name: 'Donker' }).check();
		await page.reload();
		await ready(page);
		const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
		expect(fontSize).toBe('32px');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test.describe('accessibility', () => {
	// Axe on every route in every language (nl and ar also dark): every-route.spec.ts.
	test('axe finds nothing with the menu open', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.getByRole('button', { name: 'Menu' }).click();
		await expectNoAxeViolations(page);
	});
});
