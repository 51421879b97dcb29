/**
 * The service worker's life as state: registered once in the browser; when a new version is waiting,
 * `needRefresh` turns true and the layout asks the resident. Only their "bijwerken" reloads the page.
 */
class AppUpdate {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | undefined;

	get needRefresh(): boolean {
		return this.#needRefresh;
	}

	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.#needRefresh = true),
			onOfflineReady: () => (this.#offlineReady = true),
			onRegisterError: (error: unknown) => console.warn('[pwa] service worker not registered', error)
		});
	}

	async apply(): Promise<void> {
		this.#needRefresh = false;
		await this.#update?.(true);
	}

	later(): void {
		this.#needRefresh = false;
	}
}

export const appUpdate = new AppUpdate();
