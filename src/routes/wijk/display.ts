import { resolve } from '$app/paths';
import { formatDate, formatTime, joinDayAndTime, t, type Lang } from '$lib/i18n';
import type { Occurrence } from '$lib/activities/recurrence';
import type { FeedResult } from '$lib/activities/source';
import { addDays, type DateKey } from '$lib/activities/time';

/** How dates, times and languages of activities read on screen. */

/** The id rides in the hash: the service worker serves the one precached detail page for every activity. */
export function detailHref(id: string): string {
	return `${resolve('/wijk/activiteit/')}#${encodeURIComponent(id)}`;
}

export function timeRange(item: Occurrence, lang: Lang): string {
	return t('activities:card.time', { start: formatTime(item.start, lang), end: formatTime(item.end, lang) });
}

/** "Vandaag", "Morgen", or "woensdag 25 november". */
export function dayLabel(date: DateKey, today: DateKey, lang: Lang): string {
	if (date === today) return t('activities:day.today');
	if (date === addDays(today, 1)) return t('activities:day.tomorrow');
	return formatDate(Date.parse(`${date}T12:00:00Z`), lang, {
		weekday: 'long',
		day: 'numeric',
		month: 'long'
	});
}

export function whenLabel(item: Occurrence, today: DateKey, lang: Lang): string {
	return joinDayAndTime(dayLabel(item.date, today, lang), timeRange(item, lang), lang);
}

/** 1 = Monday … 7 = Sunday, in the reader's language. */
export function weekdayName(day: number, lang: Lang): string {
	// 5 January 2026 is a Monday.
	return formatDate(Date.UTC(2026, 0, 4 + day, 12), lang, { weekday: 'long' });
}

export { languageName } from '$lib/i18n';

/** When the feed copy on screen was downloaded: "24 november om 10:30". */
export function feedDate(result: FeedResult | null, lang: Lang): string {
	if (!result?.fetchedAt) return '';
	return formatDate(result.fetchedAt, lang, {
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit'
	});
}
