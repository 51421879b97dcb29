import type { AppDb } from '$lib/storage/db';
import type { Profile } from '$lib/storage/schema';
import type { NewRecords } from '$lib/share/source';
import type { PinHash } from './pin';

/** Managing the profiles on one device: a parent and a teenager, or a coach's shared families. */
export async function addProfile(database: AppDb, profile: Profile): Promise<string> {
	await database.profiles.add(profile);
	return profile.id;
}

export async function renameProfile(database: AppDb, id: string, name: string): Promise<void> {
	await database.profiles.update(id, { name: name.trim(), updatedAt: Date.now() });
}

export async function setPin(database: AppDb, id: string, pin: PinHash | undefined): Promise<void> {
	await database.transaction('rw', database.profiles, async () => {
		const profile = await database.profiles.get(id);
		if (!profile) return;
		const { pin: _old, ...rest } = profile;
		await database.profiles.put({ ...rest, ...(pin ? { pin } : {}), updatedAt: Date.now() });
	});
}

/** A received share, kept as its own profile beside the resident's own ones. */
export async function saveSharedProfile(database: AppDb, records: NewRecords): Promise<string> {
	// Loaded when a share is kept, not with the profile list: restore brings the record schemas and the
	// backup envelope, about 5 KiB that the first visit of /mijn-gegevens/ does not need.
	const { restoreBackup } = await import('$lib/backup/restore');
	await restoreBackup(records.data, 'add', database);
	return records.profileId;
}

export function profileLabel(profile: Pick<Profile, 'name'>, fallback: string): string {
	return profile.name.trim() || fallback;
}
