import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addGoal, chooseBreakthrough, deleteGoal } from '$lib/goals/store';
import { addPerson, removePerson, takeSnapshot } from '$lib/network/store';
import { profiles } from '$lib/profile/profiles.svelte';
import { db } from './db';
import { save, storageHealth } from './health.svelte';

const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));

beforeEach(async () => {
	await Promise.all(db().tables.map((table) => table.clear()));
	profiles.forget();
	storageHealth.clear();
});

describe('writes say explicitly whether they worked (issue 14)', () => {
	it('reads a write that returns nothing as success, not as failure', async () => {
		expect(await save(async () => undefined)).toEqual({ ok: true, value: undefined });
	});

	it('names the problem of a write that failed', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		expect(await save(quota)).toEqual({ ok: false, problem: 'quota' });
	});

	it('reports deleting a goal and choosing an existing breakthrough as done', async () => {
		const added = await addGoal({ title: 'Weg' });
		const other = await addGoal({ title: 'Blijft' });
		if (!added.ok || !other.ok) throw new Error('the goals were not saved');
		expect(await chooseBreakthrough(other.value)).toMatchObject({ ok: true });
		expect(await deleteGoal(added.value)).toMatchObject({ ok: true });
		expect(await db().goals.count()).toBe(1);
	});

	it('reports a snapshot or a removal that storage refused as failed', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const person = await addPerson({ name: 'Ans', circle: 'close', group: 'friends', supports: [] });
		if (!person.ok) throw new Error('the person was not saved');
		vi.spyOn(db().snapshots, 'add').mockImplementation(quota as never);
		expect(await takeSnapshot([person.value])).toEqual({ ok: false, problem: 'quota' });
		vi.spyOn(db().people, 'delete').mockImplementation(quota as never);
		expect(await removePerson(person.value)).toEqual({ ok: false, problem: 'quota' });
	});
});
