import { describe, expect, it } from 'vitest';
import { cleanName, closer, further, initials, sortPeople } from './people';

describe('people helpers', () => {
	it('makes initials from any script', () => {
		expect(initials('Fatima El Amrani')).toBe('FA');
		expect(initials('oma')).toBe('O');
		expect(initials('محمد علي')).toBe('مع');
		expect(initials('  ')).toBe('?');
	});

	it('moves one circle at a time and stops at the edges', () => {
		expect(closer('far')).toBe('further');
		expect(closer('close')).toBeUndefined();
		expect(further('close')).toBe('further');
		expect(further('far')).toBeUndefined();
	});

	it('sorts closest first, then by when they were added', () => {
		const list = [
			{ id: 'x', circle: 'far' as const, createdAt: 1 },
			{ id: 'y', circle: 'close' as const, createdAt: 5 },
			{ id: 'z', circle: 'close' as const, createdAt: 2 }
		];
		expect(sortPeople(list).map((p) => p.id)).toEqual(['z', 'y', 'x']);
	});

	it('tidies names and caps them at 2,000 characters', () => {
		expect(cleanName('  Jan   de  Vries ')).toBe('Jan de Vries');
		expect(cleanName('a'.repeat(2500))).toHaveLength(2000);
	});
});
