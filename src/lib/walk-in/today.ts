/**
 * SEAM: what is on at this centre today, from the activities feed.
 *
 * The activities room (branch wt/activities, src/lib/activities/) owns the feed parser and the schedule
 * logic. Until that is merged this returns an empty list, and the start screen shows a calm "nothing
 * listed" line. When merging: load the feed the way the activities room does, keep the activities in
 * `neighbourhood` that occur today, and map them to TodayItem.
 */
export interface TodayItem {
	id: string;
	title: string;
	/** "10:00", local time at the centre. */
	start?: string;
	end?: string;
	place?: string;
}

export async function todayAtCentre(neighbourhood: string, day = new Date()): Promise<TodayItem[]> {
	void neighbourhood;
	void day;
	return [];
}
