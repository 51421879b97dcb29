import { afterEach, describe, expect, it } from 'vitest';
import {
	anotherTabInSession,
	holdSessionLock,
	resetSessionLockForTests,
	SESSION_LOCK,
	sessionRunsInAnotherTab
} from './tab-lock';
import { fakeLocks } from './testing/fake-locks';

describe('is the guest session alive in another tab?', () => {
	afterEach(() => resetSessionLockForTests());

	it('yes when another tab holds the session lock, so a new tab joins instead of wiping', async () => {
		expect(await sessionRunsInAnotherTab(fakeLocks(1))).toBe(true);
	});

	it('no after a restart or a crash: nobody holds it', async () => {
		expect(await sessionRunsInAnotherTab(fakeLocks(0))).toBe(false);
	});

	it('no when the browser has no Web Locks: the new tab cannot tell and wipes to be safe', async () => {
		expect(await sessionRunsInAnotherTab(undefined)).toBe(false);
	});

	it('a tab that takes part holds the lock as shared, and counts only the others', async () => {
		const alone = fakeLocks(0);
		holdSessionLock(alone);
		expect(alone.held).toEqual([{ name: SESSION_LOCK, mode: 'shared', clientId: 'this' }]);
		expect(await anotherTabInSession(alone)).toBe(false);
		alone.held.push({ name: SESSION_LOCK, mode: 'shared', clientId: 'second' });
		expect(await anotherTabInSession(alone)).toBe(true);
	});
});
