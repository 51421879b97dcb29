// Mijn gegevens: how long a backup and a restore take with 500 records (plain and with a passphrase),
// and how long the encrypted share link of a typical profile is (budget 2,000 characters, one QR code).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const title = 'Mijn gegevens (backup, restore, share link)';

const NOW = Date.UTC(2026, 10, 1);
const stamp = (i) => ({ createdAt: NOW + i, updatedAt: NOW + i });
const empty = () => ({
	profiles: [{ id: 'p', name: 'Sara', kind: 'own', ...stamp(0) }],
	people: [],
	snapshots: [],
	goals: [],
	steps: [],
	strengths: [],
	checkins: [],
	conversations: [],
	favourites: []
});
const file = (data) =>
	JSON.stringify({
		format: 'aan-het-roer-backup',
		version: 1,
		createdAt: new Date(NOW).toISOString(),
		appVersion: 'bench',
		data
	});

/** 500 records: 300 people, 50 goals with 2 steps each, 30 strengths, 20 check-ins. */
function largeBackup() {
	const data = empty();
	for (let i = 0; i < 300; i++)
		data.people.push({
			id: `n${i}`,
			profileId: 'p',
			name: `Persoon ${i} 🌷`,
			circle: 'close',
			group: 'friends',
			supports: ['listening'],
			note: 'Een notitie van een paar woorden.',
			...stamp(i)
		});
	for (let i = 0; i < 50; i++) {
		data.goals.push({ id: `g${i}`, profileId: 'p', title: `Doel ${i}`, status: 'active', ...stamp(i) });
		for (let j = 0; j < 2; j++)
			data.steps.push({
				id: `s${i}-${j}`,
				profileId: 'p',
				goalId: `g${i}`,
				title: `Stap ${j}`,
				order: j,
				helperIds: [],
				done: false,
				...stamp(i)
			});
	}
	for (let i = 0; i < 30; i++)
		data.strengths.push({ id: `k${i}`, profileId: 'p', text: `Sterk punt ${i}`, ...stamp(i) });
	for (let i = 0; i < 20; i++)
		data.checkins.push({
			id: `c${i}`,
			profileId: 'p',
			date: `2026-0${(i % 9) + 1}-1${i % 10}`,
			ratings: { money: { score: 3, talk: true } },
			...stamp(i)
		});
	return data;
}

/** The typical profile of the budget: 25 people, 5 goals with 4 steps each, 8 strengths, 2 check-ins. */
function typicalBackup() {
	const data = empty();
	const names = [
		'Fatima',
		'Oma Joke',
		'Mehmet',
		'Buurvrouw Anja',
		'Juf Sanne',
		'Tante Ilse',
		'Kees',
		'Yusuf'
	];
	const circles = ['close', 'further', 'far'];
	const groups = ['family', 'friends', 'neighbours', 'schoolWork', 'clubsFaith', 'professionals', 'other'];
	for (let i = 0; i < 25; i++)
		data.people.push({
			id: `n${i}`,
			profileId: 'p',
			name: `${names[i % 8]} ${i}`,
			circle: circles[i % 3],
			group: groups[i % 7],
			supports: ['practical', 'listening'].slice(0, (i % 2) + 1),
			...(i % 4 === 0 ? { canAsk: 'Boodschappen doen als ik ziek ben' } : {}),
			...stamp(i)
		});
	const titles = [
		'Rust in mijn hoofd',
		'Post op orde',
		'Huur op tijd betalen',
		'Vaker naar buiten',
		'Taalcafé'
	];
	for (let i = 0; i < 5; i++) {
		data.goals.push({
			id: `g${i}`,
			profileId: 'p',
			title: titles[i],
			status: 'active',
			area: 'money',
			...stamp(i)
		});
		for (let j = 0; j < 4; j++)
			data.steps.push({
				id: `s${i}-${j}`,
				profileId: 'p',
				goalId: `g${i}`,
				title: `Stap ${j + 1}: ${['bellen', 'brief lezen', 'afspraak maken', 'samen gaan'][j]}`,
				order: j,
				helperIds: [],
				done: j === 0,
				...stamp(j)
			});
	}
	for (let i = 0; i < 8; i++)
		data.strengths.push({
			id: `k${i}`,
			profileId: 'p',
			text: ['Ik ben geduldig', 'Ik kan goed koken', 'Ik help graag', 'Ik zet door'][i % 4],
			...stamp(i)
		});
	for (let i = 0; i < 2; i++)
		data.checkins.push({
			id: `c${i}`,
			profileId: 'p',
			date: `2026-1${i}-01`,
			ratings: {
				money: { score: 2, talk: true },
				housing: { score: 4, talk: false },
				mood: { score: 3, talk: false }
			},
			...stamp(i)
		});
	return data;
}

async function restore(page, path, passphrase) {
	await page.goto('/mijn-gegevens/reservekopie/');
	await page.waitForSelector('html[data-hydrated]');
	const start = Date.now();
	await page.getByLabel('Kies een reservekopie').setInputFiles(path);
	if (passphrase) {
		await page.getByLabel('Wachtwoord van het bestand').fill(passphrase);
		await page.getByRole('button', { name: 'Openen' }).click();
	}
	await page.getByRole('button', { name: 'Terugzetten' }).click();
	await page.getByText('Je gegevens zijn teruggezet.').waitFor({ timeout: 60_000 });
	return Date.now() - start;
}

async function backup(page, passphrase) {
	await page.goto('/mijn-gegevens/reservekopie/');
	await page.waitForSelector('html[data-hydrated]');
	if (passphrase) {
		await page.getByLabel('Wachtwoord (mag leeg blijven)').fill(passphrase);
		// Since the backup page asks the passphrase twice (issue 18), the bench types it twice too.
		await page.getByLabel('Hetzelfde wachtwoord nog een keer').fill(passphrase);
	}
	const start = Date.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Reservekopie downloaden' }).click()
	]);
	const ms = Date.now() - start;
	return { ms, path: await download.path() };
}

export async function run({ browser, baseURL }) {
	const dir = await mkdtemp(join(tmpdir(), 'data-bench-'));
	const large = join(dir, 'large.json');
	const typical = join(dir, 'typical.json');
	await writeFile(large, file(largeBackup()));
	await writeFile(typical, file(typicalBackup()));

	const context = await browser.newContext({
		baseURL,
		viewport: { width: 360, height: 800 },
		locale: 'nl-NL',
		acceptDownloads: true
	});
	const page = await context.newPage();
	const rows = [];
	rows.push({
		metric: 'restore 500 records (plain file)',
		value: await restore(page, large),
		unit: 'ms',
		budget: 2000
	});
	const plain = await backup(page);
	rows.push({ metric: 'backup 500 records (plain file)', value: plain.ms, unit: 'ms', budget: 2000 });
	const sealed = await backup(page, 'zeilboot 42');
	rows.push({
		metric: 'backup 500 records (passphrase, PBKDF2 600k)',
		value: sealed.ms,
		unit: 'ms',
		budget: 5000
	});
	rows.push({
		metric: 'restore 500 records (passphrase, PBKDF2 600k)',
		value: await restore(page, sealed.path, 'zeilboot 42'),
		unit: 'ms',
		budget: 5000
	});

	await context.close();

	// The typical profile on its own, in a fresh browser: restoring adds by default, so the same browser
	// would share the 500 records above as well.
	const fresh = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 }, locale: 'nl-NL' });
	const own = await fresh.newPage();
	await restore(own, typical);
	await own.goto('/mijn-gegevens/delen/');
	await own.waitForSelector('html[data-hydrated]');
	await own.getByRole('button', { name: 'Maak de link' }).click();
	const link = await own.getByTestId('share-link').inputValue();
	rows.push({
		metric: 'share link, typical profile (all parts)',
		value: link.length,
		unit: 'chars',
		budget: 2000
	});
	rows.push({
		metric: 'share link fits one QR code (1 = yes)',
		value: (await own.getByTestId('share-qr').count()) > 0 ? 1 : 0,
		unit: 'bool'
	});
	await fresh.close();
	return rows;
}
