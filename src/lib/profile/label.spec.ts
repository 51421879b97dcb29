import { beforeAll, describe, expect, it } from 'vitest';
import { loadNamespaces } from '$lib/i18n/i18n';
import { copyNote, profileName } from './label';

describe('how a profile names itself', () => {
	beforeAll(() => loadNamespaces(['data']));

	it('an own profile has its name, or "Mijn profiel", and no copy note', () => {
		expect(profileName({ name: '  Sam ' })).toBe('Sam');
		expect(profileName({ name: '' })).toBe('Mijn profiel');
		expect(copyNote({ kind: 'own' })).toBeUndefined();
	});

	it('a kept share says whose copy it is and the day it was shared', () => {
		expect(copyNote({ kind: 'shared', copyOf: { from: 'Fatima', sharedOn: '2026-12-06' } })).toBe(
			'Kopie van Fatima, gedeeld op 6 december 2026'
		);
		expect(copyNote({ kind: 'shared', copyOf: { from: ' ', sharedOn: '2026-12-06' } })).toBe(
			'Kopie van iemand zonder naam, gedeeld op 6 december 2026'
		);
	});

	it('a copy from a link without a date, or kept before copies were marked, says what it knows', () => {
		expect(copyNote({ kind: 'shared', copyOf: { from: 'Fatima' } })).toBe('Kopie van Fatima');
		expect(copyNote({ kind: 'shared' })).toBe('Gedeeld door iemand anders');
	});
});
