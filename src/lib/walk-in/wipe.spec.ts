import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDb } from '$lib/storage/app-db';
import { DB_NAME, hasDatabase } from '$lib/storage/schema';
import { PREFS_KEY } from '$lib/settings/device-prefs';
import { GUEST_DB_NAME, SESSION_KEY, WALK_IN_KEY } from './device';
import { FakeStorage } from './testing/fake-storage';
import { wipeGuestSession } from './wipe';

function fakeCaches(names: string[]) {
	const left = new Set(names);
	return {
		left,
		keys: async () => [...left],
		delete: async (name: string) => left.delete(name)
	};
}

async function seed(name: string) {
	const db = new AppDb(name);
	await db.people.add({
		id: 'p1',
		profileId: 'g',
		name: 'Fatima',
		circle: 'close',
		group: 'friends',
		supports: [],
		createdAt: 1,
		updatedAt: 1
	});
	db.close();
}

describe('wiping a guest session', () => {
	it('deletes the guest database and leaves the owner database alone', async () => {
		await seed(DB_NAME);
		await seed(GUEST_DB_NAME);
		const result = await wipeGuestSession({ indexedDB });
		expect(result.database).toBe(true);
		expect(await hasDatabase(GUEST_DB_NAME)).toBe(false);
		const owner = new AppDb(DB_NAME);
		expect(await owner.people.count()).toBe(1);
		owner.close();
		await Dexie.delete(DB_NAME);
	});

	it('keeps only non-personal localStorage keys and restores the device language', async () => {
		const local = new FakeStorage();
		local.setItem(PREFS_KEY, JSON.stringify({ lang: 'ar', textScale: 1.5 }));
		local.setItem(WALK_IN_KEY, '{"centre":"De Poort"}');
		local.setItem(SESSION_KEY, '{"startedAt":1}');
		local.setItem('network:draft', 'Fatima, my sister');
		local.setItem('share:last', 'https://example/#secret');
		const session = new FakeStorage();
		session.setItem('anything', 'x');
		const result = await wipeGuestSession({
			indexedDB,
			localStorage: local,
			sessionStorage: session,
			deviceLang: 'nl'
		});
		expect(local.keys().sort()).toEqual([PREFS_KEY, WALK_IN_KEY].sort());
		expect(JSON.parse(local.getItem(PREFS_KEY)!)).toEqual({ lang: 'nl', textScale: 1.5 });
		expect(result.localKeys.sort()).toEqual(['network:draft', 'share:last']);
		expect(session.length).toBe(0);
	});

	it('removes the language when the device had none of its own', async () => {
		const local = new FakeStorage();
		local.setItem(PREFS_KEY, JSON.stringify({ lang: 'tr' }));
		await wipeGuestSession({ localStorage: local });
		expect(JSON.parse(local.getItem(PREFS_KEY)!)).toEqual({});
	});

	it('deletes runtime caches but keeps the app shell precache', async () => {
		const caches = fakeCaches(['workbox-precache-v2-http://x/', 'runtime-feed', 'shared-links']);
		const result = await wipeGuestSession({ caches });
		expect([...caches.left]).toEqual(['workbox-precache-v2-http://x/']);
		expect(result.caches).toEqual(['runtime-feed', 'shared-links']);
	});

	it('overwrites the clipboard only when the app put a link there', async () => {
		const writes: string[] = [];
		const clipboard = { writeText: async (text: string) => void writes.push(text) };
		await wipeGuestSession({ clipboard, clipboardDirty: false });
		expect(writes).toEqual([]);
		const result = await wipeGuestSession({ clipboard, clipboardDirty: true });
		expect(result.clipboard).toBe(true);
		expect(writes).toHaveLength(1);
		expect(writes[0]).not.toContain('http');
	});

	it('keeps the session marker when the database could not be deleted, so the next start tries again', async () => {
		const local = new FakeStorage();
		local.setItem(SESSION_KEY, '{"startedAt":1}');
		const failing = {
			deleteDatabase: () => {
				throw new Error('blocked');
			}
		} as unknown as IDBFactory;
		await wipeGuestSession({ indexedDB: failing, localStorage: local });
		expect(local.getItem(SESSION_KEY)).not.toBeNull();
	});
});
