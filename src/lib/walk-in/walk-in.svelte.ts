import { locale, isLang, type Lang } from '$lib/i18n';
import { profiles } from '$lib/profile/profiles.svelte';
import { readPrefs } from '$lib/settings/device-prefs';
import { save } from '$lib/storage/health.svelte';
import {
	clampTimeout,
	clearWalkInConfig,
	readWalkInConfig,
	writeWalkInConfig,
	type WalkInConfig
} from './device';
import {
	beginGuestSession,
	endGuestSession,
	guestSessionRunning,
	onSessionChange,
	recoverAbandonedSession
} from './session';
import { hashStaffCode, verifyStaffCode } from './staff-code';

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
		this.#config = readWalkInConfig();
		if (!this.#config) return;
		// Starts the wipe of a session that was cut short; its synchronous part resets the language now.
		void recoverAbandonedSession().then(() => (this.#running = guestSessionRunning()));
		this.#running = guestSessionRunning();
		onSessionChange((running) => (this.#running = running));
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
		beginGuestSession();
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
		await endGuestSession(() => {
			try {
				storage.db().close();
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
			code: await hashStaffCode(setup.code),
			deviceLang: isLang(stored) ? stored : locale.lang
		};
		writeWalkInConfig(config);
		this.#config = config;
	}

	/** Switching off needs the staff code; resolves false when it does not match. */
	async disable(code: string): Promise<boolean> {
		if (!this.#config || !(await verifyStaffCode(code, this.#config.code))) return false;
		if (guestSessionRunning()) await endGuestSession();
		clearWalkInConfig();
		this.#config = null;
		return true;
	}
}

export const walkIn = new WalkIn();

// As soon as this module loads in the browser (before any component renders, before the layout restores
// the language): read the configuration and start wiping a session that was cut short.
walkIn.restore();
