import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import {
	addProfileWithPin,
	BACKUP_FIXTURE as FIXTURE,
	expect,
	expectNoAxeViolations,
	ready,
	restoreFixture,
	test,
	usePrefs
} from './fixtures';

// Mijn gegevens: backup and restore, encrypted sharing with a coach, profiles, delete everything.

async function leftovers(page: Page) {
	return page.evaluate(async () => ({
		databases: (await indexedDB.databases()).map((info) => info.name),
		local: Object.keys(localStorage).filter((key) => key !== 'aan-het-roer:prefs'),
		session: Object.keys(sessionStorage).filter((key) => !key.startsWith('sveltekit')).length,
		caches: (await caches.keys()).filter((name) => !name.startsWith('workbox-precache'))
	}));
}

/** Every request a context makes, with its body, to prove no key or personal data leaves the device. */
function logRequests(context: BrowserContext): string[] {
	const log: string[] = [];
	context.on('request', (request) => log.push(`${request.url()} ${request.postData() ?? ''}`));
	return log;
}

test.describe('Mijn gegevens', () => {
	test('backup, delete everything, restore: nothing is lost, bad files change nothing', async ({ page }) => {
		// Several passphrase checks at 600,000 PBKDF2 rounds each, on shared CPU cores.
		test.setTimeout(120_000);
		await restoreFixture(page);
		await expectNoAxeViolations(page, 'backup page');

		await page.goto('/mijn-gegevens/');
		await ready(page);
		await expect(page.getByRole('heading', { level: 3, name: 'Sara' })).toBeVisible();
		await expect(page.getByTestId('backup-advice')).toHaveText('Je hebt nog geen reservekopie gemaakt.');
		await expectNoAxeViolations(page, 'data hub');

		// An encrypted backup.
		await page.getByRole('link', { name: 'Reservekopie maken of terugzetten' }).click();
		await ready(page);
		// A typo in the repeat field: nothing is downloaded and the field says why (issue 18).
		const passphrase = page.getByLabel('Wachtwoord (mag leeg blijven)');
		const repeat = page.getByLabel('Hetzelfde wachtwoord nog een keer');
		await passphrase.fill('zeil');
		await expect(page.getByText('Dit wachtwoord is kort.')).toBeVisible();
		await passphrase.fill('zeilboot 42');
		await expect(page.getByText('Dit wachtwoord is goed.')).toBeVisible();
		await repeat.fill('zeilbot 42');
		let downloads = 0;
		page.on('download', () => downloads++);
		await page.getByRole('button', { name: 'Reservekopie downloaden' }).click();
		await expect(repeat).toHaveAccessibleDescription(/De twee wachtwoorden zijn niet hetzelfde/);
		await expect(repeat).toBeFocused();
		await expect(repeat).toHaveAttribute('aria-invalid', 'true');
		// Show the password to find the typo.
		await page.getByLabel('Laat het wachtwoord zien').check();
		await expect(repeat).toHaveAttribute('type', 'text');
		await expect(repeat).toHaveValue('zeilbot 42');
		await expectNoAxeViolations(page, 'backup page, passphrase typo');
		await repeat.fill('zeilboot 42');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Reservekopie downloaden' }).click()
		]);
		expect(downloads).toBe(1); // only this one: the typo downloaded nothing
		expect(download.suggestedFilename()).toMatch(
			/^aan-het-roer-backup-met-wachtwoord-\d{4}-\d{2}-\d{2}\.json$/
		);
		const backup = await readFile((await download.path())!, 'utf8');
		expect(backup).toContain('"encrypted"');
		expect(backup).not.toContain('Oma Fatma');
		await expect(page.getByTestId('backup-made')).toHaveText(/Je reservekopie heeft een wachtwoord\./);
		await expect(page.getByText(`Het bestand heet ${download.suggestedFilename()}.`)).toBeVisible();
		await expect(page.getByText('Profielen: Sara')).toBeVisible();
		await expect(passphrase).toHaveValue('');
		await expect(passphrase).toHaveAttribute('type', 'password');

		await page.goto('/mijn-gegevens/');
		await ready(page);
		await expect(page.getByTestId('backup-advice')).toContainText('Je laatste reservekopie is van');

		// Delete everything, with a clear confirmation.
		await page.getByRole('button', { name: 'Alles wissen' }).click();
		const dialog = page.getByRole('alertdialog', { name: 'Echt alles wissen?' });
		await expect(dialog).toBeVisible();
		await expectNoAxeViolations(page, 'delete everything dialog');
		await expect(dialog.getByRole('button', { name: 'Ja, wis alles' })).toBeDisabled();
		await dialog.getByLabel('Ik weet dat dit niet terug kan').check();
		await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
		await expect(page.getByText('Alles is gewist.')).toBeVisible();
		await ready(page);
		await expect(page.getByRole('heading', { level: 3, name: 'Sara' })).toHaveCount(0);
		await expect.poll(() => leftovers(page)).toEqual({ databases: [], local: [], session: 0, caches: [] });

		// Bad files: each its own message, nothing stored.
		await page.goto('/mijn-gegevens/reservekopie/');
		await ready(page);
		const input = page.getByLabel('Kies een reservekopie');
		const problem = page.getByTestId('backup-problem');
		const file = (name: string, text: string) => ({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		const parsed = JSON.parse(backup) as { version: number; encrypted: { ciphertext: string } };
		await input.setInputFiles(file('new.json', JSON.stringify({ ...parsed, version: 99 })));
		await expect(problem).toHaveText(
			'Dit bestand komt van een nieuwere versie van de app. Werk de app eerst bij.'
		);
		await input.setInputFiles(file('other.json', '{"format":"iets-anders","version":1}'));
		await expect(problem).toHaveText('Dit bestand komt van een andere app.');
		await input.setInputFiles(file('cut.json', backup.slice(0, backup.length / 2)));
		await expect(problem).toHaveText('Dit bestand is niet compleet. Misschien ging het downloaden mis.');
		await input.setInputFiles(file('big.json', ' '.repeat(20 * 1024 * 1024)));
		await expect(problem).toHaveText(
			'Dit bestand is te groot. Een reservekopie van deze app is veel kleiner.'
		);
		const ct = parsed.encrypted.ciphertext;
		const flipped = ct.slice(0, 10) + (ct[10] === 'A' ? 'B' : 'A') + ct.slice(11);
		await input.setInputFiles(file('tampered.json', backup.replace(ct, flipped)));
		await page.getByLabel('Wachtwoord van het bestand').fill('zeilboot 42');
		await page.getByRole('button', { name: 'Openen' }).click();
		await expect(problem).toHaveText('Dit bestand is veranderd nadat het gemaakt is. We openen het niet.', {
			timeout: 20_000
		});
		expect((await leftovers(page)).databases).toEqual([]);

		// The real file: a wrong passphrase first, then the right one.
		await input.setInputFiles(file('backup.json', backup));
		await page.getByLabel('Wachtwoord van het bestand').fill('verkeerd');
		await page.getByRole('button', { name: 'Openen' }).click();
		await expect(problem).toHaveText('Dit wachtwoord klopt niet. Probeer het nog eens.', { timeout: 20_000 });
		await page.getByLabel('Wachtwoord van het bestand').fill('zeilboot 42');
		await page.getByRole('button', { name: 'Openen' }).click();
		await expect(page.getByText('3 personen in het netwerk')).toBeVisible({ timeout: 20_000 });
		await page.getByRole('button', { name: 'Terugzetten' }).click();
		await expect(page.getByText('Je gegevens zijn teruggezet.')).toBeVisible();

		await page.goto('/mijn-gegevens/');
		await ready(page);
		await expect(page.getByRole('heading', { level: 3, name: 'Sara' })).toBeVisible();
	});

	test('a resident shares goals and network; the coach sees exactly that and keeps it as a profile', async ({
		page,
		context,
		browser
	}, testInfo) => {
		const residentLog = logRequests(context);
		await restoreFixture(page);
		await page.goto('/mijn-gegevens/delen/');
		await ready(page);
		for (const part of ['Wat goed gaat', 'Mijn check-ins', 'Mijn gesprek voorbereiden'])
			await page.getByLabel(part).uncheck();
		const preview = page.getByTestId('shared-view');
		// The name the coach will see, and plain words on what a sent link means.
		const senderName = page.getByLabel('Welke naam ziet de ander?');
		await expect(senderName).toHaveValue('Sara');
		await senderName.fill('Sara B.');
		await expect(
			page.getByText('Een link die je hebt verstuurd, kun je niet terugnemen.', { exact: false })
		).toBeVisible();
		const today = await page.evaluate(() =>
			new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date())
		);
		await expect(preview.getByText('Van Sara B.')).toBeVisible();
		await expect(preview.getByText(`Gedeeld op ${today}`)).toBeVisible();
		await expect(preview.getByText('Oma Fatma 🌷')).toBeVisible();
		await expect(preview.getByText('Minder schulden')).toBeVisible();
		await expect(preview.getByText('Ik geef niet op')).toHaveCount(0);
		await page.getByRole('button', { name: 'Maak de link' }).click();
		const link = await page.getByTestId('share-link').inputValue();
		expect(link).toMatch(/\/gedeeld\/#v1\.[\w-]{43}\.[\w-]+$/);
		await expect(page.getByTestId('share-qr')).toBeVisible();
		await expectNoAxeViolations(page, 'share page');

		const coachContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'nl-NL' });
		const coachLog = logRequests(coachContext);
		const coach = await coachContext.newPage();
		const errors: string[] = [];
		coach.on('pageerror', (error) => errors.push(error.message));
		coach.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await coach.goto(link);
		await ready(coach);
		await expect(
			coach.getByText('Gedeeld door iemand anders, alleen op dit apparaat te zien.')
		).toBeVisible();
		expect(new URL(coach.url()).hash).toBe('');
		const view = coach.getByTestId('shared-view');
		await expect(view.getByText('Van Sara B.')).toBeVisible();
		await expect(view.getByText(`Gedeeld op ${today}`)).toBeVisible();
		await expect(view.getByText('Oma Fatma 🌷')).toBeVisible();
		await expect(view.getByText('Minder schulden')).toBeVisible();
		await expect(view.getByText('Ik geef niet op')).toHaveCount(0);
		await expect(view.getByRole('heading', { name: 'Check-ins' })).toHaveCount(0);
		await expectNoAxeViolations(coach, 'receive page');

		await coach.getByRole('button', { name: 'Bewaar als apart profiel' }).click();
		await expect(coach.getByLabel('Naam van het profiel')).toHaveValue('Sara B.');
		await coach.getByLabel('Naam van het profiel').fill('Gezin Sara');
		await coach.getByRole('button', { name: 'Bewaren' }).click();
		await expect(coach.getByText('Bewaard als profiel “Gezin Sara”.')).toBeVisible();
		await coach.getByRole('link', { name: 'Naar Mijn gegevens' }).click();
		await ready(coach);
		await expect(coach.getByRole('heading', { level: 3, name: 'Gezin Sara' })).toBeVisible();
		const copyNote = `Kopie van Sara B., gedeeld op ${today}`;
		await expect(coach.locator('.badges').getByText(copyNote)).toBeVisible();
		// Every room says whose copy is open, so the coach never takes it for their own records.
		await coach.goto('/netwerk/');
		await ready(coach);
		const bar = coach.getByTestId('profile-bar');
		await expect(bar).toContainText('Profiel: Gezin Sara');
		await expect(bar).toContainText(copyNote);
		await expect(bar.getByRole('link', { name: 'Ander profiel' })).toHaveAttribute(
			'href',
			'/mijn-gegevens/#profiles-title'
		);
		await expectNoAxeViolations(coach, 'network room with the profile bar');

		// A changed link is refused with a clear message.
		const at = link.length - 5;
		await coach.goto(link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1));
		await ready(coach);
		await expect(coach.getByTestId('receive-problem')).toHaveText(
			'Deze link is beschadigd of niet compleet. Vraag om een nieuwe link.'
		);
		await coachContext.close();
		expect(errors).toEqual([]);

		const key = link.split('#')[1]!.split('.')[1]!;
		for (const entry of [...residentLog, ...coachLog]) {
			expect(entry).not.toContain(key);
			expect(entry).not.toContain('Oma');
			expect(decodeURIComponent(entry)).not.toContain('Fatma');
		}
	});

	test('profiles on one device: add, switch, a PIN with slow-down, delete', async ({ page }) => {
		await restoreFixture(page);
		await page.goto('/mijn-gegevens/');
		await ready(page);
		await page.getByRole('button', { name: 'Profiel toevoegen' }).click();
		await page.getByLabel('Naam van het profiel').fill('Tiener');
		await page.getByRole('button', { name: 'Bewaren' }).click();
		await expect(page.getByTestId('profile-status')).toHaveText('Tiener is nu open.');
		// Two profiles: the rooms say which one is open.
		await expect(page.getByTestId('profile-bar')).toContainText('Profiel: Tiener');

		await page.getByRole('button', { name: 'PIN instellen' }).click();
		const setPin = page.getByRole('dialog', { name: 'PIN instellen' });
		await expect(
			setPin.getByText('Je gegevens zijn er niet mee versleuteld.', { exact: false })
		).toBeVisible();
		await setPin.getByLabel('PIN (4 tot 8 cijfers)').fill('12');
		await setPin.getByRole('button', { name: 'Bewaren' }).click();
		await expect(setPin.getByText('Kies 4 tot 8 cijfers.')).toBeVisible();
		await setPin.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await setPin.getByLabel('Typ de PIN nog een keer').fill('2486');
		await setPin.getByRole('button', { name: 'Bewaren' }).click();
		await expect(setPin.getByText('De twee PIN’s zijn niet hetzelfde. Typ ze opnieuw.')).toBeVisible();
		await expect(setPin.getByLabel('PIN (4 tot 8 cijfers)')).toHaveValue('');
		await setPin.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await setPin.getByLabel('Typ de PIN nog een keer').fill('2468');
		await setPin.getByRole('button', { name: 'Bewaren' }).click();
		await expect(page.getByText('Met PIN')).toBeVisible();

		// A new tab (no session yet) opens on the screen lock.
		const tab = await page.context().newPage();
		await tab.goto('/');
		await ready(tab);
		const lock = tab.getByTestId('profile-lock');
		await expect(lock.getByRole('heading', { name: 'PIN van Tiener' })).toBeVisible();
		await expectNoAxeViolations(tab, 'screen lock');
		await lock.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await lock.getByRole('button', { name: 'Openen' }).click();
		await expect(lock).toBeHidden();
		await tab.close();

		await page.getByRole('button', { name: 'Open dit profiel: Sara' }).click();
		await expect(page.getByTestId('profile-status')).toHaveText('Sara is nu open.');

		await page.getByRole('button', { name: 'Open dit profiel: Tiener' }).click();
		const pin = page.getByRole('dialog', { name: 'PIN van Tiener' });
		await pin.getByLabel('PIN (4 tot 8 cijfers)').fill('0000');
		await pin.getByRole('button', { name: 'Openen' }).click();
		await expect(pin.getByText('Deze PIN klopt niet.')).toBeVisible();
		await expectNoAxeViolations(page, 'PIN dialog');
		await pin.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await pin.getByRole('button', { name: 'Openen' }).click();
		await expect(page.getByTestId('profile-status')).toHaveText('Tiener is nu open.');

		await page.getByRole('button', { name: 'Open dit profiel: Sara' }).click();
		await page.getByRole('button', { name: 'Open dit profiel: Tiener' }).click();
		for (let i = 0; i < 3; i++) {
			await pin.getByLabel('PIN (4 tot 8 cijfers)').fill('1111');
			await pin.getByRole('button', { name: 'Openen' }).click();
		}
		await expect(pin.getByText('Te vaak fout. Probeer het over 5 seconden opnieuw.')).toBeVisible();
		await pin.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await pin.getByRole('button', { name: 'Openen' }).click();
		await expect(pin).toBeVisible();
		await pin.getByRole('button', { name: 'Sluiten' }).click();

		await page.getByRole('button', { name: 'Profiel verwijderen: Tiener' }).click();
		await page.getByRole('button', { name: 'Ja, verwijder dit profiel' }).click();
		await expect(page.getByRole('heading', { level: 3, name: 'Tiener' })).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 3, name: 'Sara' })).toBeVisible();
		// One own profile again: nothing to tell apart, so no bar.
		await expect(page.getByTestId('profile-bar')).toHaveCount(0);
	});

	test('someone else’s locked profile is deleted only with its PIN, and "PIN vergeten?" says what is possible', async ({
		page,
		context
	}) => {
		await restoreFixture(page);
		await page.goto('/mijn-gegevens/');
		await ready(page);
		await addProfileWithPin(page, 'Tiener', '2468');

		// "Nu vergrendelen" in the menu brings the lock back at once, with honest help for a lost PIN.
		await page.getByRole('button', { name: 'Menu', exact: true }).click();
		await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
		const lock = page.getByTestId('profile-lock');
		await expect(lock.getByRole('heading', { name: 'PIN van Tiener' })).toBeVisible();
		await expect(lock.getByText('PIN vergeten?')).toBeVisible();
		await lock.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await lock.getByRole('button', { name: 'Openen' }).click();
		await expect(lock).toBeHidden();

		await page.getByRole('button', { name: 'Open dit profiel: Sara' }).click();
		await expect(page.getByTestId('profile-status')).toHaveText('Sara is nu open.');
		// Sara has no PIN: nothing to lock.
		await page.getByRole('button', { name: 'Menu', exact: true }).click();
		await expect(page.getByRole('link', { name: 'Over deze app' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Nu vergrendelen' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Menu', exact: true }).click();

		// A sibling on the same device, in a tab where Tiener was never opened.
		const sibling = await context.newPage();
		await sibling.goto('/mijn-gegevens/');
		await ready(sibling);
		await sibling.getByRole('button', { name: 'Profiel verwijderen: Tiener' }).click();
		const confirm = sibling.getByRole('alertdialog', { name: 'Tiener verwijderen?' });
		await expect(
			confirm.getByText('Dit profiel heeft een PIN. Typ de PIN om het te verwijderen.')
		).toBeVisible();
		await confirm.getByText('PIN vergeten?').click();
		await expect(confirm.getByText('Wij bewaren je PIN nergens.', { exact: false })).toBeVisible();
		await expectNoAxeViolations(sibling, 'delete a locked profile');
		await confirm.getByRole('button', { name: 'Ja, verwijder dit profiel' }).click();
		await expect(confirm.getByText('Deze PIN klopt niet.')).toBeVisible();
		await confirm.getByLabel('PIN (4 tot 8 cijfers)').fill('1357');
		await confirm.getByRole('button', { name: 'Ja, verwijder dit profiel' }).click();
		// The checked PIN is cleared once the check is done; the message was already there.
		await expect(confirm.getByLabel('PIN (4 tot 8 cijfers)')).toHaveValue('');
		await expect(confirm.getByText('Deze PIN klopt niet.')).toBeVisible();
		await expect(sibling.getByRole('heading', { level: 3, name: 'Tiener' })).toBeVisible();

		// Its owner knows the PIN.
		await confirm.getByLabel('PIN (4 tot 8 cijfers)').fill('2468');
		await confirm.getByRole('button', { name: 'Ja, verwijder dit profiel' }).click();
		await expect(confirm).toBeHidden();
		await expect(sibling.getByRole('heading', { level: 3, name: 'Tiener' })).toHaveCount(0);
		await expect(sibling.getByRole('heading', { level: 3, name: 'Sara' })).toBeVisible();
	});

	test('in Arabic, right to left, the screens have no accessibility problems', async ({ page }) => {
		await usePrefs(page, { lang: 'ar' });
		await page.goto('/mijn-gegevens/');
		await ready(page, 'ar');
		await expectNoAxeViolations(page, 'data hub, ar');
		await page.goto('/mijn-gegevens/reservekopie/');
		await ready(page, 'ar');
		await page.locator('input[type=file]').setInputFiles(FIXTURE);
		// Wait for the summary's own button: "the last submit button" was the download button until it appeared.
		await page.getByRole('button', { name: 'استرجع', exact: true }).click();
		await expect(page.getByText('استُرجعت بياناتك.')).toBeVisible();
		await expectNoAxeViolations(page, 'backup page, ar');
		await page.goto('/mijn-gegevens/delen/');
		await ready(page, 'ar');
		await expect(page.getByTestId('shared-view')).toBeVisible();
		await expectNoAxeViolations(page, 'share page, ar');
		await page.goto('/gedeeld/#v1.kapot');
		await ready(page, 'ar');
		await expect(page.getByTestId('receive-problem')).toBeVisible();
		await expectNoAxeViolations(page, 'receive page, ar');
	});

	test('at 320 px with 200% text nothing scrolls sideways, in dark mode too', async ({ page }) => {
		await usePrefs(page, { textScale: 2, theme: 'dark' });
		await page.setViewportSize({ width: 320, height: 700 });
		await restoreFixture(page);
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await overflow(), 'backup').toBeLessThanOrEqual(0);
		await page.goto('/mijn-gegevens/');
		await ready(page);
		await expect(page.getByRole('heading', { level: 3, name: 'Sara' })).toBeVisible();
		expect(await overflow(), 'hub').toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page, 'data hub, dark, large text');
		await page.goto('/mijn-gegevens/delen/');
		await ready(page);
		await page.getByRole('button', { name: 'Maak de link' }).click();
		const link = await page.getByTestId('share-link').inputValue();
		expect(await overflow(), 'share').toBeLessThanOrEqual(0);
		await page.goto(link);
		await ready(page);
		await expect(page.getByTestId('shared-view')).toBeVisible();
		expect(await overflow(), 'receive').toBeLessThanOrEqual(0);
	});
});
