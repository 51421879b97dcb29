import { formatDate, t, type Lang } from '$lib/i18n';
import { WEEKDAYS, type Schedule } from '$lib/activities/model';

/** A weekday's short name in the reader's language: 0 = Monday (5 January 2026 is a Monday). */
function shortDay(index: number, lang: Lang): string {
	return formatDate(Date.UTC(2026, 0, 5 + index, 12), lang, { weekday: 'short' });
}

/** "ma–vr", "ma, wo, vr": runs of three or more days read as a range, as on a door sign. */
export function dayRuns(days: number[], lang: Lang): string {
	const sorted = [...new Set(days)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		if (j - i >= 2) parts.push(`${shortDay(sorted[i]!, lang)}–${shortDay(sorted[j]!, lang)}`);
		else for (let k = i; k <= j; k++) parts.push(shortDay(sorted[k]!, lang));
		i = j + 1;
	}
	return parts.join(', ');
}

/**
 * A building's opening hours as one line: "Open: ma–vr 09:00–17:00". Only plain weekly or daily hours
 * read this way; anything else (monthly, numbered weekdays) is left to the feed's own description.
 */
export function openingHoursLine(schedule: Schedule, lang: Lang): string {
	let days: string;
	if (schedule.freq === 'DAILY' && schedule.interval === 1) days = t('activity:detail.everyDay');
	else if (schedule.freq === 'WEEKLY' && schedule.interval === 1 && schedule.byday.every((rule) => !rule.nth))
		days = dayRuns(
			schedule.byday.map((rule) => WEEKDAYS.indexOf(rule.day)),
			lang
		);
	else return '';
	if (!days) return '';
	return t('activity:detail.openingHours', { days, start: schedule.opensAt, end: schedule.closesAt });
}
