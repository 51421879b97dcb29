import type { Page } from '@playwright/test';

/**
 * Holds every IndexedDB open on the page until the test lets go, as on a slow phone where reading
 * storage takes longer than the page takes to appear. Each open gets a stand-in request that forwards
 * the real request's events and properties once it is released (Dexie only uses those).
 * Call before `page.goto`. The hold applies to every later load in this page; the returned function
 * releases storage on the page that is open now.
 */
export async function holdStorage(page: Page): Promise<() => Promise<void>> {
	await page.addInitScript(() => {
		const realOpen = IDBFactory.prototype.open;
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		(window as unknown as { __releaseStorage: () => void }).__releaseStorage = () => release();
		const EVENTS = ['success', 'error', 'blocked', 'upgradeneeded'] as const;

		IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
			let real: IDBOpenDBRequest | undefined;
			const listeners = new Map<string, EventListener[]>();
			const standIn: Record<string, unknown> = {
				onsuccess: null,
				onerror: null,
				onblocked: null,
				onupgradeneeded: null,
				get result() {
					return real?.result;
				},
				get error() {
					return real?.error ?? null;
				},
				get transaction() {
					return real?.transaction ?? null;
				},
				get readyState() {
					return real?.readyState ?? 'pending';
				},
				addEventListener(type: string, listener: EventListener) {
					listeners.set(type, [...(listeners.get(type) ?? []), listener]);
				},
				removeEventListener(type: string, listener: EventListener) {
					listeners.set(
						type,
						(listeners.get(type) ?? []).filter((l) => l !== listener)
					);
				}
			};
			void gate.then(() => {
				real = version === undefined ? realOpen.call(this, name) : realOpen.call(this, name, version);
				for (const type of EVENTS)
					real.addEventListener(type, (event) => {
						(standIn[`on${type}`] as EventListener | null)?.call(standIn, event);
						for (const listener of listeners.get(type) ?? []) listener.call(standIn, event);
					});
			});
			return standIn as unknown as IDBOpenDBRequest;
		};
	});
	return () =>
		page.evaluate(() => (window as unknown as { __releaseStorage: () => void }).__releaseStorage());
}
