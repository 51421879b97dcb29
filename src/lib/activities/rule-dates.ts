/**
 * The dates of an RFC 5545 recurrence rule, for the part of it that HSDS feeds use: DAILY, WEEKLY and
 * MONTHLY with INTERVAL, BYDAY (with a number in monthly rules: "2MO", "-1FR"), BYMONTHDAY (also from the
 * end: -1), a start (DTSTART), UNTIL and COUNT, weeks starting on Monday. parse-schedule.ts refuses every
 * other part by name, so nothing reaches this file that it would misread.
 *
 * Our own code instead of the rrule library (13.6 KiB gzip on every first visit of /wijk/): it works on
 * plain day numbers, jumps straight to the window it is asked about (so a rule that starts in the year
 * 1000 costs nothing extra) and follows rrule's reading of the rule in every detail. recurrence.spec.ts
 * holds it against rrule itself (a dev dependency) on random rules.
 */
import type { DayRule, WeekdayCode } from './model';
import { MAX_COUNT } from './parse-schedule';
import type { DateKey } from './time';

export interface Rule {
	freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
	interval: number;
	byday: readonly DayRule[];
	bymonthday: readonly number[];
	/** DTSTART: the first day the rule may fall on, and what its interval counts from. */
	start: DateKey;
	/** UNTIL, inclusive. */
	until?: DateKey;
	/** COUNT: only the first n dates from the start. */
	count?: number;
}

const DAY_MS = 86_400_000;
const CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Days since 1970-01-01 (UTC calendar days: no clocks, no time zones). */
const dayNumber = (key: DateKey) =>
	Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))) / DAY_MS;
const keyOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

interface Filters {
	/** Weekdays without a number (0 = Monday); null: any. */
	weekdays: Set<number> | null;
	/** Numbered weekdays (monthly rules only): [weekday, nth]. */
	numbered: [number, number][];
	monthdays: readonly number[];
}

function filtersOf(rule: Rule, startDay: number): Filters {
	const plain: number[] = [];
	const numbered: [number, number][] = [];
	for (const { day, nth } of rule.byday) {
		// As rrule reads it: a number only means something in a monthly rule.
		if (nth && rule.freq === 'MONTHLY') numbered.push([CODES.indexOf(day), nth]);
		else plain.push(CODES.indexOf(day));
	}
	let monthdays = rule.bymonthday;
	// Without BYDAY and BYMONTHDAY, a weekly rule falls on its start's weekday, a monthly one on its
	// start's day of the month (RFC 5545, as rrule does it).
	if (!rule.byday.length && !rule.bymonthday.length) {
		if (rule.freq === 'WEEKLY') plain.push(weekday(startDay));
		if (rule.freq === 'MONTHLY') monthdays = [new Date(startDay * DAY_MS).getUTCDate()];
	}
	return { weekdays: plain.length ? new Set(plain) : null, numbered, monthdays };
}

/** Whether a day passes every BY… part of the rule (each part that is given limits the days). */
function passes(day: number, filters: Filters): boolean {
	const wd = weekday(day);
	if (filters.weekdays && !filters.weekdays.has(wd)) return false;
	// Most rules are plain weekdays: no calendar date needed (two Date objects per day were a fifth of
	// working out the week).
	if (!filters.monthdays.length && !filters.numbered.length) return true;
	const date = new Date(day * DAY_MS);
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth();
	const dom = date.getUTCDate();
	const length = daysInMonth(year, month);
	if (
		filters.monthdays.length &&
		!filters.monthdays.some((n) => n === dom || (n < 0 && length + n + 1 === dom))
	)
		return false;
	if (filters.numbered.length) {
		const fromStart = Math.floor((dom - 1) / 7) + 1;
		const fromEnd = -(Math.floor((length - dom) / 7) + 1);
		if (!filters.numbered.some(([w, nth]) => w === wd && (nth === fromStart || nth === fromEnd)))
			return false;
	}
	return true;
}

/**
 * The candidate days of the rule's periods that overlap [from, to], in order: every n-th day, the days of
 * every n-th week (from Monday), or of every n-th month, counted from the start's own period.
 */
function* candidates(rule: Rule, startDay: number, from: number, to: number): Generator<number> {
	const interval = Math.max(1, Math.floor(rule.interval) || 1);
	if (rule.freq === 'DAILY') {
		const skip = Math.max(0, Math.ceil((from - startDay) / interval));
		for (let day = startDay + skip * interval; day <= to; day += interval) yield day;
		return;
	}
	if (rule.freq === 'WEEKLY') {
		const firstMonday = startDay - weekday(startDay);
		const period = 7 * interval;
		const skip = Math.max(0, Math.floor((from - firstMonday) / period));
		for (let monday = firstMonday + skip * period; monday <= to; monday += period)
			for (let i = 0; i < 7; i++) yield monday + i;
		return;
	}
	const start = new Date(startDay * DAY_MS);
	const fromDate = new Date(Math.max(from, startDay) * DAY_MS);
	const months =
		(fromDate.getUTCFullYear() - start.getUTCFullYear()) * 12 + fromDate.getUTCMonth() - start.getUTCMonth();
	const skip = Math.max(0, Math.floor(months / interval));
	for (let k = skip; ; k++) {
		const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k * interval, 1) / DAY_MS;
		if (first > to) return;
		const date = new Date(first * DAY_MS);
		const length = daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
		for (let i = 0; i < length; i++) yield first + i;
	}
}

/** The rule's dates from its start on, without a window: for COUNT, which counts from the very first. */
function lastCounted(rule: Rule, filters: Filters, startDay: number): number | undefined {
	const count = Math.min(rule.count ?? 0, MAX_COUNT);
	const until = rule.until ? dayNumber(rule.until) : Infinity;
	let found = 0;
	let last: number | undefined;
	// The rule's own dates, period after period; a rule that never matches (the 31st of every other
	// February) stops after a bounded search instead of walking for ever.
	const horizon = startDay + 366 * 50;
	for (const day of candidates(rule, startDay, startDay, Math.min(until, horizon))) {
		if (day < startDay || !passes(day, filters)) continue;
		last = day;
		if (++found >= count) break;
	}
	return last;
}

/** A counted rule's last day, found once per rule object (recurrence.ts keeps one per schedule). */
const lastDates = new WeakMap<Rule, number | undefined>();

/** The rule's dates in [from, to] (inclusive), in order. */
export function ruleDates(rule: Rule, from: DateKey, to: DateKey): DateKey[] {
	const startDay = dayNumber(rule.start);
	const filters = filtersOf(rule, startDay);
	let last = Math.min(dayNumber(to), rule.until ? dayNumber(rule.until) : Infinity);
	if (rule.count) {
		if (!lastDates.has(rule)) lastDates.set(rule, lastCounted(rule, filters, startDay));
		const counted = lastDates.get(rule);
		if (counted === undefined) return [];
		last = Math.min(last, counted);
	}
	const first = Math.max(dayNumber(from), startDay);
	const out: DateKey[] = [];
	for (const day of candidates(rule, startDay, first, last))
		if (day >= first && day <= last && passes(day, filters)) out.push(keyOf(day));
	return out;
}
