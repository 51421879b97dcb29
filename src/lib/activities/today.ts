import { buildIndex, onToday } from './finder';
import { loadFeed } from './source';

/**
 * What is on today in a neighbourhood (all of them when empty), still to come or going on now. Opens no
 * database: on a walk-in tablet the guest database must not exist before a guest begins.
 */
/** The neighbourhoods the feed names, for a volunteer to choose from (a typed name can miss by a letter). */
export async function feedNeighbourhoods(): Promise<string[]> {
	const { feed } = await loadFeed({ keep: false });
	return feed ? buildIndex(feed.activities, new Date()).neighbourhoods : [];
}

export async function activitiesToday(neighbourhood: string, now = new Date()) {
	const { feed } = await loadFeed({ keep: false });
	if (!feed) return [];
	return onToday(buildIndex(feed.activities, now), neighbourhood, now);
}
