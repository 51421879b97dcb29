import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from '$lib/walk-in/testing/fake-storage';
import { AppDb } from './app-db';
import { DB_NAME, hasDatabase } from './schema';

/** db.ts keeps its database in module state: load a fresh copy for each case. */
async function freshStorage() {
	vi.resetModules();
	return import('./db');
}

describe('warmStorage: a room starts reading while its code loads', () => {
	beforeEach(async () => {
		vi.stubGlobal('localStorage', new FakeStorage());
		vi.stubGlobal('sessionStorage', new FakeStorage());
		await new AppDb(DB_NAME).delete();
	});

	afterEach(() => vi.unstubAllGlobals());

	it('opens the database when the resident has stored something', async () => {
		const existing = new AppDb(DB_NAME);
		await existing.open();
		existing.close();
		const { warmStorage, storageLoaded } = await freshStorage();
		warmStorage();
		const opened = await storageLoaded;
		expect(opened.name).toBe(DB_NAME);
	});

	it('creates nothing on a first visit', async () => {
		const { warmStorage, storageExists } = await freshStorage();
		warmStorage();
		// storageExists is what warmStorage waits for; after it, no database may have appeared.
		expect(await storageExists()).toBe(false);
		expect(await hasDatabase(DB_NAME)).toBe(false);
	});
});
