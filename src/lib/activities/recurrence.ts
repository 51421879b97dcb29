import * as rrule from 'rrule';
import type { Options, Weekday } from 'rrule';
import type { Activity, Place, Schedule, WeekdayCode } from './model';
import { addDays, dateKeyOf, instantAt, numbers, type DateKey } from './time';

/**
 * Dates of an activity, from its HSDS schedules, with the rrule library (RFC 5545 recurrence rules).
 *
 * rrule counts in "floating" time, as its README advises for local dates: we give it Amsterdam calendar
 * days dressed as UTC midnights, so "every second Monday at 10:00" stays 10:00 whatever the clocks do,
 * and each date becomes a real instant only at the end, with Amsterdam's offset of that very day
 * (time.ts). Our own code only translates HSDS fields into rrule options.
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

// Plain Node (vitest, prerendering) loads rrule's UMD build, whose exports sit on `default`.
const { RRule } = 'RRule' in rrule ? rrule : (rrule as unknown as { default: typeof rrule }).default;

/** Without a start date, "every other week" has to count from somewhere fixed (a Monday). */
const DEFAULT_ANCHOR = '2024-01-01';
const DAY_MS = 86_400_000;
const WEEKDAY: Record<WeekdayCode, Weekday> = {
	MO: RRule.MO,
	TU: RRule.TU,
	WE: RRule.WE,
	TH: RRule.TH,
	FR: RRule.FR,
	SA: RRule.SA,
	SU: RRule.SU
};
const FREQ = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY } as const;

/** A calendar day as rrule's floating date: that day's midnight, written as UTC. */
function floating(date: DateKey): Date {
	const [y, m, d] = numbers(date);
	return new Date(Date.UTC(y, m - 1, d));
}

function keyOfFloating(date: Date): DateKey {
	return date.toISOString().slice(0, 10);
}

const lastDates = new WeakMap<Schedule, DateKey | null>();

/**
 * The last date of a counted rule (COUNT numbers its dates from the very first), found once per schedule
 * by walking at most `count` dates (at most MAX_COUNT, see parse-schedule.ts) from its start. After that a
 * counted rule is an uncounted one that ends on that date, and starts near the window like any other.
 */
function lastCountedDate(schedule: Schedule): DateKey | null {
	if (lastDates.has(schedule)) return lastDates.get(schedule)!;
	const count = schedule.count ?? 0;
	// A plain daily rule needs no walk: its n-th date is n - 1 intervals after its start.
	if (schedule.freq === 'DAILY' && !schedule.byday.length && !schedule.bymonthday.length) {
		const last = addDays(
			schedule.anchor ?? DEFAULT_ANCHOR,
			(count - 1) * Math.max(1, schedule.interval || 1)
		);
		const key = schedule.validTo && schedule.validTo < last ? schedule.validTo : last;
		lastDates.set(schedule, key);
		return key;
	}
	const options = baseOptions(schedule, floating(schedule.anchor ?? DEFAULT_ANCHOR));
	let last: Date | undefined;
	new RRule({ ...options, count }, true).all((date, i) => {
		last = date;
		return i + 1 < count;
	});
	const key = last ? keyOfFloating(last) : null;
	lastDates.set(schedule, key);
	return key;
}

function baseOptions(schedule: Schedule, dtstart: Date): Partial<Options> {
	const [, , day] = numbers(schedule.anchor ?? DEFAULT_ANCHOR);
	const byday = schedule.byday.map((rule) =>
		rule.nth ? WEEKDAY[rule.day].nth(rule.nth) : WEEKDAY[rule.day]
	);
	// Without BYDAY and BYMONTHDAY a monthly rule falls on its start's day of the month: say so
	// explicitly, so a later DTSTART (the 1st of a month) does not change it.
	const bymonthday =
		schedule.freq === 'MONTHLY' && !byday.length && !schedule.bymonthday.length ? [day] : schedule.bymonthday;
	return {
		freq: FREQ[schedule.freq as keyof typeof FREQ],
		interval: Math.max(1, schedule.interval || 1),
		byweekday: byday.length ? byday : null,
		bymonthday: bymonthday.length ? bymonthday : null,
		// Weeks start on Monday (RFC 5545's default, said out loud for "every other week").
		wkst: RRule.MO,
		dtstart,
		until: schedule.validTo ? floating(schedule.validTo) : null,
		count: null
	};
}

/**
 * The rule's options, starting as late as possible before `from` while keeping its rhythm.
 *
 * rrule walks every date from DTSTART on, and a feed's rules often start years ago (or at our default
 * anchor, or in the year 1000): walking those years took about 1.7 ms a rule, seconds for a big feed.
 * Moving DTSTART on by whole intervals (n days, n weeks, n months) gives the same dates. A counted rule
 * becomes a rule that ends on its last date (lastCountedDate), so it moves on the same way. The property
 * test in recurrence.spec.ts holds this against rrule counting from the original start.
 */
export function ruleOptions(schedule: Schedule, from: DateKey): Partial<Options> {
	const anchor = schedule.anchor ?? DEFAULT_ANCHOR;
	const interval = Math.max(1, schedule.interval || 1);
	const [year, month] = numbers(anchor);
	let dtstart = floating(anchor);
	let until = schedule.validTo;
	if (schedule.count) {
		const last = lastCountedDate(schedule);
		if (!last) return { ...baseOptions(schedule, dtstart), count: schedule.count };
		if (!until || last < until) until = last;
	}
	if (from > anchor) {
		const days = (floating(from).getTime() - dtstart.getTime()) / DAY_MS;
		if (schedule.freq === 'DAILY') dtstart = floating(addDays(anchor, days - (days % interval)));
		else if (schedule.freq === 'WEEKLY') {
			const step = 7 * interval;
			dtstart = floating(addDays(anchor, days - (days % step)));
		} else {
			const [fromYear, fromMonth] = numbers(from);
			const months = (fromYear - year) * 12 + fromMonth - month;
			const skip = months - (months % interval);
			if (skip > 0) dtstart = new Date(Date.UTC(year, month - 1 + skip, 1));
		}
	}
	return { ...baseOptions(schedule, dtstart), until: until ? floating(until) : null };
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
	// noCache: each window is asked for once; rrule's cache would only hold on to memory.
	return new RRule(ruleOptions(schedule, first), true)
		.between(floating(first), floating(last), true)
		.map(keyOfFloating);
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
