import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from '$lib/walk-in/testing/fake-storage';

/** A service worker and its registration as the browser shows them to the page. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installed';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
}

function browser({ waiting }: { waiting: boolean }) {
	const registration = Object.assign(new EventTarget(), {
		waiting: waiting ? new FakeWorker() : null,
		installing: null as FakeWorker | null
	});
	const container = Object.assign(new EventTarget(), {
		controller: {},
		register: vi.fn(async () => registration),
		getRegistration: vi.fn(async () => registration)
	});
	const reload = vi.fn();
	vi.stubGlobal('navigator', { serviceWorker: container });
	vi.stubGlobal('window', { location: { reload } });
	vi.stubGlobal('sessionStorage', new FakeStorage());
	return { registration, container, reload };
}

describe('the update prompt (rune state)', () => {
	beforeEach(() => {
		vi.resetModules();
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('offers a version that waits, and applies it only when the resident agrees', async () => {
		const { registration, container, reload } = browser({ waiting: true });
		const { appUpdate } = await import('./update.svelte');
		await appUpdate.register();
		expect(appUpdate.needRefresh).toBe(true);

		await appUpdate.apply();
		expect(appUpdate.needRefresh).toBe(false);
		expect((registration.waiting as FakeWorker).messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reload).not.toHaveBeenCalled();
		container.dispatchEvent(new Event('controllerchange')); // the new version took over
		expect(reload).toHaveBeenCalledOnce();
	});

	it('"Later" puts the question away and changes nothing', async () => {
		const { registration, reload } = browser({ waiting: true });
		const { appUpdate } = await import('./update.svelte');
		await appUpdate.register();
		appUpdate.later();
		expect(appUpdate.needRefresh).toBe(false);
		expect((registration.waiting as FakeWorker).messages).toEqual([]);
		expect(reload).not.toHaveBeenCalled();
	});

	it('an update that installs while the app is open is offered when it is ready', async () => {
		const { registration } = browser({ waiting: false });
		const { appUpdate } = await import('./update.svelte');
		await appUpdate.register();
		expect(appUpdate.needRefresh).toBe(false);
		const installing = new FakeWorker();
		installing.state = 'installing';
		registration.installing = installing;
		registration.dispatchEvent(new Event('updatefound'));
		installing.state = 'installed';
		installing.dispatchEvent(new Event('statechange'));
		expect(appUpdate.needRefresh).toBe(true);
	});

	it('a version stuck after the tap reloads once to help it along, and is offered again after that', async () => {
		const first = browser({ waiting: true });
		const { appUpdate } = await import('./update.svelte');
		await appUpdate.register();
		await appUpdate.apply();
		vi.advanceTimersByTime(3_000);
		expect(first.reload).toHaveBeenCalledOnce();
		expect(sessionStorage.getItem('aan-het-roer:update-requested')).toBe('1');

		// The fresh page asks again; when that is stuck too, the resident is asked again, never a loop.
		const retryStorage = sessionStorage;
		vi.resetModules();
		const second = browser({ waiting: true });
		vi.stubGlobal('sessionStorage', retryStorage);
		const fresh = (await import('./update.svelte')).appUpdate;
		await fresh.register();
		expect((second.registration.waiting as FakeWorker).messages).toEqual([{ type: 'SKIP_WAITING' }]);
		vi.advanceTimersByTime(3_000);
		expect(second.reload).not.toHaveBeenCalled();
		expect(fresh.needRefresh).toBe(true);
	});
});
