import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDb } from '$lib/storage/app-db';
import { SESSION_KEY, TAB_KEY, WALK_IN_KEY } from './device';
import { beginGuestSession, guestSessionRunning, onSessionChange, watchGuestWrites } from './session';
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
