/**
 * Ends a guest session after inactivity, with a warning first. Deadline-based (it compares clock times on
 * every tick instead of trusting one long timer), so a tablet that slept past the deadline ends the
 * session as soon as it wakes up.
 */
export type InactivityPhase = 'active' | 'warning' | 'expired';

/** The warning gives at least 30 seconds; with a long timeout, a full minute. */
export function warningMs(timeoutMs: number): number {
	return Math.max(30_000, Math.min(60_000, Math.floor(timeoutMs / 4)));
}

export function inactivityPhase(
	idleMs: number,
	timeoutMs: number
): { phase: InactivityPhase; remainingMs: number } {
	const remainingMs = Math.max(0, timeoutMs - idleMs);
	if (remainingMs === 0) return { phase: 'expired', remainingMs };
	if (remainingMs <= warningMs(timeoutMs)) return { phase: 'warning', remainingMs };
	return { phase: 'active', remainingMs };
}

export interface Clock {
	now(): number;
	setInterval(callback: () => void, ms: number): unknown;
	clearInterval(handle: unknown): void;
}

const realClock: Clock = {
	now: () => Date.now(),
	setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
	clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>)
};

export interface InactivityOptions {
	timeoutMs: number;
	/** Called on every tick with the current phase and the time left. */
	onChange(phase: InactivityPhase, remainingMs: number): void;
	clock?: Clock;
	tickMs?: number;
}

export class InactivityTimer {
	#lastActive = 0;
	#phase: InactivityPhase = 'active';
	#handle: unknown = null;
	readonly #options: Required<InactivityOptions>;

	constructor(options: InactivityOptions) {
		this.#options = { clock: realClock, tickMs: 1000, ...options };
	}

	get phase(): InactivityPhase {
		return this.#phase;
	}

	get lastActive(): number {
		return this.#lastActive;
	}

	start(): void {
		this.stop();
		this.#lastActive = this.#options.clock.now();
		this.#phase = 'active';
		this.#handle = this.#options.clock.setInterval(() => this.check(), this.#options.tickMs);
	}

	stop(): void {
		if (this.#handle !== null) this.#options.clock.clearInterval(this.#handle);
		this.#handle = null;
	}

	/**
	 * A tap or key press. It does not dismiss a warning that is already showing: the resident must say
	 * "Ik ben er nog", so a passer-by brushing the screen does not keep somebody else's session open.
	 */
	activity(): void {
		if (this.#phase === 'active') this.#lastActive = this.#options.clock.now();
	}

	/**
	 * The guest is busy in another tab of the same session (the shared marker says since when): that counts
	 * here too, and ends a warning this tab shows out of sight.
	 */
	activityElsewhere(at: number): void {
		if (this.#handle === null || this.#phase === 'expired' || at <= this.#lastActive) return;
		this.#lastActive = at;
		this.check();
	}

	/** "Ik ben er nog" in the warning (or closing it). */
	keepGoing(): void {
		if (this.#phase === 'expired') return;
		this.#phase = 'active';
		this.#lastActive = this.#options.clock.now();
		this.check();
	}

	/** Evaluates the clock now (also used when the page becomes visible again). */
	check(): void {
		if (this.#handle === null || this.#phase === 'expired') return;
		const idle = this.#options.clock.now() - this.#lastActive;
		const { phase, remainingMs } = inactivityPhase(idle, this.#options.timeoutMs);
		this.#phase = phase;
		if (phase === 'expired') this.stop();
		this.#options.onChange(phase, remainingMs);
	}
}
