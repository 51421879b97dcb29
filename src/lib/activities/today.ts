import { buildIndex, onToday } from './finder';
import { loadFeed } from './source';

/** What is on today in a neighbourhood (all of them when empty), still to come or going on now. */
export async function activitiesToday(neighbourhood: string, now = new Date()) {
	const { feed } = await loadFeed();
	if (!feed) return [];
	return onToday(buildIndex(feed.activities, now), neighbourhood, now);
}
