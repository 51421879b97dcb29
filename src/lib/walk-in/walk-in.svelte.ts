import {
	guestSessionRunning,
	readWalkInConfig,
	resetAbandonedSessionNow,
	WALK_IN_KEY,
	type WalkInConfig
} from './device';
import './storage-guard';

/** The session machinery loads only on a walk-in device: ordinary residents do not download it. */
const session = () => import('./session');

/**
 * Walk-in mode as reactive state for the UI (the guest bar, the start screen, the staff page). It is on every
 * page, so it holds only what every page needs; what staff and guests do is in walk-in-actions.ts.
 */
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

	/** The actions (walk-in-actions.ts) report what changed. */
	setConfig(config: WalkInConfig | null): void {
		this.#config = config;
	}

	setRunning(running: boolean): void {
		this.#running = running;
	}
}

export const walkIn = new WalkIn();

// As soon as this module loads in the browser (before any component renders, before the layout restores
// the language): read the configuration and start wiping a session that was cut short.
walkIn.restore();
