import { describe, expect, it } from 'vitest';
import { readWalkInConfig, WALK_IN_KEY, writeWalkInConfig, type WalkInConfig } from './device';
import { hashStaffCode } from './staff-code';
import { changeSettings, passStaffGate } from './staff-gate';

function storage() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

async function walkInDevice(): Promise<ReturnType<typeof storage>> {
	const s = storage();
	const config: WalkInConfig = {
		centre: 'Buurthuis De Poort',
		neighbourhood: 'Noord',
		timeoutMinutes: 10,
		code: await hashStaffCode('7391', 1000),
		deviceLang: 'nl'
	};
	writeWalkInConfig(config, s);
	return s;
}

const now = Date.UTC(2026, 11, 6, 12);
const settings = { centre: '  Wijkcentrum Zuid ', neighbourhood: 'Zuid', timeoutMinutes: 20 };

describe('changing walk-in settings with the staff code', () => {
	it('changes centre, neighbourhood and timeout and keeps walk-in mode, code and language', async () => {
		const s = await walkInDevice();
		const before = readWalkInConfig(s);
		const result = await changeSettings('7391', settings, now, s);
		expect(result.ok).toBe(true);
		const after = readWalkInConfig(s);
		expect(after).toMatchObject({ centre: 'Wijkcentrum Zuid', neighbourhood: 'Zuid', timeoutMinutes: 20 });
		expect(after?.code).toEqual(before?.code);
		expect(after?.deviceLang).toBe('nl');
	});

	it('changes nothing with a wrong code and says so', async () => {
		const s = await walkInDevice();
		const result = await changeSettings('0000', settings, now, s);
		expect(result).toEqual({ ok: false, reason: 'wrong-code', waitSeconds: 0 });
		expect(readWalkInConfig(s)).toMatchObject({ centre: 'Buurthuis De Poort', timeoutMinutes: 10 });
	});

	it('makes a guest who tries codes wait, also for the settings, and a right code clears the count', async () => {
		const s = await walkInDevice();
		for (let i = 0; i < 4; i++) expect((await passStaffGate('0000', now, s)).ok).toBe(false);
		expect(await passStaffGate('0001', now, s)).toEqual({ ok: false, reason: 'wait', waitSeconds: 60 });
		// Even the right code waits until the minute is over.
		expect(await changeSettings('7391', settings, now + 30_000, s)).toMatchObject({
			ok: false,
			reason: 'wait'
		});
		expect(readWalkInConfig(s)?.centre).toBe('Buurthuis De Poort');
		const later = await changeSettings('7391', settings, now + 61_000, s);
		expect(later.ok).toBe(true);
		expect(readWalkInConfig(s)).toMatchObject({
			failedAttempts: 0,
			lockedUntil: 0,
			centre: 'Wijkcentrum Zuid'
		});
	});

	it('clamps a timeout out of range', async () => {
		const s = await walkInDevice();
		await changeSettings('7391', { ...settings, timeoutMinutes: 900 }, now, s);
		expect(readWalkInConfig(s)?.timeoutMinutes).toBe(60);
	});

	it('is refused on an ordinary device', async () => {
		const s = storage();
		expect(await changeSettings('7391', settings, now, s)).toMatchObject({
			ok: false,
			reason: 'not-walk-in'
		});
		expect(s.getItem(WALK_IN_KEY)).toBeNull();
	});
});
