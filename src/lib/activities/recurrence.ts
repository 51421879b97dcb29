import type { Activity, Schedule, WeekdayCode } from './model';
import { addDays, dateKeyOf, instantAt, numbers, type DateKey } from './time';

/**
 * Dates of an activity, from its HSDS schedules.
 *
 * Rules are matched on calendar days, not instants, so "every second Monday at 10:00" stays 10:00
 * whatever the clocks do; each date becomes a real instant only at the end, with Amsterdam's offset of
 * that very day (see time.ts). Our own small matcher rather than the rrule library: HSDS uses a small
 * part of RRULE, and rrule weighed 19 KiB compressed on the first visit of "In de wijk".
 */
export interface Occurrence {
	activity: Activity;
	/** The Amsterdam calendar day. */
	date: DateKey;
	start: Date;
	end: Date;
}

/** Without a start date, "every other week" has to count from somewhere fixed (a Monday). */
const DEFAULT_ANCHOR = '2024-01-01';
const DAY_MS = 86_400_000;
const WEEKDAYS: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Days since 1970-01-01 of a calendar day; calendar days have no clock, so no time zone either. */
function dayNumber(date: DateKey): number {
	const [y, m, d] = numbers(date);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

function keyOfDay(day: number): DateKey {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday (1970-01-01 was a Thursday). */
function weekdayIndex(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function monthDayMatches(schedule: Schedule, date: number, length: number): boolean | null {
	if (!schedule.bymonthday.length) return null;
	return schedule.bymonthday.some((day) => (day > 0 ? day : length + day + 1) === date);
}

function weekdayMatches(schedule: Schedule, code: WeekdayCode, date: number, length: number): boolean | null {
	if (!schedule.byday.length) return null;
	return schedule.byday.some((rule) => {
		if (rule.day !== code) return false;
		if (!rule.nth) return true;
		// "2MO" is the second Monday of the month; "-1FR" the last Friday.
		return rule.nth > 0 ? Math.ceil(date / 7) === rule.nth : Math.ceil((length - date + 1) / 7) === -rule.nth;
	});
}

/**
 * Whether the rule (RFC 5545 RRULE, the part HSDS uses: DAILY, WEEKLY, MONTHLY with INTERVAL, BYDAY
 * incl. "2MO"/"-1FR", BYMONTHDAY) falls on this day. Weeks start on Monday, as RFC 5545 assumes.
 */
function falls(schedule: Schedule, day: number, anchor: number): boolean {
	if (day < anchor) return false;
	const interval = Math.max(1, schedule.interval || 1);
	const code = WEEKDAYS[weekdayIndex(day)]!;
	const date = new Date(day * DAY_MS);
	const length = daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
	switch (schedule.freq) {
		case 'DAILY':
			return (
				(day - anchor) % interval === 0 &&
				(weekdayMatches(schedule, code, date.getUTCDate(), length) ?? true) &&
				(monthDayMatches(schedule, date.getUTCDate(), length) ?? true)
			);
		case 'WEEKLY': {
			const weeks = (day - weekdayIndex(day) - (anchor - weekdayIndex(anchor))) / 7;
			if (weeks % interval !== 0) return false;
			// Only a rule without BYDAY and BYMONTHDAY falls on the anchor's weekday by default.
			const onWeekday = schedule.byday.length
				? schedule.byday.some((rule) => rule.day === code)
				: schedule.bymonthday.length > 0 || weekdayIndex(day) === weekdayIndex(anchor);
			return onWeekday && (monthDayMatches(schedule, date.getUTCDate(), length) ?? true);
		}
		case 'MONTHLY': {
			const start = new Date(anchor * DAY_MS);
			const months =
				(date.getUTCFullYear() - start.getUTCFullYear()) * 12 + date.getUTCMonth() - start.getUTCMonth();
			if (months % interval !== 0) return false;
			const byMonthDay = monthDayMatches(schedule, date.getUTCDate(), length);
			const byWeekday = weekdayMatches(schedule, code, date.getUTCDate(), length);
			if (byMonthDay === null && byWeekday === null) return date.getUTCDate() === start.getUTCDate();
			return (byMonthDay ?? true) && (byWeekday ?? true);
		}
		default:
			return false;
	}
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
	const anchor = dayNumber(schedule.anchor ?? DEFAULT_ANCHOR);
	const from_ = dayNumber(first);
	const to_ = dayNumber(last);
	const out: DateKey[] = [];
	if (schedule.count) {
		// COUNT numbers the dates from the very first one, so count from the anchor.
		let seen = 0;
		for (let day = anchor; day <= to_ && seen < schedule.count; day++) {
			if (!falls(schedule, day, anchor)) continue;
			seen++;
			if (day >= from_) out.push(keyOfDay(day));
		}
		return out;
	}
	for (let day = Math.max(from_, anchor); day <= to_; day++)
		if (falls(schedule, day, anchor)) out.push(keyOfDay(day));
	return out;
}

function occurrence(activity: Activity, schedule: Schedule, date: DateKey): Occurrence {
	const overnight = schedule.closesAt <= schedule.opensAt;
	return {
		activity,
		date,
		start: instantAt(date, schedule.opensAt),
		end: instantAt(overnight ? addDays(date, 1) : date, schedule.closesAt)
	};
}

/** Every time the activity is on, on the days from..to (inclusive), in order. */
export function occurrencesBetween(activity: Activity, from: DateKey, to: DateKey): Occurrence[] {
	if (activity.status !== 'active') return [];
	const out: Occurrence[] = [];
	for (const schedule of activity.schedules) {
		for (const date of scheduleDates(schedule, from, to)) out.push(occurrence(activity, schedule, date));
	}
	return out.sort(byStart);
}

/** The next `count` times that have not ended yet, looking up to about a year ahead. */
export function nextOccurrences(activity: Activity, now: Date, count = 3): Occurrence[] {
	if (activity.status !== 'active') return [];
	const today = dateKeyOf(now);
	const found: Occurrence[] = [];
	// Widen the window step by step: most activities are weekly, so the first step nearly always does it.
	for (const days of [14, 70, 400]) {
		found.length = 0;
		for (const schedule of activity.schedules) {
			for (const date of scheduleDates(schedule, addDays(today, -1), addDays(today, days))) {
				const item = occurrence(activity, schedule, date);
				if (item.end > now) found.push(item);
			}
		}
		if (found.length >= count) break;
	}
	return found.sort(byStart).slice(0, count);
}

export function isOnNow(item: Occurrence, now: Date): boolean {
	return item.start <= now && now < item.end;
}

export function byStart(a: Occurrence, b: Occurrence): number {
	return a.start.getTime() - b.start.getTime() || a.activity.name.localeCompare(b.activity.name);
}
