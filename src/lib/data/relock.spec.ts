import { describe, expect, it } from 'vitest';
import {
	BACKGROUND_GRACE_MS,
	DEFAULT_RELOCK_MINUTES,
	readRelockMinutes,
	watchForRelock,
	writeRelockMinutes,
	type RelockEnvironment
} from './relock';

/** A fake clock, timers and document: time moves only when the test says so. */
function fakeEnvironment() {
	let now = 0;
	let hidden = false;
	const timers = new Map<number, { at: number; handler: () => void }>();
	let nextId = 1;
	const listeners = new Map<string, Set<() => void>>();
	const env: RelockEnvironment = {
		target: {
			addEventListener: (type: string, handler: EventListenerOrEventListenerObject) => {
				if (!listeners.has(type)) listeners.set(type, new Set());
				listeners.get(type)!.add(handler as () => void);
			},
			removeEventListener: (type: string, handler: EventListenerOrEventListenerObject) =>
				void listeners.get(type)?.delete(handler as () => void)
		},
		isHidden: () => hidden,
		now: () => now,
		setTimeout: (handler, ms) => {
			const id = nextId++;
			timers.set(id, { at: now + ms, handler });
			return id;
		},
		clearTimeout: (id) => void timers.delete(id as number)
	};
	const advance = (ms: number) => {
		const end = now + ms;
		for (;;) {
			const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
			if (!due) break;
			timers.delete(due[0]);
			now = due[1].at;
			due[1].handler();
		}
		now = end;
	};
	const fire = (type: string) => listeners.get(type)?.forEach((handler) => handler());
	const setHidden = (value: boolean) => {
		hidden = value;
		fire('visibilitychange');
	};
	return {
		env,
		advance,
		fire,
		setHidden,
		listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0)
	};
}

describe('the lock coming back', () => {
	it('locks after the idle time without input, and not before', () => {
		const fake = fakeEnvironment();
		let locks = 0;
		watchForRelock(60_000, () => locks++, fake.env);
		fake.advance(59_999);
		expect(locks).toBe(0);
		fake.advance(1);
		expect(locks).toBe(1);
	});

	it('counts from the last tap or key press', () => {
		const fake = fakeEnvironment();
		let locks = 0;
		watchForRelock(60_000, () => locks++, fake.env);
		fake.advance(50_000);
		fake.fire('keydown');
		fake.advance(50_000);
		expect(locks, '50 s after the key press').toBe(0);
		fake.fire('pointerdown');
		fake.advance(59_000);
		expect(locks).toBe(0);
		fake.advance(1_000);
		expect(locks).toBe(1);
	});

	it('locks when the app comes back after more than a short glance away', () => {
		const fake = fakeEnvironment();
		let locks = 0;
		watchForRelock(15 * 60_000, () => locks++, fake.env);
		fake.setHidden(true);
		fake.advance(BACKGROUND_GRACE_MS);
		fake.setHidden(false);
		expect(locks, 'a glance at a message').toBe(0);
		fake.setHidden(true);
		fake.advance(BACKGROUND_GRACE_MS + 1);
		fake.setHidden(false);
		expect(locks).toBe(1);
	});

	it('stops watching when asked', () => {
		const fake = fakeEnvironment();
		let locks = 0;
		const stop = watchForRelock(1_000, () => locks++, fake.env);
		stop();
		fake.advance(10_000);
		expect(locks).toBe(0);
		expect(fake.listenerCount()).toBe(0);
	});
});

describe('the idle time setting', () => {
	it('keeps a chosen time and refuses anything else', () => {
		const values = new Map<string, string>();
		const store = {
			getItem: (k: string) => values.get(k) ?? null,
			setItem: (k: string, v: string) => void values.set(k, v)
		};
		expect(readRelockMinutes(store)).toBe(DEFAULT_RELOCK_MINUTES);
		expect(writeRelockMinutes(store, 15)).toBe(true);
		expect(readRelockMinutes(store)).toBe(15);
		values.set('aan-het-roer:relock-minutes', '0');
		expect(readRelockMinutes(store), 'never locking is not a choice').toBe(DEFAULT_RELOCK_MINUTES);
		expect(readRelockMinutes(undefined)).toBe(DEFAULT_RELOCK_MINUTES);
	});
});
