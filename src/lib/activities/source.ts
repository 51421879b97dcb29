import { base } from '$app/paths';
import { config } from '$lib/config';
import { keepFeedCopy, readFeedCopy } from './feed-copy';
import { FeedError, MAX_FEED_BYTES, parseFeedText, type Feed, type FeedErrorCode } from './parse';

/**
 * Where the feed comes from and how it survives being offline: every good download is kept
 * (feed-copy.ts); when the next download fails or is broken, the app shows that copy with a
 * notice instead of an empty room. A broken feed never replaces a good copy.
 */
export type FeedProblem = FeedErrorCode | 'offline' | 'unreachable';

export interface FeedResult {
	feed?: Feed;
	/** When this copy was downloaded (ms). */
	fetchedAt?: number;
	/** Shown from the stored copy rather than a fresh download. */
	fromCopy: boolean;
	problem?: FeedProblem;
}

/** The deployer's feed (PUBLIC_FEED_URL), or the bundled example feed. */
export function feedUrl(): string {
	return config.feedUrl || `${base}/feed/voorbeeld.json`;
}

export function isSampleFeed(): boolean {
	return !config.feedUrl;
}

async function download(url: string, fetcher: typeof fetch): Promise<string> {
	const response = await fetcher(url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	if (Number(response.headers.get('content-length') ?? 0) > MAX_FEED_BYTES)
		throw new FeedError('too-big', 'The feed is too large.');
	return response.text();
}

/** Parses and reports how long it took, for the benchmark (User Timing shows in DevTools too). */
function timedParse(body: string): Feed {
	const start = performance.now();
	const feed = parseFeedText(body);
	performance.measure('activities:parse', { start, end: performance.now() });
	return feed;
}

export async function loadFeed(
	options: {
		url?: string;
		online?: boolean;
		fetcher?: typeof fetch;
		now?: number;
		/** false: touch no storage at all (the walk-in start screen, before a guest has begun). */
		keep?: boolean;
	} = {}
): Promise<FeedResult> {
	const url = options.url ?? feedUrl();
	const online = options.online ?? (typeof navigator === 'undefined' || navigator.onLine);
	const keep = options.keep ?? true;
	const copy = keep ? await readFeedCopy(url) : undefined;
	const fromCopy = (problem: FeedProblem): FeedResult => {
		if (!copy) return { fromCopy: false, problem };
		try {
			return { feed: timedParse(copy.body), fetchedAt: copy.fetchedAt, fromCopy: true, problem };
		} catch {
			return { fromCopy: false, problem };
		}
	};
	if (!online) return fromCopy('offline');
	try {
		const body = await download(url, options.fetcher ?? fetch);
		const feed = timedParse(body);
		const fetchedAt = options.now ?? Date.now();
		if (keep) await keepFeedCopy(url, body, fetchedAt);
		return { feed, fetchedAt, fromCopy: false };
	} catch (error) {
		return fromCopy(error instanceof FeedError ? error.code : 'unreachable');
	}
}
