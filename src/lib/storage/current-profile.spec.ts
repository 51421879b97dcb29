import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from './app-db';
import { readOpenProfile, writeCurrentProfile } from './current-profile';
import { markUnlocked } from './unlocked';

function memorySession() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v)
	};
}

const stamp = { createdAt: 1, updatedAt: 1 };
let database: AppDb | undefined;

afterEach(async () => {
	await database?.delete();
	database = undefined;
});

describe('the profile the rooms may read', () => {
	it('is the current profile, unless it has a PIN not typed in this tab', async () => {
		database = new AppDb('open-profile');
		await database.profiles.bulkAdd([
			{ id: 'open', name: 'Sara', kind: 'own', ...stamp },
			{ id: 'locked', name: 'Tiener', kind: 'own', pin: { hash: 'h', salt: 's', iterations: 1000 }, ...stamp }
		]);
		const session = memorySession();

		expect(await readOpenProfile(database, session), 'no current profile yet').toBeUndefined();
		await writeCurrentProfile(database, 'open');
		expect(await readOpenProfile(database, session)).toBe('open');

		await writeCurrentProfile(database, 'locked');
		expect(await readOpenProfile(database, session), 'behind its PIN').toBeUndefined();
		expect(await readOpenProfile(database, undefined), 'no session storage: stays locked').toBeUndefined();
		markUnlocked(session, 'locked');
		expect(await readOpenProfile(database, session)).toBe('locked');
	});
});
