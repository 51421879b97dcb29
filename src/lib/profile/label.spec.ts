import { beforeAll, describe, expect, it } from 'vitest';
import { loadNamespaces } from '$lib/i18n/i18n';
import { plainWithName, type WithNameText } from '$lib/i18n/name-slot';
import { copyNote, profileBarText, profileName } from './label';

const plain = (note: WithNameText | undefined) => note && plainWithName(note);

describe('how a profile names itself', () => {
	beforeAll(() => loadNamespaces(['data']));

	it('an own profile has its name, or "Mijn profiel", and no copy note', () => {
		expect(profileName({ name: '  Sam ' })).toBe('Sam');
		expect(profileName({ name: '' })).toBe('Mijn profiel');
		expect(copyNote({ kind: 'own' })).toBeUndefined();
		expect(plain(profileBarText({ name: 'Sam' }))).toBe('Profiel: Sam');
	});

	it('a kept share says whose copy it is and the day it was shared', () => {
		expect(plain(copyNote({ kind: 'shared', copyOf: { from: 'Fatima', sharedOn: '2026-12-06' } }))).toBe(
			'Kopie van Fatima, gedeeld op 6 december 2026'
		);
		expect(plain(copyNote({ kind: 'shared', copyOf: { from: ' ', sharedOn: '2026-12-06' } }))).toBe(
			'Kopie van iemand zonder naam, gedeeld op 6 december 2026'
		);
	});

	it('a copy from a link without a date, or kept before copies were marked, says what it knows', () => {
		expect(plain(copyNote({ kind: 'shared', copyOf: { from: 'Fatima' } }))).toBe('Kopie van Fatima');
		expect(plain(copyNote({ kind: 'shared' }))).toBe('Gedeeld door iemand anders');
	});

	it('keeps the typed name out of the sentence, in its own place, in every language', async () => {
		const { ensureLanguage, i18n } = await import('$lib/i18n/i18n');
		await ensureLanguage('ar');
		await i18n.changeLanguage('ar');
		try {
			const note = copyNote({ kind: 'shared', copyOf: { from: 'Sara B.', sharedOn: '2026-12-06' } });
			expect(note?.name).toBe('Sara B.');
			expect(note?.text).not.toContain('Sara');
			expect(note?.text.split('\uE000')).toHaveLength(2);
		} finally {
			await i18n.changeLanguage('nl');
		}
	});
});
