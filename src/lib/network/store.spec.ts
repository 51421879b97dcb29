import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/storage';
import { unwrap } from '$lib/storage/testing';
import { addPerson, peopleOf, removePerson, restorePerson, takeSnapshot, updatePerson } from './store';

beforeEach(async () => {
	await db().people.clear();
	await db().snapshots.clear();
});

describe('network store', () => {
	it('adds a person with just a name and a circle, tidied, under the current profile', async () => {
		const person = unwrap(
			await addPerson({ name: '  Oma   Riet ', circle: 'close', group: 'family', supports: [] })
		);
		expect(person.name).toBe('Oma Riet');
		const stored = await peopleOf(person.profileId);
		expect(stored).toEqual([person]);
		expect(stored[0]).not.toHaveProperty('note');
	});

	it('keeps HTML and right-to-left text exactly, and caps names at 2,000 characters', async () => {
		const html = '"><img src=x onerror=alert(1)> سارة 🌷';
		const a = unwrap(await addPerson({ name: html, circle: 'far', group: 'other', supports: [] }));
		const b = unwrap(
			await addPerson({ name: 'x'.repeat(2500), circle: 'far', group: 'other', supports: [] })
		);
		expect((await db().people.get(a.id))?.name).toBe(html);
		expect((await db().people.get(b.id))?.name).toHaveLength(2000);
	});

	it('really removes fields the resident cleared when changing a person', async () => {
		const person = unwrap(
			await addPerson({
				name: 'Karim',
				circle: 'further',
				group: 'friends',
				supports: ['advice', 'advice'],
				energy: 'costs',
				note: 'Belt vaak laat'
			})
		);
		expect(person.supports).toEqual(['advice']);
		await updatePerson(person, { ...person, energy: undefined, note: '  ', circle: 'close' });
		const stored = await db().people.get(person.id);
		expect(stored).toMatchObject({ circle: 'close', createdAt: person.createdAt });
		expect(stored).not.toHaveProperty('energy');
		expect(stored).not.toHaveProperty('note');
	});

	it('brings a removed person back unchanged with undo', async () => {
		const person = unwrap(
			await addPerson({
				name: 'Els',
				circle: 'further',
				group: 'neighbours',
				supports: ['practical']
			})
		);
		await removePerson(person);
		expect(await db().people.get(person.id)).toBeUndefined();
		await restorePerson(person);
		expect(await db().people.get(person.id)).toEqual(person);
	});

	it('keeps a dated snapshot of only the map fields', async () => {
		const person = unwrap(
			await addPerson({
				name: 'Mam',
				circle: 'close',
				group: 'family',
				supports: [],
				note: 'privé'
			})
		);
		await takeSnapshot([person]);
		const [snapshot] = await db().snapshots.toArray();
		expect(snapshot?.people).toEqual([
			{ id: person.id, name: 'Mam', circle: 'close', group: 'family', supports: [] }
		]);
	});
});
