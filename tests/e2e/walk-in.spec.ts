import { chromium, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../support/chromium';
import { expect, expectNoAxeViolations, ready, standInForQuickExitSite, test } from './fixtures';

import { CODE, databases, enableWalkIn, GUEST_DB, switchOffWalkIn } from './walk-in-steps';

const OWNER_DB = 'aan-het-roer';

/**
 * The app's current Dexie schema (version 2 → IndexedDB version 20), to seed the owner's database as the app
 * would. Seeding an older version would let the app's own upgrade add empty tables between the two dumps.
 */
const SCHEMA: Record<string, string> = {
	profiles: 'id, createdAt',
	people: 'id, profileId, [profileId+circle], updatedAt',
	snapshots: 'id, profileId, takenAt',
	goals: 'id, profileId, [profileId+status], updatedAt',
	steps: 'id, profileId, goalId, [goalId+order]',
	strengths: 'id, profileId, createdAt',
	checkins: 'id, profileId, [profileId+date]',
	conversations: 'id, profileId',
	favourites: 'id, profileId, [profileId+activityId]',
	settings: 'key',
	feed: 'url',
	safetyPlans: 'id, profileId'
};

async function seedOwner(page: Page): Promise<void> {
	await page.evaluate(
		async ({ name, schema }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name, 20);
				request.onupgradeneeded = () => {
					for (const [table, spec] of Object.entries(schema)) {
						const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
						const store = request.result.createObjectStore(table, { keyPath: primary });
						for (const index of indexes) {
							const keyPath = index.startsWith('[') ? index.slice(1, -1).split('+') : index;
							store.createIndex(index, keyPath);
						}
					}
				};
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const tx = db.transaction(['profiles', 'people', 'settings'], 'readwrite');
			tx.objectStore('profiles').put({ id: 'owner', name: 'Anja', kind: 'own', createdAt: 1, updatedAt: 1 });
			tx.objectStore('people').put({
				id: 'owner-person',
				profileId: 'owner',
				name: 'Mijn zus Els',
				circle: 'close',
				group: 'family',
				supports: ['listening'],
				createdAt: 1,
				updatedAt: 1
			});
			tx.objectStore('settings').put({ key: 'currentProfile', value: 'owner', updatedAt: 1 });
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ name: OWNER_DB, schema: SCHEMA }
	);
}

/** Every record of every store of a database, read without the app. */
async function dump(page: Page, name: string): Promise<Record<string, unknown[]>> {
	return page.evaluate(async (dbName) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(dbName);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const out: Record<string, unknown[]> = {};
		for (const store of Array.from(db.objectStoreNames)) {
			const request = db.transaction(store).objectStore(store).getAll();
			out[store] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
		}
		db.close();
		return out;
	}, name);
}

/** What a guest enters in the network and goals rooms, written straight into the guest database. */
/** The same records written straight into the guest database, for tests about other things. */
async function seedGuestRecords(page: Page): Promise<void> {
	await expect.poll(() => databases(page)).toContain(GUEST_DB);
	await page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(name);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const read = db.transaction('settings').objectStore('settings').get('currentProfile');
		const profileId = await new Promise<string>(
			(resolve) => (read.onsuccess = () => resolve(read.result.value))
		);
		const tx = db.transaction(['people', 'goals', 'steps'], 'readwrite');
		const now = Date.now();
		tx.objectStore('people').put({
			id: 'guest-1',
			profileId,
			name: 'Buurvrouw Fatima',
			circle: 'close',
			group: 'neighbours',
			supports: ['practical', 'company'],
			createdAt: now,
			updatedAt: now
		});
		tx.objectStore('people').put({
			id: 'guest-2',
			profileId,
			name: 'Oom Kees',
			circle: 'further',
			group: 'family',
			supports: ['advice'],
			createdAt: now,
			updatedAt: now
		});
		tx.objectStore('goals').put({
			id: 'goal-1',
			profileId,
			title: 'Mijn post bijhouden',
			status: 'active',
			createdAt: now,
			updatedAt: now
		});
		tx.objectStore('steps').put({
			id: 'step-1',
			profileId,
			goalId: 'goal-1',
			title: 'Een map kopen',
			order: 0,
			helperIds: ['guest-1'],
			done: false,
			createdAt: now,
			updatedAt: now
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, GUEST_DB);
}

/** What a guest does at the table: two people on the map and a goal with one step, through the screens. */
async function addGuestRecords(page: Page): Promise<void> {
	await page.goto('/netwerk/');
	await ready(page);
	const form = page.locator('form.quick-add');
	const list = page.getByRole('region', { name: 'Iedereen op je kaart' });
	for (const [name, circle] of [
		['Buurvrouw Fatima', 'Dichtbij'],
		['Oom Kees', 'Iets verder']
	] as const) {
		await form.getByLabel('Naam of bijnaam').fill(name);
		await form.getByRole('radio', { name: circle }).check();
		await form.getByRole('button', { name: 'Zet op de kaart' }).click();
		await expect(list.getByText(name, { exact: true }).first()).toBeVisible();
	}
	await page.goto('/doelen/nieuw/');
	await ready(page);
	await page.getByLabel('Wat wil je bereiken?').fill('Mijn post bijhouden');
	await page.getByRole('button', { name: 'Doel opslaan' }).click();
	await page.getByLabel('Nieuwe stap').fill('Een map kopen');
	await page.getByRole('button', { name: 'Stap toevoegen' }).click();
	await expect(page.getByRole('checkbox', { name: 'Een map kopen' })).toBeVisible();
	await expect.poll(() => databases(page)).toContain(GUEST_DB);
}

async function storageLeftovers(page: Page) {
	return page.evaluate(async () => ({
		databases: (await indexedDB.databases()).map((info) => info.name),
		local: Object.keys(localStorage).sort(),
		session: sessionStorage.length,
		caches: (await caches.keys()).filter((name) => !name.startsWith('workbox-precache'))
	}));
}

test.describe('walk-in mode', () => {
	test('staff switch it on with a code; a wrong code does not switch it off', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await seedOwner(page);
		await enableWalkIn(page);
		const config = await page.evaluate(() => localStorage.getItem('aan-het-roer:walk-in'));
		expect(config).not.toContain(CODE);
		expect(await databases(page)).toEqual([OWNER_DB]);

		await page.goto('/inloop/');
		await ready(page);
		await expect(page.getByRole('heading', { name: 'De inloop-modus staat aan' })).toBeVisible();
		await expectNoAxeViolations(page, 'staff page, on');
		const off = page.getByRole('region', { name: 'Uitzetten' });
		await off.getByLabel('Code voor medewerkers').fill('verkeerd');
		await off.getByRole('button', { name: 'Inloop-modus uitzetten' }).click();
		await expect(off.getByText('Deze code klopt niet.', { exact: false })).toBeVisible();
		await off.getByLabel('Code voor medewerkers').fill(CODE);
		await off.getByRole('button', { name: 'Inloop-modus uitzetten' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom');
		expect(await page.evaluate(() => localStorage.getItem('aan-het-roer:walk-in'))).toBeNull();
	});

	test('a guest session: warning, "Ik ben er nog", take-home QR code, and a timeout that wipes everything', async ({
		page,
		context,
		browser
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.clock.install();
		await page.goto('/inloop/');
		await ready(page);
		await expectNoAxeViolations(page, 'staff page, off');
		await seedOwner(page);
		const ownerBefore = await dump(page, OWNER_DB);
		await enableWalkIn(page);
		await expectNoAxeViolations(page, 'walk-in start');

		await page.getByRole('button', { name: 'Begin' }).click();
		await expect(page.getByRole('region', { name: 'Gastsessie' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je gastsessie');
		await addGuestRecords(page);
		// The guest's records never reach the owner's profile.
		expect(await dump(page, OWNER_DB)).toEqual(ownerBefore);

		// The marker is on every page.
		await page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Mijn doelen' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn doelen');
		await expect(page.getByRole('region', { name: 'Gastsessie' })).toBeVisible();

		// Nine minutes without a tap: the warning comes, takes focus and counts down.
		await page.clock.fastForward('09:05');
		const dialog = page.getByRole('alertdialog', { name: 'Ben je er nog?' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Ik ben er nog', exact: true })).toBeFocused();
		await expect(dialog).toHaveAccessibleDescription(/stopt je sessie/);
		await expect(page.getByTestId('walk-in-countdown')).toContainText(/5\d seconden/);
		await page.clock.fastForward(5000);
		await expect(page.getByTestId('walk-in-countdown')).toContainText(/(4|5)\d seconden/);
		await expectNoAxeViolations(page, 'warning dialog');
		await dialog.getByRole('button', { name: 'Ik ben er nog', exact: true }).click();
		await expect(dialog).toBeHidden();
		await page.clock.fastForward('05:00');
		await expect(dialog).toBeHidden();
		expect(await databases(page)).toContain(GUEST_DB);

		// The cross says what closing means, and does just that: the session goes on.
		await page.clock.fastForward('04:05');
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Sluiten: ik ben er nog' }).click();
		await expect(dialog).toBeHidden();
		await page.clock.fastForward('05:00');
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('region', { name: 'Gastsessie' })).toBeVisible();
		expect(await databases(page)).toContain(GUEST_DB);

		// "Klaar": what will be erased, and the QR code to take it home.
		await page.getByRole('link', { name: 'Klaar' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klaar?');
		const summary = page.getByTestId('erase-summary');
		await expect(summary).toContainText('2 mensen in je netwerk');
		await expect(summary).toContainText('1 doel');
		await expect(summary).toContainText('1 stap');
		const qr = page.getByTestId('take-home-qr');
		await expect(qr).toBeVisible();
		await expectNoAxeViolations(page, 'take-home page');

		// The page's Content-Security-Policy refuses injected scripts, so the pixels come out and an independent
		// reader (jsQR) decodes them here.
		const size = 400;
		const pixels = await qr.evaluate(async (svg, size) => {
			const clone = svg.cloneNode(true) as SVGElement;
			clone.setAttribute('width', String(size));
			clone.setAttribute('height', String(size));
			clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
			const image = new Image();
			image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(clone.outerHTML)}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = size;
			canvas.height = size;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0, size, size);
			const bytes = context.getImageData(0, 0, size, size).data;
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) {
				binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			}
			return btoa(binary);
		}, size);
		const decoded = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size)?.data ?? null;
		expect(decoded).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gedeeld\/#v1\.[\w-]+\.[\w-]+$/);
		expect(decoded).not.toContain('Fatima');

		// The resident's own phone (another browser) opens the link and sees what they made at the table.
		const phone = await browser.newContext();
		try {
			const own = await phone.newPage();
			await own.goto(decoded!);
			await ready(own);
			await expect(own.getByText('Buurvrouw Fatima')).toBeVisible();
			await expect(own.getByText('Oom Kees')).toBeVisible();
			await expect(own.getByText('Mijn post bijhouden')).toBeVisible();
		} finally {
			await phone.close();
		}

		await page.getByRole('button', { name: 'Link kopiëren' }).click();
		await expect(page.getByText('De link staat klaar om te plakken.', { exact: false })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(decoded);

		// Walk away: the warning, then everything is wiped.
		await page.clock.fastForward('09:05');
		await expect(page.getByRole('alertdialog')).toBeVisible();
		await page.clock.fastForward('01:00');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Buurthuis De Poort');
		await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Gastsessie' })).toHaveCount(0);
		await expect
			.poll(() => storageLeftovers(page))
			.toEqual({
				databases: [OWNER_DB],
				local: ['aan-het-roer:prefs', 'aan-het-roer:walk-in'],
				session: 0,
				caches: []
			});
		expect(await page.evaluate(() => navigator.clipboard.readText())).not.toBe(decoded);
		expect(await dump(page, OWNER_DB)).toEqual(ownerBefore);

		// The back button shows nothing of the session.
		await page.goBack();
		await expect(page.getByText('Buurvrouw Fatima')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Klaar?' })).toHaveCount(0);
		expect(page.url()).not.toContain('/inloop/klaar/');
	});

	test('"Klaar" erases the session at once and restores the device language', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'العربية' }).click();
		await ready(page, 'ar');
		await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
		await expectNoAxeViolations(page, 'walk-in start, ar');
		await page.locator('.begin button').click();
		await seedGuestRecords(page);
		await page.locator('.guest-bar a').click();
		await expect(page.getByTestId('take-home-qr')).toBeVisible();
		await expectNoAxeViolations(page, 'take-home page, ar');
		await page.locator('button.danger').click();
		await ready(page, 'nl');
		await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
		await expect.poll(() => databases(page)).toEqual([]);
		const prefs = await page.evaluate(() => JSON.parse(localStorage.getItem('aan-het-roer:prefs') ?? '{}'));
		expect(prefs.lang).toBe('nl');
	});

	test('a second tab during a guest session joins it in the guest\'s language; "Klaar" there ends it in both tabs', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await ready(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'العربية' }).click();
		await ready(page, 'ar');
		await page.locator('.begin button').click();
		await seedGuestRecords(page);

		// The guest opens a second tab: it joins the session instead of wiping the guest's work.
		const second = await context.newPage();
		await second.goto('/netwerk/');
		await ready(second, 'ar');
		await expect(second.locator('.guest-bar')).toBeVisible();
		await expect(second.getByText('Buurvrouw Fatima').first()).toBeVisible();
		await page.goto('/netwerk/');
		await ready(page, 'ar');
		await expect(page.getByText('Buurvrouw Fatima').first()).toBeVisible();

		// "Klaar" in the second tab ends the session in the first one too.
		await second.locator('.guest-bar a').click();
		await second.locator('button.danger').click();
		await ready(second, 'nl');
		await expect(second.getByRole('button', { name: 'Begin' })).toBeVisible();
		await ready(page, 'nl');
		await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
		await expect(page.getByText('Buurvrouw Fatima')).toHaveCount(0);
		await expect.poll(() => databases(page)).toEqual([]);
	});

	test('a language chosen by a guest who never began goes back to the device language', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await ready(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'English' }).click();
		await ready(page, 'en');
		await page.clock.fastForward('10:01');
		await ready(page, 'nl');
		await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
	});

	test('a reload in the same tab keeps the session; the owner profile stays hidden', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await seedOwner(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'Begin' }).click();
		await seedGuestRecords(page);
		await page.reload();
		await ready(page);
		await expect(page.getByRole('region', { name: 'Gastsessie' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je gastsessie');
		await page.getByRole('link', { name: 'Klaar' }).click();
		await expect(page.getByTestId('erase-summary')).toContainText('2 mensen in je netwerk');
		// Only the guest's two people: the owner's "Mijn zus Els" is not part of the session.
		await expect(page.getByText('Mijn zus Els')).toHaveCount(0);
	});

	test('the warning dialog passes axe in Arabic', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await ready(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'العربية' }).click();
		await ready(page, 'ar');
		await page.locator('.begin button').click();
		await expect(page.locator('.guest-bar')).toBeVisible();
		await page.clock.fastForward('09:10');
		await expect(page.getByRole('alertdialog')).toBeVisible();
		await expectNoAxeViolations(page, 'warning dialog, ar');
	});
});

test('a session cut short by switching the tablet off is wiped at the next start', async ({ baseURL }) => {
	const userDataDir = mkdtempSync(join(tmpdir(), 'walk-in-'));
	try {
		const first = await chromium.launchPersistentContext(userDataDir, { ...chromiumLaunch, baseURL });
		const page = first.pages()[0] ?? (await first.newPage());
		await page.goto('/');
		await ready(page);
		await seedOwner(page);
		const ownerBefore = await dump(page, OWNER_DB);
		await enableWalkIn(page);
		await page.getByRole('button', { name: 'English' }).click();
		await ready(page, 'en');
		await page.getByRole('button', { name: 'Begin' }).click();
		await seedGuestRecords(page);
		expect(await dump(page, GUEST_DB)).toMatchObject({ people: [{}, {}] });
		await first.close(); // the power goes off mid-session

		const second = await chromium.launchPersistentContext(userDataDir, { ...chromiumLaunch, baseURL });
		const again = second.pages()[0] ?? (await second.newPage());
		await again.goto('/');
		await ready(again); // in the device's own language again, not the guest's English
		await expect(again.getByRole('button', { name: 'Begin' })).toBeVisible();
		await expect(again.getByRole('region', { name: 'Gastsessie' })).toHaveCount(0);
		await expect.poll(() => databases(again)).toEqual([OWNER_DB]);
		expect(await again.evaluate(() => localStorage.getItem('aan-het-roer:walk-in-session'))).toBeNull();
		expect(await dump(again, OWNER_DB)).toEqual(ownerBefore);
		await second.close();
	} finally {
		// Chromium may still be writing its cache for a moment after close.
		rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});

/** A walk-in tablet with a guest session running that holds some of the guest's records. */
async function startGuestSession(page: Page): Promise<void> {
	await page.goto('/');
	await ready(page);
	await enableWalkIn(page);
	await page.getByRole('button', { name: 'Begin' }).click();
	await seedGuestRecords(page);
}

// A guide topic is a page without the app's script (its own small one keeps the session): test both.
for (const where of [
	{ label: 'an app page', path: '' },
	{ label: 'a guide topic', path: '/gids/grief/' }
]) {
	test(`"Snel weg" during a guest session, on ${where.label}, leaves nothing for whoever opens the app next`, async ({
		page,
		offOrigin
	}) => {
		await standInForQuickExitSite(page, offOrigin);
		await startGuestSession(page);
		if (where.path) {
			await page.goto(where.path);
			await ready(page);
			await expect(page.getByRole('region', { name: 'Gastsessie' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Klaar' })).toHaveAttribute('href', /inloop\/klaar\/$/);
		}
		await page.getByRole('link', { name: 'Snel weg' }).click();
		await expect(page).toHaveURL('https://www.buienradar.nl/');
		await page.goto('/netwerk/');
		await ready(page);
		await expect(page.getByRole('region', { name: 'Gastsessie' })).toHaveCount(0);
		await expect.poll(() => databases(page)).toEqual([]);
		expect(await page.evaluate(() => localStorage.getItem('aan-het-roer:walk-in-session'))).toBeNull();
	});
}

test('a guest who leaves the tablet on a guide topic: after the timeout the session ends there too', async ({
	page
}) => {
	await page.clock.install();
	await startGuestSession(page);
	await page.goto('/gids/grief/');
	await ready(page);
	await expect(page.getByRole('region', { name: 'Gastsessie' })).toBeVisible();
	// Reading for a while keeps the session: a scroll counts as activity.
	await page.clock.fastForward('08:00');
	await page.mouse.wheel(0, 400);
	// The wheel reaches the page a moment later: wait until it scrolled, so the clock jumps after it.
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	await page.clock.fastForward('08:00');
	await expect(page).toHaveURL(/\/gids\/grief\/$/);
	// Then ten minutes without a touch: back to the start screen, and the guest's data is gone.
	await page.clock.fastForward('10:05');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Buurthuis De Poort');
	await expect.poll(() => databases(page)).not.toContain(GUEST_DB);
	await expect(page.getByRole('region', { name: 'Gastsessie' })).toHaveCount(0);
});

/** What a guest sees in their own language; Arabic and Turkish are the languages guests pick most here. */
const GUEST_TEXTS = {
	tr: {
		button: 'Türkçe',
		bar: 'Misafir oturumu',
		note: 'İşin bitince her şey silinir.',
		done: 'Bitti',
		warning: 'Hâlâ burada mısın?',
		continue: 'Hâlâ buradayım',
		close: 'Kapat: hâlâ buradayım'
	},
	ar: {
		button: 'العربية',
		bar: 'جلسة ضيف',
		note: 'يُمسح كل شيء عندما تنتهي.',
		done: 'انتهيت',
		warning: 'هل ما زلت هنا؟',
		continue: 'ما زلت هنا',
		close: 'إغلاق: ما زلت هنا'
	}
} as const;

for (const lang of ['tr', 'ar'] as const) {
	const words = GUEST_TEXTS[lang];
	test(`a guest who chose ${words.button} keeps it after full page loads: guest bar, topic page, reload, warning (issue 19)`, async ({
		page
	}) => {
		await page.clock.install();
		await page.goto('/');
		await ready(page);
		await enableWalkIn(page);
		await page.getByRole('button', { name: words.button }).click();
		await ready(page, lang);
		await page.locator('.begin button').click();
		const bar = page.getByRole('region', { name: words.bar });
		await expect(bar).toContainText(words.note);

		// A guide topic and the way back to a room are full page loads, as is a reload.
		for (const path of ['/gids/grief/', '/netwerk/']) {
			await page.goto(path);
			await ready(page, lang);
			await expect(bar, path).toContainText(words.note);
			await expect(bar.getByRole('link'), path).toHaveText(words.done);
		}
		await page.reload();
		await ready(page, lang);
		await expect(bar).toContainText(words.note);

		await page.clock.fastForward('09:05');
		const dialog = page.getByRole('alertdialog', { name: words.warning });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: words.continue, exact: true })).toBeVisible();
		await expect(dialog.getByRole('button', { name: words.close })).toBeVisible();
	});
}

test('walk-in screens reflow at 320 px with 200% text', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => localStorage.setItem('aan-het-roer:prefs', JSON.stringify({ textScale: 2 })));
	const overflow = () =>
		page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	await page.goto('/inloop/');
	await ready(page);
	expect(await overflow(), 'staff page').toBeLessThanOrEqual(0);
	await enableWalkIn(page);
	expect(await overflow(), 'start').toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: 'Begin' }).click();
	await seedGuestRecords(page);
	expect(await overflow(), 'running').toBeLessThanOrEqual(0);
	await page.getByRole('link', { name: 'Klaar' }).click();
	await expect(page.getByTestId('take-home-qr')).toBeVisible();
	expect(await overflow(), 'take-home').toBeLessThanOrEqual(0);
});

test('setup: the neighbourhood is chosen from the feed; "Vandaag" is titled after what it lists; guests get no owner advice (issue 19)', async ({
	page
}) => {
	await page.goto('/inloop/');
	await ready(page);
	// The sample feed's seven neighbourhoods, after "Alle wijken": nothing to mistype.
	const wijk = page.getByLabel('Wijk', { exact: true });
	await expect(wijk.locator('option')).toHaveText([
		'Alle wijken',
		'De Velden',
		'Havenkwartier',
		'Kerkbuurt',
		'Molenwijk',
		'Nieuwland',
		'Oosterpark',
		'Zuiderhof'
	]);
	await expectNoAxeViolations(page, 'staff page with the neighbourhood choice');

	await enableWalkIn(page, 'Havenkwartier');
	await expect(page.getByRole('heading', { level: 2, name: 'Vandaag in Havenkwartier' })).toBeVisible();
	await switchOffWalkIn(page);

	// With every neighbourhood, the list is not the centre's: the heading says so.
	await enableWalkIn(page, '');
	await expect(page.getByRole('heading', { level: 2, name: 'Vandaag in alle wijken' })).toBeVisible();
	await expect(page.getByText('Vandaag in Buurthuis De Poort')).toHaveCount(0);

	// "Zet de app op je beginscherm" is for an owner; a guest's data is wiped anyway.
	await page.locator('.begin button').click();
	await page.goto('/mijn-gegevens/');
	await ready(page);
	await expect(page.getByTestId('storage-usage')).toBeVisible();
	await expect(page.getByText('beginscherm', { exact: false })).toHaveCount(0);
});

test("staff change the neighbourhood and timeout with the code while walk-in mode stays on, and see today's list first (issue 19)", async ({
	page
}) => {
	await page.clock.setFixedTime(new Date('2026-12-07T09:00:00+01:00'));
	await page.goto('/inloop/');
	await ready(page);
	// While choosing, staff see what guests will see under "Vandaag": a wrong neighbourhood shows at once.
	const preview = page.getByRole('region', { name: 'Dit zien gasten vandaag' });
	const wijk = page.getByLabel('Wijk', { exact: true });
	await expect(wijk.locator('option[value="Havenkwartier"]')).toHaveCount(1);
	const loading = preview.getByText('We kijken wat er vandaag is…');
	await wijk.selectOption('Havenkwartier');
	await expect(loading).toHaveCount(0);
	const havenkwartier = await preview.getByRole('listitem').allTextContents();
	expect(havenkwartier.length).toBeGreaterThan(0);
	await wijk.selectOption('');
	await expect(loading).toHaveCount(0);
	const all = await preview.getByRole('listitem').allTextContents();
	expect(all.length).toBeGreaterThan(havenkwartier.length);
	for (const line of havenkwartier) expect(all).toContain(line);

	await enableWalkIn(page, 'Havenkwartier');
	await page.goto('/inloop/');
	await ready(page);
	const change = page.getByRole('region', { name: 'Instellingen wijzigen' });
	await expect(change.getByLabel('Naam van het buurthuis')).toHaveValue('Buurthuis De Poort');
	await expect(change.getByLabel('Wijk', { exact: true })).toHaveValue('Havenkwartier');
	await change.getByLabel('Naam van het buurthuis').fill('Wijkcentrum Zuid');
	await change.getByLabel('Wijk', { exact: true }).selectOption('Zuiderhof');
	await change.getByLabel('Stoppen na hoeveel minuten niets doen?').selectOption('20');

	// A wrong code changes nothing, and says so.
	await change.getByLabel('Code voor medewerkers').fill('verkeerd');
	await change.getByRole('button', { name: 'Opslaan' }).click();
	await expect(change.getByText('Deze code klopt niet.', { exact: false })).toBeVisible();
	const stored = () =>
		page.evaluate(() => JSON.parse(localStorage.getItem('aan-het-roer:walk-in') ?? 'null'));
	expect(await stored()).toMatchObject({ centre: 'Buurthuis De Poort', neighbourhood: 'Havenkwartier' });

	await change.getByLabel('Code voor medewerkers').fill(CODE);
	await change.getByRole('button', { name: 'Opslaan' }).click();
	await expect(change.getByRole('status')).toHaveText('De nieuwe instellingen zijn opgeslagen.');
	expect(await stored()).toMatchObject({
		centre: 'Wijkcentrum Zuid',
		neighbourhood: 'Zuiderhof',
		timeoutMinutes: 20
	});
	await expect(page.getByText('Wijk: Zuiderhof')).toBeVisible();
	await expect(page.getByText('Stopt na 20 minuten niets doen.')).toBeVisible();
	await expectNoAxeViolations(page, 'staff page with the change form');

	// Still on: the guests' start screen greets from the new centre and lists the new neighbourhood.
	await page.getByRole('link', { name: 'Naar het startscherm voor gasten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Wijkcentrum Zuid');
	await expect(page.getByRole('heading', { level: 2, name: 'Vandaag in Zuiderhof' })).toBeVisible();
});

for (const lang of ['nl', 'ar'] as const) {
	test(`the printable instruction for the centre names the timeout and how staff switch off (${lang}, issue 19)`, async ({
		page
	}) => {
		await enableWalkIn(page, 'Kerkbuurt');
		if (lang === 'ar') {
			await page.evaluate(() => localStorage.setItem('aan-het-roer:prefs', JSON.stringify({ lang: 'ar' })));
			await page.goto('/inloop/uitleg/');
		} else {
			await page.goto('/inloop/');
			await ready(page);
			await page.getByRole('link', { name: 'Uitleg voor bij de tablet' }).click();
		}
		await ready(page, lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			lang === 'nl' ? 'Zo werkt de tablet' : 'هكذا يعمل الجهاز اللوحي'
		);
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		await expect(page.getByText('Buurthuis De Poort')).toBeVisible();
		await expect(
			page.getByText(lang === 'nl' ? 'Doe je 10 minuten niets?' : '10 دقائق', { exact: false })
		).toBeVisible();
		await expectNoAxeViolations(page, `instruction sheet ${lang}`);
		// On paper: no buttons, no back link.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: lang === 'nl' ? 'Afdrukken' : 'طباعة' })).toBeHidden();
		await expect(page.locator('.page-header .back')).toBeHidden();
	});
}
