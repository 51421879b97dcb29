import type { Activity } from './model';

/**
 * What the activity page needs to know before anyone taps a calendar button: whether to offer a series,
 * and the file's name. Kept apart from calendar.ts so the page does not load the ics package (about
 * 22 KiB gzip) until the tap.
 */

/**
 * Whether the series can go into a calendar as a repeating event (a one-off date or a counted run cannot,
 * and a building's opening hours are not the activity's series).
 */
export function canExportSeries(activity: Activity): boolean {
	return (
		activity.status === 'active' &&
		!activity.timesAreOpeningHours &&
		activity.schedules.some((schedule) => schedule.freq !== 'ONCE' && !schedule.count)
	);
}

export function icsFileName(activity: Activity, suffix = ''): string {
	const base = activity.name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-zA-Z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()
		.slice(0, 60);
	return `${base || 'activiteit'}${suffix}.ics`;
}
