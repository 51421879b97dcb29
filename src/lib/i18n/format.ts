import type { Lang } from './languages';

/** Dates, times and numbers in the reader's language; Dutch time zone, because the app is about Dutch cities. */
export const TIME_ZONE = 'Europe/Amsterdam';

export function formatDate(
	date: Date | number,
	lang: Lang,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }
): string {
	return new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, ...options }).format(date);
}

/** "19:00" in every language, as on posters here: never "7:00 PM" (h23, whatever the language's habit). */
export function formatTime(date: Date | number, lang: Lang): string {
	return new Intl.DateTimeFormat(lang, {
		timeZone: TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(date);
}

export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(lang, options).format(value);
}

export function formatBytes(bytes: number, lang: Lang): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return new Intl.NumberFormat(lang, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit === 0 ? 0 : 1
	}).format(value);
}
