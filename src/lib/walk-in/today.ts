import { formatTime } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';

/**
 * What is on at this centre today, from the activities feed (src/lib/activities). The feed code loads
 * only when the start screen asks, so a walk-in device's first screen stays light.
 */
export interface TodayItem {
	id: string;
	title: string;
	/** "10:00", local time at the centre. */
	start?: string;
	end?: string;
	place?: string;
}

/** The feed's neighbourhoods for the setup form; none when the feed cannot be read (then only "all"). */
export async function neighbourhoodChoices(): Promise<string[]> {
	try {
		const { feedNeighbourhoods } = await import('$lib/activities/today');
		return await feedNeighbourhoods();
	} catch {
		return [];
	}
}

export async function todayAtCentre(
	neighbourhood: string,
	lang: Lang,
	day = new Date()
): Promise<TodayItem[]> {
	try {
		const { activitiesToday } = await import('$lib/activities/today');
		const items = await activitiesToday(neighbourhood, day);
		return items.map((item) => ({
			id: item.activity.id,
			title: item.activity.name,
			start: formatTime(item.start, lang),
			end: formatTime(item.end, lang),
			place: item.place.name || undefined
		}));
	} catch {
		// The start screen then shows its calm "nothing listed" line.
		return [];
	}
}
