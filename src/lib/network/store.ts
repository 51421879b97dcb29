import { db, save, stamp, type NetworkSnapshot, type Person, type WriteResult } from '$lib/storage';
import { profiles } from '$lib/profile/profiles.svelte';
import { readOpenProfile } from '$lib/storage/current-profile';
import { snapshotPeople } from './compare';
import { cleanName, cleanText } from './people';

/** The resident's own fields of a person; ids, owner and time stamps are ours. */
export type PersonFields = Omit<Person, 'id' | 'profileId' | 'createdAt' | 'updatedAt'>;

function tidy(fields: PersonFields): PersonFields {
	const tidied: PersonFields = {
		name: cleanName(fields.name),
		circle: fields.circle,
		group: fields.group,
		supports: [...new Set(fields.supports)]
	};
	if (fields.energy) tidied.energy = fields.energy;
	if (fields.frequency) tidied.frequency = fields.frequency;
	const canAsk = cleanText(fields.canAsk);
	if (canAsk) tidied.canAsk = canAsk;
	const note = cleanText(fields.note);
	if (note) tidied.note = note;
	return tidied;
}

/** The people of the current profile (read inside a LiveQuery). */
export async function peopleOf(profileId: string | null): Promise<Person[]> {
	if (!profileId) return [];
	return db().people.where('profileId').equals(profileId).toArray();
}

/**
 * The current profile's people and snapshots, for live queries. The profile is read inside the query, so
 * a restore, a profile switch or a wipe in any tab re-runs it and the map shows the new truth.
 */
export const currentPeople = async (): Promise<Person[]> => peopleOf((await readOpenProfile(db())) ?? null);
export const currentSnapshots = async (): Promise<NetworkSnapshot[]> =>
	snapshotsOf((await readOpenProfile(db())) ?? null);

export async function snapshotsOf(profileId: string | null): Promise<NetworkSnapshot[]> {
	if (!profileId) return [];
	const list = await db().snapshots.where('profileId').equals(profileId).toArray();
	return list.sort((a, b) => b.takenAt - a.takenAt);
}

export async function addPerson(fields: PersonFields): Promise<WriteResult<Person>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const person: Person = stamp({ profileId, ...tidy(fields) });
		await db().people.add(person);
		return person;
	});
}

/** Not ok when storage refused the change (the banner then says why). */
export async function updatePerson(person: Person, fields: PersonFields): Promise<WriteResult<string>> {
	// put, not update: fields the resident cleared (a note, the energy) must really go.
	return save(() =>
		db().people.put({
			id: person.id,
			profileId: person.profileId,
			createdAt: person.createdAt,
			updatedAt: Date.now(),
			...tidy(fields)
		})
	);
}

export async function removePerson(person: Person): Promise<WriteResult<void>> {
	return save(() => db().people.delete(person.id));
}

/** Undo after a delete: the same record comes back, with its place in the list. */
export async function restorePerson(person: Person): Promise<WriteResult<string>> {
	return save(() => db().people.put(person));
}

export async function takeSnapshot(people: readonly Person[]): Promise<WriteResult<void>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const now = Date.now();
		await db().snapshots.add(stamp({ profileId, takenAt: now, people: snapshotPeople(people) }, now));
	});
}

export async function removeSnapshot(id: string): Promise<WriteResult<void>> {
	return save(() => db().snapshots.delete(id));
}
