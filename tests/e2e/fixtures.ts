import { resolve as resolvePath } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export type Lang = 'nl' | 'en' | 'ar' | 'tr' | 'pl' | 'uk';
export const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** Every main route of the app, as a resident reaches it. */
export const ROUTES = [
	'/',
	'/gids/',
	'/netwerk/',
	'/doelen/',
	'/wijk/',
	'/mijn-gegevens/',
	'/taal/',
	'/weergave/',
	'/over/',
	'/veilig/'
];

interface Fixtures {
	/** Requests to any origin but the app's own; the run fails when one appears. Add hosts a test expects. */
	offOrigin: { allow(host: string): void; requests: string[] };
	/** Errors the page printed or threw; a missing translation key is one of them. */
	pageErrors: string[];
}

export const test = base.extend<Fixtures>({
	offOrigin: [
		async ({ context, baseURL }, use) => {
			const own = new URL(baseURL!).origin;
			const allowed = new Set<string>();
			const requests: string[] = [];
			const record = (url: string) => {
				if (/^(data|blob|about|chrome|chrome-extension):/.test(url)) return;
				const { origin, host } = new URL(url);
				if (origin !== own && !allowed.has(host)) requests.push(url);
			};
			context.on('request', (request) => record(request.url()));
			context.on('serviceworker', (worker) => worker.on('console', () => undefined));
			await use({ allow: (host) => allowed.add(host), requests });
			expect(requests, 'requests that left the app origin').toEqual([]);
		},
		{ auto: true }
	],
	pageErrors: [
		async ({ context }, use) => {
			const errors: string[] = [];
			context.on('page', (page) => watch(page, errors));
			for (const page of context.pages()) watch(page, errors);
			await use(errors);
			expect(errors, 'errors printed by the app').toEqual([]);
		},
		{ auto: true }
	]
});

function watch(page: Page, errors: string[]): void {
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		// Network failures while a test is deliberately offline are expected; app errors are not.
		if (
			message.type() === 'error' &&
			!/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::ERR|Not found: \//.test(message.text())
		) {
			errors.push(`console: ${message.text()}`);
		}
	});
}

/** Sets the language, text size and colour scheme for the next page load, as a returning resident would have them. */
export async function usePrefs(
	page: Page,
	prefs: { lang?: Lang; textScale?: number; theme?: 'light' | 'dark' }
): Promise<void> {
	await page.addInitScript((value) => {
		if (!sessionStorage.getItem('prefs-set')) {
			localStorage.setItem('aan-het-roer:prefs', JSON.stringify(value));
			sessionStorage.setItem('prefs-set', '1');
		}
	}, prefs);
}

/**
 * Changes the remembered language, text size or colour scheme and reloads, as a resident who changed a
 * setting and came back: cheaper than a new browser context per language.
 */
export async function switchPrefs(
	page: Page,
	prefs: { lang?: Lang; textScale?: number; theme?: 'light' | 'dark' }
): Promise<void> {
	await page.evaluate((value) => localStorage.setItem('aan-het-roer:prefs', JSON.stringify(value)), prefs);
	await page.reload();
}

/** Waits until the app has hydrated and applied the resident's language. */
export async function ready(page: Page, lang: Lang = 'nl'): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/**
 * What sticks out past the screen's edge (page overflow and the elements that cause it), so a failure
 * names the culprit instead of a number. Empty when the page fits.
 */
export async function widerThanScreen(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const overflow = document.documentElement.scrollWidth - width;
		if (overflow <= 0) return [];
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
			})
			.slice(0, 5)
			.map(
				(el) =>
					`<${el.tagName.toLowerCase()} class="${el.className}"> "${el.textContent?.trim().slice(0, 30)}"`
			);
		return [`${overflow} px wider than the screen`, ...culprits];
	});
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What one axe pass may take on a slow machine: it injects ~500 KB of script and runs ~60 rules (2–3 s
 * a page with Chromium 156 on a quiet 2-core machine, far more under load).
 */
const AXE_BUDGET_MS = 15_000;

export async function expectNoAxeViolations(
	page: Page,
	label = page.url(),
	{ soft = false }: { soft?: boolean } = {}
): Promise<void> {
	// Each pass brings its own time, so a test with several passes is sized for its work.
	const info = test.info();
	info.setTimeout(info.timeout + AXE_BUDGET_MS);
	// Legacy mode runs axe in the page itself. The default opens a blank page per pass and injects axe there
	// again to merge the frames' results; the app has no frames, and the same rules pass and fail either way,
	// in about two thirds of the time (measured on /, /gids/ and /wijk/ with Chromium 156).
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	// Soft in a test that checks many pages, so one run names every page with violations.
	(soft ? expect.soft : expect)(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * What a first service worker install may take on a slow machine: it precaches every page of the app
 * (about 400 files, 200 of them prerendered guide pages in six languages).
 */
const SW_INSTALL_BUDGET_MS = 30_000;

/** Resolves once a service worker controls the page, so a reload can be served offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	// The install brings its own time, so every test that waits for it is sized for that work.
	const info = test.info();
	info.setTimeout(info.timeout + SW_INSTALL_BUDGET_MS);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
			);
		}
	});
}

/** "Snel weg" leads to a neutral site; the tests answer for it with a stand-in page instead of the web. */
export async function standInForQuickExitSite(
	page: Page,
	offOrigin: { allow(host: string): void }
): Promise<void> {
	offOrigin.allow('www.buienradar.nl');
	await page.route('https://www.buienradar.nl/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Het weer</title><h1>Het weer</h1>' })
	);
}

/** A frozen backup of the first format, with three people in the network. */
export const BACKUP_FIXTURE = resolvePath('src/lib/backup/fixtures/backup-v1-plain.json');

/** Restores the frozen backup through the backup page, as a resident would, and waits for its answer. */
export async function restoreFixture(page: Page): Promise<void> {
	await page.goto('/mijn-gegevens/reservekopie/');
	await ready(page);
	await page.getByLabel('Kies een reservekopie').setInputFiles(BACKUP_FIXTURE);
	await expect(page.getByText('3 personen in het netwerk')).toBeVisible();
	await page.getByRole('button', { name: 'Terugzetten' }).click();
	await expect(page.getByText('Je gegevens zijn teruggezet.')).toBeVisible();
}

/** Gives the open profile a PIN on Mijn gegevens, typed twice as the page asks. */
export async function setPin(page: Page, pin: string): Promise<void> {
	await page.getByRole('button', { name: 'PIN instellen' }).click();
	const dialog = page.getByRole('dialog', { name: 'PIN instellen' });
	await dialog.getByLabel('PIN (4 tot 8 cijfers)').fill(pin);
	await dialog.getByLabel('Typ de PIN nog een keer').fill(pin);
	await dialog.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByText('Met PIN')).toBeVisible();
}

/** Adds a profile on Mijn gegevens (it opens at once) and gives it a PIN. */
export async function addProfileWithPin(page: Page, name: string, pin: string): Promise<void> {
	await page.getByRole('button', { name: 'Profiel toevoegen' }).click();
	await page.getByLabel('Naam van het profiel').fill(name);
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByTestId('profile-status')).toHaveText(`${name} is nu open.`);
	await setPin(page, pin);
}
