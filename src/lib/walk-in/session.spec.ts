import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from '$lib/storage/app-db';
import { hasDatabase } from '$lib/storage/schema';
import { PREFS_KEY } from '$lib/settings/device-prefs';
import { GUEST_DB_NAME, SESSION_KEY, TAB_KEY, WALK_IN_KEY } from './device';
import { beginGuestSession, guestSessionRunning, onSessionChange, watchGuestWrites } from './session';
import { fakeLocks } from './testing/fake-locks';
import { FakeStorage } from './testing/fake-storage';

describe('guest session life cycle', () => {
	let local: FakeStorage;
	let session: FakeStorage;

	beforeEach(() => {
		local = new FakeStorage();
		session = new FakeStorage();
		vi.stubGlobal('localStorage', local);
		vi.stubGlobal('sessionStorage', session);
		local.setItem(WALK_IN_KEY, JSON.stringify({ code: { hash: 'h', salt: 's', iterations: 1 } }));
	});

	afterEach(() => vi.unstubAllGlobals());

	it('belongs to the tab that began it', () => {
		expect(guestSessionRunning()).toBe(false);
		beginGuestSession(1234);
		expect(guestSessionRunning()).toBe(true);
		expect(JSON.parse(local.getItem(SESSION_KEY)!)).toMatchObject({ startedAt: 1234 });
		session.removeItem(TAB_KEY); // a restarted browser
		expect(guestSessionRunning()).toBe(false);
	});

	it('starts with the first personal record, not with a copy of the feed', async () => {
		const db = new AppDb('session-hooks');
		watchGuestWrites(db);
		const started: boolean[] = [];
		const stop = onSessionChange((running) => started.push(running));
		await db.feed.put({ url: 'sample', fetchedAt: 1, body: '{}' });
		expect(started).toEqual([]);
		await db.goals.add({
			id: 'g',
			profileId: 'x',
			title: 'Post',
			status: 'active',
			createdAt: 1,
			updatedAt: 1
		});
		expect(started).toEqual([true]);
		expect(guestSessionRunning()).toBe(true);
		stop();
		db.close();
		await Dexie.delete('session-hooks');
	});
});

describe('a page load that finds a guest session it did not begin', () => {
	const NOW = 10_000_000;
	let local: FakeStorage;
	let reload: ReturnType<typeof vi.fn>;

	beforeEach(async () => {
		vi.resetModules();
		local = new FakeStorage();
		reload = vi.fn();
		vi.stubGlobal('localStorage', local);
		vi.stubGlobal('sessionStorage', new FakeStorage()); // a new tab, or a restarted browser
		vi.stubGlobal('location', { reload });
		local.setItem(
			WALK_IN_KEY,
			JSON.stringify({
				centre: 'De Poort',
				timeoutMinutes: 10,
				deviceLang: 'nl',
				code: { hash: 'h', salt: 's', iterations: 1 }
			})
		);
		local.setItem(PREFS_KEY, JSON.stringify({ lang: 'ar' }));
		const guest = new AppDb(GUEST_DB_NAME);
		await guest.goals.add({
			id: 'g',
			profileId: 'x',
			title: 'Post',
			status: 'active',
			createdAt: 1,
			updatedAt: 1
		});
		guest.close();
	});

	afterEach(async () => {
		vi.unstubAllGlobals();
		await Dexie.delete(GUEST_DB_NAME);
	});

	const marker = (lastActive: number) =>
		local.setItem(SESSION_KEY, JSON.stringify({ startedAt: NOW - 60_000, lastActive }));

	it('joins it when another tab still runs it: the guest keeps their work and language', async () => {
		vi.stubGlobal('navigator', { locks: fakeLocks(1) });
		marker(NOW - 5_000);
		const session = await import('./session');
		const changes: boolean[] = [];
		session.onSessionChange((running) => changes.push(running));
		expect(await session.recoverAbandonedSession(NOW)).toBeNull();
		expect(session.guestSessionRunning()).toBe(true);
		expect(changes).toEqual([true]);
		expect(await hasDatabase(GUEST_DB_NAME)).toBe(true);
		expect(JSON.parse(local.getItem(PREFS_KEY)!)).toEqual({ lang: 'ar' });
		expect(reload).not.toHaveBeenCalled();
	});

	it('wipes it when no tab runs it any more (a restart after a power cut), and reloads in the device language', async () => {
		vi.stubGlobal('navigator', { locks: fakeLocks(0) });
		marker(NOW - 5_000);
		const session = await import('./session');
		const result = await session.recoverAbandonedSession(NOW);
		expect(result?.database).toBe(true);
		expect(await hasDatabase(GUEST_DB_NAME)).toBe(false);
		expect(local.getItem(SESSION_KEY)).toBeNull();
		expect(JSON.parse(local.getItem(PREFS_KEY)!)).toEqual({ lang: 'nl' });
		expect(reload).toHaveBeenCalledOnce();
		expect(session.guestSessionRunning()).toBe(false);
	});

	it('wipes a session that went quiet for longer than the timeout, even with another tab open', async () => {
		vi.stubGlobal('navigator', { locks: fakeLocks(1) });
		marker(NOW - 11 * 60_000);
		const session = await import('./session');
		expect((await session.recoverAbandonedSession(NOW))?.database).toBe(true);
		expect(await hasDatabase(GUEST_DB_NAME)).toBe(false);
		expect(reload).not.toHaveBeenCalled(); // the language was reset before the layout read it
	});

	it('wipes it in a browser without Web Locks, which cannot ask the other tabs', async () => {
		vi.stubGlobal('navigator', {});
		marker(NOW - 5_000);
		const session = await import('./session');
		expect((await session.recoverAbandonedSession(NOW))?.database).toBe(true);
		expect(await hasDatabase(GUEST_DB_NAME)).toBe(false);
	});
});
