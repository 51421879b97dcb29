import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPerson, currentPeople, removePerson } from '$lib/network/store';
import { db } from './db';
import { writeCurrentProfile } from './current-profile';
import { LiveQuery } from './live.svelte';
import { storageHealth } from './health.svelte';

/** A LiveQuery as a room holds it: read in a reactive place (here an effect, in a room its template). */
function live<T>(query: () => Promise<T>, initial: T) {
	const holder = new LiveQuery(query, initial);
	return { query: holder, stop: reading(holder) };
}

/** An effect that reads the query, as a template would; returns how to stop reading. */
function reading<T>(query: LiveQuery<T>): () => void {
	const stop = $effect.root(() => {
		$effect(() => {
			void query.current;
			void query.loaded;
		});
	});
	flushSync(); // runs the effect now, as mounting a component would
	return stop;
}

describe('LiveQuery (rune state)', () => {
	let stop = () => undefined as void;
	afterEach(async () => {
		stop();
		await db().delete();
		await db().open();
		storageHealth.clear();
	});

	it('starts with the initial value, then follows every write: add, remove', async () => {
		const people = live(currentPeople, []);
		stop = people.stop;
		expect(people.query.current).toEqual([]);
		await vi.waitFor(() => expect(people.query.loaded).toBe(true));

		const added = await addPerson({ name: 'Mama', circle: 'close', group: 'family', supports: [] });
		expect(added.ok).toBe(true);
		await vi.waitFor(() => expect(people.query.current.map((person) => person.name)).toEqual(['Mama']));

		if (!added.ok) return;
		expect((await removePerson(added.value)).ok).toBe(true);
		await vi.waitFor(() => expect(people.query.current).toEqual([]));
	});

	it('re-reads when the current profile changes (a switch or a restore), without a new query', async () => {
		const people = live(currentPeople, []);
		stop = people.stop;
		const mama = await addPerson({ name: 'Mama', circle: 'close', group: 'family', supports: [] });
		await vi.waitFor(() => expect(people.query.current).toHaveLength(1));
		if (!mama.ok) throw new Error('the write failed');

		await db().profiles.add({ id: 'sibling', name: 'Broer', kind: 'own', createdAt: 1, updatedAt: 1 });
		await writeCurrentProfile(db(), 'sibling');
		await vi.waitFor(() => expect(people.query.current).toEqual([]));
		await writeCurrentProfile(db(), mama.value.profileId);
		await vi.waitFor(() => expect(people.query.current.map((person) => person.name)).toEqual(['Mama']));
	});

	it('reports a failing query to the calm storage banner instead of throwing', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const broken = live(async () => {
			throw new DOMException('disk full', 'QuotaExceededError');
		}, 'initial');
		stop = broken.stop;
		await vi.waitFor(() => expect(storageHealth.problem).toBe('quota'));
		expect(broken.query.current).toBe('initial');
		expect(warn).toHaveBeenCalledWith('[storage]', expect.any(DOMException));
	});

	it('stops following once its owner is gone', async () => {
		const people = live(currentPeople, []);
		await vi.waitFor(() => expect(people.query.loaded).toBe(true));
		people.stop();
		// A second query, still running, shows when the change has gone round; the stopped one stays put.
		const witness = live(currentPeople, []);
		stop = witness.stop;
		await addPerson({ name: 'Oom Kees', circle: 'further', group: 'family', supports: [] });
		await vi.waitFor(() => expect(witness.query.current).toHaveLength(1));
		expect(people.query.current).toEqual([]);
	});

	it('works outside component setup: made at module level, it asks storage only while something reads it', async () => {
		let asked = 0;
		const people = new LiveQuery(async () => {
			asked++;
			return currentPeople();
		}, []);
		// Nobody reads it yet: no query runs.
		await addPerson({ name: 'Tante Ans', circle: 'further', group: 'family', supports: [] });
		expect(asked).toBe(0);

		stop = reading(people);
		await vi.waitFor(() => expect(people.current.map((person) => person.name)).toEqual(['Tante Ans']));
		stop();
		// Nothing reads it any more: a new write does not reach it.
		const before = asked;
		await addPerson({ name: 'Oom Kees', circle: 'further', group: 'family', supports: [] });
		const witness = live(currentPeople, []);
		stop = witness.stop;
		await vi.waitFor(() => expect(witness.query.current).toHaveLength(2));
		expect(asked).toBe(before);
		expect(people.current).toHaveLength(1);
	});
});
