/**
 * The profiles table for the rooms: every read loads storage first, every write answers a WriteResult.
 * Components call these, never db(); the database-level functions in profiles.ts stay testable alone.
 */
import { db, loadStorage, stamp } from '$lib/storage/db';
import { save } from '$lib/storage/health.svelte';
import type { WriteResult } from '$lib/storage/result';
import type { Profile } from '$lib/storage/schema';
import type { NewRecords } from '$lib/share/source';
import type { PinHash } from './pin';
import { eraseProfile } from '$lib/storage/wipe';
import { addProfile, saveSharedProfile, setPin } from './profiles';

/** Every profile on this device, oldest first (also a live query). */
export async function allProfiles(): Promise<Profile[]> {
	await loadStorage();
	return db().profiles.orderBy('createdAt').toArray();
}

export function createProfile(name: string): Promise<WriteResult<string>> {
	return save(() => addProfile(db(), stamp({ name, kind: 'own' as const })));
}

/** Sets (or, with undefined, removes) the screen lock of a profile. */
export function changePin(id: string, pin: PinHash | undefined): Promise<WriteResult<void>> {
	return save(() => setPin(db(), id, pin));
}

export function removeProfile(id: string): Promise<WriteResult<void>> {
	return save(() => eraseProfile(db(), id));
}

/** A received share, kept as its own profile; restore checks every record against the schemas first. */
export function keepSharedProfile(records: NewRecords): Promise<WriteResult<string>> {
	return save(() => saveSharedProfile(db(), records));
}
