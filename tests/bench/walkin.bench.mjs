// Walk-in mode: how long a volunteer waits when switching it on, and a guest when tapping "Begin",
// opening "Klaar" (the take-home QR code) and erasing the session; and how big the take-home link is.
export const title = 'Walk-in mode (inloop)';

const GUEST_DB = 'aan-het-roer-guest';

async function addPeople(page, count) {
	await page.waitForFunction(
		async (name) => (await indexedDB.databases()).some((info) => info.name === name),
		GUEST_DB
	);
	await page.evaluate(
		async ({ name, count }) => {
			const db = await new Promise((resolve) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
			});
			const tx = db.transaction(['people', 'goals'], 'readwrite');
			const now = Date.now();
			for (let i = 0; i < count; i++) {
				tx.objectStore('people').put({
					id: `p${i}`,
					profileId: 'guest',
					name: `Persoon ${i}`,
					circle: 'close',
					group: 'friends',
					supports: ['listening'],
					createdAt: now,
					updatedAt: now
				});
			}
			tx.objectStore('goals').put({
				id: 'g',
				profileId: 'guest',
				title: 'Mijn post bijhouden',
				status: 'active',
				createdAt: now,
				updatedAt: now
			});
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ name: GUEST_DB, count }
	);
}

export async function run({ browser, baseURL }) {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 360, height: 800 },
		locale: 'nl-NL'
	});
	const page = await context.newPage();
	await page.goto('/inloop/');
	await page.waitForSelector('html[data-hydrated]');
	await page.getByLabel('Naam van het buurthuis').fill('Buurthuis De Poort');
	await page.getByLabel('Code voor medewerkers', { exact: true }).fill('1234');
	await page.getByLabel('Code nog een keer').fill('1234');

	let start = Date.now();
	await page.getByRole('button', { name: 'Inloop-modus aanzetten' }).click();
	await page.getByRole('button', { name: 'Begin' }).waitFor();
	const enableMs = Date.now() - start;

	start = Date.now();
	await page.getByRole('button', { name: 'Begin' }).click();
	await page.locator('.guest-bar').waitFor();
	await page.waitForFunction(
		async (name) => (await indexedDB.databases()).some((info) => info.name === name),
		GUEST_DB
	);
	const beginMs = Date.now() - start;

	await addPeople(page, 12);
	start = Date.now();
	await page.locator('.guest-bar a').click();
	await page.getByTestId('take-home-qr').waitFor();
	const qrMs = Date.now() - start;
	const modules = await page
		.getByTestId('take-home-qr')
		.evaluate((svg) => Number(svg.getAttribute('viewBox').split(' ')[2]) - 8);

	start = Date.now();
	await page.locator('button.danger').click();
	await page.getByRole('button', { name: 'Begin' }).waitFor();
	await page.waitForFunction(
		async (name) => !(await indexedDB.databases()).some((info) => info.name === name),
		GUEST_DB
	);
	const wipeMs = Date.now() - start;
	await context.close();

	return [
		{ metric: 'switch on (PBKDF2 150k) → start screen', value: enableMs, unit: 'ms', budget: 1500 },
		{ metric: '"Begin" → guest database ready', value: beginMs, unit: 'ms', budget: 1000 },
		{ metric: '"Klaar" → QR code shown (12 people, 1 goal)', value: qrMs, unit: 'ms', budget: 1000 },
		{ metric: 'QR code size (12 people, 1 goal)', value: modules, unit: 'modules' },
		{ metric: '"Alles wissen" → start screen, database gone', value: wipeMs, unit: 'ms', budget: 1500 }
	];
}
