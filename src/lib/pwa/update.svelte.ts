import { base } from '$app/paths';

/** Set just before the fallback reload, so the next page load activates the new version at once. */
const RETRY_KEY = 'aan-het-roer:update-requested';
/** How long "Nu bijwerken" waits for the new version to take over before it reloads to help it along. */
const TAKEOVER_MS = 3_000;

/**
 * The service worker's life as state. We register it ourselves (a few lines instead of workbox-window's
 * 2 KB). When a new version has installed and waits, `needRefresh` turns true and the layout asks the
 * resident; only their "bijwerken" activates it and reloads, so nothing they are typing is lost.
 */
class AppUpdate {
	#needRefresh = $state(false);
	/** The new version we saw install, in case the registration no longer lists it as waiting. */
	#waiting: ServiceWorker | null = null;

	get needRefresh(): boolean {
		return this.#needRefresh;
	}

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			const registration = await navigator.serviceWorker.register(`${base}/sw.js`, { scope: `${base}/` });
			const retry = sessionStorage.getItem(RETRY_KEY) === '1';
			sessionStorage.removeItem(RETRY_KEY);
			if (registration.waiting && navigator.serviceWorker.controller) {
				if (retry) this.#activate(registration.waiting, 'offer-again');
				else this.#offer(registration.waiting);
			}
			registration.addEventListener('updatefound', () => {
				const installing = registration.installing;
				installing?.addEventListener('statechange', () => {
					// With a controller this is an update; without one it is the very first install.
					if (installing.state === 'installed' && navigator.serviceWorker.controller) this.#offer(installing);
				});
			});
		} catch (error) {
			console.warn('[pwa] service worker not registered', error);
		}
	}

	async apply(): Promise<void> {
		this.#needRefresh = false;
		const waiting = (await navigator.serviceWorker.getRegistration())?.waiting ?? this.#waiting;
		// Another tab may have applied it already: then the new version runs and a reload shows it.
		if (!waiting || waiting.state === 'redundant' || waiting.state === 'activated') {
			window.location.reload();
			return;
		}
		this.#activate(waiting, 'reload');
	}

	later(): void {
		this.#needRefresh = false;
	}

	#offer(worker: ServiceWorker): void {
		this.#waiting = worker;
		this.#needRefresh = true;
	}

	/**
	 * Asks the waiting version to take over; the page reloads when it has. Chromium 156 can leave the
	 * new version waiting after a mouse click on the page that asked (a keyboard press or a script works;
	 * seen in the end-to-end test), so if nothing happens we reload once and ask again from the fresh
	 * page, which works. If that still fails, the resident is offered the update again: never a loop.
	 */
	#activate(worker: ServiceWorker, ifStuck: 'reload' | 'offer-again'): void {
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
			once: true
		});
		// The Workbox-generated worker activates on this message.
		worker.postMessage({ type: 'SKIP_WAITING' });
		setTimeout(() => {
			if (worker.state !== 'installed') return;
			if (ifStuck === 'offer-again') {
				this.#offer(worker);
				return;
			}
			sessionStorage.setItem(RETRY_KEY, '1');
			window.location.reload();
		}, TAKEOVER_MS);
	}
}

export const appUpdate = new AppUpdate();
