import type { AppDb } from './app-db';
import { isUnlocked, tabSession } from './unlocked';

/**
 * Which profile the rooms show, kept in ONE place: the settings table. Every room, the backup restore,
 * the profile list and the walk-in mode read and write it through these functions, so a restore, a
 * reload or a second tab all agree (Dexie's live queries see a change of this record, in any tab).
 */
const CURRENT_PROFILE_KEY = 'currentProfile';

export async function readCurrentProfile(database: AppDb): Promise<string | undefined> {
	const value = (await database.settings.get(CURRENT_PROFILE_KEY))?.value;
	return typeof value === 'string' ? value : undefined;
}

/**
 * The profile whose records the rooms may read in this tab: the current one, unless it has a PIN that was
 * not typed in this tab. A locked profile's records are then never read, so no frame of them is drawn
 * behind the lock, however slowly the lock itself appears (issue 18). Every room's read goes through here.
 */
export async function readOpenProfile(
	database: AppDb,
	session: Pick<Storage, 'getItem'> | undefined = tabSession()
): Promise<string | undefined> {
	const id = await readCurrentProfile(database);
	if (!id) return undefined;
	const profile = await database.profiles.get(id);
	if (profile?.pin && !isUnlocked(session, id)) return undefined;
	return id;
}

export async function writeCurrentProfile(database: AppDb, id: string): Promise<void> {
	await database.settings.put({ key: CURRENT_PROFILE_KEY, value: id, updatedAt: Date.now() });
}

export async function clearCurrentProfile(database: AppDb): Promise<void> {
	await database.settings.delete(CURRENT_PROFILE_KEY);
}

/**
 * Makes the setting point at a profile that exists: the stored choice while it exists, otherwise the
 * oldest profile, otherwise none. Writes only when that changes the setting. Restore, profile delete and
 * start-up call it, so records restored into a fresh browser are shown at once instead of hidden.
 */
export async function settleCurrentProfile(database: AppDb): Promise<string | undefined> {
	return database.transaction('rw', database.profiles, database.settings, async () => {
		const stored = await readCurrentProfile(database);
		if (stored && (await database.profiles.get(stored))) return stored;
		const oldest = (await database.profiles.orderBy('createdAt').first())?.id;
		if (oldest) await writeCurrentProfile(database, oldest);
		else if (stored) await clearCurrentProfile(database);
		return oldest;
	});
}
