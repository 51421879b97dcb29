import { base } from '$app/paths';

/**
 * The service worker's life as state. We register it ourselves (a few lines instead of workbox-window's
 * 2 KB). When a new version has installed and waits, `needRefresh` turns true and the layout asks the
 * resident; only their "bijwerken" activates it and reloads, so nothing they are typing is lost.
 */
class AppUpdate {
	#needRefresh = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	get needRefresh(): boolean {
		return this.#needRefresh;
	}

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			const registration = await navigator.serviceWorker.register(`${base}/sw.js`, { scope: `${base}/` });
			this.#registration = registration;
			if (registration.waiting && navigator.serviceWorker.controller) this.#needRefresh = true;
			registration.addEventListener('updatefound', () => {
				const installing = registration.installing;
				installing?.addEventListener('statechange', () => {
					// With a controller this is an update; without one it is the very first install.
					if (installing.state === 'installed' && navigator.serviceWorker.controller)
						this.#needRefresh = true;
				});
			});
		} catch (error) {
			console.warn('[pwa] service worker not registered', error);
		}
	}

	async apply(): Promise<void> {
		const waiting = this.#registration?.waiting;
		this.#needRefresh = false;
		if (!waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
			once: true
		});
		// The Workbox-generated worker activates on this message.
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	later(): void {
		this.#needRefresh = false;
	}
}

export const appUpdate = new AppUpdate();
