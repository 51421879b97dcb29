import { db, type AppDb } from '$lib/storage/db';
import { save } from '$lib/storage/health.svelte';
import type { WriteResult } from '$lib/storage/result';
import { PERSONAL_TABLES } from '$lib/storage/schema';

const LAST_BACKUP_KEY = 'lastBackup';

/** When the last backup was made and when anything last changed (for a live query). */
export async function backupMoments(): Promise<{ lastAt: number | undefined; latest: number }> {
	const last = (await db().settings.get(LAST_BACKUP_KEY))?.value;
	return { lastAt: typeof last === 'number' ? last : undefined, latest: await latestChange(db()) };
}

export function markBackedUp(now = Date.now()): Promise<WriteResult<string>> {
	return save(() => db().settings.put({ key: LAST_BACKUP_KEY, value: now, updatedAt: now }));
}

/** The newest change to any personal record (0: nothing stored). */
export async function latestChange(database: AppDb): Promise<number> {
	let latest = 0;
	for (const table of PERSONAL_TABLES) {
		await database.table(table).each((row: { updatedAt?: number }) => {
			if (typeof row.updatedAt === 'number' && row.updatedAt > latest) latest = row.updatedAt;
		});
	}
	return latest;
}

export type BackupAdvice = 'nothing' | 'never' | 'changed' | 'fine';

/**
 * Whether to remind the resident to make a backup. Browsers (especially on iPhones) may clear the data
 * of a site that is not installed, so a backup after real changes is the only safe copy.
 */
export function backupAdvice(lastBackupAt: number | undefined, latest: number): BackupAdvice {
	if (latest === 0) return 'nothing';
	if (!lastBackupAt) return 'never';
	return latest > lastBackupAt ? 'changed' : 'fine';
}

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether to nudge outside "Mijn gegevens" (e.g. on the Start page): not for every keystroke, but when
 * there is something to lose and the last backup is missing or more than a week behind the changes.
 */
export function shouldRemind(lastBackupAt: number | undefined, latest: number, now = Date.now()): boolean {
	const advice = backupAdvice(lastBackupAt, latest);
	if (advice === 'never') return now - latest < 90 * 24 * 60 * 60 * 1000;
	if (advice === 'changed') return now - lastBackupAt! > WEEK;
	return false;
}
