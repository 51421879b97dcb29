import type { Activity, Place, Schedule } from './model';
import { ruleDates, type Rule } from './rule-dates';
import { addDays, dateKeyOf, instantAt, type DateKey } from './time';

/**
 * Dates of an activity, from its HSDS schedules (RFC 5545 recurrence rules, read by rule-dates.ts).
 *
 * Rules count in Amsterdam calendar days, so "every second Monday at 10:00" stays 10:00 whatever the
 * clocks do; each date becomes a real instant only at the end, with Amsterdam's offset of that very day
 * (time.ts).
 */
export interface Occurrence {
	activity: Activity;
	/** The Amsterdam calendar day. */
	date: DateKey;
	start: Date;
	end: Date;
	/** Where this time is (an activity can be at several places, each with its own times). */
	place: Place;
	/** Its index in the activity's places. */
	placeIndex: number;
}

/** Without a start date, "every other week" has to count from somewhere fixed (a Monday). */
const DEFAULT_ANCHOR = '2024-01-01';

/** One rule per schedule, so a counted rule finds its last date once (rule-dates.ts keeps it). */
const rules = new WeakMap<Schedule, Rule>();

function ruleOf(schedule: Schedule): Rule {
	let rule = rules.get(schedule);
	if (!rule) {
		rule = {
			freq: schedule.freq as Rule['freq'],
			interval: schedule.interval,
			byday: schedule.byday,
			bymonthday: schedule.bymonthday,
			start: schedule.anchor ?? DEFAULT_ANCHOR,
			until: schedule.validTo,
			count: schedule.count
		};
		rules.set(schedule, rule);
	}
	return rule;
}

/** The calendar days (Amsterdam) in [from, to] on which this schedule happens. */
export function scheduleDates(schedule: Schedule, from: DateKey, to: DateKey): DateKey[] {
	const first = schedule.validFrom && schedule.validFrom > from ? schedule.validFrom : from;
	const last = schedule.validTo && schedule.validTo < to ? schedule.validTo : to;
	if (first > last) return [];
	if (schedule.freq === 'ONCE') {
		const day = schedule.anchor ?? schedule.validFrom;
		return day && day >= first && day <= last ? [day] : [];
	}
	return ruleDates(ruleOf(schedule), first, last);
}

function occurrence(activity: Activity, schedule: Schedule, date: DateKey): Occurrence {
	const overnight = schedule.closesAt <= schedule.opensAt;
	const placeIndex = schedule.place ?? 0;
	return {
		activity,
		date,
		place: activity.places?.[placeIndex] ?? activity.place,
		placeIndex,
		start: instantAt(date, schedule.opensAt),
		end: instantAt(overnight ? addDays(date, 1) : date, schedule.closesAt)
	};
}

/** A closure entry in the feed (e.g. the Christmas holidays) takes out these dates, at its place or everywhere. */
function isClosed(activity: Activity, schedule: Schedule, date: DateKey): boolean {
	return (activity.closures ?? []).some(
		(closure) =>
			closure.from <= date &&
			date <= closure.to &&
			(closure.place === undefined || closure.place === (schedule.place ?? 0))
	);
}

/**
 * What tells one occurrence from another: the lists key on it ({#each ... (key)}), so it must be unique.
 * Two schedules can describe the same session (the same rule at service and location level, or
 * "Tuesdays" beside "Tuesdays and Thursdays"): `unique` keeps one of each, so no list ever sees a key twice.
 */
export function occurrenceKey(item: Occurrence): string {
	return `${item.activity.id}|${item.placeIndex}|${item.start.getTime()}|${item.end.getTime()}`;
}

function unique(items: Occurrence[]): Occurrence[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const key = occurrenceKey(item);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Every time the activity is on, on the days from..to (inclusive), in order, each session once. */
export function occurrencesBetween(activity: Activity, from: DateKey, to: DateKey): Occurrence[] {
	if (activity.status !== 'active') return [];
	const out: Occurrence[] = [];
	for (const schedule of activity.schedules) {
		for (const date of scheduleDates(schedule, from, to))
			if (!isClosed(activity, schedule, date)) out.push(occurrence(activity, schedule, date));
	}
	return unique(out.sort(byStart));
}

/** The next `count` times that have not ended yet, looking up to about a year ahead. */
export function nextOccurrences(activity: Activity, now: Date, count = 3): Occurrence[] {
	if (activity.status !== 'active') return [];
	const today = dateKeyOf(now);
	let found: Occurrence[] = [];
	// Widen the window step by step: most activities are weekly, so the first step nearly always does it.
	for (const days of [14, 70, 400]) {
		found.length = 0;
		for (const schedule of activity.schedules) {
			for (const date of scheduleDates(schedule, addDays(today, -1), addDays(today, days))) {
				if (isClosed(activity, schedule, date)) continue;
				const item = occurrence(activity, schedule, date);
				if (item.end > now) found.push(item);
			}
		}
		found = unique(found.sort(byStart));
		if (found.length >= count) break;
	}
	return found.slice(0, count);
}

export function isOnNow(item: Occurrence, now: Date): boolean {
	return item.start <= now && now < item.end;
}

export function byStart(a: Occurrence, b: Occurrence): number {
	return a.start.getTime() - b.start.getTime() || a.activity.name.localeCompare(b.activity.name);
}
