import { db, PERSONAL_TABLES, type AppDb } from '$lib/storage';
import { clearCurrentProfile, settleCurrentProfile } from '$lib/storage/current-profile';
import { keepRestorable, type DataSet } from '$lib/storage/data-set';
import { validateData, type BackupData } from './envelope';

export type RestoreMode = 'replace' | 'add';

/**
 * Every personal record on this device, for a backup: only what restore accepts. Records whose profile
 * is gone, or that no longer match their schema, are left out, so the app never writes a file it refuses.
 */
export async function collectAll(database: AppDb = db()): Promise<DataSet> {
	const raw = await database.transaction(
		'r',
		PERSONAL_TABLES.map((t) => database.table(t)),
		async () => {
			const entries = await Promise.all(
				PERSONAL_TABLES.map(async (t) => [t, await database.table(t).toArray()] as const)
			);
			return Object.fromEntries(entries) as BackupData;
		}
	);
	const { value, dropped } = keepRestorable(raw);
	if (dropped) console.warn(`[backup] left out ${dropped} record(s) that could not be restored`);
	return value;
}

/**
 * Writes a backup in one transaction: either everything lands or nothing changes.
 * "add" keeps what is here; a record with the same id is overwritten by the file's copy.
 * Afterwards the current profile points at a profile that exists (the one in use, else the oldest).
 */
export async function restoreBackup(data: BackupData, mode: RestoreMode, database: AppDb = db()) {
	// Every record is checked before the first write (throws a BackupError naming the record), so a file
	// or a share with one unusable record changes nothing instead of leaving a room that cannot load.
	const checked = validateData(data);
	const tables = [...PERSONAL_TABLES.map((t) => database.table(t)), database.settings];
	await database.transaction('rw', tables, async () => {
		if (mode === 'replace') {
			for (const t of PERSONAL_TABLES) await database.table(t).clear();
			await clearCurrentProfile(database);
		}
		for (const t of PERSONAL_TABLES) {
			if (checked[t].length) await database.table(t).bulkPut(checked[t]);
		}
		// A fresh browser has no current profile yet: without one, the rooms would hide what was restored.
		await settleCurrentProfile(database);
	});
}
