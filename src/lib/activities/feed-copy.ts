import { loadStorage } from '$lib/storage/db';

/**
 * The last good copy of the feed, for offline use. It lives in Cache Storage, which every browser has
 * built in, so a first visit to "In de wijk" does not download the database library just to keep it.
 * Where Cache Storage is missing (older browsers, tests) it falls back to the `feed` table in IndexedDB.
 */
export interface FeedCopy {
	body: string;
	/** When it was downloaded (ms). */
	fetchedAt: number;
}

export const FEED_CACHE = 'aan-het-roer-feed';
const FETCHED_AT = 'x-fetched-at';

function cacheStorage(): CacheStorage | undefined {
	return typeof caches === 'undefined' ? undefined : caches;
}

export async function readFeedCopy(url: string): Promise<FeedCopy | undefined> {
	try {
		const storage = cacheStorage();
		if (storage) {
			const response = await (await storage.open(FEED_CACHE)).match(url);
			if (!response) return undefined;
			return { body: await response.text(), fetchedAt: Number(response.headers.get(FETCHED_AT)) || 0 };
		}
		const copy = await (await loadStorage()).feed.get(url);
		return copy && { body: copy.body, fetchedAt: copy.fetchedAt };
	} catch {
		return undefined;
	}
}

export async function keepFeedCopy(url: string, body: string, fetchedAt: number): Promise<void> {
	try {
		const storage = cacheStorage();
		if (storage) {
			const headers = { 'content-type': 'application/json', [FETCHED_AT]: String(fetchedAt) };
			await (await storage.open(FEED_CACHE)).put(url, new Response(body, { headers }));
			return;
		}
		await (await loadStorage()).feed.put({ url, body, fetchedAt });
	} catch (error) {
		// Not being able to keep a copy only costs the offline fallback; the fresh feed still shows.
		console.warn('[activities] could not keep the feed copy', error);
	}
}
