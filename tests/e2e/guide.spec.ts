import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	expect,
	expectNoAxeViolations,
	ready,
	test,
	usePrefs,
	waitForServiceWorker,
	widerThanScreen
} from './fixtures';

interface TopicFile {
	id: string;
	title: string;
	answer: string;
	phases: string[];
	themes: string[];
	keywords: string[];
	getHelp: { signal: string; contact: string }[];
}

/** The real topics, read from disk, so the test follows the content instead of copying it. */
function topicsIn(lang: string): TopicFile[] {
	const dir = join('messages', lang, 'guide');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as TopicFile);
}

const dutch = topicsIn('nl');
/** A topic with a phone number among its signals, to check the tel: links. */
const withCall = dutch.find((t) => t.getHelp.some((h) => h.contact === 'emergency')) ?? dutch[0]!;
const babyTopic = dutch.find((t) => t.phases.includes('baby'));
const notBaby = dutch.find((t) => !t.phases.includes('baby'));

test.describe('guide: Is dit normaal?', () => {
	test('browse by life phase shows the topics of that phase', async ({ page }) => {
		expect(babyTopic && notBaby, 'a baby topic and another exist').toBeTruthy();
		await page.goto('/gids/');
		await ready(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is dit normaal?');
		const list = page.getByRole('region', { name: /Alle onderwerpen/ });
		await expect(list.getByRole('link', { name: new RegExp(escape(notBaby!.title)) })).toBeVisible();
		const baby = page.getByRole('button', { name: 'Baby', exact: true });
		await baby.click();
		await expect(baby).toHaveAttribute('aria-pressed', 'true');
		const filtered = page.getByRole('region', { name: /^Baby/ });
		await expect(filtered.getByRole('link', { name: new RegExp(escape(babyTopic!.title)) })).toBeVisible();
		await expect(filtered.getByRole('link', { name: new RegExp(escape(notBaby!.title)) })).toHaveCount(0);
		// The choice is in the address, so a link or a reload opens the same list.
		await expect(page).toHaveURL(/\/gids\/\?fase=baby$/);
		await page.reload();
		await ready(page);
		await expect(page.getByRole('button', { name: 'Baby', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(
			page
				.getByRole('region', { name: /^Baby/ })
				.getByRole('link', { name: new RegExp(escape(notBaby!.title)) })
		).toHaveCount(0);
		await page.getByRole('button', { name: 'Alles' }).click();
		await expect(page.getByRole('region', { name: /Alle onderwerpen/ }).getByRole('listitem')).toHaveCount(
			dutch.length
		);
	});

	test('search tolerates a typo and loads its index only when the box is focused', async ({ page }) => {
		const indexRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('zoekindex')) indexRequests.push(request.url());
		});
		await page.goto('/gids/');
		await ready(page);
		expect(indexRequests).toEqual([]);
		const target = dutch.find((t) => t.keywords.some((k) => k.length >= 7)) ?? dutch[0]!;
		const keyword = target.keywords.find((k) => k.length >= 7) ?? target.title;
		// One letter dropped in the middle: "huilbaby" → "huilaby".
		const typo = keyword.slice(0, 4) + keyword.slice(5);
		const box = page.getByRole('searchbox', { name: 'Zoek een onderwerp' });
		await box.fill(typo);
		await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toBeVisible();
		expect(indexRequests).toHaveLength(1);
		const results = page.getByRole('region', { name: 'Gevonden' });
		await expect(results.getByRole('link').first()).toContainText(target.title);
		await box.fill('xqzwv');
		await expect(page.getByText('Niets gevonden voor “xqzwv”')).toBeVisible();
	});

	test('a search in crisis shows the line to call first, with tap-to-call, then the topic', async ({
		page
	}) => {
		await page.goto('/gids/');
		await ready(page);
		const box = page.getByRole('searchbox', { name: 'Zoek een onderwerp' });
		await box.fill('ik wil niet meer leven');
		const results = page.getByRole('region', { name: 'Gevonden' });
		const crisis = results.getByRole('region', { name: 'Denk je aan zelfdoding?' });
		await expect(crisis).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Denk je aan zelfdoding?' })).toBeVisible();
		// The first link in the results is the call to 113, before any topic.
		await expect(results.getByRole('link').first()).toHaveAttribute('href', 'tel:113');
		const lowMood = dutch.find((t) => t.id === 'low-mood-anxiety');
		if (lowMood) await expect(results.locator('.topic-card').first()).toContainText(lowMood.title);

		await box.fill('mijn man slaat me');
		await expect(results.getByRole('region', { name: 'Ben je thuis niet veilig?' })).toBeVisible();
		await expect(results.getByRole('link').first()).toHaveAttribute('href', 'tel:08002000');
		await expectNoAxeViolations(page);
	});

	test('a topic page: answer first, sections, signals with tel: links, actions and sources', async ({
		page
	}) => {
		await page.goto('/gids/');
		await ready(page);
		await page
			.getByRole('link', { name: new RegExp(escape(withCall.title)) })
			.first()
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(withCall.title);
		await expect(page).toHaveURL(new RegExp(`/gids/${withCall.id}/$`));
		await expect(page.getByText(withCall.answer)).toBeVisible();
		for (const heading of [
			'Wat is normaal?',
			'Wat kun je zelf doen?',
			'Wat kunnen mensen om je heen doen?',
			'In je wijk',
			'Wanneer hulp zoeken?',
			'Erover praten',
			'Bronnen'
		]) {
			await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
		}
		const help = page.getByRole('region', { name: 'Wanneer hulp zoeken?' });
		await expect(help.getByRole('listitem')).toHaveCount(withCall.getHelp.length);
		for (const item of withCall.getHelp) await expect(help.getByText(item.signal)).toBeVisible();
		if (withCall.getHelp.some((h) => h.contact === 'emergency')) {
			await expect(help.getByRole('link', { name: 'Bel 112' }).first()).toHaveAttribute('href', 'tel:112');
		}
		for (const link of await help.locator('a[href^="tel:"]').all()) {
			expect(await link.getAttribute('href')).toMatch(/^tel:\+?\d{3,}$/);
		}
		const next = page.getByRole('region', { name: 'Wat wil je nu doen?' });
		await expect(next.getByRole('link', { name: 'Wie in mijn netwerk kan helpen?' })).toHaveAttribute(
			'href',
			new RegExp(`/netwerk/\\?onderwerp=${withCall.id}$`)
		);
		await expect(next.getByRole('link', { name: 'Maak er een doel van' })).toHaveAttribute(
			'href',
			new RegExp(`/doelen/\\?onderwerp=${withCall.id}$`)
		);
		await expect(next.getByRole('link', { name: 'Zoek iets in de wijk' })).toHaveAttribute(
			'href',
			new RegExp(`/wijk/\\?thema=${withCall.themes[0]}$`)
		);
		await expect(page.getByText(/Nagekeken op \d+ \w+ 20\d\d/)).toBeVisible();
		await page.getByRole('link', { name: 'Alle onderwerpen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is dit normaal?');
	});

	test('from a topic page (plain HTML) the links open the network, goals and activities rooms', async ({
		page
	}) => {
		await page.goto(`/gids/${withCall.id}/`);
		await ready(page);
		const next = page.getByRole('region', { name: 'Wat wil je nu doen?' });
		await next.getByRole('link', { name: 'Maak er een doel van' }).click();
		await ready(page);
		await expect(page.getByText('Je komt uit de gids')).toBeVisible();

		await page.goto(`/gids/${withCall.id}/`);
		await ready(page);
		await next.getByRole('link', { name: 'Wie in mijn netwerk kan helpen?' }).click();
		await ready(page);
		await expect(page.getByText('Je komt uit de gids.')).toBeVisible();

		await page.goto(`/gids/${withCall.id}/`);
		await ready(page);
		await next.getByRole('link', { name: 'Zoek iets in de wijk' }).click();
		await ready(page);
		await expect(page).toHaveURL(new RegExp(`/wijk/\\?thema=${withCall.themes[0]}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('In de wijk');
	});

	test('read aloud appears only with a voice for the language, and can pause and stop', async ({ page }) => {
		await page.addInitScript(() => {
			const spoken: string[] = [];
			const fake = {
				speaking: false,
				getVoices: () => [
					{ lang: 'nl-NL', name: 'Test', localService: true, default: true, voiceURI: 'test' }
				],
				speak: (u: { text: string }) => spoken.push(u.text),
				cancel: () => undefined,
				pause: () => undefined,
				resume: () => undefined,
				addEventListener: () => undefined,
				removeEventListener: () => undefined
			};
			Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
			// The real utterance refuses a voice object that the browser did not make.
			class Utterance {
				lang = '';
				voice: unknown = null;
				onend: (() => void) | null = null;
				onerror: (() => void) | null = null;
				constructor(readonly text: string) {}
			}
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
			(window as unknown as { spoken: string[] }).spoken = spoken;
		});
		await page.goto(`/gids/${withCall.id}/`);
		await ready(page);
		await page.getByRole('button', { name: 'Voorlezen' }).click();
		expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken[0])).toBe(
			withCall.title
		);
		await page.getByRole('button', { name: 'Pauze' }).click();
		await page.getByRole('button', { name: 'Verder lezen' }).click();
		await page.getByRole('button', { name: 'Stoppen' }).click();
		await expect(page.getByRole('button', { name: 'Voorlezen' })).toBeVisible();
	});

	test('without a voice there is no read-aloud button', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
		});
		await page.goto(`/gids/${withCall.id}/`);
		await ready(page);
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Voorlezen' })).toHaveCount(0);
	});

	test('a device without a voice for the language says so instead of offering read-aloud', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const fake = {
				getVoices: () => [
					{ lang: 'en-GB', name: 'Test', localService: true, default: true, voiceURI: 'test' }
				],
				cancel: () => undefined,
				addEventListener: () => undefined,
				removeEventListener: () => undefined
			};
			Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
		});
		await usePrefs(page, { lang: 'ar' });
		await page.goto(`/gids/${withCall.id}/`);
		await ready(page, 'ar');
		await expect(
			page.getByText('لا يستطيع هذا الجهاز القراءة بصوت عالٍ بهذه اللغة.', { exact: false })
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Voorlezen' })).toHaveCount(0);
	});

	test('the helplines page puts 112 first and every number is tap-to-call', async ({ page }) => {
		await page.goto('/gids/hulp/');
		await ready(page);
		const calls = page.getByRole('main').locator('a[href^="tel:"]');
		await expect(calls.first()).toHaveAttribute('href', 'tel:112');
		for (const link of await calls.all()) expect(await link.getAttribute('href')).toMatch(/^tel:\+?\d{3,}$/);
		await expect(page.getByRole('heading', { name: /wijkteam/i })).toBeVisible();
		await expect(page.locator('#veiligThuis').getByRole('link', { name: 'Bel 0800-2000' })).toHaveAttribute(
			'href',
			'tel:08002000'
		);
		await expect(page.locator('#suicidePrevention').getByRole('link', { name: 'Bel 113' })).toHaveAttribute(
			'href',
			'tel:113'
		);
		// 113's own Q&A page lists the free 0800 line too.
		await expect(
			page.locator('#suicidePrevention').getByRole('link', { name: 'Bel gratis 0800-0113' })
		).toHaveAttribute('href', 'tel:08000113');
		// De Luisterlijn's own site says "dag en nacht"; its number is not on a page we could check.
		await expect(page.locator('#luisterlijn')).toContainText('Dag en nacht');
		await expect(page.locator('#luisterlijn').locator('a[href^="tel:"]')).toHaveCount(0);
	});

	test('contact lines carry cost and hours (nl and ar), read-aloud reads them, and the helplines page is ordered by urgency', async ({
		page
	}) => {
		const contacts = (lang: string) =>
			JSON.parse(readFileSync(join('messages', lang, 'contacts.json'), 'utf8')) as {
				hours: Record<string, string>;
				cost: Record<string, string>;
				sexualViolence: { name: string };
			};
		const intro = (
			JSON.parse(readFileSync('messages/nl/guide-ui.json', 'utf8')) as { topic: { getHelpIntro: string } }
		).topic.getHelpIntro;
		// Read-aloud: a fake voice that records what it is asked to say.
		await page.addInitScript(() => {
			const spoken: string[] = [];
			const fake = {
				getVoices: () => [
					{ lang: 'nl-NL', name: 'Test', localService: true, default: true, voiceURI: 'test' }
				],
				speak: (u: { text: string }) => spoken.push(u.text),
				cancel: () => undefined,
				pause: () => undefined,
				resume: () => undefined,
				addEventListener: () => undefined,
				removeEventListener: () => undefined
			};
			Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
			class Utterance {
				lang = '';
				voice: unknown = null;
				onend: (() => void) | null = null;
				onerror: (() => void) | null = null;
				constructor(readonly text: string) {}
			}
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
			(window as unknown as { spoken: string[] }).spoken = spoken;
		});
		for (const lang of ['nl', 'ar'] as const) {
			const c = contacts(lang);
			const freeAlways = `${c.cost.free} · ${c.hours.always}`;
			await page.goto(lang === 'nl' ? '/gids/domestic-violence/' : '/gids/domestic-violence/ar/');
			await ready(page, lang);
			const help = page.locator('section.get-help');
			const csg = help.getByRole('listitem').filter({ hasText: c.sexualViolence.name });
			await expect(csg.getByRole('link', { name: /0800-0188/ })).toHaveAttribute('href', 'tel:08000188');
			await expect(csg).toContainText(freeAlways);
			await expect(
				help.getByRole('listitem').filter({ has: page.locator('a[href="tel:113"]') })
			).toContainText(freeAlways);
			await expect(
				help.getByRole('listitem').filter({ has: page.locator('a[href="tel:08000432"]') })
			).toContainText(`${c.cost.free} · ${c.hours.daily11to21}`);
		}
		await page.goto('/gids/domestic-violence/');
		await ready(page);
		await page.getByRole('button', { name: 'Voorlezen' }).click();
		const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
		for (const part of [
			intro,
			'Bel 112',
			'Centrum Seksueel Geweld',
			'Bel 0800-0188',
			'Gratis · Dag en nacht'
		]) {
			expect(spoken, part).toContain(part);
		}
		await page.goto('/gids/hulp/');
		await ready(page);
		const order = await page.locator('ul.lines > li').evaluateAll((items) => items.map((li) => li.id));
		expect(order.slice(0, 4)).toEqual([
			'suicidePrevention',
			'veiligThuis',
			'sexualViolence',
			'kindertelefoon'
		]);
		expect(order.at(-1)).toBe('police');
		await expect(page.locator('#juridischLoket')).toContainText(/Niet gratis: €\s?0,25 per minuut/);
	});

	test('Arabic: the topic opens at its own Arabic address and reads right to left', async ({ page }) => {
		const arabic = topicsIn('ar').find((t) => t.id === withCall.id)!;
		await usePrefs(page, { lang: 'ar' });
		await page.goto(`/gids/${withCall.id}/`);
		await expect(page).toHaveURL(new RegExp(`/gids/${withCall.id}/ar/$`));
		await ready(page, 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(arabic.title);
		await expect(page.getByText(arabic.answer)).toBeVisible();
		// The menu and the related topics stay in Arabic, and lead to Arabic topic pages.
		await expect(page.getByRole('button', { name: 'القائمة' })).toBeVisible();
		const related = page.locator('.related a').first();
		await expect(related).toHaveAttribute('href', /\/ar\/$/);
		await expectNoAxeViolations(page, `ar ${withCall.id}`);
	});

	test('a topic page is plain HTML: it reads without JavaScript and loads one small script', async ({
		browser,
		baseURL
	}) => {
		const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const bare = await noScript.newPage();
		await bare.goto(`/gids/${withCall.id}/`);
		await expect(bare.getByRole('heading', { level: 1 })).toHaveText(withCall.title);
		await expect(bare.getByText(withCall.answer)).toBeVisible();
		await expect(bare.getByRole('heading', { name: 'Wanneer hulp zoeken?' })).toBeVisible();
		// No buttons that cannot work without a script.
		await expect(bare.getByRole('button', { name: 'Voorlezen' })).toHaveCount(0);
		await expect(bare.getByRole('button', { name: 'Afdrukken' })).toHaveCount(0);
		await noScript.close();

		const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(`/gids/${withCall.id}/`);
		await ready(page);
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/\/enhance-[\w-]+\.js$/);
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
		// The menu works as in the rest of the app.
		const menu = page.getByRole('button', { name: 'Menu' });
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(page.locator('#app-menu').getByRole('link').first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(menu).toBeFocused();
		await context.close();
	});

	test('a link to the topic in another language is kept when the reader chose no language', async ({
		page
	}) => {
		const english = topicsIn('en').find((t) => t.id === withCall.id)!;
		await page.goto(`/gids/${withCall.id}/en/`);
		await ready(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
		// From the app, a topic opens in the language the resident reads the app in.
		await usePrefs(page, { lang: 'uk' });
		await page.goto('/gids/');
		await ready(page, 'uk');
		await page.locator('a.topic-card').first().click();
		await expect(page).toHaveURL(/\/gids\/[\w-]+\/uk\/$/);
		await ready(page, 'uk');
	});

	for (const lang of ['nl', 'ar'] as const) {
		for (const path of ['/gids/', `/gids/${withCall.id}/`, '/gids/hulp/']) {
			test(`no axe violations on ${path} (${lang})`, async ({ page }) => {
				if (lang !== 'nl') await usePrefs(page, { lang });
				await page.goto(path);
				await ready(page, lang);
				await expectNoAxeViolations(page, `${lang} ${path}`);
			});
		}
	}

	test.describe(() => {
		// Offline needs the service worker; other tests run without it (faster, see playwright.config.ts).
		test.use({ serviceWorkers: 'allow' });

		test('offline after one visit: every topic page opens and search still works', async ({
			page,
			context
		}) => {
			// Sized for the work: a page load for each of the 31 topics and five translations (the service
			// worker install adds its own time). A navigation aborted in this loop was this test running out of time.
			test.setTimeout(30_000 + (dutch.length + 5) * 1_000);
			// The first visit is a topic page: its own small script registers the service worker.
			await page.goto(`/gids/${withCall.id}/`);
			await ready(page);
			await waitForServiceWorker(page);
			await context.setOffline(true);
			for (const topic of dutch) {
				await page.goto(`/gids/${topic.id}/`);
				await expect(page.getByRole('heading', { level: 1 }), topic.id).toHaveText(topic.title);
			}
			for (const lang of ['en', 'ar', 'tr', 'pl', 'uk']) {
				const translated = topicsIn(lang).find((t) => t.id === withCall.id)!;
				await page.goto(`/gids/${withCall.id}/${lang}/`);
				await expect(page.getByRole('heading', { level: 1 }), lang).toHaveText(translated.title);
			}
			await page.goto('/gids/');
			await ready(page);
			await page.getByRole('searchbox', { name: 'Zoek een onderwerp' }).fill(dutch[0]!.title);
			await expect(page.getByRole('region', { name: 'Gevonden' }).getByRole('link').first()).toBeVisible();
			await context.setOffline(false);
		});
	});

	// Every topic: long Dutch compounds ("jeugdgezondheidszorg") are what breaks a narrow layout.
	for (const path of ['/gids/', '/gids/hulp/', ...dutch.map((t) => `/gids/${t.id}/`)]) {
		test(`320 px wide at 200% text: ${path} does not scroll sideways`, async ({ page }) => {
			await usePrefs(page, { textScale: 2 });
			await page.setViewportSize({ width: 320, height: 700 });
			await page.goto(path);
			await ready(page);
			expect(await widerThanScreen(page), path).toEqual([]);
		});
	}
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
