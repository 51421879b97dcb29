import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFS_KEY } from '$lib/settings/device-prefs';
import { SESSION_KEY, TAB_KEY, WALK_IN_KEY } from './device';
import { fakeLocks } from './testing/fake-locks';
import { FakeStorage } from './testing/fake-storage';

const CONFIG = {
	centre: 'De Poort',
	neighbourhood: 'Noord',
	timeoutMinutes: 10,
	deviceLang: 'nl',
	code: { hash: 'h', salt: 's', iterations: 1 }
};

describe('walk-in mode as the UI sees it (rune state)', () => {
	let local: FakeStorage;
	let session: FakeStorage;

	beforeEach(() => {
		vi.resetModules();
		local = new FakeStorage();
		session = new FakeStorage();
		vi.stubGlobal('localStorage', local);
		vi.stubGlobal('sessionStorage', session);
		vi.stubGlobal('window', Object.assign(new EventTarget(), { location: { reload: vi.fn() } }));
		vi.stubGlobal('location', { reload: vi.fn() });
		vi.stubGlobal('navigator', { locks: fakeLocks(0) });
	});
	afterEach(() => vi.unstubAllGlobals());

	const load = async () => (await import('./walk-in.svelte')).walkIn;

	it('is off on an ordinary device', async () => {
		const walkIn = await load();
		expect(walkIn.enabled).toBe(false);
		expect(walkIn.sessionRunning).toBe(false);
	});

	it('is on with its configuration, and a session this tab began is running at once', async () => {
		local.setItem(WALK_IN_KEY, JSON.stringify(CONFIG));
		const now = Date.now();
		local.setItem(SESSION_KEY, JSON.stringify({ startedAt: now, lastActive: now }));
		session.setItem(TAB_KEY, String(now));
		const walkIn = await load();
		expect(walkIn.enabled).toBe(true);
		expect(walkIn.config?.centre).toBe('De Poort');
		expect(walkIn.sessionRunning).toBe(true);
	});

	it('puts the device language back before anything renders when a session went stale', async () => {
		local.setItem(WALK_IN_KEY, JSON.stringify(CONFIG));
		local.setItem(PREFS_KEY, JSON.stringify({ lang: 'ar' }));
		local.setItem(SESSION_KEY, JSON.stringify({ startedAt: 1, lastActive: 1 }));
		const walkIn = await load();
		// Synchronously, as the module loads: the layout reads the language next.
		expect(JSON.parse(local.getItem(PREFS_KEY)!)).toEqual({ lang: 'nl' });
		expect(walkIn.sessionRunning).toBe(false);
		await vi.waitFor(() => expect(local.getItem(SESSION_KEY)).toBeNull());
	});

	it('a second tab becomes part of the running session once the other tab answers', async () => {
		vi.stubGlobal('navigator', { locks: fakeLocks(1) });
		local.setItem(WALK_IN_KEY, JSON.stringify(CONFIG));
		local.setItem(PREFS_KEY, JSON.stringify({ lang: 'ar' }));
		const now = Date.now();
		local.setItem(SESSION_KEY, JSON.stringify({ startedAt: now - 60_000, lastActive: now - 1_000 }));
		const walkIn = await load();
		expect(walkIn.sessionRunning).toBe(false); // not known yet: it asks the other tabs first
		await vi.waitFor(() => expect(walkIn.sessionRunning).toBe(true));
		expect(JSON.parse(local.getItem(PREFS_KEY)!)).toEqual({ lang: 'ar' });
		expect(session.getItem(TAB_KEY)).toBe(String(now - 60_000));
	});

	it('follows staff switching it on and off in this tab', async () => {
		const walkIn = await load();
		walkIn.setConfig({ ...CONFIG });
		expect(walkIn.enabled).toBe(true);
		walkIn.setRunning(true);
		expect(walkIn.sessionRunning).toBe(true);
		walkIn.setConfig(null);
		expect(walkIn.enabled).toBe(false);
	});
});
