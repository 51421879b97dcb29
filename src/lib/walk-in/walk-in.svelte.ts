import { locale, isLang, type Lang } from '$lib/i18n';
import { profiles } from '$lib/profile/profiles.svelte';
import { readPrefs } from '$lib/settings/device-prefs';
import { save } from '$lib/storage/health.svelte';
import {
	clampTimeout,
	clearWalkInConfig,
	guestSessionRunning,
	lockoutMs,
	readWalkInConfig,
	resetAbandonedSessionNow,
	WALK_IN_KEY,
	writeWalkInConfig,
	type WalkInConfig
} from './device';

/** The session machinery loads only on a walk-in device: ordinary residents do not download it. */
const session = () => import('./session');

export interface WalkInSetup {
	centre: string;
	neighbourhood: string;
	timeoutMinutes: number;
	code: string;
}

/** Walk-in mode as reactive state for the UI (the guest bar, the start screen, the staff page). */
class WalkIn {
	#config = $state<WalkInConfig | null>(null);
	#running = $state(false);
	#restored = false;

	/** Runs once in the browser, as early as possible (the guest bar calls it while it initialises). */
	restore(): void {
		if (this.#restored || typeof window === 'undefined') return;
		this.#restored = true;
		// Switched on or off in another tab: that tab may hold the owner's data (or a guest's) on screen.
		window.addEventListener('storage', (event) => {
			if (event.key === WALK_IN_KEY && (event.oldValue === null) !== (event.newValue === null)) {
				location.reload();
			}
		});
		this.#config = readWalkInConfig();
		if (!this.#config) return;
		// A session that was cut short: reset the language now (before the layout applies it), then wipe.
		resetAbandonedSessionNow(this.#config);
		this.#running = guestSessionRunning();
		void session().then(async ({ onSessionChange, recoverAbandonedSession }) => {
			onSessionChange((running) => (this.#running = running));
			await recoverAbandonedSession();
			this.#running = guestSessionRunning();
		});
		// SvelteKit writes scroll positions to sessionStorage as the last page of a session unloads,
		// after the wipe. Between sessions nothing belongs there, so clear it again on arrival.
		if (!this.#running) {
			try {
				sessionStorage.clear();
			} catch {
				// Blocked storage holds nothing.
			}
		}
	}

	get enabled(): boolean {
		return this.#config !== null;
	}

	get config(): WalkInConfig | null {
		return this.#config;
	}

	get sessionRunning(): boolean {
		return this.#running;
	}

	/** "Begin": the guest's own session starts, with a fresh guest profile in the guest database. */
	async begin(): Promise<void> {
		(await session()).beginGuestSession();
		this.#running = true;
		await save(() => profiles.ensure());
	}

	async chooseLanguage(lang: Lang): Promise<void> {
		await locale.choose(lang);
	}

	/**
	 * Erases the session and leaves for the start page with `location.replace`, so neither the back
	 * button nor the back-forward cache can show a page of the session.
	 */
	async finish(startUrl: string): Promise<void> {
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
		location.replace(startUrl);
	}

	async enable(setup: WalkInSetup): Promise<void> {
		const stored = readPrefs().lang;
		const config: WalkInConfig = {
			centre: setup.centre.trim(),
			neighbourhood: setup.neighbourhood.trim(),
			timeoutMinutes: clampTimeout(setup.timeoutMinutes),
			code: await (await import('./staff-code')).hashStaffCode(setup.code),
			deviceLang: isLang(stored) ? stored : locale.lang
		};
		writeWalkInConfig(config);
		this.#config = config;
	}

	/**
	 * Switching off needs the staff code. After several wrong codes, new tries wait a while (kept in
	 * localStorage, so a reload does not reset it); `waitSeconds` says how long.
	 */
	async disable(code: string, now = Date.now()): Promise<{ ok: boolean; waitSeconds: number }> {
		const config = readWalkInConfig();
		if (!config) return { ok: true, waitSeconds: 0 };
		const locked = (config.lockedUntil ?? 0) - now;
		if (locked > 0) return { ok: false, waitSeconds: Math.ceil(locked / 1000) };
		const { verifyStaffCode } = await import('./staff-code');
		if (!(await verifyStaffCode(code, config.code))) {
			const failedAttempts = (config.failedAttempts ?? 0) + 1;
			const wait = lockoutMs(failedAttempts);
			writeWalkInConfig({ ...config, failedAttempts, lockedUntil: wait ? now + wait : 0 });
			return { ok: false, waitSeconds: Math.ceil(wait / 1000) };
		}
		if (guestSessionRunning()) await (await session()).endGuestSession();
		clearWalkInConfig();
		this.#config = null;
		return { ok: true, waitSeconds: 0 };
	}
}

export const walkIn = new WalkIn();

// As soon as this module loads in the browser (before any component renders, before the layout restores
// the language): read the configuration and start wiping a session that was cut short.
walkIn.restore();
