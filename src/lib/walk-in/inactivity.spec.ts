import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityTimer, inactivityPhase, warningMs, type InactivityPhase } from './inactivity';

const TEN_MINUTES = 10 * 60_000;

describe('inactivity phases', () => {
	it('warns at least 30 seconds and at most a minute before the end', () => {
		expect(warningMs(TEN_MINUTES)).toBe(60_000);
		expect(warningMs(2 * 60_000)).toBe(30_000);
		expect(warningMs(60_000)).toBe(30_000);
	});

	it('is active, then warning, then expired', () => {
		expect(inactivityPhase(0, TEN_MINUTES).phase).toBe('active');
		expect(inactivityPhase(TEN_MINUTES - 60_001, TEN_MINUTES).phase).toBe('active');
		expect(inactivityPhase(TEN_MINUTES - 60_000, TEN_MINUTES)).toEqual({
			phase: 'warning',
			remainingMs: 60_000
		});
		expect(inactivityPhase(TEN_MINUTES, TEN_MINUTES)).toEqual({ phase: 'expired', remainingMs: 0 });
		expect(inactivityPhase(TEN_MINUTES * 5, TEN_MINUTES).phase).toBe('expired');
	});
});

describe('InactivityTimer', () => {
	let seen: InactivityPhase[];
	let timer: InactivityTimer;

	beforeEach(() => {
		vi.useFakeTimers();
		seen = [];
		timer = new InactivityTimer({ timeoutMs: TEN_MINUTES, onChange: (phase) => seen.push(phase) });
		timer.start();
	});

	afterEach(() => {
		timer.stop();
		vi.useRealTimers();
	});

	it('warns a minute before the end and expires at the end', () => {
		vi.advanceTimersByTime(9 * 60_000 - 1000);
		expect(timer.phase).toBe('active');
		vi.advanceTimersByTime(1000);
		expect(timer.phase).toBe('warning');
		vi.advanceTimersByTime(60_000);
		expect(timer.phase).toBe('expired');
		expect(seen.filter((phase) => phase === 'expired')).toHaveLength(1);
	});

	it('activity pushes the deadline back', () => {
		vi.advanceTimersByTime(8 * 60_000);
		timer.activity();
		vi.advanceTimersByTime(8 * 60_000);
		expect(timer.phase).toBe('active');
	});

	it('a stray tap does not dismiss the warning, "Ik ben er nog" does', () => {
		vi.advanceTimersByTime(9 * 60_000 + 10_000);
		expect(timer.phase).toBe('warning');
		timer.activity();
		vi.advanceTimersByTime(1000);
		expect(timer.phase).toBe('warning');
		timer.keepGoing();
		expect(timer.phase).toBe('active');
		vi.advanceTimersByTime(8 * 60_000);
		expect(timer.phase).toBe('active');
	});

	it('ends at once when the tablet wakes up after the deadline', () => {
		vi.setSystemTime(Date.now() + 2 * TEN_MINUTES); // the clock jumped while timers were asleep
		timer.check();
		expect(timer.phase).toBe('expired');
	});

	it('the guest busy in another tab of the session keeps this tab going, and ends a warning out of sight', () => {
		vi.advanceTimersByTime(9 * 60_000 + 10_000);
		expect(timer.phase).toBe('warning');
		timer.activityElsewhere(Date.now() - 5_000);
		expect(timer.phase).toBe('active');
		vi.advanceTimersByTime(8 * 60_000);
		expect(timer.phase).toBe('active');
		// Older news from the other tab changes nothing.
		timer.activityElsewhere(Date.now() - 9 * 60_000);
		vi.advanceTimersByTime(2 * 60_000);
		expect(timer.phase).toBe('expired');
		timer.activityElsewhere(Date.now());
		expect(timer.phase).toBe('expired');
	});

	it('does nothing after stop', () => {
		timer.stop();
		vi.advanceTimersByTime(2 * TEN_MINUTES);
		expect(seen).toEqual([]);
	});
});
