import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_CACHE, keepFeedCopy, readFeedCopy } from './feed-copy';

/** Just enough Cache Storage for the feed copy: one cache, keyed by URL. */
function fakeCaches() {
	const stores = new Map<string, Map<string, Response>>();
	return {
		stores,
		async open(name: string) {
			const store = stores.get(name) ?? new Map<string, Response>();
			stores.set(name, store);
			return {
				match: async (url: string) => store.get(url)?.clone(),
				put: async (url: string, response: Response) => void store.set(url, response)
			};
		}
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('the feed copy', () => {
	it('lives in Cache Storage when the browser has it, with its download time', async () => {
		const storage = fakeCaches();
		vi.stubGlobal('caches', storage);
		await keepFeedCopy('https://feed.example/a.json', '{"services":[]}', 1_700_000_000_000);
		expect(storage.stores.get(FEED_CACHE)?.has('https://feed.example/a.json')).toBe(true);
		expect(await readFeedCopy('https://feed.example/a.json')).toEqual({
			body: '{"services":[]}',
			fetchedAt: 1_700_000_000_000
		});
		expect(await readFeedCopy('https://feed.example/other.json')).toBeUndefined();
	});

	it('falls back to IndexedDB where Cache Storage is missing', async () => {
		vi.stubGlobal('caches', undefined);
		await keepFeedCopy('https://feed.example/b.json', '[]', 42);
		expect(await readFeedCopy('https://feed.example/b.json')).toEqual({ body: '[]', fetchedAt: 42 });
	});

	it('a broken Cache Storage costs only the copy, never an error', async () => {
		vi.stubGlobal('caches', { open: () => Promise.reject(new Error('SecurityError')) });
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		await expect(keepFeedCopy('https://feed.example/c.json', '[]', 1)).resolves.toBeUndefined();
		expect(await readFeedCopy('https://feed.example/c.json')).toBeUndefined();
		expect(warn).toHaveBeenCalled();
	});
});
