// Mijn doelen: what a resident waits for on a cheap phone — the room with many goals, ticking a step,
// saving a check-in and seeing the comparison, the conversation page — and what a first visit downloads.
import { firstVisitBytes } from './measure.mjs';

export const title = 'Mijn doelen (goals)';

const GOALS = 40;
const STEPS_PER_GOAL = 6;
const CHECKINS = 24;

/** Fills the app's database as a resident with a long history would have it (after the app created it). */
async function seed(page) {
	await page.evaluate(
		async ({ goals, stepsPerGoal, checkins }) => {
			const db = await new Promise((resolve) => {
				const request = indexedDB.open('aan-het-roer');
				request.onsuccess = () => resolve(request.result);
			});
			const read = db.transaction('settings').objectStore('settings').get('currentProfile');
			const profileId = await new Promise((resolve) => (read.onsuccess = () => resolve(read.result.value)));
			const tx = db.transaction(['goals', 'steps', 'checkins', 'people', 'strengths'], 'readwrite');
			const now = Date.now();
			const areas = ['money', 'housing', 'routine', 'health', 'mood', 'family', 'network', 'takingPart'];
			for (let p = 0; p < 30; p++) {
				tx.objectStore('people').put({
					id: `p${p}`,
					profileId,
					name: `Persoon ${p}`,
					circle: 'close',
					group: 'friends',
					supports: [],
					createdAt: now,
					updatedAt: now
				});
			}
			for (let s = 0; s < 20; s++)
				tx.objectStore('strengths').put({
					id: `s${s}`,
					profileId,
					text: `Ik kan ding ${s}`,
					createdAt: now + s,
					updatedAt: now
				});
			for (let g = 0; g < goals; g++) {
				const status = g % 5 === 0 ? 'done' : g % 4 === 0 ? 'paused' : 'active';
				tx.objectStore('goals').put({
					id: `g${g}`,
					profileId,
					title: `Doel ${g}`,
					status,
					createdAt: now - g,
					updatedAt: now
				});
				for (let s = 0; s < stepsPerGoal; s++) {
					tx.objectStore('steps').put({
						id: `g${g}s${s}`,
						profileId,
						goalId: `g${g}`,
						title: `Stap ${s} van doel ${g}`,
						order: s,
						helperIds: [`p${s}`],
						done: s < 2,
						createdAt: now,
						updatedAt: now
					});
				}
			}
			for (let c = 0; c < checkins; c++) {
				const ratings = {};
				for (const [i, area] of areas.entries())
					ratings[area] = { score: ((c + i) % 5) + 1, talk: i === c % 8 };
				const date = new Date(2025, 0, 1 + c * 14).toISOString().slice(0, 10);
				tx.objectStore('checkins').put({
					id: `c${c}`,
					profileId,
					date,
					ratings,
					createdAt: now + c,
					updatedAt: now
				});
			}
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ goals: GOALS, stepsPerGoal: STEPS_PER_GOAL, checkins: CHECKINS }
	);
}

async function timed(action) {
	const start = Date.now();
	await action();
	return Date.now() - start;
}

export async function run({ browser, baseURL }) {
	const bytes = await firstVisitBytes(browser, new URL('/doelen/', baseURL).href);
	const planBytes = await firstVisitBytes(browser, new URL('/doelen/veiligheidsplan/', baseURL).href);

	const context = await browser.newContext({
		baseURL,
		viewport: { width: 360, height: 800 },
		locale: 'nl-NL'
	});
	const page = await context.newPage();
	await page.goto('/doelen/sterke-kanten/');
	await page.waitForSelector('html[data-hydrated]');
	await page.getByLabel('Iets wat goed gaat').fill('Ik kan goed koken');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await page.getByText('Ik kan goed koken').waitFor();
	await seed(page);

	const roomMs = await timed(async () => {
		await page.goto('/doelen/');
		await page.getByRole('link', { name: /Doel 39/ }).waitFor();
	});

	await page.goto('/doelen/doel/?id=g1');
	await page.getByRole('checkbox', { name: 'Stap 5 van doel 1' }).waitFor();
	const tickMs = await timed(async () => {
		await page.getByRole('checkbox', { name: 'Stap 5 van doel 1' }).check();
		await page.getByText('3 van 6 stappen').waitFor();
	});
	const stepMs = await timed(async () => {
		await page.getByLabel('Nieuwe stap').fill('Nog een kleine stap');
		await page.getByRole('button', { name: 'Stap toevoegen' }).click();
		await page.getByRole('checkbox', { name: 'Nog een kleine stap' }).waitFor();
	});

	const checkinPageMs = await timed(async () => {
		await page.goto('/doelen/check-in/');
		await page.getByText(`${CHECKINS} check-ins bewaard`).waitFor();
	});
	await page.waitForSelector('html[data-hydrated]');
	await page
		.getByRole('group', { name: 'Hoe gaat het met: Geld?' })
		.getByLabel('Goed', { exact: true })
		.check();
	const checkinMs = await timed(async () => {
		await page.getByRole('button', { name: 'Check-in opslaan' }).click();
		await page.getByText(`${CHECKINS + 1} check-ins bewaard`).waitFor();
	});

	const conversationMs = await timed(async () => {
		await page.goto('/doelen/gesprek/');
		await page.getByText('Persoon 29').first().waitFor();
	});
	// The safety plan is opened in a bad moment, from a crisis result: people drawn with their names.
	const safetyPlanMs = await timed(async () => {
		await page.goto('/doelen/veiligheidsplan/');
		await page.getByRole('checkbox', { name: 'Persoon 29' }).waitFor();
	});
	await context.close();

	return [
		{ metric: 'first visit /doelen/: HTML+CSS+JS (gzip)', value: bytes.total, unit: 'B' },
		{
			metric: 'first visit /doelen/veiligheidsplan/: HTML+CSS+JS (gzip)',
			value: planBytes.total,
			unit: 'B',
			budget: 100 * 1024
		},
		{
			metric: 'open the safety plan (30 people to pick from)',
			value: safetyPlanMs,
			unit: 'ms',
			budget: 1500
		},
		{
			metric: `open room with ${GOALS} goals, ${GOALS * STEPS_PER_GOAL} steps`,
			value: roomMs,
			unit: 'ms',
			budget: 1500
		},
		{ metric: 'tick a step → progress updated', value: tickMs, unit: 'ms', budget: 300 },
		{ metric: 'add a step → shown', value: stepMs, unit: 'ms', budget: 500 },
		{
			metric: `open check-in page (${CHECKINS} check-ins, radar + table)`,
			value: checkinPageMs,
			unit: 'ms',
			budget: 1500
		},
		{ metric: 'save a check-in → comparison updated', value: checkinMs, unit: 'ms', budget: 500 },
		{
			metric: 'open conversation page (30 people, 20 strengths)',
			value: conversationMs,
			unit: 'ms',
			budget: 1500
		}
	];
}
