import { leaveApp } from '$lib/shell/quick-exit';
import { readWalkInConfig } from './device';
import { InactivityTimer } from './inactivity';
import {
	abandonGuestSession,
	followSessionElsewhere,
	guestSessionRunning,
	touchGuestSession
} from './session';
import { anotherTabInSession, holdSessionLock } from './tab-lock';

/**
 * The guest session on a page without the app's framework (a guide topic): the guest bar shows, activity
 * keeps the session alive, and after the timeout — or a link that leaves the app — the session is ended
 * the same way the app ends it. The app's start page then wipes what is left before it opens storage.
 * Returns whether a session runs here.
 */
export function watchGuestSession(bar: HTMLElement | null, startUrl: string): boolean {
	const config = readWalkInConfig();
	if (!config || !guestSessionRunning()) return false;
	if (bar) bar.hidden = false;
	holdSessionLock();

	const leave = (url: string) => {
		abandonGuestSession();
		leaveApp(url);
	};
	const timer = new InactivityTimer({
		timeoutMs: config.timeoutMinutes * 60_000,
		onChange: (phase) => {
			if (phase === 'expired') void expire();
		}
	});
	// Out of sight, the tab the guest is using decides (see GuestSession.svelte).
	const expire = async () => {
		if (document.hidden && (await anotherTabInSession())) timer.start();
		else leave(startUrl);
	};
	timer.start();
	followSessionElsewhere({
		activity: (at) => timer.activityElsewhere(at),
		ended: () => location.replace(startUrl)
	});
	const onActivity = () => {
		timer.activity();
		touchGuestSession();
	};
	for (const name of ['pointerdown', 'keydown', 'wheel', 'scroll'] as const) {
		window.addEventListener(name, onActivity, { passive: true, capture: true });
	}
	document.addEventListener('visibilitychange', () => timer.check());
	window.addEventListener(
		'click',
		(event) => {
			const link = (event.target as Element | null)?.closest?.('a[href]');
			if (link instanceof HTMLAnchorElement && link.target !== '_blank' && link.origin !== location.origin) {
				abandonGuestSession();
			}
		},
		{ capture: true }
	);
	return true;
}
