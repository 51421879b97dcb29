import { describe, expect, it } from 'vitest';
import {
	clampTimeout,
	isAbandoned,
	readSessionMarker,
	readWalkInConfig,
	SESSION_KEY,
	WALK_IN_KEY,
	writeWalkInConfig
} from './device';

function storage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

const code = { hash: 'aGFzaA==', salt: 'c2FsdA==', iterations: 1000 };

describe('walk-in configuration', () => {
	it('round-trips and clamps the timeout', () => {
		const s = storage();
		writeWalkInConfig({ centre: 'De Poort', neighbourhood: 'Noord', timeoutMinutes: 10, code }, s);
		expect(readWalkInConfig(s)).toMatchObject({ centre: 'De Poort', timeoutMinutes: 10 });
		expect(clampTimeout(0)).toBe(2);
		expect(clampTimeout(500)).toBe(60);
		expect(clampTimeout(Number.NaN)).toBe(10);
	});

	it('treats a missing or broken value as an ordinary device', () => {
		expect(readWalkInConfig(storage())).toBeNull();
		expect(readWalkInConfig(storage({ [WALK_IN_KEY]: '{oops' }))).toBeNull();
		expect(readWalkInConfig(storage({ [WALK_IN_KEY]: '{"centre":"x"}' }))).toBeNull();
	});

	it('reads a session marker', () => {
		expect(readSessionMarker(storage({ [SESSION_KEY]: '{"startedAt":5}' }))).toEqual({
			startedAt: 5,
			lastActive: 5,
			clipboard: false
		});
		expect(readSessionMarker(storage())).toBeNull();
	});

	it('calls a session abandoned after a restart or a long silence', () => {
		const marker = { startedAt: 0, lastActive: 0 };
		expect(isAbandoned(marker, false, 10, 1000)).toBe(true);
		expect(isAbandoned(marker, true, 10, 60_000)).toBe(false);
		expect(isAbandoned(marker, true, 10, 11 * 60_000)).toBe(true);
	});
});

describe('staff code lockout', () => {
	it('lets four wrong codes pass, then makes each further try wait longer, up to 15 minutes', async () => {
		const { lockoutMs } = await import('./device');
		expect(lockoutMs(4)).toBe(0);
		expect(lockoutMs(5)).toBe(60_000);
		expect(lockoutMs(6)).toBe(120_000);
		expect(lockoutMs(20)).toBe(15 * 60_000);
	});
});
