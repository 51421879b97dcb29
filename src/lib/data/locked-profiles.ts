import type { DataSet } from '$lib/storage/data-set';
import { PERSONAL_TABLES, type Profile } from '$lib/storage/schema';
import { isUnlocked, tabSession } from '$lib/storage/unlocked';

/**
 * Profiles on this device whose PIN was not typed in this tab. A backup, "Vervangen" and "Alles wissen"
 * act on every profile at once, so without this check a sibling could take or wipe a locked profile
 * without its PIN (issue 18): a backup leaves them out and says so; replacing and wiping wait until
 * each one is opened with its PIN.
 */
export function lockedHere(
	profiles: readonly Profile[],
	session: Pick<Storage, 'getItem'> | undefined = tabSession()
): Profile[] {
	return profiles.filter((profile) => profile.pin && !isUnlocked(session, profile.id));
}

/** The data set without these profiles and every record of theirs. */
export function withoutProfiles(all: DataSet, leaveOut: readonly Profile[]): DataSet {
	if (leaveOut.length === 0) return all;
	const ids = new Set(leaveOut.map((profile) => profile.id));
	const kept = { ...all, profiles: all.profiles.filter((profile) => !ids.has(profile.id)) };
	for (const table of PERSONAL_TABLES) {
		if (table === 'profiles') continue;
		(kept[table] as { profileId: string }[]) = (all[table] as { profileId: string }[]).filter(
			(record) => !ids.has(record.profileId)
		);
	}
	return kept;
}
