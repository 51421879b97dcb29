import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from '$lib/storage/app-db';
import { DB_NAME, hasDatabase } from '$lib/storage/schema';
import { GUEST_DB_NAME, SESSION_KEY, WALK_IN_KEY } from './device';
import { FakeStorage } from './testing/fake-storage';

/** db.ts keeps its database in module state: load a fresh copy for each case, with walk-in mode loaded. */
async function freshStorage({ walkInLoaded = true } = {}) {
	vi.resetModules();
	if (walkInLoaded) await import('./storage-guard');
	return import('$lib/storage/db');
}

describe('storage on a walk-in device', () => {
	let local: FakeStorage;

	beforeEach(async () => {
		local = new FakeStorage();
		vi.stubGlobal('localStorage', local);
		vi.stubGlobal('sessionStorage', new FakeStorage());
		local.setItem(WALK_IN_KEY, JSON.stringify({ code: { hash: 'h', salt: 's', iterations: 1 } }));
		// test-setup.ts opened the owner database for other tests; this file starts without it.
		await new AppDb(DB_NAME).delete();
	});

	afterEach(() => vi.unstubAllGlobals());

	it("refuses every database while walk-in mode has not told storage how to guard the guests' one", async () => {
		const { loadStorage } = await freshStorage({ walkInLoaded: false });
		await expect(loadStorage()).rejects.toThrow('walk-in mode loaded');
		expect(await hasDatabase(DB_NAME)).toBe(false);
		expect(await hasDatabase(GUEST_DB_NAME)).toBe(false);
	});

	it('opens the guest database and never the owner database', async () => {
		const { loadStorage, db } = await freshStorage();
		await loadStorage();
		expect(db().name).toBe(GUEST_DB_NAME);
		await db().strengths.add({
			id: 's',
			profileId: 'g',
			text: 'Ik luister goed',
			createdAt: 1,
			updatedAt: 1
		});
		expect(await hasDatabase(DB_NAME)).toBe(false);
		expect(local.getItem(SESSION_KEY)).not.toBeNull();
		await db().delete();
	});

	it('wipes a session that was cut short before anything can read it', async () => {
		const left = new AppDb(GUEST_DB_NAME);
		await left.people.add({
			id: 'p',
			profileId: 'g',
			name: 'Fatima',
			circle: 'close',
			group: 'friends',
			supports: [],
			createdAt: 1,
			updatedAt: 1
		});
		left.close();
		// A marker from a tab that no longer exists.
		local.setItem(SESSION_KEY, JSON.stringify({ startedAt: 1, lastActive: Date.now() }));
		const { loadStorage, db } = await freshStorage();
		await loadStorage();
		expect(await db().people.count()).toBe(0);
		expect(local.getItem(SESSION_KEY)).toBeNull();
		await db().delete();
	});

	it('uses the owner database on an ordinary device', async () => {
		local.removeItem(WALK_IN_KEY);
		const { loadStorage, db } = await freshStorage();
		await loadStorage();
		expect(db().name).toBe(DB_NAME);
	});
});
