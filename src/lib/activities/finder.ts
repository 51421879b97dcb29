import type { Filters } from './filters';
import type { Activity } from './model';
import { isOnNow, nextOccurrences, occurrencesBetween, type Occurrence } from './recurrence';
import { addDays, dateKeyOf, isoWeekday, type DateKey } from './time';

/**
 * Finding activities: the views (today, this week, everything, saved) and the filters. The dates of the
 * coming week are worked out once when the feed loads (buildIndex), so a filter change only sifts lists.
 */
export { NO_FILTERS, VIEWS, type Filters, type View } from './filters';

export interface Entry {
	activity: Activity;
	/** Which Amsterdam weekdays it can fall on (1–7), for the day filter. */
	weekdays: Set<number>;
	/** Lower-case text without accents, for the search. */
	text: string;
	/** Its times today and in the six days after. */
	week: Occurrence[];
	/** The next time it is on (may be beyond this week). */
	next?: Occurrence;
}

export interface Index {
	today: DateKey;
	entries: Entry[];
	neighbourhoods: string[];
	languages: string[];
}

export interface Found {
	activity: Activity;
	/** For today and this week: this particular time. Otherwise the next time, if any. */
	occurrence?: Occurrence;
}

export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function buildIndex(activities: Activity[], now: Date): Index {
	const today = dateKeyOf(now);
	const lastDay = addDays(today, 6);
	const entries = activities.map((activity): Entry => {
		const week = occurrencesBetween(activity, today, lastDay).filter((item) => item.end > now);
		const weekdays = new Set(week.map((item) => isoWeekday(item.date)));
		for (const schedule of activity.schedules) {
			for (const rule of schedule.byday)
				weekdays.add(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(rule.day) + 1);
			if (schedule.freq === 'DAILY') for (let day = 1; day <= 7; day++) weekdays.add(day);
		}
		return {
			activity,
			weekdays,
			text: fold(
				[
					activity.name,
					activity.description,
					activity.organization,
					activity.place.name,
					activity.place.street,
					activity.neighbourhood
				].join(' ')
			),
			week,
			next: week[0] ?? nextOccurrences(activity, now, 1)[0]
		};
	});
	// Sorted by name once here, so "everything" needs no sorting on each filter change.
	const collator = new Intl.Collator('nl');
	entries.sort((a, b) => collator.compare(a.activity.name, b.activity.name));
	const sorted = (values: string[]) =>
		[...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl'));
	return {
		today,
		entries,
		neighbourhoods: sorted(activities.map((activity) => activity.neighbourhood)),
		languages: sorted(activities.flatMap((activity) => activity.languages))
	};
}

function matches(entry: Entry, filters: Filters, words: string[]): boolean {
	const { activity } = entry;
	if (filters.neighbourhood && activity.neighbourhood !== filters.neighbourhood) return false;
	if (filters.theme && !activity.themes.includes(filters.theme)) return false;
	if (filters.free && !activity.free) return false;
	if (filters.noReferral && activity.referralNeeded) return false;
	if (filters.wheelchair && !activity.wheelchair) return false;
	if (filters.language && !activity.languages.includes(filters.language)) return false;
	if (filters.day && !entry.weekdays.has(filters.day)) return false;
	return words.every((word) => entry.text.includes(word));
}

export function find(
	index: Index,
	filters: Filters,
	now: Date,
	saved: ReadonlySet<string> = new Set()
): Found[] {
	const words = fold(filters.query).split(/\s+/).filter(Boolean);
	const entries = index.entries.filter(
		(entry) => matches(entry, filters, words) && (filters.view !== 'saved' || saved.has(entry.activity.id))
	);
	if (filters.view === 'today' || filters.view === 'week') {
		const found: Found[] = [];
		for (const entry of entries) {
			for (const occurrence of entry.week) {
				if (filters.view === 'today' && occurrence.date !== index.today) continue;
				if (filters.day && isoWeekday(occurrence.date) !== filters.day) continue;
				if (filters.openNow && !isOnNow(occurrence, now)) continue;
				if (occurrence.end <= now) continue;
				found.push({ activity: entry.activity, occurrence });
			}
		}
		// Stable sort over entries already in name order: same start time reads alphabetically.
		return found.sort((a, b) => a.occurrence!.start.getTime() - b.occurrence!.start.getTime());
	}
	return entries
		.filter((entry) => !filters.openNow || (entry.next && isOnNow(entry.next, now)))
		.map((entry) => ({ activity: entry.activity, occurrence: entry.next }));
}

/** The activities on at a place today, for the walk-in start screen. */
export function onToday(index: Index, neighbourhood: string, now: Date): Occurrence[] {
	const wanted = fold(neighbourhood.trim());
	return index.entries
		.filter((entry) => !wanted || fold(entry.activity.neighbourhood) === wanted)
		.flatMap((entry) => entry.week.filter((item) => item.date === index.today && item.end > now))
		.sort((a, b) => a.start.getTime() - b.start.getTime());
}
