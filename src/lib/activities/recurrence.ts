import * as rrule from 'rrule';
import type { RRule as Rule, Weekday } from 'rrule';
import type { Activity, Schedule, WeekdayCode } from './model';
import { addDays, dateKeyOf, instantAt, numbers, type DateKey } from './time';

/**
 * Dates of an activity, from its HSDS schedules, with the rrule library.
 *
 * rrule counts in "floating" time: we give it wall-clock dates dressed as UTC, so "every second Monday at
 * 10:00" stays 10:00 whatever the clocks do, and only turn each date into a real instant at the end,
 * with Amsterdam's offset of that very day (see time.ts).
 */
export interface Occurrence {
	activity: Activity;
	/** The Amsterdam calendar day. */
	date: DateKey;
	start: Date;
	end: Date;
}

// Plain Node (the feed:check CLI, prerendering) loads rrule's UMD build, whose exports sit on `default`.
const { RRule } = 'RRule' in rrule ? rrule : (rrule as unknown as { default: typeof rrule }).default;

/** Without a start date, "every other week" has to count from somewhere fixed (a Monday). */
const DEFAULT_ANCHOR = '2024-01-01';
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

function floating(date: DateKey, time = '00:00'): Date {
	const [y, m, d] = numbers(date);
	const [hh, mm] = numbers(time);
	return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

function keyOfFloating(date: Date): DateKey {
	return date.toISOString().slice(0, 10);
}

const rules = new WeakMap<Schedule, Rule>();

function ruleFor(schedule: Schedule): Rule {
	let rule = rules.get(schedule);
	if (!rule) {
		rule = new RRule({
			freq: FREQ[schedule.freq as keyof typeof FREQ],
			interval: schedule.interval,
			byweekday: schedule.byday.length
				? schedule.byday.map((rule) => (rule.nth ? WEEKDAY[rule.day].nth(rule.nth) : WEEKDAY[rule.day]))
				: null,
			bymonthday: schedule.bymonthday.length ? schedule.bymonthday : null,
			dtstart: floating(schedule.anchor ?? DEFAULT_ANCHOR, schedule.opensAt),
			until: schedule.validTo ? floating(schedule.validTo, '23:59') : null,
			count: schedule.count ?? null
		});
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
	return ruleFor(schedule).between(floating(first), floating(last, '23:59'), true).map(keyOfFloating);
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
