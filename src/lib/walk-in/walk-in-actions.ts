import { isLang, locale } from '$lib/i18n';
import { profiles } from '$lib/profile/profiles.svelte';
import { readPrefs } from '$lib/settings/device-prefs';
import { leaveApp } from '$lib/shell/quick-exit';
import { save } from '$lib/storage/health.svelte';
import {
	clampTimeout,
	clearWalkInConfig,
	guestSessionRunning,
	writeWalkInConfig,
	type WalkInConfig
} from './device';
import type { StaffGate, WalkInSettings } from './staff-gate';
import { walkIn } from './walk-in.svelte';

/**
 * What staff and guests do on a walk-in tablet. Only the walk-in screens import this, so an ordinary
 * resident's first visit does not download it (walk-in.svelte.ts, the state, is on every page).
 */
const session = () => import('./session');
const staffGate = () => import('./staff-gate');

export interface WalkInSetup {
	centre: string;
	neighbourhood: string;
	timeoutMinutes: number;
	code: string;
}

/** "Begin": the guest's own session starts, with a fresh guest profile in the guest database. */
export async function startGuestVisit(): Promise<void> {
	(await session()).beginGuestSession();
	walkIn.setRunning(true);
	await save(() => profiles.ensure());
}

/**
 * Erases the session and leaves for the start page the way "Snel weg" leaves: back over the tab's app
 * entries, then `location.replace`, so neither the back button nor the back-forward cache can show a page
 * of the session to the next guest.
 */
export async function finishGuestVisit(startUrl: string): Promise<void> {
	const storage = await import('$lib/storage/db');
	const { endGuestSession } = await session();
	await endGuestSession(() => {
		try {
			// Closed for good: a late query must not re-create the database we are about to delete.
			storage.db().close({ disableAutoOpen: true });
		} catch {
			// Nothing was stored in this session: no database is open.
		}
	});
	leaveApp(startUrl);
}

export async function enableWalkIn(setup: WalkInSetup): Promise<void> {
	const stored = readPrefs().lang;
	const config: WalkInConfig = {
		centre: setup.centre.trim(),
		neighbourhood: setup.neighbourhood.trim(),
		timeoutMinutes: clampTimeout(setup.timeoutMinutes),
		code: await (await import('./staff-code')).hashStaffCode(setup.code),
		deviceLang: isLang(stored) ? stored : locale.lang
	};
	writeWalkInConfig(config);
	walkIn.setConfig(config);
}

/** Switching off needs the staff code (staff-gate.ts); `waitSeconds` says how long a guessing guest waits. */
export async function disableWalkIn(
	code: string,
	now = Date.now()
): Promise<{ ok: boolean; waitSeconds: number }> {
	const gate = await (await staffGate()).passStaffGate(code, now);
	if (!gate.ok && gate.reason !== 'not-walk-in') return { ok: false, waitSeconds: gate.waitSeconds };
	if (guestSessionRunning()) await (await session()).endGuestSession();
	clearWalkInConfig();
	walkIn.setConfig(null);
	return { ok: true, waitSeconds: 0 };
}

/** Centre, neighbourhood and timeout change with the staff code while walk-in mode stays on. */
export async function changeWalkInSettings(
	code: string,
	settings: WalkInSettings,
	now = Date.now()
): Promise<StaffGate> {
	const result = await (await staffGate()).changeSettings(code, settings, now);
	if (result.ok) walkIn.setConfig(result.config);
	return result;
}
