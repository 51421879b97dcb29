import { formatDate, t, type Lang } from '$lib/i18n';
import { occurrenceIcs, seriesIcs } from '$lib/activities/calendar';
import { icsFileName } from '$lib/activities/calendar-offer';
import { addAsGoal } from '$lib/activities/goal';
import type { Activity } from '$lib/activities/model';
import type { Occurrence } from '$lib/activities/recurrence';

/**
 * What the detail page does on a tap: a calendar file, sharing, a goal. Loaded on the first tap, not
 * with the page a shared link opens (its first visit sits close to the 100 KiB budget); the ics package
 * comes with it.
 */

function download(fileName: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function addOne(item: Occurrence): void {
	download(icsFileName(item.activity, `-${item.date}`), occurrenceIcs(item));
}

export function addSeries(activity: Activity): void {
	download(icsFileName(activity), seriesIcs(activity, new Date()));
}

/** The phone's share sheet, else the clipboard; null when the resident closed the sheet. */
export async function share(activity: Activity): Promise<'copied' | 'failed' | null> {
	const url = location.href;
	try {
		if (navigator.share) {
			await navigator.share({ title: activity.name, url });
			return null;
		}
		await navigator.clipboard.writeText(url);
		return 'copied';
	} catch (error) {
		// Closing the share sheet is not a failure.
		if (error instanceof DOMException && error.name === 'AbortError') return null;
		return 'failed';
	}
}

export async function makeGoal(activity: Activity, first: Occurrence | undefined, lang: Lang) {
	const step = first
		? t('activity:goal.step', {
				name: activity.name,
				date: formatDate(first.start, lang, { weekday: 'long', day: 'numeric', month: 'long' })
			})
		: t('activity:goal.stepUndated', { name: activity.name });
	return addAsGoal(activity, first, { title: t('activity:goal.title', { name: activity.name }), step });
}
