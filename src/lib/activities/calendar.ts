import { createEvents, type EventAttributes } from 'ics';
import { foldByOctets } from './ics-fold';
import type { Activity, Place, Schedule } from './model';
import { nextOccurrences, type Occurrence } from './recurrence';

// The page decides what to offer without loading this module (and the ics package): see calendar-offer.ts.
export { canExportSeries, icsFileName } from './calendar-offer';

/**
 * Calendar files (.ics) for the phone's own calendar app, made with the `ics` package.
 *
 * One date: exact UTC times. A series: the wall-clock time with an RRULE and no time zone ("floating"),
 * so "Tuesdays 10:00" stays 10:00 in the phone's calendar after the clocks change. The ics package
 * cannot write a VTIMEZONE; floating time is the honest alternative for people living in the town.
 */
const PRODUCT = 'aan-het-roer/activities';

function placeLine({ name, street, postalCode, city }: Place): string {
	return [name, street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function common(activity: Activity, place: Place = activity.place): Partial<EventAttributes> {
	const { latitude, longitude } = place;
	return {
		title: activity.name,
		description: [activity.description, activity.howToJoin, activity.phone].filter(Boolean).join('\n\n'),
		location: placeLine(place) || undefined,
		geo: latitude !== undefined && longitude !== undefined ? { lat: latitude, lon: longitude } : undefined,
		url: activity.url || undefined,
		productId: PRODUCT,
		calName: activity.name
	};
}

function utcArray(date: Date): [number, number, number, number, number] {
	return [
		date.getUTCFullYear(),
		date.getUTCMonth() + 1,
		date.getUTCDate(),
		date.getUTCHours(),
		date.getUTCMinutes()
	];
}

function write(events: EventAttributes[]): string {
	const { error, value } = createEvents(events);
	if (error || !value) throw error ?? new Error('Could not make the calendar file.');
	return foldByOctets(value);
}

export function occurrenceIcs(item: Occurrence): string {
	return write([
		{
			...common(item.activity, item.place),
			uid: `${item.activity.id}-${item.date}@aan-het-roer`,
			start: utcArray(item.start),
			startInputType: 'utc',
			startOutputType: 'utc',
			end: utcArray(item.end),
			endInputType: 'utc',
			endOutputType: 'utc'
		} as EventAttributes
	]);
}

function floating(date: string, time: string): string {
	return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

export function recurrenceRule(schedule: Schedule): string {
	const parts = [`FREQ=${schedule.freq}`];
	if (schedule.interval > 1) parts.push(`INTERVAL=${schedule.interval}`);
	if (schedule.byday.length)
		parts.push(`BYDAY=${schedule.byday.map((rule) => `${rule.nth ?? ''}${rule.day}`).join(',')}`);
	if (schedule.bymonthday.length) parts.push(`BYMONTHDAY=${schedule.bymonthday.join(',')}`);
	if (schedule.validTo) parts.push(`UNTIL=${floating(schedule.validTo, '23:59')}`);
	return parts.join(';');
}

/** Every schedule as a repeating event, starting from its next date (which keeps "every other week" in step). */
export function seriesIcs(activity: Activity, now: Date): string {
	if (activity.timesAreOpeningHours) throw new Error("These are opening hours, not the activity's series.");
	const events: EventAttributes[] = [];
	activity.schedules.forEach((schedule, index) => {
		if (schedule.freq === 'ONCE' || schedule.count) return;
		const first = nextOccurrences({ ...activity, schedules: [schedule] }, now, 1)[0];
		if (!first) return;
		const overnight = schedule.closesAt <= schedule.opensAt;
		const endDate = overnight
			? new Date(Date.parse(first.date) + 86_400_000).toISOString().slice(0, 10)
			: first.date;
		events.push({
			...common(activity, first.place),
			uid: `${activity.id}-series-${index}@aan-het-roer`,
			start: floating(first.date, schedule.opensAt),
			end: floating(endDate, schedule.closesAt),
			recurrenceRule: recurrenceRule(schedule)
		} as EventAttributes);
	});
	if (!events.length) throw new Error('This activity has no coming dates.');
	return write(events);
}
