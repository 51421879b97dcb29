import { describe, expect, it } from 'vitest';
import type { Person } from '$lib/storage/schema';
import { compare, hasChanges, snapshotPeople } from './compare';

describe('compare', () => {
	it('finds who is new, who left, who came closer and who moved away', () => {
		const before = [
			{ id: 'a', name: 'Ans', circle: 'far' as const },
			{ id: 'b', name: 'Bram', circle: 'close' as const },
			{ id: 'c', name: 'Cor', circle: 'further' as const }
		];
		const now = [
			{ id: 'a', name: 'Ans', circle: 'close' as const },
			{ id: 'b', name: 'Bram', circle: 'further' as const },
			{ id: 'd', name: 'Dewi', circle: 'far' as const }
		];
		const result = compare(before, now);
		expect(result.added.map((p) => p.id)).toEqual(['d']);
		expect(result.removed.map((p) => p.id)).toEqual(['c']);
		expect(result.closer).toEqual([{ id: 'a', name: 'Ans', from: 'far', to: 'close' }]);
		expect(result.further).toEqual([{ id: 'b', name: 'Bram', from: 'close', to: 'further' }]);
		expect(hasChanges(result)).toBe(true);
	});

	it('sees no change in an unchanged map', () => {
		const same = [{ id: 'a', name: 'Ans', circle: 'far' as const }];
		expect(hasChanges(compare(same, same))).toBe(false);
	});

	it('keeps only the map fields in a snapshot', () => {
		const person: Person = {
			id: 'a',
			profileId: 'p',
			createdAt: 1,
			updatedAt: 1,
			name: 'Ans',
			circle: 'close',
			group: 'family',
			supports: ['care'],
			note: 'private note'
		};
		expect(snapshotPeople([person])).toEqual([
			{ id: 'a', name: 'Ans', circle: 'close', group: 'family', supports: ['care'] }
		]);
	});
});
