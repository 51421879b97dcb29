import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedResult } from './source';

const loadFeed = vi.fn<() => Promise<FeedResult>>();
vi.mock('./source', () => ({ loadFeed: () => loadFeed() }));

const good = (fetchedAt: number): FeedResult => ({
	feed: { activities: [], total: 0, skipped: 0, problems: [] },
	fetchedAt,
	fromCopy: false
});

describe('the activities feed as the room sees it (rune state)', () => {
	beforeEach(() => {
		vi.resetModules();
		loadFeed.mockReset();
	});

	const fresh = async () => {
		const feed = (await import('./feed.svelte')).activitiesFeed;
		feed.indexWith((await import('./finder')).buildIndex);
		return feed;
	};

	it('loads once; going back and forth does not download again', async () => {
		loadFeed.mockResolvedValue(good(1));
		const feed = await fresh();
		expect(feed.result).toBeNull();
		await feed.ensure();
		await feed.ensure();
		expect(loadFeed).toHaveBeenCalledOnce();
		expect(feed.result?.fetchedAt).toBe(1);
		expect(feed.index).not.toBeNull();
	});

	it('a failed refresh keeps the feed on screen and says what went wrong', async () => {
		loadFeed.mockResolvedValueOnce(good(1));
		loadFeed.mockResolvedValueOnce({ fromCopy: false, problem: 'offline' });
		const feed = await fresh();
		await feed.ensure();
		await feed.ensure(true); // "Nu bijwerken"
		expect(loadFeed).toHaveBeenCalledTimes(2);
		expect(feed.result?.feed).toBeDefined();
		expect(feed.result?.fetchedAt).toBe(1);
		expect(feed.result?.problem).toBe('offline');
	});

	it('asks again after a first load that failed', async () => {
		loadFeed.mockResolvedValueOnce({ fromCopy: false, problem: 'unreachable' });
		loadFeed.mockResolvedValueOnce(good(2));
		const feed = await fresh();
		await feed.ensure();
		expect(feed.result?.feed).toBeUndefined();
		expect(feed.index).toBeNull();
		await feed.ensure();
		expect(feed.result?.fetchedAt).toBe(2);
	});

	it('works out the week only for the list: the detail page never asks for it', async () => {
		loadFeed.mockResolvedValue(good(1));
		const feed = (await import('./feed.svelte')).activitiesFeed;
		await feed.ensure();
		expect(feed.result?.feed).toBeDefined();
		expect(feed.index).toBeNull();
		// Then the resident goes to the list: the week is worked out from the feed already there.
		feed.indexWith((await import('./finder')).buildIndex);
		expect(feed.index?.entries).toEqual([]);
		expect(loadFeed).toHaveBeenCalledOnce();
	});

	it('keeps the filters the resident chose while they look at an activity', async () => {
		loadFeed.mockResolvedValue(good(1));
		const feed = await fresh();
		feed.filters.free = true;
		await feed.ensure();
		expect(feed.filters.free).toBe(true);
	});
});
