import { describe, expect, it } from 'vitest';
import type { Person } from '$lib/storage/schema';
import { insightKey, insights } from './insight';

type P = Pick<Person, 'id' | 'name' | 'circle' | 'supports' | 'energy'>;
const person = (id: string, fields: Partial<P> = {}): P => ({
	id,
	name: id,
	circle: 'close',
	supports: [],
	...fields
});
const keys = (people: P[]) => insights(people).map(insightKey);

describe('insights', () => {
	it('says nothing about an empty map', () => {
		expect(insights([])).toEqual([]);
	});

	it('names each kind of support nobody gives yet, with a place to look', () => {
		const found = insights([person('a', { supports: ['listening', 'advice', 'company', 'care'] })]);
		expect(found).toContainEqual({ kind: 'missingSupport', support: 'practical', theme: 'practical' });
		expect(keys([person('a', { supports: ['practical'] })])).not.toContain('missingSupport:practical');
	});

	it('notices one person who is the only one for several kinds of support', () => {
		const people = [
			person('mam', { supports: ['practical', 'care', 'listening'] }),
			person('b', { supports: ['listening'] })
		];
		const found = insights(people).find((i) => i.kind === 'carriesMuch');
		expect(found).toEqual({
			kind: 'carriesMuch',
			personId: 'mam',
			name: 'mam',
			supports: ['practical', 'care']
		});
	});

	it('does not call it carrying much when others share the load', () => {
		const people = [
			person('a', { supports: ['practical', 'care'] }),
			person('b', { supports: ['practical', 'care'] })
		];
		expect(keys(people).some((k) => k.startsWith('carriesMuch'))).toBe(false);
	});

	it('lists contacts that cost energy, not those that give or do both', () => {
		const people = [
			person('a', { energy: 'costs' }),
			person('b', { energy: 'both' }),
			person('c', { energy: 'gives' })
		];
		expect(insights(people)).toContainEqual({ kind: 'costsEnergy', names: ['a'] });
	});

	it('puts a worn-out helper and draining contacts first, the outer circles last', () => {
		const people = [person('mam', { circle: 'further', supports: ['practical', 'care'], energy: 'costs' })];
		expect(keys(people)).toEqual([
			'carriesMuch:mam',
			'costsEnergy',
			'emptyCircle:close',
			'missingSupport:listening',
			'missingSupport:advice',
			'missingSupport:company',
			'emptyCircle:far'
		]);
	});

	it('notices empty circles, and stops when someone moves in', () => {
		expect(keys([person('a', { circle: 'further' })])).toContain('emptyCircle:close');
		expect(keys([person('a', { circle: 'close' })])).not.toContain('emptyCircle:close');
	});
});
