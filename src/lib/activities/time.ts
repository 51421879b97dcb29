import { TIME_ZONE } from '../i18n/format';

/**
 * Wall-clock time in Amsterdam. Activities are announced as "Tuesday 10:00" in the town's own time,
 * whatever time zone the phone is in, and that wall-clock time must survive daylight-saving changes.
 */

/** A calendar day in Amsterdam as "yyyy-mm-dd": sorts, compares and keys maps without time-zone surprises. */
export type DateKey = string;

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

export function wallClock(instant: Date | number): WallClock {
	const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
	for (const part of parts.formatToParts(instant)) {
		if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
	}
	out.hour %= 24;
	return out;
}

/** Minutes Amsterdam is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
	const w = wallClock(instant);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
	return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which Amsterdam's clocks show this date and time. A time that does not exist (the hour
 * skipped in spring) moves forward; a time that happens twice (autumn) gives the first one.
 */
export function instantAt(date: DateKey, time: string): Date {
	const key = date + time;
	let instant = instants.get(key);
	if (instant === undefined) {
		if (instants.size >= MAX_KEPT) instants.clear();
		instant = findInstant(date, time);
		instants.set(key, instant);
	}
	return new Date(instant);
}

/**
 * Answers already found, by date and time. Each costs four Intl calls, and a week of 2,000 activities
 * asks for the same few hundred pairs again and again: without this, two thirds of working out the
 * week went here. Bounded, so a year of dates of many activities cannot grow it without end.
 */
const instants = new Map<string, number>();
const MAX_KEPT = 20_000;

function findInstant(date: DateKey, time: string): number {
	const [year, month, day] = numbers(date);
	const [hour, minute] = numbers(time);
	const asUtc = Date.UTC(year, month - 1, day, hour, minute);
	const before = offsetMinutes(asUtc - 3 * 3_600_000);
	const after = offsetMinutes(asUtc + 3 * 3_600_000);
	const valid = [before, after]
		.map((offset) => asUtc - offset * 60_000)
		.filter((instant) => asUtc - offsetMinutes(instant) * 60_000 === instant);
	// No valid candidate: the skipped spring hour. The offset from before the change lands just after it.
	return valid.length ? Math.min(...valid) : asUtc - before * 60_000;
}

/** "2026-11-24" → [2026, 11, 24]; "10:30" → [10, 30]. Inputs are checked where they enter (parse.ts). */
export function numbers(text: string): [number, number, number] {
	const [a = 0, b = 0, c = 0] = text.split(/[-:]/).map(Number);
	return [a, b, c];
}

export function dateKeyOf(instant: Date | number): DateKey {
	const w = wallClock(instant);
	return toKey(w.year, w.month, w.day);
}

export function toKey(year: number, month: number, day: number): DateKey {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: DateKey, days: number): DateKey {
	const [year, month, day] = numbers(date);
	const next = new Date(Date.UTC(year, month - 1, day + days));
	return toKey(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** 1 = Monday … 7 = Sunday (ISO), like the feeds' weekday codes. */
export function isoWeekday(date: DateKey): number {
	const [year, month, day] = numbers(date);
	return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The start of a day in Amsterdam, as an instant. */
export function startOfDay(date: DateKey): Date {
	return instantAt(date, '00:00');
}
