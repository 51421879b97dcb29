import { describe, expect, it } from 'vitest';
import { AppDb } from '$lib/storage/app-db';
import { readCurrentProfile, writeCurrentProfile } from '$lib/storage/current-profile';
import { pickShared, SHARE_PARTS } from '$lib/share/compact';
import { sharedToRecords } from '$lib/share/source';
import { typicalSource } from '$lib/share/typical';
import { eraseEverything, eraseProfile } from '$lib/storage/wipe';
import { attemptPin, hashPin, pinDelayMs, PinTries, verifyPin } from './pin';
import { forgetUnlocked, isUnlocked, markUnlocked } from '$lib/storage/unlocked';
import { saveSharedProfile, setPin } from './profiles';
import { backupAdvice, latestChange, shouldRemind } from './reminder';

function memoryStorage() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k),
		clear: () => map.clear(),
		get size() {
			return map.size;
		}
	};
}

describe('PIN screen lock', () => {
	it('accepts the right PIN and refuses others', async () => {
		const stored = await hashPin('1234', 1000);
		expect(stored.hash).not.toContain('1234');
		expect(await verifyPin('1234', stored)).toBe(true);
		expect(await verifyPin('4321', stored)).toBe(false);
		expect(await verifyPin('1234', { ...stored, iterations: 10 ** 12 })).toBe(false);
		expect(await verifyPin('1234', { ...stored, salt: '!!' })).toBe(false);
	});

	it('slows down after three wrong tries, up to five minutes', () => {
		expect([0, 1, 2].map(pinDelayMs)).toEqual([0, 0, 0]);
		expect(pinDelayMs(3)).toBe(5000);
		expect(pinDelayMs(4)).toBe(10_000);
		expect(pinDelayMs(30)).toBe(300_000);
	});

	it('remembers wrong tries across reloads until a right one', () => {
		let now = 1000;
		const store = memoryStorage();
		const tries = new PinTries(store, () => now);
		tries.failed('p');
		tries.failed('p');
		expect(tries.waitMs('p')).toBe(0);
		expect(tries.failed('p')).toBe(5000);
		expect(new PinTries(store, () => now).waitMs('p')).toBe(5000);
		now += 5000;
		expect(tries.waitMs('p')).toBe(0);
		tries.succeeded('p');
		expect(tries.failed('p')).toBe(0);
		expect(tries.waitMs('other')).toBe(0);
	});
});

describe('a PIN try', () => {
	it('opens with the right PIN, counts wrong ones and makes the fourth wait, without checking it', async () => {
		const stored = await hashPin('2468', 1000);
		const now = 1000;
		const tries = new PinTries(memoryStorage(), () => now);
		const session = memoryStorage();
		for (let i = 0; i < 2; i++)
			expect(await attemptPin('p', stored, '0000', tries, session)).toEqual({
				opened: false,
				waitMs: 0,
				checked: true
			});
		expect(await attemptPin('p', stored, '0000', tries, session)).toEqual({
			opened: false,
			waitMs: 5000,
			checked: true
		});
		// Even the right PIN waits its turn.
		expect(await attemptPin('p', stored, '2468', tries, session)).toEqual({
			opened: false,
			waitMs: 5000,
			checked: false
		});
		expect(isUnlocked(session, 'p')).toBe(false);
		const later = new PinTries(memoryStorage(), () => now);
		expect(await attemptPin('p', stored, '2468', later, session)).toEqual({ opened: true });
		expect(isUnlocked(session, 'p')).toBe(true);
	});
});

describe('screen lock per tab', () => {
	it('stays unlocked only for the profile that was opened', () => {
		const store = memoryStorage();
		expect(isUnlocked(store, 'a')).toBe(false);
		markUnlocked(store, 'a');
		expect(isUnlocked(store, 'a')).toBe(true);
		expect(isUnlocked(store, 'b')).toBe(false);
		expect(isUnlocked(undefined, 'a')).toBe(false);
	});

	it('"Nu vergrendelen" locks only that profile again', () => {
		const store = memoryStorage();
		markUnlocked(store, 'a');
		markUnlocked(store, 'b');
		forgetUnlocked(store, 'a');
		expect(isUnlocked(store, 'a')).toBe(false);
		expect(isUnlocked(store, 'b')).toBe(true);
		expect(() => forgetUnlocked(undefined, 'a')).not.toThrow();
	});
});

describe('profiles', () => {
	it('saves a received share as a separate profile and deletes one profile completely', async () => {
		const db = new AppDb('profiles-test');
		await db.profiles.add({ id: 'own', name: 'Ik', kind: 'own', createdAt: 1, updatedAt: 1 });
		await db.strengths.add({ id: 's', profileId: 'own', text: 'Mijn kracht', createdAt: 1, updatedAt: 1 });
		await writeCurrentProfile(db, 'own');
		let n = 0;
		const records = sharedToRecords(
			pickShared(typicalSource(), new Set(SHARE_PARTS)),
			'Gezin',
			() => `r${n++}`
		);
		const id = await saveSharedProfile(db, records);
		expect((await db.profiles.get(id))?.kind).toBe('shared');
		expect(await db.people.where('profileId').equals(id).count()).toBe(25);

		await setPin(db, id, await hashPin('2468', 1000));
		expect((await db.profiles.get(id))?.pin).toBeDefined();
		await setPin(db, id, undefined);
		expect((await db.profiles.get(id))?.pin).toBeUndefined();

		await eraseProfile(db, id);
		for (const table of ['people', 'goals', 'steps', 'strengths', 'checkins', 'conversations'])
			expect(await db.table(table).where('profileId').equals(id).count(), table).toBe(0);
		expect(await db.strengths.count()).toBe(1);
		expect(await readCurrentProfile(db)).toBe('own');
		await eraseProfile(db, 'own');
		expect(await db.profiles.count()).toBe(0);
		expect(await readCurrentProfile(db)).toBeUndefined();
		db.close();
	});
});

describe('backup reminder', () => {
	it('asks for a backup when something changed after the last one', async () => {
		expect(backupAdvice(undefined, 0)).toBe('nothing');
		expect(backupAdvice(undefined, 5)).toBe('never');
		expect(backupAdvice(4, 5)).toBe('changed');
		expect(backupAdvice(5, 5)).toBe('fine');
		const day = 24 * 60 * 60 * 1000;
		expect(shouldRemind(undefined, 0, day)).toBe(false);
		expect(shouldRemind(undefined, day, 2 * day)).toBe(true);
		expect(shouldRemind(day, 2 * day, 3 * day)).toBe(false);
		expect(shouldRemind(day, 2 * day, 9 * day)).toBe(true);
		expect(shouldRemind(2 * day, 2 * day, 30 * day)).toBe(false);
		const db = new AppDb('reminder-test');
		expect(await latestChange(db)).toBe(0);
		await db.goals.add({
			id: 'g',
			profileId: 'p',
			title: 'x',
			status: 'active',
			createdAt: 1,
			updatedAt: 42
		});
		expect(await latestChange(db)).toBe(42);
		db.close();
	});
});

describe('delete everything', () => {
	it('removes the database, both storages and runtime caches, but keeps the app shell', async () => {
		const db = new AppDb();
		await db.profiles.add({ id: 'p', name: 'Sara', kind: 'own', createdAt: 1, updatedAt: 1 });
		const local = memoryStorage();
		const session = memoryStorage();
		local.setItem('prefs', '{}');
		session.setItem('x', 'y');
		const names = ['workbox-precache-v2', 'feed-cache'];
		const result = await eraseEverything({
			closeDatabase: () => db.close(),
			indexedDB,
			localStorage: local,
			sessionStorage: session,
			caches: {
				keys: async () => [...names],
				delete: async (name: string) => names.splice(names.indexOf(name), 1).length > 0
			}
		});
		expect(result).toEqual({ database: true, caches: ['feed-cache'] });
		expect(local.size + session.size).toBe(0);
		expect(names).toEqual(['workbox-precache-v2']);
		const reopened = new AppDb();
		expect(await reopened.profiles.count()).toBe(0);
		reopened.close();
	});
});
