import { describe, expect, it } from 'vitest';
import { hashStaffCode, isAcceptableCode, verifyStaffCode } from './staff-code';

describe('staff code', () => {
	it('stores a salted hash, never the code itself', async () => {
		const stored = await hashStaffCode('buurt2026', 1000);
		expect(JSON.stringify(stored)).not.toContain('buurt2026');
		expect(stored.iterations).toBe(1000);
		const again = await hashStaffCode('buurt2026', 1000);
		expect(again.salt).not.toBe(stored.salt);
		expect(again.hash).not.toBe(stored.hash);
	});

	it('accepts the right code (spaces around it are forgiven) and refuses others', async () => {
		const stored = await hashStaffCode('buurt2026', 1000);
		expect(await verifyStaffCode('buurt2026', stored)).toBe(true);
		expect(await verifyStaffCode('  buurt2026 ', stored)).toBe(true);
		expect(await verifyStaffCode('buurt2027', stored)).toBe(false);
		expect(await verifyStaffCode('', stored)).toBe(false);
	});

	it('refuses a broken stored hash instead of throwing', async () => {
		expect(await verifyStaffCode('x', { hash: '%%%', salt: '@@', iterations: 1000 })).toBe(false);
	});

	it('refuses a stored iteration count outside the bounds the PIN has, without deriving (no hang)', async () => {
		const stored = await hashStaffCode('buurt2026', 1000);
		const started = Date.now();
		expect(await verifyStaffCode('buurt2026', { ...stored, iterations: 50_000_000 })).toBe(false);
		expect(Date.now() - started).toBeLessThan(2_000);
		expect(await verifyStaffCode('buurt2026', { ...stored, iterations: 0 })).toBe(false);
		expect(await verifyStaffCode('buurt2026', { ...stored, iterations: 1.5 })).toBe(false);
	});

	it('asks for at least four characters', () => {
		expect(isAcceptableCode('123')).toBe(false);
		expect(isAcceptableCode(' 1234 ')).toBe(true);
	});
});
