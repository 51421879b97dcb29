import { NO_FILTERS, type Filters } from './filters';
import type { Index } from './finder';
import type { Activity } from './model';
import { loadFeed, type FeedResult } from './source';

/** A fresh download at most this often while the app stays open; going back and forth should not refetch. */
const REFRESH_AFTER_MS = 15 * 60_000;

/** Works out the week's dates (finder.ts's buildIndex), given by the list page. */
export type IndexBuilder = (activities: Activity[], now: Date) => Index;

/** Works out the week's dates and reports how long it took, for the benchmark. */
function timedIndex(build: IndexBuilder, activities: Activity[]): Index {
	const start = performance.now();
	const index = build(activities, new Date());
	performance.measure('activities:index', { start, end: performance.now() });
	return index;
}

/**
 * The feed as the room sees it: the download result, the index of this week's dates, and the filters
 * the resident chose (kept while they look at a detail and come back).
 */
class ActivitiesFeed {
	#result = $state.raw<FeedResult | null>(null);
	#index = $state.raw<Index | null>(null);
	#loadedAt = 0;
	#loading: Promise<void> | null = null;
	#build: IndexBuilder | null = null;
	filters = $state<Filters>({ ...NO_FILTERS });

	get result(): FeedResult | null {
		return this.#result;
	}

	get index(): Index | null {
		return this.#index;
	}

	/**
	 * The list asks for this week's dates; the detail page, where a shared link lands, does not: it
	 * neither loads the finder's code nor works out the week of every activity to show one.
	 */
	indexWith(build: IndexBuilder): void {
		if (this.#build) return;
		this.#build = build;
		if (this.#result?.feed) this.#index = timedIndex(build, this.#result.feed.activities);
	}

	/** Loads the feed once, and again when the last load is old, failed, or the resident asks (`force`). */
	ensure(force = false): Promise<void> {
		const fresh = Date.now() - this.#loadedAt < REFRESH_AFTER_MS;
		if (this.#loading && !force && fresh && (this.#result === null || this.#result.feed))
			return this.#loading;
		this.#loadedAt = Date.now();
		this.#loading = loadFeed().then((result) => {
			// A failed refresh must not throw away a feed we already show.
			if (!result.feed && this.#result?.feed) {
				this.#result = { ...this.#result, problem: result.problem };
				return;
			}
			this.#result = result;
			this.#index = result.feed && this.#build ? timedIndex(this.#build, result.feed.activities) : null;
		});
		return this.#loading;
	}

	activity(id: string) {
		return this.#result?.feed?.activities.find((activity) => activity.id === id);
	}
}

export const activitiesFeed = new ActivitiesFeed();
